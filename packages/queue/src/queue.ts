/**
 * Distributed ingest over a PostgreSQL store: documents are enqueued in input order, any number
 * of worker processes on any machines extract them in parallel, and one merge stage at a time
 * writes them to the store in enqueue order, so cross-document resolution gives exactly what one
 * `kg ingest` of the same files in the same order gives.
 *
 * - **pg-boss** distributes the extraction jobs (SKIP LOCKED fetches, retries with exponential
 *   backoff, failed jobs kept with their error). Workers fetch and settle jobs in a loop of
 *   their own (`boss.fetch`, then `complete` or `fail` retried until the database answers):
 *   pg-boss's `work()` settles a job without waiting on it, so a settle that meets a lost
 *   connection is an unhandled rejection that ends the process, and the job stays active.
 * - **Retries are the worker's**: pg-boss copies its queue's retry settings into each job when
 *   the job is sent, so they are those of whoever created the queue (`kg ingest --queue`), never
 *   those of the worker that meets the failure (pg-boss #644, as with its expiry). Jobs are sent
 *   with a retry limit pg-boss only keeps as a backstop (`BOSS_RETRY_LIMIT`); the worker that
 *   sees an attempt end (a failed extraction, a lease run out, a job fetched once too often)
 *   decides by its own `retryLimit` whether the document goes back to the queue (pg-boss `fail`,
 *   with its backoff) or fails for good (the job cancelled, the error kept in `kg_queue`).
 * - **Retry by hand** (`requeueDocument`): a document failed for good goes back to the end of
 *   the queue, attempts counted afresh, as a new job carrying the text its failed job kept.
 * - **Leases**: a worker holds each document it extracts for `jobTimeoutSeconds` and renews the
 *   lease while it works; the merge stage hands a document whose lease ran out back to pg-boss
 *   (`fail`: retried with backoff, or failed for good). pg-boss's own expiry is a property of
 *   the queue, fixed by whoever created it first (`createQueue` leaves an existing queue as it
 *   is), so it cannot carry each worker's timeout.
 * - **`kg_queue`** (a table beside the store's) records each document once (content hash, unique:
 *   enqueueing a known or already queued document is a no-op), its order (`seq`), its state and,
 *   between extraction and merge, its extraction.
 * - **The merge stage**: whichever worker holds a session advisory lock merges the extracted
 *   documents at the head of the queue, in `seq` order, each in the store's own one-transaction
 *   write; it stops at the first document still being extracted. A worker killed mid-merge
 *   loses nothing: the lock goes with its connection, the document is merged again by the next
 *   holder, and the store answers `unchanged` for a document it already has (content hash).
 */
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import PgBoss from 'pg-boss';
import type { DocumentMeta, IngestResult, Store } from '@kg/graph';
import type { Extraction } from '@kg/schema';
import { KgError, isKgError } from '@kg/schema';

/** The pg-boss queue the extraction jobs go through. */
const QUEUE = 'kg-ingest';

/** One document waiting in the queue: what a worker on any machine needs to extract it. */
export interface QueuedDocument {
  /** SHA-256 hex of the raw bytes: the document's id in the store. */
  hash: string;
  source: string;
  text: string;
  format?: string;
  title?: string;
  date?: string;
  /** The site a fetched page came from. */
  site?: string;
}

interface JobData extends QueuedDocument {
  seq: number;
}

export interface QueueOptions {
  /**
   * Attempts after the first before a document is failed for good: the worker's own, applied by
   * whichever worker sees an attempt end. Default 3.
   */
  retryLimit?: number;
  /**
   * First retry delay in seconds, doubled on every retry. Default 2. A property of the queue,
   * fixed by whoever created it first (the first `enqueueDocuments` or worker).
   */
  retryDelaySeconds?: number;
  /**
   * A document whose worker has not renewed its lease for this long (the worker renews it
   * every third of this while it extracts) is taken to have lost its worker and is retried.
   * Default 300.
   */
  jobTimeoutSeconds?: number;
  /** How often pg-boss's maintenance (expiry of lost jobs) runs, in seconds. Default 10. */
  maintenanceSeconds?: number;
  /** How often an idle worker looks for a job, in seconds. Default 0.5. */
  pollingSeconds?: number;
}

export interface EnqueueResult {
  queued: number;
  /** Already in the store. */
  known: number;
  /** Already in the queue (waiting, in progress, done or failed). */
  alreadyQueued: number;
}

export type QueueState = 'queued' | 'active' | 'extracted' | 'merged' | 'failed';

export interface QueueStatus {
  /** Documents per state: waiting, being extracted, extracted and waiting to be merged, merged, failed. */
  counts: Record<QueueState, number>;
  /** Failed documents with their errors, oldest first. */
  failed: { source: string; hash: string; error: string; attempts: number }[];
}

export interface WorkerOptions extends QueueOptions {
  /** Documents extracted at once by this process. Default 1. */
  jobs?: number;
  /** Called after each document this process merged (or found merged). */
  onMerged?: (outcome: { source: string; result: IngestResult }) => void;
  /** Called with errors that do not stop the worker (a failed document, a lost connection). */
  onError?: (message: string) => void;
}

export interface RunningWorker {
  /** Stops taking jobs, lets those in flight finish, closes connections. */
  stop(): Promise<void>;
}

export type QueueExtract = (doc: QueuedDocument) => Promise<Extraction>;

/**
 * pg-boss's retry limit on every job: a backstop only (see "Retries are the worker's"), so a
 * worker allowing more retries than the queue's creator still gets them.
 */
const BOSS_RETRY_LIMIT = 1000;

const DEFAULTS: Required<QueueOptions> = {
  retryLimit: 3,
  retryDelaySeconds: 2,
  jobTimeoutSeconds: 300,
  maintenanceSeconds: 10,
  pollingSeconds: 0.5,
};

/** The advisory lock the merge stage holds (with the store's schema as second key). */
const MERGE_LOCK = `${0x6b67_0003}, hashtext(current_schema())`;

/** The advisory lock held while one process creates or upgrades `kg_queue`. */
const SCHEMA_LOCK = `${0x6b67_0004}, hashtext(current_schema())`;

/** The advisory lock held while one process creates the pg-boss queue. */
const QUEUE_LOCK = `${0x6b67_0005}, hashtext(current_schema())`;

const SCHEMA_SQL = [
  `CREATE TABLE IF NOT EXISTS kg_queue (
    seq BIGSERIAL PRIMARY KEY,
    hash TEXT COLLATE "C" NOT NULL UNIQUE,
    source TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    job TEXT,
    extraction JSONB,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
  )`,
  `CREATE INDEX IF NOT EXISTS kg_queue_open ON kg_queue (seq) WHERE state <> 'merged' AND state <> 'failed'`,
  `ALTER TABLE kg_queue ADD COLUMN IF NOT EXISTS lease_until TIMESTAMPTZ`,
];

/** True when `kg_queue`, its index and its latest column are all there (SCHEMA_SQL's end state). */
const SCHEMA_READY_SQL = `
  SELECT to_regclass('kg_queue') IS NOT NULL
     AND to_regclass('kg_queue_open') IS NOT NULL
     AND EXISTS (
       SELECT 1 FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'kg_queue'
         AND column_name = 'lease_until'
     ) AS ok`;

const INT8_OID = 20;
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};

/** A queue state in words, for messages. */
const STATE_WORDS: Record<QueueState, string> = {
  queued: 'waiting to be extracted',
  active: 'being extracted',
  extracted: 'extracted and waiting to be merged',
  merged: 'in the store',
  failed: 'failed',
};

/** A UUID derived from a content hash: one pg-boss job id per document. */
function jobId(hash: string): string {
  const h = createHash('sha256').update(`kg-ingest:${hash}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Connections for the queue: a pool on the store's database and pg-boss in a schema beside it. */
class Connections {
  readonly pool: pg.Pool;
  boss: PgBoss | undefined;
  private schema: string | undefined;

  constructor(
    readonly url: string,
    readonly options: Required<QueueOptions>,
  ) {
    this.pool = new pg.Pool({ connectionString: url, types, max: 4, application_name: 'kg-queue' });
    this.pool.on('error', () => undefined);
    // A lost connection fails the query that used it; it must not take the process down.
    this.pool.on('connect', (client) => client.on('error', () => undefined));
  }

  /** The queue's table, and pg-boss started with the queue created. */
  async start(work: boolean): Promise<PgBoss> {
    const { rows } = await this.pool.query<{ schema: string | null }>(
      `SELECT current_schema() AS schema`,
    );
    this.schema = rows[0]?.schema ?? 'public';
    await this.createTable();
    const boss = new PgBoss({
      connectionString: this.url,
      schema: this.schema === 'public' ? 'kg_jobs' : `${this.schema}_jobs`,
      application_name: 'kg-queue',
      max: 4,
      supervise: work,
      schedule: false,
      maintenanceIntervalSeconds: this.options.maintenanceSeconds,
    });
    boss.on('error', () => undefined);
    await boss.start();
    await this.createQueue(boss);
    this.boss = boss;
    return boss;
  }

  /**
   * Creates the pg-boss queue, one process at a time: pg-boss's `create_queue` inserts the
   * queue's row and attaches its partition in one transaction, and two processes doing it at
   * once on a new store can deadlock (six enqueuers started together did). A queue already
   * there is left alone, without taking the lock. The lock is a session lock on a connection
   * of our own pool, since pg-boss runs the statement on its own; a connection that fails is
   * closed, not returned to the pool, so no lock outlives it.
   */
  private async createQueue(boss: PgBoss): Promise<void> {
    if (await boss.getQueue(QUEUE)) return;
    const client = await this.pool.connect();
    let failed: Error | undefined;
    try {
      await client.query(`SELECT pg_advisory_lock(${QUEUE_LOCK})`);
      if (!(await boss.getQueue(QUEUE))) {
        await boss.createQueue(QUEUE, {
          name: QUEUE,
          retryLimit: BOSS_RETRY_LIMIT,
          retryDelay: this.options.retryDelaySeconds,
          retryBackoff: true,
          expireInSeconds: this.options.jobTimeoutSeconds,
        });
      }
      await client.query(`SELECT pg_advisory_unlock(${QUEUE_LOCK})`);
    } catch (err) {
      failed = err instanceof Error ? err : new Error(String(err));
      throw err;
    } finally {
      client.release(failed);
    }
  }

  /**
   * Creates or upgrades `kg_queue` when it needs it, one process at a time: the set-up's
   * statements lock the table, and two processes that both hold the weaker lock and wait for
   * the stronger one deadlock (workers started together on a new store did). A table already
   * set up is left alone, so a worker joining a busy queue takes no lock on it at all.
   */
  private async createTable(): Promise<void> {
    const ready = async (client: pg.PoolClient | pg.Pool): Promise<boolean> =>
      (await client.query<{ ok: boolean }>(SCHEMA_READY_SQL)).rows[0]?.ok === true;
    if (await ready(this.pool)) return;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK})`);
      if (!(await ready(client))) {
        for (const statement of SCHEMA_SQL) await client.query(statement);
      }
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.boss?.stop({ graceful: true, wait: true, close: true }).catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }
}

function resolve(options: QueueOptions): Required<QueueOptions> {
  return { ...DEFAULTS, ...options };
}

function where(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/iu, '$1:***@');
}

function queueError(url: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError('STORE_ERROR', `queue: ${where(url)}: ${message}.`, { cause: err });
}

/**
 * Enqueues documents in the given order (their merge order): those the store already holds and
 * those already queued are left alone.
 */
export async function enqueueDocuments(
  store: Store,
  url: string,
  docs: AsyncIterable<QueuedDocument> | Iterable<QueuedDocument>,
  options: QueueOptions = {},
): Promise<EnqueueResult> {
  const connections = new Connections(url, resolve(options));
  const result: EnqueueResult = { queued: 0, known: 0, alreadyQueued: 0 };
  try {
    const boss = await connections.start(false);
    for await (const doc of docs) {
      if (await store.hasDocument(doc.hash)) {
        result.known++;
        continue;
      }
      const client = await connections.pool.connect();
      try {
        await client.query('BEGIN');
        const inserted = await client.query<{ seq: number }>(
          `INSERT INTO kg_queue (hash, source, job) VALUES ($1, $2, $3)
           ON CONFLICT (hash) DO NOTHING RETURNING seq`,
          [doc.hash, doc.source, jobId(doc.hash)],
        );
        const seq = inserted.rows[0]?.seq;
        if (seq === undefined) {
          await client.query('ROLLBACK');
          result.alreadyQueued++;
          continue;
        }
        const data: JobData = { ...doc, seq };
        // The job is sent in the same transaction as its row: both or neither.
        await boss.send(QUEUE, data, {
          id: jobId(doc.hash),
          retryLimit: BOSS_RETRY_LIMIT,
          db: { executeSql: (text, values) => client.query(text, values) },
        });
        await client.query('COMMIT');
        result.queued++;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    }
    return result;
  } catch (err) {
    throw queueError(url, err);
  } finally {
    await connections.close();
  }
}

/** Documents per state and the failed ones with their errors. */
export async function queueStatus(url: string): Promise<QueueStatus> {
  const pool = new pg.Pool({ connectionString: url, types, max: 1 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const counts: Record<QueueState, number> = {
      queued: 0,
      active: 0,
      extracted: 0,
      merged: 0,
      failed: 0,
    };
    const exists = await pool.query<{ found: boolean }>(
      `SELECT to_regclass('kg_queue') IS NOT NULL AS found`,
    );
    if (!exists.rows[0]?.found) return { counts, failed: [] };
    for (const row of (
      await pool.query<{ state: QueueState; n: number }>(
        `SELECT state, COUNT(*) AS n FROM kg_queue GROUP BY state`,
      )
    ).rows) {
      counts[row.state] = row.n;
    }
    const failed = (
      await pool.query<{ source: string; hash: string; error: string | null; attempts: number }>(
        `SELECT source, hash, error, attempts FROM kg_queue WHERE state = 'failed' ORDER BY seq`,
      )
    ).rows.map((r) => ({ ...r, error: r.error ?? 'unknown error' }));
    return { counts, failed };
  } catch (err) {
    throw queueError(url, err);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/** A document in the queue that is not in the store yet: waiting, being worked on, or failed. */
export interface QueueEntry {
  hash: string;
  source: string;
  state: Exclude<QueueState, 'merged'>;
  /** The error of its last failed attempt (a failed document's reason). */
  error?: string;
  /** Attempts begun so far. */
  attempts: number;
  /** ISO time it was enqueued. */
  enqueuedAt: string;
}

/**
 * The documents of the queue not merged into the store, in queue order (failed ones included,
 * with their errors), at most `limit` of them; none when the store has no queue.
 */
export async function queueEntries(url: string, limit = 1000): Promise<QueueEntry[]> {
  const pool = new pg.Pool({ connectionString: url, types, max: 1 });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const exists = await pool.query<{ found: boolean }>(
      `SELECT to_regclass('kg_queue') IS NOT NULL AS found`,
    );
    if (!exists.rows[0]?.found) return [];
    const { rows } = await pool.query<{
      hash: string;
      source: string;
      state: QueueEntry['state'];
      error: string | null;
      attempts: number;
      enqueued_at: Date;
    }>(
      `SELECT hash, source, state, error, attempts, enqueued_at FROM kg_queue
       WHERE state <> 'merged' ORDER BY seq LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      hash: r.hash,
      source: r.source,
      state: r.state,
      ...(r.error ? { error: r.error } : {}),
      attempts: r.attempts,
      enqueuedAt: r.enqueued_at.toISOString(),
    }));
  } catch (err) {
    throw queueError(url, err);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

/**
 * Puts a document that failed for good back in the queue, at its end, its attempts counted
 * afresh: a new extraction job carrying the text its failed job kept, sent in the same
 * transaction as the row's change. NOT_FOUND when the queue does not hold the document;
 * CONFLICT when it has not failed, or when its failed job (and so its text) is gone.
 */
export async function requeueDocument(
  url: string,
  hash: string,
  options: QueueOptions = {},
): Promise<QueueEntry> {
  const connections = new Connections(url, resolve(options));
  try {
    const boss = await connections.start(false);
    const client = await connections.pool.connect();
    try {
      await client.query('BEGIN');
      const found = await client.query<{ source: string; state: QueueState; job: string | null }>(
        `SELECT source, state, job FROM kg_queue WHERE hash = $1 FOR UPDATE`,
        [hash],
      );
      const row = found.rows[0];
      if (!row) throw new KgError('NOT_FOUND', `queue: no document ${hash} in the queue.`);
      if (row.state !== 'failed') {
        throw new KgError(
          'CONFLICT',
          `queue: ${row.source} has not failed (it is ${STATE_WORDS[row.state]}); only a failed document is retried.`,
        );
      }
      const old = row.job
        ? await boss.getJobById<JobData>(QUEUE, row.job, { includeArchive: true })
        : null;
      if (!old) {
        throw new KgError(
          'CONFLICT',
          `queue: ${row.source}: its job and text are no longer kept; ingest the file again.`,
        );
      }
      const job = randomUUID();
      const { rows } = await client.query<{ seq: number; enqueued_at: Date }>(
        `UPDATE kg_queue SET seq = nextval(pg_get_serial_sequence('kg_queue', 'seq')),
           state = 'queued', job = $2, error = NULL, attempts = 0, lease_until = NULL,
           extraction = NULL, updated_at = now()
         WHERE hash = $1 RETURNING seq, enqueued_at`,
        [hash, job],
      );
      const seq = rows[0]?.seq as number;
      const data: JobData = { ...old.data, seq };
      await boss.send(QUEUE, data, {
        id: job,
        retryLimit: BOSS_RETRY_LIMIT,
        db: { executeSql: (text, values) => client.query(text, values) },
      });
      await client.query('COMMIT');
      return {
        hash,
        source: row.source,
        state: 'queued',
        attempts: 0,
        enqueuedAt: (rows[0]?.enqueued_at as Date).toISOString(),
      };
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    throw queueError(url, err);
  } finally {
    await connections.close();
  }
}

/**
 * Starts a worker: `jobs` extractions at a time from the queue, and the merge stage whenever
 * this process can take it. Runs until `stop()`.
 */
export async function startWorker(
  store: Store,
  url: string,
  extract: QueueExtract,
  options: WorkerOptions = {},
): Promise<RunningWorker> {
  const settings = resolve(options);
  const report = options.onError ?? (() => undefined);
  const connections = new Connections(url, settings);
  let boss: PgBoss;
  try {
    boss = await connections.start(true);
  } catch (err) {
    await connections.close();
    throw queueError(url, err);
  }
  const pool = connections.pool;
  let stopped = false;
  let merging: Promise<void> | undefined;

  const setState = (hash: string, state: QueueState, extra = '', values: unknown[] = []) =>
    pool.query(`UPDATE kg_queue SET state = $2, updated_at = now()${extra} WHERE hash = $1`, [
      hash,
      state,
      ...values,
    ]);

  /** Merges extracted documents at the head of the queue while this process holds the lock. */
  const mergeHead = async (): Promise<void> => {
    for (;;) {
      const client = await pool.connect();
      let more = false;
      try {
        const locked = await client.query<{ ok: boolean }>(
          `SELECT pg_try_advisory_lock(${MERGE_LOCK}) AS ok`,
        );
        if (!locked.rows[0]?.ok) return;
        try {
          await releaseLost(client);
          while (!stopped) {
            const head = (
              await client.query<{
                seq: number;
                hash: string;
                source: string;
                state: QueueState;
                job: string | null;
                extraction: (Extraction & { meta?: DocumentMeta }) | null;
              }>(
                `SELECT seq, hash, source, state, job, extraction FROM kg_queue
                 WHERE state <> 'merged' AND state <> 'failed' ORDER BY seq LIMIT 1`,
              )
            ).rows[0];
            if (!head) break;
            if (head.state !== 'extracted' || !head.extraction) {
              // Still waiting for extraction, unless pg-boss gave up on it (its worker died
              // on every attempt): then it is failed here too and the queue moves on.
              const job = head.job ? await boss.getJobById<JobData>(QUEUE, head.job) : null;
              if (job?.state === 'failed' || job?.state === 'cancelled') {
                await setState(head.hash, 'failed', ', error = COALESCE(error, $3)', [
                  describeOutput(job.output) ?? 'the job failed (its worker stopped or timed out)',
                ]);
                continue;
              }
              // Taken by a worker that never said so (it died between fetching and starting):
              // no lease to run out, so the job's age stands in for it.
              if (
                head.job &&
                head.state === 'queued' &&
                job?.state === 'active' &&
                (await databaseNow(client)) - job.startedOn.getTime() >
                  settings.jobTimeoutSeconds * 1000
              ) {
                const gaveUp = await giveBack(
                  job,
                  head.source,
                  'was taken by a worker that never started it',
                );
                if (gaveUp) continue;
              }
              break;
            }
            const { meta, ...extraction } = head.extraction;
            const result = await store.ingestExtraction(
              extraction,
              meta ?? { id: head.hash, source: head.source },
            );
            await client.query(
              `UPDATE kg_queue SET state = 'merged', extraction = NULL, updated_at = now()
               WHERE seq = $1`,
              [head.seq],
            );
            options.onMerged?.({ source: head.source, result });
          }
        } finally {
          await client.query(`SELECT pg_advisory_unlock(${MERGE_LOCK})`);
        }
        // A document extracted while this process was releasing the lock: take it again.
        const next = await client.query<{ state: QueueState }>(
          `SELECT state FROM kg_queue WHERE state <> 'merged' AND state <> 'failed'
           ORDER BY seq LIMIT 1`,
        );
        more = !stopped && next.rows[0]?.state === 'extracted';
      } finally {
        client.release();
      }
      if (!more) return;
    }
  };

  /**
   * Hands a lost document's job back to pg-boss (retried with backoff), or fails the document
   * for good when its attempts are spent; true when it did the latter.
   */
  const giveBack = async (
    job: PgBoss.JobWithMetadata<JobData>,
    source: string,
    why: string,
  ): Promise<boolean> => {
    if (spent(job)) {
      await giveUp(job, `${source} ${why}`);
      return true;
    }
    await boss.fail(QUEUE, job.id, { message: `${source} ${why}; retried` });
    report(`${source}: ${why} (will retry)`);
    return false;
  };

  /** True when the attempt just made on this job was its last under this worker's limit. */
  const spent = (job: PgBoss.JobWithMetadata<JobData>): boolean =>
    job.retryCount >= settings.retryLimit;

  /**
   * Fails a document for good: its row keeps the error (the first one it met, when it had one)
   * and its job is cancelled, so pg-boss's backstop limit never retries it.
   */
  const giveUp = async (job: PgBoss.JobWithMetadata<JobData>, message: string): Promise<void> => {
    await setState(job.data.hash, 'failed', ', error = COALESCE(error, $3), lease_until = NULL', [
      message,
    ]);
    await boss.cancel(QUEUE, job.id);
    report(`${job.data.source}: ${message} (failed after ${job.retryCount + 1} attempts)`);
  };

  /**
   * Documents whose worker let its lease run out go back to the queue: their job is failed in
   * pg-boss (retried with backoff, or failed for good) when it is still the attempt that worker
   * took (not fetched again since, by a worker yet to mark the document active).
   */
  const releaseLost = async (client: pg.PoolClient): Promise<void> => {
    const lost = await client.query<{ hash: string; source: string; job: string | null; at: Date }>(
      `SELECT hash, source, job, updated_at AS at FROM kg_queue
       WHERE state = 'active' AND lease_until < now() ORDER BY seq`,
    );
    for (const row of lost.rows) {
      const job = row.job ? await boss.getJobById<JobData>(QUEUE, row.job) : null;
      const taken = job?.state === 'active' && job.startedOn <= row.at;
      if (job?.state === 'active' && !taken) continue;
      const released = await client.query(
        `UPDATE kg_queue SET state = 'queued', lease_until = NULL, updated_at = now()
         WHERE hash = $1 AND state = 'active' AND lease_until < now()`,
        [row.hash],
      );
      if (taken && released.rowCount === 1 && job) {
        await giveBack(job, row.source, 'lost its worker (no lease renewed)');
      }
    }
  };

  const merge = (): Promise<void> => {
    merging ??= mergeHead()
      .catch((err: unknown) => report(`merge: ${(err as Error)?.message ?? String(err)}`))
      .finally(() => {
        merging = undefined;
      });
    return merging;
  };

  const handle = async (job: PgBoss.JobWithMetadata<JobData>): Promise<unknown> => {
    const doc = job.data;
    if (await store.hasDocument(doc.hash)) {
      await setState(doc.hash, 'merged', ', extraction = NULL');
      void merge();
      return { status: 'unchanged' };
    }
    const lease = settings.jobTimeoutSeconds;
    await setState(
      doc.hash,
      'active',
      `, attempts = attempts + 1, lease_until = now() + $3 * interval '1 second'`,
      [lease],
    );
    // The lease is renewed while this process works on the document; a renewal that fails
    // (the database restarting) is tried again at the next beat.
    const beat = setInterval(
      () =>
        void pool
          .query(
            `UPDATE kg_queue SET lease_until = now() + $2 * interval '1 second'
             WHERE hash = $1 AND state = 'active'`,
            [doc.hash, lease],
          )
          .catch(() => undefined),
      (lease * 1000) / 3,
    );
    let extraction: Extraction;
    try {
      extraction = await extract(doc);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (spent(job)) {
        // Cancelled here: the `fail` that settles this attempt then leaves the job alone.
        await setState(doc.hash, 'failed', ', error = $3, lease_until = NULL', [message]);
        await boss.cancel(QUEUE, job.id);
        report(`${doc.source}: ${message} (failed after ${job.retryCount + 1} attempts)`);
      } else {
        await setState(doc.hash, 'queued', ', error = $3, lease_until = NULL', [message]);
        report(`${doc.source}: ${message} (will retry)`);
      }
      void merge();
      throw err;
    } finally {
      clearInterval(beat);
    }
    const meta: DocumentMeta = { id: doc.hash, source: doc.source };
    if (doc.title !== undefined) meta.title = doc.title;
    if (doc.date !== undefined) meta.date = doc.date;
    if (doc.site !== undefined) meta.site = doc.site;
    await setState(doc.hash, 'extracted', ', extraction = $3, lease_until = NULL', [
      { ...extraction, meta },
    ]);
    // The job is done once its extraction is kept; merging goes on in the merge stage, in
    // queue order, whoever holds it.
    void merge();
    return { status: 'extracted' };
  };

  /** Idle slots, woken early by `stop()`. */
  const sleepers = new Set<() => void>();
  const idle = (): Promise<void> =>
    new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, settings.pollingSeconds * 1000);
      sleepers.add(wake);
    });

  /**
   * Tells pg-boss how a job ended, again and again while the database does not answer (a
   * restart): a job left active would wait for its expiry, and an unhandled failure here would
   * end the process.
   */
  const settle = async (
    job: PgBoss.JobWithMetadata<JobData>,
    outcome: { value: unknown } | { error: unknown },
  ): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        if ('value' in outcome) await boss.complete(QUEUE, job.id, outcome.value as object);
        else await boss.fail(QUEUE, job.id, { message: messageOf(outcome.error) });
        return;
      } catch (err) {
        if (attempt === 0)
          report(`${job.data.source}: ${messageOf(err)} (telling the queue again)`);
        if (stopped) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  };

  /** One extraction slot: takes a job, works on it, settles it; looks again at once after one. */
  const slot = async (): Promise<void> => {
    while (!stopped) {
      // pg-boss's fetch answers [] when the database does not (a restart): then wait and retry.
      const [job] = await boss
        .fetch<JobData>(QUEUE, { batchSize: 1, includeMetadata: true })
        .catch(() => []);
      if (!job) {
        await idle();
        continue;
      }
      // Retried past this worker's limit (its last attempt ended where nobody could count it:
      // pg-boss's expiry, or a worker allowing more): failed for good, not tried again.
      if (job.retryCount > settings.retryLimit) {
        await giveUp(
          job,
          `${job.data.source}: no attempt of ${job.retryCount} finished (its workers stopped or timed out)`,
        ).catch((err: unknown) => report(`${job.data.source}: ${messageOf(err)}`));
        continue;
      }
      let outcome: { value: unknown } | { error: unknown };
      try {
        outcome = { value: await handle(job) };
      } catch (error) {
        outcome = { error };
      }
      await settle(job, outcome);
    }
  };
  const slots: Promise<void>[] = [];
  for (let i = 0; i < Math.max(1, options.jobs ?? 1); i++) slots.push(slot());
  // The merge stage also runs on its own now and then: a merger that died leaves documents
  // extracted, and a head failed by pg-boss's expiry has nobody's handler to report it.
  const tick = setInterval(() => void merge(), 1000);
  tick.unref();

  return {
    async stop() {
      stopped = true;
      clearInterval(tick);
      for (const wake of [...sleepers]) wake();
      await Promise.all(slots);
      await merging;
      await connections.close();
    },
  };
}

/** The database's clock (the one pg-boss stamps jobs with), in milliseconds. */
async function databaseNow(client: pg.PoolClient): Promise<number> {
  const { rows } = await client.query<{ now: Date }>(`SELECT now() AS now`);
  return rows[0]?.now.getTime() ?? Date.now();
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** The error a failed pg-boss job kept, as text. */
function describeOutput(output: unknown): string | undefined {
  if (!output || typeof output !== 'object') return undefined;
  const { message, value } = output as { message?: unknown; value?: { message?: unknown } };
  if (typeof message === 'string') return message;
  if (typeof value?.message === 'string') return value.message;
  return JSON.stringify(output);
}
