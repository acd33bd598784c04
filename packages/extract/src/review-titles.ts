/**
 * The title of a review or a forum post, written in title case on a line of its own, is no name
 * (issue 14): "Friendly Staff", "Rude Service", "Great Bakery!", "Favourite Bakery" were read
 * as organisations or places. A guessed mention that opens its sentence with an evaluative
 * adjective (`data/curated/review-words.json`), goes on with two or three everyday words at most,
 * each written with a capital, and makes the whole sentence (a closing mark aside) or stops
 * before *and* and a lower-case word ("Friendly Staff and prices that are fair.") is dropped.
 *
 * Not a gazetteer name ("Great Lakes", "Good Hope" stay), not a word that is no everyday word
 * ("Great Britain"), not inside running text ("Best Buy said on Tuesday").
 */
import type { Token } from './analysis.js';
import { dropMentions } from './join-spans.js';
import { readData } from './lexicon.js';
import type { Detected, RawMention } from './raw-mention.js';

let evaluative: Set<string> | undefined;

function evaluativeWords(): Set<string> {
  if (!evaluative) {
    evaluative = new Set(
      readData<{ evaluative: string[] }>('curated/review-words.json').evaluative,
    );
  }
  return evaluative;
}

const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const CLOSING = /^[.!?:;\-–—]+$/;

/** Drops the guessed names that are a review's or post's title (see above). */
export function dropReviewTitles(
  tokens: readonly Token[],
  detected: Detected,
  isCommon: (lower: string) => boolean,
): Detected {
  return dropMentions(detected, (m) => reviewTitle(tokens, m, isCommon));
}

function reviewTitle(
  tokens: readonly Token[],
  m: RawMention,
  isCommon: (lower: string) => boolean,
): boolean {
  if (m.kind !== 'name' || (m.canonical !== undefined && m.confident)) return false;
  const words = tokens.slice(m.firstToken, m.lastToken);
  if (words.length < 2 || words.length > 4) return false;
  const first = words[0] as Token;
  if (!evaluativeWords().has(first.lower)) return false;
  if (!words.every((t) => TITLE_WORD.test(t.text) && isCommon(t.lower))) return false;
  const before = tokens[m.firstToken - 1];
  if (before && before.sentence === first.sentence) return false;
  let k = m.lastToken;
  const after = tokens[k];
  if (!after || after.sentence !== first.sentence) return true;
  // "Friendly Staff and prices that are fair."
  if (after.lower === 'and' && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return true;
  while (tokens[k] && tokens[k]?.sentence === first.sentence) {
    if (!CLOSING.test(tokens[k]?.text ?? '')) return false;
    k++;
  }
  return true;
}
