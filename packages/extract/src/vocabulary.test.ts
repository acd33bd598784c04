/**
 * The everyday-word test gives one answer per word, however the word was first asked about:
 * alone (`isCommonWord`) or in a batch (`primeWords`). A worker's cache builds up over the
 * documents it reads, so a difference here made extraction depend on document order.
 */
import { describe, expect, it } from 'vitest';
import { loadNlp } from './nlp.js';
import { isCommonWord, primeWords } from './vocabulary.js';

// Pairs of words of the same kind: the first of each pair is asked alone, the second in a batch.
const pairs: [string, boolean, string, boolean][] = [
  ['findings', true, 'several', true],
  ['tsarnaev', false, 'kandahar', false],
  ['cannot', false, 'gonna', false],
  ["o'clock", true, "y'all", true],
  ['e-mail', true, 'co-op', true],
  ['naïve', true, 'naïveté', true],
  ['well-known', false, 'self-made', false],
  ['Paris', false, 'NATO', false],
];

describe('isCommonWord', () => {
  const nlp = loadNlp();

  it('answers a word asked alone and the same kind of word primed in a batch alike', () => {
    const alone = pairs.map(([word]) => isCommonWord(nlp, word));
    primeWords(
      nlp,
      pairs.map(([, , word]) => word),
    );
    const batched = pairs.map(([, , word]) => isCommonWord(nlp, word));
    expect(alone).toEqual(pairs.map(([, common]) => common));
    expect(batched).toEqual(pairs.map(([, , , common]) => common));
  });
});
