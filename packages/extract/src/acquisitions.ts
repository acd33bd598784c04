/**
 * The sides of a takeover (issue 14): "Quorvix bought Halvane for $2bn", "Tarvex has agreed to
 * buy rival Drexon", "the takeover of Velkin", "Orrel will merge with Kelvor". A name the
 * gazetteers do not know that buys, acquires, takes over or merges with a named thing, or is
 * bought, acquired or taken over, is a company in business news, however its letters read (the
 * tagger, which has seen few coined names, reads such a word at a sentence's start as no name).
 * Read by the context pass on guesses only, so a gazetteer place stays a place ("the US bought
 * Alaska"). Not the buyer when the word is the surname of a person the document names in full
 * ("Malcolm Glazer … Glazer bought the club"), nor a name opening with a given name; not a name
 * modifying a noun after it ("bought Halvane paintings") nor owning one ("bought Holt's house").
 */
import type { Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';
import { surnameOfNamedPerson } from './person-surnames.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Verbs of buying a whole thing, in the forms news writes them. */
const BUY_VERBS = new Set([
  'bought',
  'buys',
  'buy',
  'buying',
  'acquired',
  'acquires',
  'acquire',
  'acquiring',
]);
/** "took over Halvane", "taking over Halvane". */
const TAKE_VERBS = new Set(['took', 'takes', 'take', 'taking']);
/** "merge with", "merged with", "a merger with". */
const MERGE_WORDS = new Set(['merge', 'merged', 'merges', 'merging', 'merger']);
/** Nouns of a takeover before "of": "the takeover of Velkin", "its acquisition of Velkin". */
const TAKEOVER_NOUNS = new Set(['takeover', 'acquisition', 'buyout', 'buy-out']);
/** Words between the buyer and its verb: "has agreed to buy", "is to acquire", "will buy". */
const BUYER_GAP = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'will',
  'would',
  'to',
  'agreed',
  'agrees',
  'plans',
  'planned',
  'wants',
  'also',
  'finally',
]);
/** Words between a buying verb and the bought name: "bought rival Halvane", "its rival". */
const BOUGHT_GAP = new Set(['rival', 'its', 'struggling', 'troubled', 'smaller', 'local']);
const POSSESSIVE = /^['’]s?$/;

/** Is the guess m a side of a takeover its sentence tells of? */
export function takeoverSide(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  lex: Lexicon,
): boolean {
  return isBought(tokens, m) || isBuyer(tokens, mentions, m, lex);
}

/** "bought Halvane", "took over Halvane", "merge with Halvane", "the takeover of Halvane". */
function isBought(tokens: readonly Token[], m: RawMention): boolean {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  const next = at(m.lastToken);
  // Owning or modifying what follows: "bought Holt's house", "bought Halvane paintings".
  if (next && (POSSESSIVE.test(next.text) || (next.text === next.lower && next.pos === 'NOUN'))) {
    return false;
  }
  let k = m.firstToken - 1;
  while (k > m.firstToken - 3 && BOUGHT_GAP.has(at(k)?.lower ?? '')) k--;
  const verb = at(k)?.lower ?? '';
  if (BUY_VERBS.has(verb)) return true;
  if (verb === 'over' && TAKE_VERBS.has(at(k - 1)?.lower ?? '')) return true;
  if (verb === 'with' && MERGE_WORDS.has(at(k - 1)?.lower ?? '')) return true;
  return verb === 'of' && TAKEOVER_NOUNS.has(at(k - 1)?.lower ?? '');
}

/** "Quorvix bought Halvane", "Quorvix has agreed to buy rival Halvane", "Orrel merged with …". */
function isBuyer(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  lex: Lexicon,
): boolean {
  if (lex.givenNames.has(tokens[m.firstToken]?.lower ?? '')) return false;
  if (surnameOfNamedPerson(tokens, mentions, m)) return false;
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  let k = m.lastToken;
  while (k < m.lastToken + 3 && BUYER_GAP.has(at(k)?.lower ?? '')) k++;
  const verb = at(k)?.lower ?? '';
  let object = k + 1;
  if (TAKE_VERBS.has(verb) && at(k + 1)?.lower === 'over') object = k + 2;
  else if (MERGE_WORDS.has(verb) && verb !== 'merger' && at(k + 1)?.lower === 'with') {
    object = k + 2;
  } else if (!BUY_VERBS.has(verb)) return false;
  while (object < k + 5 && BOUGHT_GAP.has(at(object)?.lower ?? '')) object++;
  // The thing bought is a name: "bought Halvane", "bought rival Halvane" (not "bought a house").
  const named = at(object);
  return !!named && /^\p{Lu}/u.test(named.text);
}
