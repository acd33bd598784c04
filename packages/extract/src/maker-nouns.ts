/**
 * A company noun that is a person's trade too (issue 14): "oil producer Halvane" is a company,
 * "the film's producer Harvey Weinstein", "her publisher Ann Holt", "property developer Tom
 * Reed", "fashion designer Kate Moran" are people. Such a noun (`PERSONAL_MAKERS`) names a
 * person's job where something owns it (a possessive: "the film's", "her") or a field of
 * people's work modifies it (`PERSONAL_FIELDS`: film, record, fashion, property …), and the
 * name after it opens with a word of the person-name lists and runs two or three words, none a
 * company's cue word ("Corp", "Group"). Elsewhere it stays a company noun (`orgNouns` in
 * cues.json): "wine producer Louis Latour", "music publisher Warner Chappell".
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

/** Company nouns that name what a person does as well. */
const PERSONAL_MAKERS = new Set(['producer', 'developer', 'publisher', 'designer', 'promoter']);
/** Fields of people's work before such a noun: "film producer", "fashion designer". */
const PERSONAL_FIELDS = new Set([
  'film',
  'movie',
  'record',
  'theatre',
  'theater',
  'television',
  'tv',
  'hollywood',
  'executive',
  'fashion',
  'boxing',
  'concert',
  'property',
]);
const OWNERS = new Set(["'s", '’s', 'his', 'her', 'their', 'my', 'our', 'your']);

/**
 * Does the company noun at token `at` name a person's job before the name words?
 */
export function personalMaker(
  tokens: readonly Token[],
  at: number,
  words: readonly Token[],
  lex: Lexicon,
): boolean {
  const noun = tokens[at];
  if (!noun || !PERSONAL_MAKERS.has(noun.lower)) return false;
  if (words.length < 2 || words.length > 3) return false;
  const before = tokens[at - 1];
  const owned = !!before && before.sentence === noun.sentence && OWNERS.has(before.lower);
  if (!owned && !(before && PERSONAL_FIELDS.has(before.lower))) return false;
  const lowers = words.map((t) => t.lower);
  const lead = lowers[0] ?? '';
  if (!lex.givenNames.has(lead) && !lex.personWords.has(lead)) return false;
  return !lowers.some((w) => lex.orgSuffix.has(w));
}
