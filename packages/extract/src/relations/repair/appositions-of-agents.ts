/**
 * Names set off by commas after a person noun that the parse hung elsewhere:
 *
 * - "Karl Dahl was killed by his neighbour, Tom Reed.", "was carried out by a local man, Tom
 *   Reed, police said": a name opened by a comma right after a passive's "by" phrase and closed
 *   by punctuation, hung on the verb (a bare oblique, a second agent, a parataxis) with no case
 *   word of its own, is the apposition of the agent noun (appositionsOfArguments,
 *   appositions.ts, reads the verb's other arguments, not its agent);
 * - "Tom Reed, 45, a native of Denver, was elected": a noun phrase after a name and its age,
 *   hung on the name as a parataxis, list or loose dependent, is the name's apposition.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, label, mentionEndingAt, span } from './context.js';
import { IS_VERB_AUX } from './labels.js';
import { isAge, isPersonNoun } from './words.js';

const IS_LOOSE_ON_VERB = /^(obl|obl:agent|dep|parataxis)$/;
const IS_LOOSE_ON_NAME = /^(parataxis|list|dep)$/;

export function appositionsOfAgents(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON') continue;
    const comma = m.firstToken - 1;
    if (tokens[comma]?.text !== ',') continue;
    const x = topOf(c, m.firstToken, m.lastToken);
    if (x < 0 || !IS_LOOSE_ON_VERB.test(label(c, x))) continue;
    const v = head(c, x);
    if (v < 0 || v > x || !IS_VERB_AUX.test(tokens[v]?.upos ?? '')) continue;
    if (children(c, x).some((k) => k < x && label(c, k) === 'case')) continue;
    // Closed by punctuation or the end of the sentence.
    const hi = span(c, x)[1];
    if (hi + 1 < c.end && tokens[hi + 1]?.upos !== 'PUNCT') continue;
    // The agent noun phrase ends right before the comma.
    const agent = children(c, v).find(
      (k) =>
        k < comma &&
        k !== x &&
        label(c, k) === 'obl:agent' &&
        span(c, k)[1] === comma - 1 &&
        (isPersonNoun(c, k) || c.lex.perpetratorNouns.has(tokens[k]?.lemma.toLowerCase() ?? '')),
    );
    if (agent === undefined || mentionEndingAt(c, comma - 1)) continue;
    attach(c, x, agent, 'appos');
  }
}

/** The token of [from, to) whose head lies outside it, or -1. */
function topOf(c: RepairContext, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const h = head(c, k);
    if (h < from || h >= to) return k;
  }
  return -1;
}

export function appositionsAfterAges(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON') continue;
    const k = m.lastToken;
    if (tokens[k]?.text !== ',' || !isAge(c, k + 1) || tokens[k + 2]?.text !== ',') continue;
    const n = topOf(c, m.firstToken, m.lastToken);
    if (n < 0) continue;
    for (const x of children(c, n)) {
      if (x <= k + 2 || !IS_LOOSE_ON_NAME.test(label(c, x))) continue;
      const start = span(c, x)[0];
      if (tokens[x]?.upos !== 'NOUN' || (start !== k + 2 && start !== k + 3)) continue;
      attach(c, x, n, 'appos');
    }
  }
}
