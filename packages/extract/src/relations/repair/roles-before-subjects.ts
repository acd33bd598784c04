/**
 * "Globex said its chairman, Ann Holt, would retire.": a person's name set off by commas and
 * made the subject of the clause after it keeps the person noun phrase the first comma closes as
 * its apposition ("its chairman"), where the parse left that noun the object of the verb before
 * ("said"). subjectsBeforeCommas (subjects.ts) reads the noun only when it fills the segment
 * between two commas; here it closes a longer one.
 */
import type { RepairContext } from './context.js';
import { attach, head, headOf, label } from './context.js';
import { isPersonNoun } from './words.js';

const STARTS_NSUBJ = /^nsubj/;

export function rolesBeforeNamedSubjects(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first + 2) continue;
    const comma = m.firstToken - 1;
    if (tokens[comma]?.text !== ',' || tokens[m.lastToken]?.text !== ',') continue;
    const n = headOf(c, m);
    const v = head(c, n);
    if (!STARTS_NSUBJ.test(label(c, n)) || v <= m.lastToken) continue;
    // The noun phrase the first comma closes: climb from the word before it while left of it.
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      if (tokens[x]?.upos === 'NOUN' && isPersonNoun(c, x)) r = x;
    }
    if (r < 0 || head(c, r) === n) continue;
    // Only a noun the verb governing the clause holds as its object ("said its chairman").
    if (label(c, r) !== 'obj' || head(c, r) !== head(c, v)) continue;
    attach(c, r, n, 'appos');
  }
}
