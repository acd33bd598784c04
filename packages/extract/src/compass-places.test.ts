/**
 * A capitalised direction before a place is part of the place's name ("South Australia",
 * "Western Australia", "Southern California"); a direction inside a longer name, before a
 * people or before another name word is left alone. Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

describe('a direction before a place', () => {
  // [sentence, the place]
  const places: [string, string][] = [
    ['Bushfires spread across South Australia on Monday.', 'South Australia'],
    ['Farmers in Western Australia are waiting for rain.', 'Western Australia'],
    ['He grew up in Southern California before moving east.', 'Southern California'],
    ['The flag of South Vietnam hung in the museum.', 'South Vietnam'],
  ];
  it.each(places)('%s → %s', (text, place) => {
    expect(mentionsOf(text).map(([name]) => name)).toContain(place);
  });

  // [text, a span that is no mention]
  const none: [string, string][] = [
    ['Shares of South Africa Breweries rose on Tuesday.', 'South Africa'],
    ['The East German team arrived late.', 'East German'],
    ['Northern Iraq has been calm since the spring.', 'Northern Iraq'],
    ['Envoys of the North Atlantic Treaty Organization met in Brussels.', 'North Atlantic'],
  ];
  it.each(none)('%s has no mention %s', (text, span) => {
    expect(mentionsOf(text).map(([name]) => name)).not.toContain(span);
  });
});
