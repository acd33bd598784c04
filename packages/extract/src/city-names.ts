/**
 * "<place> City" (issue 14): a town, a state or a country and a capitalised *City* after it is
 * one name, never a person's nor a bare "City". After a country, a state or a region it is the
 * city named after it ("Kuwait City", "Panama City", "Kansas City", "Quebec City": GPE); after a
 * town it is the town's club ("Leicester City", "Manchester City": ORG, as the rules read a town
 * with other words around it) unless a locative preposition stands before it ("born in Gaza
 * City", "shells fell in Gaza City": GPE). A town's city written alone as the subject ("Gaza
 * City said") reads as the club: nothing in the words tells them apart. Sentence-initial
 * "Gaza City" keeps "Gaza" (wink's vocabulary knows the word, which alone would drop it as a
 * capitalised common word opening the sentence).
 */
import type { GazetteerEntry } from './lexicon.js';

/** Classes of gazetteer places that a *City* after makes a city named after them. */
const REGIONS = new Set(['country', 'place']);
/** Classes of towns whose name and *City* is most often their club. */
const TOWNS = new Set(['city', 'capital']);

/** How "<place> City" reads: GPE after a region, a guessed ORG after a town, else undefined. */
export function placeCityType(
  entry: GazetteerEntry | undefined,
  lastWord: string,
  afterLocative: boolean,
): 'GPE' | 'ORG' | undefined {
  if (!entry || lastWord !== 'City' || (entry.type !== 'GPE' && entry.type !== 'LOC')) {
    return undefined;
  }
  if (REGIONS.has(entry.lexClass) || afterLocative) return 'GPE';
  return TOWNS.has(entry.lexClass) ? 'ORG' : undefined;
}

/** Is a gazetteer place a word that opens a place name ("Gaza" in "Gaza City")? */
export function opensPlaceName(entry: GazetteerEntry | undefined): boolean {
  return !!entry && (REGIONS.has(entry.lexClass) || TOWNS.has(entry.lexClass));
}
