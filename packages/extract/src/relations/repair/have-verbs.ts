/**
 * "Have" read as an auxiliary of a noun: "Globex has offices in Tarnby", "Norland had talks with
 * Atlantis". The tagger makes every "has" an auxiliary, so the parse hangs it on the noun after
 * it and roots the clause in that noun, with the subject its nsubj: no verb holds the subject and
 * the object, and nothing reads "has offices" as holding them.
 *
 * An auxiliary "have" whose head is a noun after it, with no verb between them and no other
 * auxiliary or copula on the noun ("has long been a critic" keeps its copula), is the clause's
 * verb: it takes the noun's place in the tree and its tag, the noun becomes its object, and the
 * noun's dependents before "have" (the subject, adverbs, a negation) move to it.
 */
import type { RepairContext } from './context.js';
import { attach, children, head, label } from './context.js';

const HAVE_FORMS = new Set(['have', 'has', 'had', 'having', "'ve", "'s", "'d"]);
const IS_NOMINAL = /^(NOUN|PROPN|NUM)$/;
const IS_VERBAL = /^(VERB|AUX)$/;
const IS_AUX_COP = /^(aux|aux:pass|cop)$/;

export function haveAsMainVerb(c: RepairContext): void {
  for (let h = c.first; h < c.end; h++) {
    const t = c.tokens[h];
    if (!t || t.upos !== 'AUX' || !HAVE_FORMS.has(t.lower) || label(c, h) !== 'aux') continue;
    if ((t.lower === "'s" || t.lower === "'d") && t.lemma !== 'have') continue;
    const n = head(c, h);
    if (n <= h || !IS_NOMINAL.test(c.tokens[n]?.upos ?? '')) continue;
    let verbBetween = false;
    for (let k = h + 1; k < n; k++) if (IS_VERBAL.test(c.tokens[k]?.upos ?? '')) verbBetween = true;
    if (verbBetween) continue;
    const kids = children(c, n);
    if (kids.some((k) => k !== h && IS_AUX_COP.test(label(c, k)))) continue;
    const before = kids.filter((k) => k < h);
    (c.arcs.tags ??= [])[h - c.first] = 'VERB';
    attach(c, h, head(c, n), label(c, n));
    attach(c, n, h, 'obj');
    for (const k of before) attach(c, k, h, label(c, k));
  }
}
