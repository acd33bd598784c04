/**
 * A review's or post's title in title case ("Friendly Staff", "Rude Service!", "Favorite
 * Restaurant") is no name; a name that opens running text ("Best Buy said"), a word that is no
 * everyday word ("Great Britain") and an adjective inside a sentence stay. Tables of invented
 * texts.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** Texts of every mention. */
function mentionsOf(text: string): string[] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m) => m.text));
}

describe('titles of reviews', () => {
  // [text, a title that is no mention]
  const none: [string, string][] = [
    ['Great Service\nThe staff fixed my car in a day.', 'Great Service'],
    ['Poor Service!\nWe waited an hour for a table.', 'Poor Service'],
    ['Favorite Restaurant\nThe pasta is the best in town.', 'Favorite Restaurant'],
    ['Great Service and haircuts that last.', 'Great Service'],
  ];
  it.each(none)('%s has no mention %s', (text, title) => {
    expect(mentionsOf(text)).not.toContain(title);
  });

  // [text, a name that stays]
  const kept: [string, string][] = [
    ['Great Britain won four gold medals on Sunday.', 'Great Britain'],
    ['Best Buy said on Tuesday that sales rose.', 'Best Buy'],
  ];
  it.each(kept)('%s keeps %s', (text, name) => {
    expect(mentionsOf(text)).toContain(name);
  });
});
