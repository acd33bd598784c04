/**
 * A recipient read as a compound of the thing given: "France sold Egypt 24 Rafale jets", "the
 * fund paid Globex a fee". The parse makes the name right after the verb a compound of the
 * object's head noun, so the verb has one object and no recipient. A numeral or determiner of
 * that noun after the name shows the noun phrase starts there: English puts compounds after them
 * ("24 Rafale jets", not "Egypt 24 jets"), so the name is a noun phrase of its own, the verb's
 * first object (the clause pattern reads two objects of a verb of giving as recipient and thing).
 */
import type { RepairContext } from './context.js';
import { attach, children, head, headOf, label } from './context.js';

const RECIPIENT_TYPES = new Set(['PERSON', 'ORG', 'GPE']);

export function recipientsAsCompounds(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || !RECIPIENT_TYPES.has(m.type)) continue;
    const v = m.firstToken - 1;
    if (v < c.first || c.tokens[v]?.upos !== 'VERB') continue;
    const x = headOf(c, m);
    const n = head(c, x);
    if (label(c, x) !== 'compound' || n < m.lastToken || c.tokens[n]?.upos !== 'NOUN') continue;
    if (head(c, n) !== v || label(c, n) !== 'obj') continue;
    const opens = children(c, n).some(
      (k) =>
        k >= m.lastToken &&
        k < n &&
        ((label(c, k) === 'nummod' && c.tokens[k]?.upos === 'NUM') ||
          (label(c, k) === 'det' && c.tokens[k]?.upos === 'DET')),
    );
    if (opens) attach(c, x, v, 'obj');
  }
}
