/**
 * A work's title after its work noun and a comma (issue 14): "She has finished her latest album,
 * Blue Lanterns, in Paris", "the director's new film, Cold Ridge,", "based on his own novel,
 * Quiet Mornings.". The work noun is owned ("his", "her", "the director's") or
 * described ("latest", "new", "own", "debut", or any lower-case adjective, participle or compound:
 * "her prize-shortlisted novel, Grey Orchard,") and the title closes the apposition: a comma, a
 * full stop or a bracket follows it. Not a person speaking after the comma ("In her latest
 * film, Ann Holt plays …": a given name first, or no closing mark after the run), and
 * a work noun that as often names a match or a series ("play", "game") only when described
 * ("his own play, …"; the caller's `isWorkNoun` says which are such).
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

/** Owners and descriptions of the work noun before the comma. */
const OWNERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', "'s", '’s']);
const DESCRIPTIONS = new Set([
  'own',
  'latest',
  'new',
  'debut',
  'first',
  'second',
  'third',
  'last',
  'next',
  'forthcoming',
  'upcoming',
  'acclaimed',
  'hit',
  'best-selling',
  'award-winning',
]);
/** Tags of a lower-case word describing the work noun: "prize-shortlisted", "much-praised". */
const DESCRIBING_POS = new Set(['ADJ', 'ADV', 'VERB', 'NOUN', 'NUM']);

/**
 * Does the token describe the work noun after it: a description word, or a lower-case adjective,
 * participle or noun of a compound ("prize", "-", "shortlisted"); not an owner or an article?
 */
function describes(t: Token | undefined, sentence: number): boolean {
  if (!t || t.sentence !== sentence) return false;
  if (DESCRIPTIONS.has(t.lower)) return true;
  if (t.text !== t.lower || OWNERS.has(t.lower) || t.lower === 'the' || t.lower === 'a') {
    return false;
  }
  return t.text === '-' || (DESCRIBING_POS.has(t.pos) && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text));
}

/** Lower-case words inside a title between capitals: "Passport to Paradise". */
const CONNECTORS = new Set([
  'of',
  'to',
  'the',
  'a',
  'in',
  'on',
  'for',
  'with',
  'from',
  'at',
  'and',
]);
/** Marks that close the apposition after the title. */
const CLOSERS = new Set([',', '.', ';', ')', '!', '?', ':']);

/**
 * Does the capitalised run starting at `first` name a work after its work noun and a comma?
 * `isWorkNoun(word, described)` says whether a lower-case word is a work noun there.
 */
export function titleAfterComma(
  tokens: readonly Token[],
  first: number,
  lex: Lexicon,
  isWorkNoun: (lower: string, described: boolean) => boolean,
): boolean {
  const start = tokens[first];
  const comma = tokens[first - 1];
  const noun = tokens[first - 2];
  if (!start || comma?.text !== ',' || !noun) return false;
  const sentence = start.sentence;
  if (comma.sentence !== sentence || noun.sentence !== sentence) return false;
  // Any work noun here; one that as often names a match only described (below).
  if (noun.text !== noun.lower || !isWorkNoun(noun.lower, true)) return false;
  // "his own play", "her latest album", "the director's new film", "her prize-shortlisted
  // novel", "their much-praised second album".
  let k = first - 3;
  while (k >= first - 6 && describes(tokens[k], sentence)) k--;
  // A work noun that as often names a match ("play", "game") only described: "his own play".
  if (!isWorkNoun(noun.lower, k < first - 3)) return false;
  const owner = tokens[k];
  if (!owner || owner.sentence !== sentence) return false;
  if (
    !OWNERS.has(owner.lower) &&
    !(k < first - 3 && (owner.lower === 'the' || owner.lower === 'a'))
  )
    return false;
  if (lex.givenNames.has(start.lower)) return false;
  // The title runs over capitals and title words, then a closing mark.
  let end = first;
  for (let i = first; i < first + 10; i++) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (/^\p{Lu}/u.test(t.text) || /^\d+$/.test(t.text)) end = i + 1;
    else if (!CONNECTORS.has(t.text)) break;
  }
  const after = tokens[end];
  return !after || after.sentence !== sentence || CLOSERS.has(after.text);
}
