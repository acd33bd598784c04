/**
 * A demonym in -i takes -s in the plural like the others ("Thais", "Kuwaitis", "Omanis"): the
 * people of a country (NORP), not a person or a body. Built into `data/lexicon.json` by
 * `scripts/build-lexicons.mjs` (`pluralDemonym`). Tables of invented sentences.
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

describe('plural demonyms in -i', () => {
  // [text, mention, type]
  const peoples: [string, string, string][] = [
    ['Thousands of Thais fled the floods.', 'Thais', 'NORP'],
    ['Kuwaitis voted on Saturday.', 'Kuwaitis', 'NORP'],
    ['Omanis and Qataris joined the talks.', 'Qataris', 'NORP'],
    ['Iraqis voted on Saturday.', 'Iraqis', 'NORP'],
  ];
  it.each(peoples)('%s → %s %s', (text, name, type) => {
    expect(mentionsOf(text)).toContainEqual([name, type]);
  });

  // [text, mention, type it must not have]
  const none: [string, string, string][] = [
    ['Thousands of Thais fled the floods.', 'Thais', 'PERSON'],
    ['The Thai government met on Monday.', 'Thai', 'PERSON'],
  ];
  it.each(none)('%s has no %s %s', (text, name, type) => {
    expect(mentionsOf(text)).not.toContainEqual([name, type]);
  });
});
