/**
 * Everyday words, "and", and a name ending in an organisation or building word are one name
 * (`everydayAndBody` in mentions.ts): "Securities and Exchange Commission", and now "National
 * Air and Space Museum", which came out as "National Air" (ORG) and "Space Museum". Invented
 * sentences; the last row is a guard (the end of a list stays apart).
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** The entities as "name/TYPE". */
function entitiesOf(text: string): string[] {
  return extractor.extract({ id: 't.txt', text }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('everyday words and a building or body', () => {
  // [text, must, must not]
  const rows: [string, string[], string[]][] = [
    [
      'He visited the National Air and Space Museum in Ashby.',
      ['National Air and Space Museum/FACILITY'],
      ['National Air/ORG'],
    ],
    [
      'The Natural History and Science Museum reopened on Monday.',
      ['Natural History and Science Museum/FACILITY'],
      [],
    ],
    [
      'The Securities and Exchange Commission fined the bank.',
      ['Securities and Exchange Commission/ORG'],
      [],
    ],
    [
      'Paramount, Universal and Warner Brothers Studios agreed.',
      [],
      ['Universal and Warner Brothers Studios/ORG'],
    ],
  ];
  it.each(rows)('%s', (text, must, mustNot) => {
    const entities = entitiesOf(text);
    for (const e of must) expect(entities).toContain(e);
    for (const e of mustNot) expect(entities).not.toContain(e);
  });
});
