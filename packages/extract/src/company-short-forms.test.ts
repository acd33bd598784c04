/**
 * A company named in full and then by its first words ("RDF Media" … "RDF") is one entity when
 * the words left off are one generic word of an organisation's name; a parent named beside a
 * unit with a longer name ("Sony" beside "Sony Pictures Entertainment") stays apart
 * (resolve.ts). Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** The entity names, each with the surface forms of its mentions. */
function entitiesOf(text: string): Map<string, string[]> {
  const out = extractor.extract({ id: 't.txt', text });
  return new Map(out.entities.map((e) => [e.name, e.mentions.map((m) => m.text)]));
}

describe('companies named by their first words', () => {
  // [text, full name, short form]
  const joined: [string, string, string][] = [
    ['Kelvar Media made the series. Kelvar said it was pleased.', 'Kelvar Media', 'Kelvar'],
    [
      'Shares in Dornath Motors fell. Dornath said sales had slowed in Europe.',
      'Dornath Motors',
      'Dornath',
    ],
    [
      'Halvex Motors Corp. bought the plant in May. Halvex said it would hire 300 workers.',
      'Halvex Motors Corp.',
      'Halvex',
    ],
    ['Travel firm Orvana Airways cut fares. Orvana blamed fuel costs.', 'Orvana Airways', 'Orvana'],
  ];
  it.each(joined)('%s → one entity', (text, full, short) => {
    const entities = entitiesOf(text);
    expect(entities.get(full)).toContain(short);
    expect(entities.has(short)).toBe(false);
  });

  // [text, two names that stay two entities]
  const apart: [string, string, string][] = [
    // A parent beside its unit, whose name leaves off more than one word.
    [
      'Sony Pictures Entertainment backs the format. Sony said it was pleased.',
      'Sony Pictures Entertainment',
      'Sony',
    ],
    // Two companies open with the short form: it names neither.
    [
      'Kelvar Media and Kelvar Energy both reported losses. Kelvar said nothing.',
      'Kelvar Media',
      'Kelvar Energy',
    ],
    // The words left off are no generic word of a company's name.
    [
      'Bram Ostrand founded Ostrand Hale. Ostrand said he was proud.',
      'Ostrand Hale',
      'Bram Ostrand',
    ],
  ];
  it.each(apart)('%s → apart', (text, a, b) => {
    const entities = entitiesOf(text);
    expect(entities.has(a)).toBe(true);
    expect(entities.has(b)).toBe(true);
  });

  it('a common word alone is no short form', () => {
    const entities = entitiesOf('Ann Holt went to the Oval Office. The Oval is round.');
    expect(entities.get('Oval Office') ?? []).not.toContain('Oval');
  });
});
