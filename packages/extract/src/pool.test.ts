/**
 * The worker pool with real worker threads (the built dist/worker.js: run `npx tsc -b` first).
 * Results must equal the in-process extractor's, document by document.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import type { ExtractInput } from './extractor.js';
import { createExtractorPool } from './pool.js';

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

describe('createExtractorPool', () => {
  const pool = createExtractorPool({ jobs: 2 });
  afterAll(() => pool.close());

  it('extracts documents in worker threads, as the extractor does in process', async () => {
    expect(pool.jobs).toBe(2);
    const results = await Promise.all(docs.map((d) => pool.extract(d)));
    const extractor = createExtractor();
    expect(results).toEqual(docs.map((d) => extractor.extract(d)));
  });

  it('rejects only the document that cannot be sent, and goes on', async () => {
    const bad = { id: 'bad.txt', text: 'x', callback: () => 1 } as unknown as ExtractInput;
    const [first, second] = await Promise.allSettled([pool.extract(bad), pool.extract(docs[0]!)]);
    expect(first.status).toBe('rejected');
    expect(String((first as PromiseRejectedResult).reason)).toContain('bad.txt');
    expect(second.status).toBe('fulfilled');
  });

  it('runs in this thread with one job, and refuses work once closed', async () => {
    const single = createExtractorPool({ jobs: 1 });
    expect(single.jobs).toBe(1);
    await expect(single.extract(docs[0]!)).resolves.toEqual(createExtractor().extract(docs[0]!));
    await single.close();
    await expect(single.extract(docs[0]!)).rejects.toThrow(/closed/);
  });
});
