/**
 * Places written with initials, as wire copy writes them: a direction's initial before a place
 * ("S. Korea", "N. Korea") and a country's initials apart ("U. S."); initials of a person
 * and a place opening a longer name stay as they were. Tables of invented sentences.
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

describe('places written with initials', () => {
  // [sentence, mention, type]
  const places: [string, string, string][] = [
    ['Officials in S. Korea said talks would resume on Monday.', 'S. Korea', 'GPE'],
    ['Talks with N. Korea stalled again this week.', 'N. Korea', 'GPE'],
    ['S. KOREA SAYS TALKS TO RESUME', 'S. KOREA', 'GPE'],
    ['The ships left the U. S. on Monday.', 'U. S.', 'GPE'],
    ['Results of S. Korean league games on Sunday.', 'S. Korean', 'NORP'],
  ];
  it.each(places)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });

  // [text, mention, type it must not have]
  const none: [string, string, string][] = [
    ['Shares of S. Korea Telecom rose on Friday.', 'S. Korea', 'GPE'],
    ['The cantata by J. S. Bach was sung on Sunday.', 'J. S.', 'GPE'],
  ];
  it.each(none)('%s has no %s %s', (text, name, type) => {
    expect(mentionsOf(text)).not.toContainEqual([name, type]);
  });
});
