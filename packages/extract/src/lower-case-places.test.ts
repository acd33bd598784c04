/**
 * Places written in lower case, as web forums and e-mail write them, are places; everyday
 * words that share a place's name, and names glued into addresses, are not. Tables of invented
 * sentences.
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

describe('places written in lower case', () => {
  // [sentence, the places it names]
  const places: [string, string[]][] = [
    ['we moved to california from florida last year', ['california', 'florida']],
    ['my cousin lives in mexico and works in france', ['mexico', 'france']],
    ['any cheap hotels in san francisco for a week?', ['san francisco']],
    ['the bus from kollam to noida takes all night', ['kollam', 'noida']],
  ];
  it.each(places)('%s', (text, names) => {
    const mentions = mentionsOf(text);
    for (const name of names) expect(mentions).toContainEqual([name, 'GPE']);
  });

  // [sentence, a word that is no place there]
  const words: [string, string][] = [
    ['we ate turkey with the kids on sunday', 'turkey'],
    ['the plates are made of fine china', 'china'],
    ['why would anyone want a chihuahua?', 'chihuahua'],
    ['is the air asia flight cheaper?', 'asia'],
    ['that was a nice day out', 'nice'],
    ['mail bob@chicago.example or see www.florida.example for more', 'chicago'],
    ['the us team lost again', 'us'],
  ];
  it.each(words)('%s has no place %s', (text, word) => {
    expect(mentionsOf(text).some(([t]) => t === word)).toBe(false);
  });
});
