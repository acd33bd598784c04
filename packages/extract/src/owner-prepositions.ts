/**
 * A name owning the noun after a locative preposition (issue 14): in "in Yasser Arafat's
 * government", "at Blair's office", "from Holt's camp" the preposition governs the owned noun,
 * so it says nothing of the owner: no place is read from it. An owner whose words are in the
 * person-name lists or the public figures' names, owning what a leader or a person has (a
 * government, an administration, an office, a camp, kin: `LEADER_POSSESSIONS` and
 * `personPossessions` in cues.json), is a person, surely; "in Norway's government" is a
 * gazetteer place and never reaches here.
 */
import type { Token } from './analysis.js';
import { hasLetter } from './casing.js';
import type { Lexicon } from './lexicon.js';

/** What a leader holds: "Arafat's government", "Blair's office", "Holt's inner circle". */
const LEADER_POSSESSIONS = new Set([
  'government',
  'administration',
  'cabinet',
  'office',
  'camp',
  'entourage',
  'inner',
  'circle',
  'aides',
  'advisers',
  'advisors',
  'team',
  'staff',
  'presidency',
  'premiership',
  'regime',
  'era',
  'tenure',
  'reign',
  'leadership',
]);
const POSSESSIVE = /^['’]s?$/;

/** How a name after a locative preposition and before a possessive reads. */
export type OwnerReading = 'person' | 'owner';

/**
 * For the run first … last (exclusive) after a locative preposition: 'person' when it owns a
 * leader's or a person's possession and its words read as a person's; 'owner' when it owns
 * something else (no place read from the preposition); undefined when no possessive follows.
 */
export function ownerAfterPreposition(
  tokens: readonly Token[],
  first: number,
  last: number,
  lex: Lexicon,
): OwnerReading | undefined {
  const sentence = tokens[first]?.sentence;
  const owner = tokens[last];
  if (!owner || owner.sentence !== sentence || !POSSESSIVE.test(owner.text)) return undefined;
  const owned = tokens[last + 1];
  if (!owned || owned.sentence !== sentence || owned.text !== owned.lower) return 'owner';
  const held = LEADER_POSSESSIONS.has(owned.lower) || lex.personPossessions.has(owned.lower);
  const words = tokens.slice(first, last).filter((t) => hasLetter(t.text));
  const personal = words.some((t) => lex.personWords.has(t.lower) || lex.figureWords.has(t.lower));
  return held && personal && words.length <= 3 ? 'person' : 'owner';
}
