/**
 * A work named by what follows it (issue 14): a film, a book or a game is what has a sequel, a
 * prequel, a remake or a spin-off ("she appeared in Steel Warden and its sequel", "Cold Ridge and
 * its two sequels", "Greyhound's sequel opened in May", "the remake of Cold Ridge"). The
 * locative "in" or a bare capitalised word made the rules guess a place, a body or a person;
 * the follow-up noun says it is a work (PRODUCT).
 *
 * Only for a guess (a gazetteer name stays what it is), and only with the follow-up owned by the
 * work right after it ("and its sequel", "'s sequel") or named "of" it ("the sequel to X", "a
 * remake of X"); not a person's own follow-up ("Ann Holt and her sequel" is her book: "her",
 * "his" and "their" are left out), nor a follow-up of something else named between.
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Nouns for a work made after another and drawing on it. */
const FOLLOW_UPS = new Set([
  'sequel',
  'sequels',
  'prequel',
  'prequels',
  'remake',
  'remakes',
  'spin-off',
  'spin-offs',
  'spinoff',
  'spinoffs',
]);
/** Words that may stand between the owner and the follow-up: "its two sequels", "its 2004 remake". */
const BETWEEN = /^(?:\d+|two|three|four|first|second|own|later|long-awaited|belated)$/;
const POSSESSIVE = /^['’]s?$/;

/** Is the guess m a work that a follow-up noun names ("Steel Warden and its sequel")? */
export function followedUpWork(tokens: readonly Token[], m: RawMention): boolean {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  const followUp = (k: number): boolean => {
    for (let j = k; j < k + 3; j++) {
      const t = at(j);
      if (!t) return false;
      if (FOLLOW_UPS.has(t.lower)) return true;
      if (!BETWEEN.test(t.lower)) return false;
    }
    return false;
  };
  const next = at(m.lastToken);
  // "Steel Warden and its sequel", "Cold Ridge and its two sequels".
  if (next?.lower === 'and' && at(m.lastToken + 1)?.lower === 'its') {
    if (followUp(m.lastToken + 2)) return true;
  }
  // "Greyhound's sequel", "Greyhound's long-awaited sequel".
  if (next && POSSESSIVE.test(next.text) && next.start === tokens[m.lastToken - 1]?.end) {
    if (followUp(m.lastToken + 1)) return true;
  }
  // "the sequel to Cold Ridge", "a remake of Greyhound".
  const prev = at(m.firstToken - 1);
  const noun = at(m.firstToken - 2);
  return (prev?.lower === 'to' || prev?.lower === 'of') && !!noun && FOLLOW_UPS.has(noun.lower);
}
