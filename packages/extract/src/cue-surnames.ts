/**
 * A surname that is also a place or building word (issue 14): "Helen Park", "Ann Church", "Tom
 * Bridge" end in a cue word (`cues.json` *locSuffix, facilitySuffix, orgSuffix*: *Park, Street,
 * Hall, Church, Bank, Bridge* …), which alone makes a park, a street or a body of them. A given
 * name and one such word is a person where the words after it say so (a saying verb: "Helen
 * Park said", "Ann Church told reporters"; an age in apposition: "Helen Park, 34,") and no article
 * stands before it ("the Albert Hall said"); elsewhere it stays the cue's reading, since streets
 * and parks are named after given names too ("Victoria Park", "George Street was closed").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import { inSentence } from './sentence-tokens.js';

/**
 * Are the words a given name and one more word (the cue word), followed at token `last` by a
 * saying verb or an age between commas?
 */
export function personWithCueSurname(
  tokens: readonly Token[],
  words: readonly Token[],
  last: number,
  lex: Lexicon,
): boolean {
  if (words.length !== 2) return false;
  const [given, surname] = words as [Token, Token];
  // The cue word need not be in the person-name lists, which leave everyday words out ("park").
  if (!lex.givenNames.has(given.lower) || surname.text === surname.lower) return false;
  const sentence = given.sentence;
  const at = inSentence(tokens, sentence);
  // "the Albert Hall said": people are named without an article.
  if (at(given.i - 1)?.lower === 'the') return false;
  const next = at(last);
  // '"We will," said Mike Lake.': a saying verb before the name, which ends the clause.
  const before = at(given.i - 1);
  if (before && lex.personVerbs.has(before.lower) && (!next || CLAUSE_ENDS.has(next.text))) {
    return true;
  }
  if (!next) return false;
  if (lex.personVerbs.has(next.lower)) return true;
  // "Mike Lake, a Varnex spokesman,": a person noun or a role in apposition.
  if (next.text === ',' && personApposition(at, last + 1, lex)) return true;
  // "Helen Park, 34, said".
  return (
    next.text === ',' && /^\d{1,2}$/.test(at(last + 1)?.text ?? '') && at(last + 2)?.text === ','
  );
}

/** Marks that end the clause a name closes: "said Mike Lake, a …", "said Mike Lake." */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * Does an article at k open a noun phrase that ends, within five lower-case words or names, in
 * a person noun or a role word ("a Varnex spokesman", "the club's chairman", "an engineer")?
 */
function personApposition(at: (i: number) => Token | undefined, k: number, lex: Lexicon): boolean {
  if (!ARTICLES.has(at(k)?.lower ?? '')) return false;
  for (let j = k + 1; j <= k + 5; j++) {
    const t = at(j);
    if (!t || CLAUSE_ENDS.has(t.text)) return false;
    if (t.text === t.lower && (lex.personNouns.has(t.lower) || lex.roles.root.has(t.lower))) {
      const after = at(j + 1);
      // "a spokesman for …", "a spokesman." — the noun heads the phrase, not "spokesman group".
      return (
        !after || after.text !== after.lower || !/^\p{Ll}/u.test(after.text) || after.pos !== 'NOUN'
      );
    }
  }
  return false;
}
