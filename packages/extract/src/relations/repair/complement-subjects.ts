/**
 * "Ola Vik warned the Norland Lions will be his toughest opponents", "Globex warned investors
 * would lose money": a verb's object followed at once by an auxiliary or a modal that opens the
 * verb's complement clause. The parse makes the noun phrase the object of the verb of saying and
 * leaves the complement clause without a subject, so the speaker seems to warn (threaten) the
 * team. In English a complement clause without "that" starts with its subject, and an object
 * cannot be followed directly by a finite auxiliary of another clause: the noun phrase is the
 * complement's subject ("warned [the Lions will be …]").
 *
 * The object's last word stands right before the complement's first word, which is an auxiliary
 * or a copula (will, would, could, is, was, had …) of the complement's head, and the complement
 * has no subject of its own; the parse may have labelled it an oblique ("will be his toughest
 * opponents" read as a phrase of "warned"). The complement becomes the verb's ccomp.
 */
import type { RepairContext } from './context.js';
import { attach, children, label, span } from './context.js';
import { STARTS_AUX, STARTS_NSUBJ_CSUBJ_EXPL } from './labels.js';

/** Labels the parse gives such a complement: its own, or an oblique's when it is a copula's. */
const COMPLEMENT = /^(ccomp|parataxis|obl|advcl|xcomp|dep)$/;

export function objectsAsComplementSubjects(c: RepairContext): void {
  for (let v = c.first; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    const object = kids.find((k) => label(c, k) === 'obj' && k > v);
    if (object === undefined) continue;
    const [, objectEnd] = span(c, object);
    for (const k of kids) {
      if (!COMPLEMENT.test(label(c, k)) || k <= objectEnd) continue;
      const inner = children(c, k);
      if (inner.some((x) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, x)))) continue;
      const first = span(c, k)[0];
      if (first !== objectEnd + 1) continue;
      const opener = c.tokens[first];
      if (!opener || opener.upos !== 'AUX') continue;
      if (first !== k && !STARTS_AUX.test(label(c, first)) && label(c, first) !== 'cop') continue;
      attach(c, object, k, 'nsubj');
      attach(c, k, v, 'ccomp');
      break;
    }
  }
}
