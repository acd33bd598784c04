/** An extraction checks its own time and memory limits between stages and text chunks. */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });
const text = 'Officials in Tehran said Russia had sent drones to Crimea.\n'.repeat(8000);

describe('extract(input, limits)', () => {
  it.each([
    [{ timeLimitMs: 1 }, 'extract: a.txt: took longer than the 1 ms time limit, skipped.'],
    [{ memoryLimitMb: 1 }, 'extract: a.txt: needed more than the 1 MB memory limit, skipped.'],
  ])('stops past %j with INPUT_TOO_COMPLEX, naming the document', (limits, message) => {
    expect(() => extractor.extract({ id: 'a.txt', text }, limits)).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_COMPLEX', message }),
    );
  });

  it('extracts as usual within its limits', () => {
    const input = { id: 'b.txt', text: 'Iran sent drones to Russia.' };
    expect(extractor.extract(input, { timeLimitMs: 60_000, memoryLimitMb: 100_000 })).toEqual(
      extractor.extract(input),
    );
  });
});
