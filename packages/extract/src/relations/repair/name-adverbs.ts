/**
 * A person's name after a comma parsed as an adverb: "Carl Moss killed his wife, Ann Tully."
 * The parser hangs the name on the comma (or, after the function-word repair, on the verb) as
 * `advmod`, so the killing has no named victim. A proper name is never an adverb: right after a
 * common noun and a comma it is that noun's apposition, the noun the object or subject it
 * names.
 */
import type { RepairContext } from './context.js';
import { attach, head, headOf, label } from './context.js';
import { isPersonNoun } from './words.js';

export function namesAsAdverbsAfterCommas(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first + 2) continue;
    const comma = m.firstToken - 1;
    if (tokens[comma]?.text !== ',') continue;
    const h = headOf(c, m);
    if (label(c, h) !== 'advmod') continue;
    // The noun phrase the comma closes: climb from the word before it while left of the comma.
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      const t = tokens[x];
      // A capitalised title tagged a proper noun counts ("The Chancellor, Gordon Brown,").
      const noun = t?.upos === 'NOUN' || (t?.upos === 'PROPN' && isPersonNoun(c, x));
      if (noun && !c.mentions.some((o) => o.firstToken <= x && x < o.lastToken)) {
        r = x;
      }
    }
    if (r < 0) continue;
    attach(c, h, r, 'appos');
  }
}
