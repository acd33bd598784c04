/**
 * The worker pool with real worker threads (the built dist/worker.js: run `npx tsc -b` first).
 * Results must equal the in-process extractor's, document by document; a document over its time
 * or memory budget fails alone with INPUT_TOO_COMPLEX and the pool goes on with a new worker.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extractionPieces } from '@kg/schema';
import { createExtractor } from './extractor.js';
import type { ExtractInput } from './extractor.js';
import { createExtractorPool, resolveBudget, timeLimitFor } from './pool.js';
import { ADVERSARIAL_FAMILIES } from './testing/adversarial.js';
import type { AdversarialFamily } from './testing/adversarial.js';

const docs: ExtractInput[] = [
  {
    id: 'talks.txt',
    text: 'Foreign ministers of Iran and France met in Geneva on Monday. They agreed to meet again.',
  },
  {
    id: 'page.html',
    format: 'html',
    text: '<article><h1>Floods</h1><p>The Red Cross sent aid to Pakistan, Reuters reported.</p></article>',
  },
];
const talks = docs[0] as ExtractInput;

/** News-like text of about `size` characters, a different sentence each line. */
function news(size: number): string {
  const lines: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    const line = `Officials in Tehran said on day ${i} that Russia had sent ${i % 97} drones to Crimea.\n`;
    lines.push(line);
    length += line.length;
  }
  return lines.join('');
}

describe('createExtractorPool', () => {
  const pool = createExtractorPool({ jobs: 2 });
  afterAll(() => pool.close());

  it('extracts documents in worker threads, as the extractor does in process', async () => {
    expect(pool.jobs).toBe(2);
    const results = await Promise.all(docs.map((d) => pool.extract(d)));
    const extractor = createExtractor();
    expect(results).toEqual(docs.map((d) => extractor.extract(d)));
  });

  it('hands a large extraction back in pieces, equal to the extraction in process', async () => {
    const names = ADVERSARIAL_FAMILIES.find((f) => f.name === 'names') as AdversarialFamily;
    const large: ExtractInput = { id: 'names.txt', text: names.generate(48 * 1024, 7) };
    const [result, small] = await Promise.all([pool.extract(large), pool.extract(talks)]);
    const expected = createExtractor().extract(large);
    // Large enough to travel in several pieces ...
    expect(extractionPieces(expected).pieces.length).toBeGreaterThan(2);
    // ... and whole again on arrival, in order, while another document came back beside it.
    expect(result).toEqual(expected);
    expect(small).toEqual(createExtractor().extract(talks));
  });

  it('rejects only the document that cannot be sent, and goes on', async () => {
    const bad = { id: 'bad.txt', text: 'x', callback: () => 1 } as unknown as ExtractInput;
    const [first, second] = await Promise.allSettled([pool.extract(bad), pool.extract(talks)]);
    expect(first.status).toBe('rejected');
    expect(String((first as PromiseRejectedResult).reason)).toContain('bad.txt');
    expect(second.status).toBe('fulfilled');
  });

  it('uses a worker thread for one job too, and refuses work once closed', async () => {
    const single = createExtractorPool({ jobs: 1 });
    expect(single.jobs).toBe(1);
    await expect(single.extract(talks)).resolves.toEqual(createExtractor().extract(talks));
    await single.close();
    await expect(single.extract(talks)).rejects.toThrow(/closed/);
  });

  it('runs in the calling thread when asked', async () => {
    const here = createExtractorPool({ inCallingThread: true });
    await expect(here.extract(talks)).resolves.toEqual(createExtractor().extract(talks));
    await here.close();
  });
});

describe('the budget per document', () => {
  it('fails a document past the time limit, names it, and goes on with a new worker', async () => {
    const pool = createExtractorPool({ jobs: 1, budget: { timeLimitMs: 1000 } });
    try {
      const [slow, after] = await Promise.allSettled([
        pool.extract({ id: 'slow.txt', text: news(900_000) }),
        pool.extract(talks),
      ]);
      expect(slow.status).toBe('rejected');
      const reason = (slow as PromiseRejectedResult).reason as { code: string; message: string };
      expect(reason.code).toBe('INPUT_TOO_COMPLEX');
      expect(reason.message).toBe(
        'extract: slow.txt: took longer than the 1 s CPU time limit, skipped.',
      );
      expect(after).toEqual({ status: 'fulfilled', value: createExtractor().extract(talks) });
    } finally {
      await pool.close();
    }
  });

  it('fails a document past the memory limit, names it, and goes on with a new worker', async () => {
    // Read whole: in 64 Ki segments the text would fit (each segment's analysis goes with it).
    const pool = createExtractorPool({
      jobs: 1,
      budget: { memoryLimitMb: 128 },
      segmentChars: Infinity,
    });
    try {
      const [big, after] = await Promise.allSettled([
        pool.extract({ id: 'big.txt', text: news(3_000_000) }),
        pool.extract(talks),
      ]);
      expect(big.status).toBe('rejected');
      const reason = (big as PromiseRejectedResult).reason as { code: string; message: string };
      expect(reason.code).toBe('INPUT_TOO_COMPLEX');
      expect(reason.message).toBe(
        'extract: big.txt: needed more than the 128 MB memory limit, skipped.',
      );
      expect(after).toEqual({ status: 'fulfilled', value: createExtractor().extract(talks) });
    } finally {
      await pool.close();
    }
  });

  it.each([
    [10, 1000],
    [512 * 1024, 1000],
    [2 * 1024 * 1024, 2000],
    [5.5 * 1024 * 1024, 5500],
  ])('gives a document of %i characters %i ms at 1 s per MB', (chars, ms) => {
    const budget = resolveBudget({ timeLimitMs: 1000 });
    expect(timeLimitFor(budget, { id: 'a', text: 'x'.repeat(chars) })).toBe(ms);
  });

  it.each([
    [{ timeLimitMs: 0 }, /timeLimitMs must be positive/],
    [{ memoryLimitMb: 100 }, /memoryLimitMb must be at least 128/],
  ])('refuses an unworkable budget %j', (budget, message) => {
    expect(() => resolveBudget(budget)).toThrow(message);
  });
});
