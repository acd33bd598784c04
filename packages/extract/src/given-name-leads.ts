/**
 * A sentence that opens with a full name whose given name is also an everyday word ("Rose
 * Cheruiyot won the 5,000 metres", "Grace Tembo said", "Mark Ostrander scored twice"): wink
 * reads the first word as a verb or a noun, so the name lost its given name ("Cheruiyot" alone).
 * The first word opens the name when it is a given name of the name lists and the next word,
 * in the same sentence with a space between, is a capitalised word that is no everyday word, no
 * stop capital and no acronym (a surname: "Cheruiyot", "Ostrander").
 *
 * Not before an everyday word ("Rose Garden officials", "Mark Twain" stays to the name lists),
 * not a modal or auxiliary ("May Ostrander win?", "Will Carling" is left), not in a line of
 * capitals.
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$/u;

/** Does the sentence's first token `i` open a full name by its given name? */
export function givenNameLeads(
  tokens: readonly Token[],
  i: number,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || next.sentence !== t.sentence || next.start <= t.end) return false;
  if (!TITLE_CASE.test(t.text) || !lex.givenNames.has(t.lower)) return false;
  if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'DET') return false;
  if (!SURNAME.test(next.text) || lex.stopCapitals.has(next.lower)) return false;
  return !isCommon(next.lower);
}
