/**
 * Sides named in full in results lines and league tables: each run of words before a score is
 * one side, one organisation, however the mention rules cut it. Invented tables.
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

const RESULTS = [
  'SOCCER - LEMURIAN LEAGUE RESULTS .',
  'ASHBY 1996-09-01',
  'Results of Lemurian league matches played on Saturday :',
  'Queen of the Dales 2 Forfield 1',
  "Kelby 's Rovers 0 Tarnby 3",
  'Dunmore ( B ) 1 Vardby 1',
  'Ashby Irish 20 Tarnby 12',
  'Standings ( tabulate under played , won , drawn , lost , goals for , against , points ) :',
  'Dunmore ( B ) 4 2 1 1 8 5 7',
  'Queen of the Dales 4 2 0 2 6 6 6',
].join('\n');

describe('sides named in full in results lines and tables', () => {
  const sides: string[] = ['Queen of the Dales', "Kelby 's Rovers", 'Dunmore ( B )', 'Ashby Irish'];
  it.each(sides)('%s is one ORG', (side) => {
    expect(mentionsOf(RESULTS)).toContainEqual([side, 'ORG']);
  });

  // [text, a mention that stays]
  const kept: [string, string, string][] = [
    // A national side is its country.
    ['Republic of Lemuria 2 Norway 0\nSweden 1 Denmark 1', 'Norway', 'GPE'],
  ];
  it.each(kept)('%s keeps %s %s', (text, mention, type) => {
    expect(mentionsOf(text)).toContainEqual([mention, type]);
  });
  it('reads no sides in a table of figures outside sport', () => {
    const text =
      'MONEY SUPPLY .\nWeekly figures , in billions :\nNotes of the Realm 63 62 57 58 59 60';
    expect(mentionsOf(text)).not.toContainEqual(['Notes of the Realm', 'ORG']);
  });
  it('leaves a player the rules are sure of in a singles result', () => {
    const text = 'DARTS - RESULTS .\nMr Kari Lund 6 Mr Ola Vik 3';
    expect(mentionsOf(text).filter(([, type]) => type === 'ORG')).toEqual([]);
  });
});
