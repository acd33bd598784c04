/**
 * A place's name with its generic head written after it in lower case (issue 14): "Vardun
 * province", "the Kolmby district", "the Tarnel plateau", "the Ostra mosque". The mention is the
 * name ("Vardun", typed by the head: `placeHeadsAfter`, `landHeadsAfter`, `venueHeadsAfter` in
 * cues.json), and the name with its head is one more way the text writes that place, so it is an
 * alias of the entity: a reader looking for "Vardun province" finds Vardun. Only a place (GPE, LOC
 * or FACILITY) takes one, and only a head word written right after it in the same sentence.
 */
import type { MentionSpan, Token } from './analysis.js';
import type { Lexicon } from './lexicon.js';

const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);

/**
 * The head word token written right after the place mention m ("province" after "Vardun"), or
 * undefined.
 */
export function placeHeadAfter(
  tokens: readonly Token[],
  m: MentionSpan,
  lex: Lexicon,
): Token | undefined {
  if (!PLACE_TYPES.has(m.type)) return undefined;
  const last = tokens[m.lastToken - 1];
  const head = tokens[m.lastToken];
  if (!last || !head || head.sentence !== m.sentence || head.text !== head.lower) return undefined;
  // One space between: not "Vardun, province" nor "Vardun-province".
  if (head.start - last.end !== 1) return undefined;
  const w = head.lower;
  return lex.placeHeadsAfter.has(w) || lex.landHeadsAfter.has(w) || lex.venueHeadsAfter.has(w)
    ? head
    : undefined;
}
