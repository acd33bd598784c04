/**
 * One name, one reading, for unknown places: a town the rules only guessed, read as a place
 * after "in", "to" or "from", is a place where it opens a clause with no cue too. A name a cue
 * types, or one word read as a person, keeps its own reading. Tables of invented sentences.
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

describe('unknown places voted over the document', () => {
  // [text, mention, type every mention of it must have]
  const places: [string, string, string][] = [
    [
      'Marun is in the province of Tarsa, on the island of Mabeng. Marun was registered as a ' +
        'town in 1902. In 1950, Marun was reduced by the creation of a new municipality. ' +
        'Tourism came to Marun later. Most visitors stay in Marun. Fishing was introduced to ' +
        'Marun in 1947.',
      'Marun',
      'GPE',
    ],
    [
      'Trion is in the province of Tarsa, on the island of Mabeng. Trion was registered as a ' +
        'town in 1902. In 1950, Trion was reduced by the creation of a new municipality. ' +
        'Tourism came to Trion later. Most visitors stay in Trion. Fishing was introduced to ' +
        'Trion in 1947.',
      'Trion',
      'GPE',
    ],
  ];
  it.each(places)('%s → every %s %s', (text, name, type) => {
    const found = mentionsOf(text).filter(([n]) => n === name);
    expect(found.length).toBeGreaterThan(2);
    expect(found.every(([, t]) => t === type)).toBe(true);
  });

  // [text, mention, type it must not have]
  const none: [string, string, string][] = [
    // One reading after a preposition is not enough.
    [
      'Zendara said profits rose. Zendara hired staff. Zendara opened an office in Oslo.',
      'Zendara',
      'GPE',
    ],
    // A company its cues type keeps its type.
    [
      'Shares of Borvex rose 3 percent. Borvex said its profit fell. Analysts in Borvex ' +
        'and in Borvex offices disagreed.',
      'Borvex',
      'GPE',
    ],
  ];
  it.each(none)('%s has no %s %s', (text, name, type) => {
    expect(mentionsOf(text)).not.toContainEqual([name, type]);
  });
});
