/**
 * Workers and enqueuers often start at the same moment on a store whose queue does not exist
 * yet (a script that launches three `kg worker`s, a second `kg ingest --queue` beside the first):
 * every one of them sets up the queue's table, and none may fail for the others (a deadlock
 * between two table set-ups ended a worker before it took a job).
 */
import { createHash } from 'node:crypto';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import { enqueueDocuments, queueStatus } from '@kg/queue';
import type { QueuedDocument } from '@kg/queue';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';

const databases = testDatabases('kg_queue_start');
const stores: Store[] = [];

afterAll(async () => {
  for (const store of stores) await store.close();
  await databases.dropAll();
});

function document(n: number): QueuedDocument {
  const text = `Written for this test: Tom Berg met Ana Lund in Lyon, meeting ${n}.`;
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    source: `meeting-${n}.txt`,
    text,
  };
}

describe('the queue set up by many processes at once', () => {
  it('lets every one of six simultaneous enqueuers on a new store finish', async () => {
    // Several fresh stores: the race needs two set-ups to interleave, which one try may miss.
    for (let round = 0; round < 6; round++) {
      const url = await databases.fresh();
      const store = await openStore({ path: url });
      stores.push(store);
      const docs = [0, 1, 2, 3, 4, 5].map(document);
      // Each enqueuer sends its own document and one the others send too.
      const results = await Promise.all(
        docs.map((doc, i) =>
          enqueueDocuments(store, url, [doc, docs[(i + 1) % docs.length] as QueuedDocument]),
        ),
      );
      expect(results.reduce((n, r) => n + r.queued, 0)).toBe(docs.length);
      expect(results.reduce((n, r) => n + r.alreadyQueued, 0)).toBe(docs.length);
      expect((await queueStatus(url)).counts.queued).toBe(docs.length);
    }
  }, 120_000);
});
