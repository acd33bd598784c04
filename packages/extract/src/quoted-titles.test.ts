/**
 * A quoted run of capitalised words in a sentence that names a work before it is the work's
 * title, one PRODUCT mention ('his 1992 film "Harbour Lights"'); speech, nicknames and quotes
 * with no work named stay as they were. Tables of invented sentences.
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

describe('works named in quotes', () => {
  // [sentence, the titles]
  const titles: [string, string[]][] = [
    ['Her 1998 film "Martin Keller" opened the festival on Friday.', ['Martin Keller']],
    [
      'He is best known for "Summer in Lisbon" and "The Long Road Home".',
      ['Summer in Lisbon', 'The Long Road Home'],
    ],
    [
      'Her novels translate as "The Salt House" (1981) and "A Year of Rain" (1984).',
      ['The Salt House', 'A Year of Rain'],
    ],
    ['The band played the song "Paris" twice.', ['Paris']],
  ];
  it.each(titles)('%s → %j', (text, names) => {
    const mentions = mentionsOf(text);
    for (const name of names) expect(mentions).toContainEqual([name, 'PRODUCT']);
  });

  // [sentence, a mention that stays, its type]
  const kept: [string, string, string][] = [
    // No work named before the quote.
    ['Crowds chanted "Free Tibet" outside the embassy in Paris.', 'Paris', 'GPE'],
    // A nickname inside a name.
    ['His record spans two decades, said Hector "Tiger" Alvarado.', 'Alvarado', 'PERSON'],
    // One word away from its cue.
    ['After his album flopped, "Madrid" was all he would say.', 'Madrid', 'GPE'],
  ];
  it.each(kept)('%s keeps %s %s', (text, mention, type) => {
    const mentions = mentionsOf(text);
    expect(mentions.some(([t, ty]) => t.endsWith(mention) && ty === type)).toBe(true);
    expect(mentions.some(([, ty]) => ty === 'PRODUCT')).toBe(false);
  });
});
