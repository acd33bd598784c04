/**
 * Retries are the worker's (`kg worker --retries`), not those of whoever created the queue:
 * pg-boss copies its queue's retry settings into each job when it is sent, so a worker's own
 * limit must be applied where an attempt ends. A worker allowing no retry fails a document at
 * its first failure although the queue was created allowing three; a worker allowing two gets
 * a document in on its third attempt although the queue was created allowing none.
 */
import { createExtractorPool } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import { enqueueDocuments, queueStatus, startWorker } from '@kg/queue';
import type { QueuedDocument, RunningWorker } from '@kg/queue';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';

const databases = testDatabases('kg_retries');
let extractor: ExtractorPool;
const stores: Store[] = [];
const workers: RunningWorker[] = [];

beforeAll(() => {
  extractor = createExtractorPool({ jobs: 1 });
});

afterAll(async () => {
  for (const worker of workers) await worker.stop();
  for (const store of stores) await store.close();
  await extractor.close();
  await databases.dropAll();
});

function document(text: string): QueuedDocument {
  const hash = createHash('sha256').update(text).digest('hex');
  return { hash, source: `${hash.slice(0, 8)}.txt`, text };
}

/** The real extractor, failing the first `failures` calls as a crashed extraction would. */
function failingFirst(failures: number) {
  let calls = 0;
  const extract = async (doc: QueuedDocument) => {
    calls++;
    if (calls <= failures) throw new Error(`extraction ${calls} failed`);
    return extractor.extract({ id: doc.source, text: doc.text, format: 'text' });
  };
  return { extract, calls: () => calls };
}

/** The pg-boss state of the document's job, read from the queue's own schema. */
async function jobStates(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const schema = (await client.query<{ s: string }>(`SELECT current_schema() AS s`)).rows[0]?.s;
    const { rows } = await client.query<{ state: string }>(
      `SELECT state FROM ${schema}_jobs.job WHERE name = 'kg-ingest'`,
    );
    return rows.map((r) => r.state);
  } finally {
    await client.end();
  }
}

const cases: {
  name: string;
  queueRetries: number;
  workerRetries: number;
  failures: number;
  state: 'failed' | 'merged';
  attempts: number;
}[] = [
  {
    name: 'fails at the first failure under --retries 0, though the queue allows 3',
    queueRetries: 3,
    workerRetries: 0,
    failures: 5,
    state: 'failed',
    attempts: 1,
  },
  {
    name: 'merges on the third attempt under --retries 2, though the queue allows none',
    queueRetries: 0,
    workerRetries: 2,
    failures: 2,
    state: 'merged',
    attempts: 3,
  },
];

describe('kg worker --retries', () => {
  it.each(cases)(
    '$name',
    async ({ queueRetries, workerRetries, failures, state, attempts }) => {
      const url = await databases.fresh();
      const store = await openStore({ path: url });
      stores.push(store);
      const doc = document(
        `Angela Merkel met Emmanuel Macron in Berlin on ${queueRetries}-${workerRetries}.`,
      );
      // The queue is created here, by the enqueuer, with its own retry settings.
      const queued = await enqueueDocuments(store, url, [doc], {
        retryLimit: queueRetries,
        retryDelaySeconds: 1,
      });
      expect(queued.queued).toBe(1);
      const { extract, calls } = failingFirst(failures);
      const worker = await startWorker(store, url, extract, {
        retryLimit: workerRetries,
        retryDelaySeconds: 1,
        pollingSeconds: 0.1,
      });
      workers.push(worker);
      await expect
        .poll(
          async () => {
            const { counts } = await queueStatus(url);
            return counts.merged + counts.failed;
          },
          { timeout: 120_000, interval: 200 },
        )
        .toBe(1);
      const status = await queueStatus(url);
      expect(status.counts[state]).toBe(1);
      expect(calls()).toBe(attempts);
      if (state === 'failed') {
        expect(status.failed).toEqual([
          { source: doc.source, hash: doc.hash, error: 'extraction 1 failed', attempts },
        ]);
        // Not waiting for a retry pg-boss would still make.
        expect(await jobStates(url)).toEqual(['cancelled']);
      } else {
        expect(await store.hasDocument(doc.hash)).toBe(true);
        expect(await jobStates(url)).toEqual(['completed']);
      }
    },
    180_000,
  );
});
