/**
 * A description opened by a place's possessive instead of an article (issue 14): "Globex,
 * Norway's biggest bank, said …", "Halvane, Russia's second-largest oil producer,", "Ann Holt,
 * Norway's foreign minister,". The place owns the head noun, which says what the name before
 * the comma is, as "the country's biggest bank" does after an article (`describedFrom` in
 * context.ts reads the modifiers and the head). Only a place the rules typed (a gazetteer
 * country, city or region) opens one: "Holt's biggest client" names no kind.
 */
import type { Token } from './analysis.js';
import type { RawMention } from './raw-mention.js';

const POSSESSIVE = /^['’]s?$/;

/**
 * The token after a place mention and its possessive starting at `from` ("Norway 's"), or
 * undefined when no place mention opens there.
 */
export function afterPlaceOwner(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  from: number,
): number | undefined {
  const place = mentions.find(
    (d) =>
      d.firstToken === from &&
      (d.entityType === 'GPE' || d.entityType === 'LOC') &&
      d.type !== 'NORP',
  );
  if (!place) return undefined;
  const owner = tokens[place.lastToken];
  const sentence = tokens[from]?.sentence;
  if (!owner || owner.sentence !== sentence || !POSSESSIVE.test(owner.text)) return undefined;
  return place.lastToken + 1;
}
