/**
 * Events named after a place or a people are one EVENT mention ("the Italian Grand Prix", "the
 * Hong Kong Open", "the Tour of Norway"). Tables of sentences that must and must not join.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type, entity name] of every mention. */
function mentionsOf(text: string): [string, string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) =>
    e.mentions.map((m): [string, string, string] => [m.text, m.type, e.name]),
  );
}

describe('events named after a place or a people', () => {
  // [sentence, the event's mention]
  const joined: [string, string][] = [
    [
      'Tarvo Keskula won the Italian Grand Prix on Sunday after a late crash.',
      'Italian Grand Prix',
    ],
    ['Merit Alvaro took the British Masters title by two strokes.', 'British Masters'],
    ['She leads the money list on the European Tour this season.', 'European Tour'],
    [
      'Peltrem reached the final of the U.S. Amateur Championship in August.',
      'U.S. Amateur Championship',
    ],
    ['Keskula beat Alvaro in an African Nations Cup qualifier.', 'African Nations Cup'],
    ['Seeds fell early at the Hong Kong Open this week.', 'Hong Kong Open'],
    ['Kessler won the sixth stage of the Tour of Norway on Friday.', 'Tour of Norway'],
    ['Alvaro tied for second at the World Series of Golf last week.', 'World Series of Golf'],
    ['The treaty ended the War of Polish Succession in 1738.', 'War of Polish Succession'],
    ['SQUASH - HONG KONG OPEN SEMIFINAL RESULTS .', 'HONG KONG OPEN'],
    ['SOCCER - GERMAN CUP FIRST ROUND RESULTS .', 'GERMAN CUP'],
    ['Thousands marched on Australia Day in Sydney.', 'Australia Day'],
  ];
  it.each(joined)('%s → %s', (text, event) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([event, 'EVENT', event]);
  });

  // [sentence, a mention that stays a place or people of its own]
  const kept: [string, string, string][] = [
    // A headline's function word is no word of the name.
    ['SOCCER - NORWAY BEAT ESTONIA IN WORLD CUP QUALIFIER .', 'ESTONIA', 'GPE'],
    // A country's holiday: the country is no word of the day's name.
    ['Markets shut for the U.S. Labor Day holiday on Monday.', 'U.S.', 'GPE'],
    // A capitalised word after the event word: a longer name, not an event.
    ['The U.S. Open Market Report came out in June.', 'U.S.', 'GPE'],
    // A verb-like event word in a headline before other words.
    ['CHINA OPEN TO NEW TALKS ON TRADE .', 'CHINA', 'GPE'],
  ];
  it.each(kept)('%s keeps %s', (text, mention, type) => {
    const mentions = mentionsOf(text);
    expect(mentions.some(([t, ty]) => t === mention && ty === type)).toBe(true);
    expect(mentions.some(([t, ty]) => t.startsWith(`${mention} `) && ty === 'EVENT')).toBe(false);
  });
});

describe('a people of two words owns no word of itself', () => {
  it('leaves "Catholic" a demonym after "Roman Catholic"', () => {
    const mentions = mentionsOf(
      'Roman Catholic bishops met on Monday. Catholic schools stayed shut.',
    );
    expect(mentions.some(([t, ty]) => t === 'Catholic' && ty === 'PERSON')).toBe(false);
  });
});

describe('a body named with an event word at its end', () => {
  // [sentence, the body's mention]
  const bodies: [string, string][] = [
    [
      'The Organisation of Coastal States Conference backed the plan.',
      'Organisation of Coastal States Conference',
    ],
    [
      'Envoys of the Union of Northern Ports Conference met in Oslo.',
      'Union of Northern Ports Conference',
    ],
  ];
  it.each(bodies)('%s → %s', (text, body) => {
    expect(mentionsOf(text)).toContainEqual([body, 'ORG', body]);
  });
});
