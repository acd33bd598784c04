/**
 * `kg worker --db postgres://… [--jobs N]`: takes documents queued by `kg ingest --queue` and
 * extracts them, N at a time, merging them into the store in queue order whenever this process
 * holds the merge stage. Run any number, on any machines; stop with Ctrl-C or SIGTERM (documents
 * in flight are finished; a killed worker's document is retried by another).
 */
import { availableParallelism } from 'node:os';
import { createExtractorPool } from '@kg/extract';
import { isPostgresUrl, openStore } from '@kg/graph';
import { startWorker } from '@kg/queue';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { BUDGET_OPTIONS, budgetHelp, parseBudget } from './budget-options.js';
import { extractWith } from './queue-extract.js';
import { showStore, storePath } from './store-path.js';

const USAGE = `Usage: kg worker --db postgres://… [--jobs N] [options]

Extracts the documents "kg ingest PATH... --queue" put in the queue of a PostgreSQL store and
merges them into it, in the order they were queued. Run as many workers as you like, on any
machines that reach the database; each runs until stopped (Ctrl-C, SIGTERM).

Options:
  --db URL              the PostgreSQL store (env KG_DB)
  --jobs N              documents extracted at once (default: the number of cores)
  --retries N           attempts after the first before a document fails (default 3)
  --job-timeout S       a document this worker holds goes to another worker when this one has
                        not renewed its hold for S seconds (renewed every S/3 while it works;
                        default 300)
${budgetHelp(24)}
  --quiet               print nothing per document
  -h, --help            this text
`;

function whole(value: string | undefined, flag: string, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    throw new UsageError(`--${flag} must be a whole number of at least ${min}, not "${value}"`);
  }
  return n;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    jobs: { type: 'string' },
    retries: { type: 'string' },
    'job-timeout': { type: 'string' },
    ...BUDGET_OPTIONS,
    quiet: { type: 'boolean', default: false },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const db = storePath(values.db);
  if (!isPostgresUrl(db)) {
    throw new UsageError(
      'the queue lives in a PostgreSQL store: pass --db postgres://… (or KG_DB)',
    );
  }
  const jobs = whole(values.jobs, 'jobs', availableParallelism(), 1);
  const retryLimit = whole(values.retries, 'retries', 3, 0);
  const jobTimeoutSeconds = whole(values['job-timeout'], 'job-timeout', 300, 1);
  const store = await openStore({ path: db });
  const pool = createExtractorPool({ jobs, budget: parseBudget(values) });
  let worker;
  try {
    worker = await startWorker(
      store,
      db,
      (doc) =>
        extractWith(pool, {
          id: doc.source,
          hash: doc.hash,
          text: doc.text,
          ...(doc.format ? { format: doc.format } : {}),
        }),
      {
        jobs,
        retryLimit,
        jobTimeoutSeconds,
        maintenanceSeconds: Math.min(10, jobTimeoutSeconds),
        onMerged: ({ source, result }) => {
          if (!values.quiet) io.stdout.write(`kg worker: ${result.status} ${source}\n`);
        },
        onError: (message) => io.stderr.write(`kg worker: ${message}\n`),
      },
    );
  } catch (err) {
    await pool.close();
    await store.close();
    throw err;
  }
  io.stderr.write(`kg worker: working on ${showStore(db)} with ${jobs} extraction jobs\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  io.stderr.write('kg worker: stopping after the documents in flight\n');
  await worker.stop();
  await pool.close();
  await store.close();
  return 0;
}

export const workerCommand: Command = {
  name: 'worker',
  summary: 'extract and merge documents queued in a PostgreSQL store (kg ingest --queue)',
  usage: USAGE,
  run,
};
