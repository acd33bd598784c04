/**
 * The writer thread of the SQLite store: a writable connection of its own to the same file,
 * on which a document's extraction is resolved and written in one transaction, with the same
 * `writeDocument` code the store runs in its own thread. The extraction arrives in pieces
 * (`WriteBegin`, then `WritePiece`s); the write runs once the last piece is in, and the reply
 * carries what the store's thread needs to catch up (result, counts, keys touched, versions).
 * Curation rules are read from the file inside the transaction, so they are the ones committed.
 * Started by `WriterThread`; never imported by the store.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { Extraction } from '@kg/schema';
import type { CurationRule } from '../../curation.js';
import { CurationRules } from '../../curation.js';
import { recordChange } from '../changes.js';
import { SqliteRunner } from './run.js';
import type { SqliteContext } from './statements.js';
import { prepareStatements, storeError } from './statements.js';
import { Writes } from './writes.js';
import type { WriteBegin, WriteMessage, WriteResponse } from './writer-thread.js';

const { path } = workerData as { path: string };
const db = new Database(path, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
db.pragma('cache_size = -65536');
// The write-ahead log is checkpointed as this connection commits (SQLite's default): here, in
// this thread.
const sql = prepareStatements(db);
const ctx: SqliteContext = {
  db,
  sql,
  run: new SqliteRunner(db),
  path,
  rules: new CurationRules(),
  version: () => sql.version.get() as number,
};
const writes = new Writes(ctx);

function readRules(): CurationRules {
  const rows = db.prepare(`SELECT rule FROM curation ORDER BY id`).pluck().all() as string[];
  return new CurationRules(rows.map((rule) => JSON.parse(rule) as CurationRule));
}

/** One document in one transaction; null when it is stored already and not to be replaced. */
function write(begin: WriteBegin, extraction: Extraction): WriteResponse {
  db.exec('BEGIN IMMEDIATE');
  try {
    const num = sql.documentNum.get(begin.docId) as number | undefined;
    if (num !== undefined && !begin.replace) {
      db.exec('COMMIT');
      return { id: begin.id, ok: true, written: null };
    }
    ctx.rules = readRules();
    const written = writes.writeDocument({ extraction, meta: begin.meta }, num);
    const before = sql.version.get() as number;
    sql.bumpVersion.run();
    ctx.run.run(recordChange(before + 1, written.touched));
    db.exec('COMMIT');
    return {
      id: begin.id,
      ok: true,
      written: {
        result: written.result,
        added: written.added,
        entities: [...written.touched.entities],
        relations: [...written.touched.relations],
        versions: { before, after: before + 1 },
      },
    };
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}

/** Documents whose pieces are still coming in. */
const arriving = new Map<number, { begin: WriteBegin; extraction: Extraction }>();

const port = parentPort;
port?.on('message', (message: WriteMessage) => {
  let response: WriteResponse | undefined;
  try {
    if ('begin' in message) {
      const { begin } = message;
      arriving.set(begin.id, { begin, extraction: { ...begin.head } });
      if (begin.pieces === 0) response = finish(begin.id);
    } else {
      const doc = arriving.get(message.id);
      if (!doc) return;
      doc.extraction.entities.push(...message.entities);
      doc.extraction.relations.push(...message.relations);
      if (message.last) response = finish(message.id);
    }
  } catch (err) {
    const id = 'begin' in message ? message.begin.id : message.id;
    arriving.delete(id);
    const error = storeError(path, err);
    response = { id, ok: false, code: error.code, message: error.message };
  }
  if (response) port.postMessage(response);
});

function finish(id: number): WriteResponse {
  const doc = arriving.get(id);
  arriving.delete(id);
  if (!doc) throw new Error(`no document ${id} in progress`);
  return write(doc.begin, doc.extraction);
}

port?.postMessage({ ready: true });
