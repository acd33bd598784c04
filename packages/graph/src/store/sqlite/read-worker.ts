/**
 * A reader thread of the SQLite store: its own read-only connection to the same file, answering
 * the reads the store hands it (search, evidence, document lists, graph stats, relation
 * support, the overview's strongest entities) with the same `Reads` code the store runs in its own thread, and the checkpoints of
 * the write-ahead log the store leaves to it. Started by `ReaderPool`; never imported by the
 * store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { isKgError } from '@kg/schema';
import { CurationRules } from '../../curation.js';
import { Reads } from './reads.js';
import { SqliteRunner } from './run.js';
import type { CheckpointRequest, ReadRequest, ReadResponse } from './reader-pool.js';
import type { SqliteContext } from './statements.js';
import { prepareStatements } from './statements.js';

const { path } = workerData as { path: string };
const db = new Database(path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -32768');
let version = 0;
const ctx: SqliteContext = {
  db,
  sql: prepareStatements(db),
  run: new SqliteRunner(db),
  path,
  rules: new CurationRules(),
  version: () => version,
};
const reads = new Reads(ctx);

function run(request: ReadRequest): Promise<unknown> {
  switch (request.method) {
    case 'search':
      return reads.search(...request.args);
    case 'searchEvidence':
      return reads.searchEvidence(...request.args);
    case 'evidence':
      return reads.evidence(...request.args);
    case 'listDocuments':
      return reads.listDocuments(...request.args);
    case 'computeGraphStats':
      return reads.computeGraphStats();
    case 'relationSupport':
      return reads.relationSupport(...request.args);
    case 'strongest':
      return reads.strongest(...request.args);
  }
}

/** A writable connection for checkpoints alone, opened on the first one asked for. */
let checkpointer: Database.Database | undefined;

function checkpoint(): void {
  try {
    checkpointer ??= new Database(path, { fileMustExist: true });
    checkpointer.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or gone: the next write asks again.
  }
}

const port = parentPort;
port?.on('message', (request: ReadRequest | CheckpointRequest) => {
  if ('checkpoint' in request) {
    checkpoint();
    return;
  }
  version = request.version;
  const reply = (response: ReadResponse): void => port.postMessage(response);
  run(request).then(
    (value) => reply({ id: request.id, ok: true, value }),
    (err: unknown) =>
      reply({
        id: request.id,
        ok: false,
        code: isKgError(err) ? err.code : 'STORE_ERROR',
        message: err instanceof Error ? err.message : String(err),
      }),
  );
});
port?.postMessage({ ready: true });
