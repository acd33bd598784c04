/**
 * A work named right after a verb of starring and "in", unquoted (issue 14): "Depp starred in
 * Finding Neverland", "she stars in Cold Harbour", "his starring role in Blue Ridge". The
 * locative "in" made the rules guess a place; what one stars in is a film, a show or a play
 * (PRODUCT). Only for a guess (a gazetteer place stays one: "starred in London's West End"),
 * and not a name owning or modifying what follows ("starred in Holt's film", "starred in
 * Halvane adverts").
 *
 * The cast after a verb of starring is people ("starring Sydney Poitier and Ruby Dee", "the film
 * starred Ola Vik"): `castAfterStarring`, where the tagger may read a place or a body.
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';
import { inSentence } from './sentence-tokens.js';

/** Verbs and nouns of starring before "in". */
const STARRING = new Set([
  'starred',
  'stars',
  'star',
  'starring',
  'co-starred',
  'co-stars',
  'co-starring',
]);
const POSSESSIVE = /^['’]s?$/;

/** Is the guess m the title a verb of starring and "in" name ("starred in Finding Neverland")? */
export function starringTitle(tokens: readonly Token[], m: RawMention): boolean {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  let k = m.firstToken - 1;
  // "starred in The Aviator": the title's article written with a capital.
  if (at(k)?.text === 'The') k--;
  if (at(k)?.lower !== 'in') return false;
  const cue = at(k - 1)?.lower ?? '';
  // "her starring role in Cold Harbour".
  const starring = STARRING.has(cue) || (cue === 'role' && STARRING.has(at(k - 2)?.lower ?? ''));
  if (!starring) return false;
  const next = at(m.lastToken);
  if (!next) return true;
  if (POSSESSIVE.test(next.text)) return false;
  return !(next.text === next.lower && next.pos === 'NOUN');
}

/** Verbs after which the cast is named: "starring Ruby Dee", "the film starred Ola Vik". */
const CAST_VERBS = new Set(['starring', 'co-starring', 'starred', 'co-starred', 'stars']);

/**
 * Is the guess m one of the cast a verb of starring names ("starring Sydney Poitier and Ruby
 * Dee", "the film starred Ola Vik")? Walks back over the names, commas and *and* of the list.
 * Not "starred in …" (the work: `starringTitle`).
 */
export function castAfterStarring(tokens: readonly Token[], m: RawMention): boolean {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  for (let k = m.firstToken - 1; k >= m.firstToken - 12; k--) {
    const t = at(k);
    if (!t) return false;
    if (CAST_VERBS.has(t.lower)) return true;
    const listed = t.text === ',' || t.lower === 'and' || /^\p{Lu}/u.test(t.text);
    if (!listed) return false;
  }
  return false;
}
