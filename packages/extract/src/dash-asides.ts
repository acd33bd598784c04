/**
 * Asides set off by spaced dashes, as BBC and wire copy write them: "Norland - the region's biggest
 * grain exporter - sells most of its harvest to Lemuria". The parser learnt asides from
 * treebanks that mostly set them off with commas, and reads a dash pair as anything from a list
 * to a compound, so the verb loses its subject. The parser is given a comma for each dash of
 * such a pair; the tokens keep their text, so rules that read the dash still see it.
 */
import type { Token } from './analysis.js';

/** A dash written as a word of its own: a hyphen, two hyphens, an en or an em dash. */
const DASH = /^(?:-|--|\u2013|\u2014)$/u;

/** Whether `t` is a dash with a space on each side (not "Blu-ray", not "1-0"). */
function spacedDash(t: Token, before: Token | undefined, after: Token | undefined): boolean {
  return DASH.test(t.text) && !!before && !!after && before.end < t.start && t.end < after.start;
}

/**
 * Indices (into `words`, one sentence's tokens) of the dashes that open and close an aside:
 * exactly two spaced dashes in the sentence, with at least one word before the first, one
 * between them and one after the second. A lone dash ("Bergen - the talks failed", a dateline,
 * a closing remark) and three or more (a list of scores, a headline) are left as they are.
 *
 * @example
 * asideDashes(tokens); // Set { 1, 7 } for "Norland - the region's biggest exporter - sells …"
 */
export function asideDashes(words: readonly Token[]): Set<number> {
  const dashes: number[] = [];
  words.forEach((t, k) => {
    if (spacedDash(t, words[k - 1], words[k + 1])) dashes.push(k);
  });
  const [open, close] = dashes;
  if (dashes.length !== 2 || open === undefined || close === undefined) return new Set();
  if (close - open < 2 || close >= words.length - 2) return new Set();
  return new Set([open, close]);
}
