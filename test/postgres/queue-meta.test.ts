/**
 * A queued document keeps what was known of it when it was read: the title and date of a PDF,
 * DOCX or web page and a fetched page's site travel with the job and are stored by the worker,
 * as `kg ingest` stores them without a queue.
 */
import { createExtractorPool } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import { enqueueDocuments, queueStatus, startWorker } from '@kg/queue';
import type { QueuedDocument, RunningWorker } from '@kg/queue';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';

const databases = testDatabases('kg_queue_meta');
let extractor: ExtractorPool;
let store: Store | undefined;
let worker: RunningWorker | undefined;

beforeAll(() => {
  extractor = createExtractorPool({ jobs: 1 });
});

afterAll(async () => {
  await worker?.stop();
  await store?.close();
  await extractor.close();
  await databases.dropAll();
});

describe('a queued document', () => {
  it('is stored with the title, date and site it was queued with', async () => {
    const url = await databases.fresh();
    store = await openStore({ path: url });
    const text = 'Written for this test: Tom Berg met Ana Lund in Lyon on Monday.';
    const doc: QueuedDocument = {
      hash: createHash('sha256').update(text).digest('hex'),
      source: 'https://news.example/talks-in-lyon',
      text,
      format: 'text',
      title: 'Talks in Lyon',
      date: '2025-03-04',
      site: 'Example News',
    };
    expect((await enqueueDocuments(store, url, [doc])).queued).toBe(1);
    worker = await startWorker(
      store,
      url,
      (queued) => extractor.extract({ id: queued.source, text: queued.text, format: 'text' }),
      { pollingSeconds: 0.1 },
    );
    await expect
      .poll(async () => (await queueStatus(url)).counts.merged, { timeout: 120_000, interval: 200 })
      .toBe(1);
    const stored = await store.getDocument(doc.hash);
    expect(stored).toMatchObject({
      source: doc.source,
      title: 'Talks in Lyon',
      date: '2025-03-04',
      site: 'Example News',
    });
  }, 180_000);
});
