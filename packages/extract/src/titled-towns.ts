/**
 * A town's name after a person's title (issue 14): "President Henderson", "Sen. Raleigh", "Gov.
 * Houston". Many surnames are also the names of towns in the gazetteer, and a title before a
 * one-word name says it is a person, whatever else the word names; the mention pass reads the
 * title first (`role` in mentions.ts) and asks here whether the gazetteer's entry after it may
 * yield. Only a town does, one word long: a country, a state or region, a capital (which stands
 * for its government: "Moscow", "Washington"), an organisation or a weapon keeps its type.
 */
import type { GazetteerEntry } from './lexicon.js';

/** May the gazetteer entry, `length` tokens long, right after a title be read as a surname? */
export function titledTown(entry: GazetteerEntry, length: number): boolean {
  return length === 1 && entry.lexClass === 'city' && entry.type === 'GPE';
}
