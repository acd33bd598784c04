/**
 * Given names in sentences written wholly in lower case are people ("max and jen are looking
 * for you", "do n't tell val"); everyday words ("grace", "mark"), file names, shops ("bettys 's")
 * and words in edited text stay words. Tables of invented sentences.
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

describe('lower-case given names in lower-case text', () => {
  // [sentence, the person]
  const people: [string, string][] = [
    ['tom and jen are looking for you at the bar.', 'jen'],
    ['i am not going unless lisa comes with me.', 'lisa'],
    ['jill allen finishes her exam today and we will party.', 'jill allen'],
  ];
  it.each(people)('%s → %s', (text, person) => {
    expect(mentionsOf(text)).toContainEqual([person, 'PERSON']);
  });

  // [text, a word that is no person]
  const none: [string, string][] = [
    ['grace and mark went home early.', 'grace'],
    ['the one i like the most would be wendy s .', 'wendy'],
    ['see lisa_resume.doc for the details.', 'lisa'],
    ['The report was sent to lisa and the team.', 'lisa'],
  ];
  it.each(none)('%s has no person %s', (text, word) => {
    expect(mentionsOf(text)).not.toContainEqual([word, 'PERSON']);
  });
});
