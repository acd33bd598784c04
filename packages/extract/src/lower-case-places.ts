/**
 * Places written in lower case, as web forums, reviews and e-mail write them ("we moved to
 * california from florida", "a week in kollam", "what to do in san francisco"): a run of
 * lower-case words that is a country, state, region or city of the gazetteer by its own name
 * (not a capital standing for its country, not an acronym: "us") is that place, a GPE mention.
 *
 * Only where the words read as a name: each word is one wink tags a proper noun ("mexico",
 * "georgia") or no everyday word ("kollam", "noida"), so "fine china", "we ate turkey", "nice",
 * "reading" stay words, and only where a place name can stand (see `placeSlot`). Not a word glued to a dot, slash, @, # or underscore (addresses, file
 * names, handles: "www.chicago.gov", "#paris"), and not inside another mention.
 */
import type { Token } from './analysis.js';
import { longestPhrase } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { coveredTokens, remapRoles } from './join-spans.js';
import { glued } from './sentence-tokens.js';
import type { Detected, RawMention } from './raw-mention.js';
import { gazetteerMention } from './raw-mention.js';

const LOWER_WORD = /^\p{Ll}+$/u;
/** Gazetteer classes of places that are their own entity by name. */
const PLACE_CLASSES = new Set(['country', 'city', 'place']);

/** Adds a GPE or LOC mention for each lower-case gazetteer place no mention covers. */
export function markLowerCasePlaces(
  tokens: readonly Token[],
  detected: Detected,
  lex: Lexicon,
  isCommon: (lower: string) => boolean,
): Detected {
  const covered = coveredTokens(tokens.length, detected.mentions);
  const added: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || !LOWER_WORD.test(t.text) || glued(tokens, i, i + 1)) continue;
    let end = i;
    while (end < tokens.length && tokens[end]?.sentence === t.sentence && !covered[end]) end++;
    const hit = longestPhrase(lex.gazetteer, tokens, i, Math.min(end, i + 4));
    if (!hit) continue;
    const entry = hit.value;
    const last = i + hit.length;
    if (entry.kind !== 'name' || entry.caseMode !== 'cap' || !PLACE_CLASSES.has(entry.lexClass))
      continue;
    if (entry.type !== 'GPE' && entry.type !== 'LOC') continue;
    const words = tokens.slice(i, last);
    if (!words.every((w) => LOWER_WORD.test(w.text))) continue;
    if (glued(tokens, i, last)) continue;
    // The name's last word reads as a name; the others may be everyday words ("san", "new").
    const head = words[words.length - 1] as Token;
    if (!(head.pos === 'PROPN' || !isCommon(head.lower))) continue;
    if (words.length === 1 && head.pos !== 'PROPN' && head.pos !== 'NOUN') continue;
    const placeBefore = added[added.length - 1]?.lastToken === i;
    const nounHead = words.length === 1 && head.pos !== 'PROPN';
    if (!placeSlot(tokens, i, nounHead, placeBefore, isCommon)) continue;
    added.push(gazetteerMention(i, last, entry));
    i = last - 1;
  }
  if (!added.length) return detected;
  const mentions = [...detected.mentions, ...added].sort((a, b) => a.firstToken - b.firstToken);
  const index = new Map<number, number>();
  detected.mentions.forEach((m, k) => index.set(k, mentions.indexOf(m)));
  return { mentions, roles: remapRoles(detected.roles, index) };
}

/**
 * Is the word before the run one a place name follows? Not an article ("a chihuahua") nor an
 * everyday lower-case noun the run would be the head of ("air asia", "teacup chihuahua"; a place
 * before it is no such noun: "san francisco california"); a word wink
 * reads as a noun must follow a preposition, a conjunction, punctuation or open the sentence
 * ("in kollam", "and noida").
 */
function placeSlot(
  tokens: readonly Token[],
  i: number,
  nounHead: boolean,
  placeBefore: boolean,
  isCommon: (lower: string) => boolean,
): boolean {
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== t.sentence) return true;
  if (prev.lower === 'a' || prev.lower === 'an') return false;
  if (prev.text === prev.lower && prev.pos === 'NOUN' && isCommon(prev.lower) && !placeBefore)
    return false;
  return !nounHead || prev.pos === 'ADP' || prev.pos === 'CCONJ' || prev.pos === 'PUNCT';
}
