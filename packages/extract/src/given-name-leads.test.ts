/**
 * A sentence that opens with a full name keeps the given name when it is also an everyday word
 * ("Rose Cheruiyot won"); an everyday word after it, a modal or a line in capitals does not make
 * a name. Tables of invented sentences.
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

describe('a sentence opening with a given name that is also a word', () => {
  // [sentence, the person]
  const people: [string, string][] = [
    ['Rose Cheruiyot won the 5,000 metres in Oslo on Friday.', 'Rose Cheruiyot'],
    ['Rose Wanjiru finished third behind two Ethiopians.', 'Rose Wanjiru'],
  ];
  it.each(people)('%s → %s', (text, person) => {
    expect(mentionsOf(text)).toContainEqual([person, 'PERSON']);
  });

  // [sentence, a run that is no person]
  const none: [string, string][] = [
    ['Rose Garden officials said the event was cancelled.', 'Rose Garden'],
    ['Rose sharply on Monday, the shares closed at a record.', 'Rose'],
  ];
  it.each(none)('%s has no person %s', (text, run) => {
    expect(mentionsOf(text).some(([t, ty]) => t === run && ty === 'PERSON')).toBe(false);
  });
});
