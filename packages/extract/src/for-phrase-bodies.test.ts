/**
 * "of" inside a body's for-phrase goes on with the name (`runEnd` in mentions.ts): "Centre for
 * Control of Tropical Diseases", "Institute for the Study of Conflict", which came out cut
 * at "of" (an ORG "… Centre for Control" and another name after it). Invented sentences; the
 * guards keep an of-phrase with no for-phrase before it to its head's own rule.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** The entities as "name/TYPE". */
function entitiesOf(text: string): string[] {
  return extractor.extract({ id: 't.txt', text }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('of inside a for-phrase of a body', () => {
  // [text, must, must not]
  const rows: [string, string[], string[]][] = [
    [
      'He chairs the Lemurian Centre for Control of Tropical Diseases in Varna.',
      ['Lemurian Centre for Control of Tropical Diseases/ORG', 'Varna/GPE'],
      ['Tropical Diseases/ORG'],
    ],
    [
      'She joined the Institute for the Study of Conflict in 2010.',
      ['Institute for the Study of Conflict/ORG'],
      ['War/EVENT'],
    ],
    // Guards: no for-phrase, so "of" is left to the head ("Ola Vik of Varna" is a person and a
    // place).
    ['Ola Vik of Varna spoke on Monday.', ['Ola Vik/PERSON', 'Varna/GPE'], []],
    ['The Ministry of Defence of Lemuria said.', ['Ministry of Defence/ORG'], []],
  ];
  it.each(rows)('%s', (text, must, mustNot) => {
    const got = entitiesOf(text);
    for (const e of must) expect(got).toContain(e);
    for (const e of mustNot) expect(got).not.toContain(e);
  });
});
