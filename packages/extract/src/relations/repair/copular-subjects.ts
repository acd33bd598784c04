/**
 * Subjects of copular predicates lost across an aside. "Reed, 45, is a lawyer for Globex Inc.":
 * the parse hangs a one-word name that is also a word ("Reed", "Brown") on the predicate noun
 * as a modifier, so the predicate has no subject and nothing says what Reed is. A predicate with
 * a copula and no subject, whose copula opens right after a comma, takes as its subject the name
 * hung on it before that comma, when the name's phrase (with its aside) ends at the comma.
 */
import type { RepairContext } from './context.js';
import { attach, children, headOf, label, span } from './context.js';

const IS_SUBJECT = /^(nsubj|csubj|expl)/;
const IS_AUX = /^(aux|cop)/;
const IS_NOMINAL = /^(NOUN|PROPN)$/;
const IS_LOOSE = /^(amod|compound|dep|nmod|obl|appos)$/;

export function subjectsOfCopulas(c: RepairContext): void {
  for (let p = c.first + 3; p < c.end; p++) {
    const kids = children(c, p);
    if (!kids.some((k) => label(c, k) === 'cop' && k < p)) continue;
    if (kids.some((k) => IS_SUBJECT.test(label(c, k)))) continue;
    const first = Math.min(...kids.filter((k) => k < p && IS_AUX.test(label(c, k))));
    const comma = first - 1;
    if (c.tokens[comma]?.text !== ',') continue;
    const name = c.mentions.find(
      (m) =>
        m.kind === 'name' &&
        m.firstToken >= c.first &&
        m.lastToken <= comma &&
        IS_LOOSE.test(label(c, headOf(c, m))) &&
        kids.includes(headOf(c, m)),
    );
    if (!name) continue;
    const n = headOf(c, name);
    if (children(c, n).some((k) => label(c, k) === 'case')) continue;
    if (span(c, n)[1] < comma - 1) continue;
    attach(c, n, p, 'nsubj');
  }
}

/**
 * "Reed, a native of Ohio, is the chairman": with the name parsed as a modifier, the noun phrase
 * after its comma came out as the name's object. A name takes no object: a nominal object of a
 * name opened by a comma is its apposition.
 */
export function objectsOfNamesAsAppositions(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.firstToken < c.first || m.lastToken > c.end) continue;
    const n = headOf(c, m);
    for (const k of children(c, n)) {
      if (label(c, k) !== 'obj' || k <= n || !IS_NOMINAL.test(c.tokens[k]?.upos ?? '')) continue;
      if (c.tokens[span(c, k)[0] - 1]?.text !== ',' && c.tokens[span(c, k)[0]]?.text !== ',')
        continue;
      attach(c, k, n, 'appos');
    }
  }
}
