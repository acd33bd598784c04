/**
 * The writer thread of the SQLite store (`openStore({ writer: true })`): a worker thread with a
 * writable connection of its own, on which documents' extractions are written, so the thread
 * that owns the store never runs a large document's transaction — its resolution, its inserts
 * and above all its commit, which copies every page the document dirtied (tens of megabytes for
 * a large one) into the write-ahead log in one synchronous call. The extraction goes over in
 * pieces of a few hundred rows, the event loop turning between them, since one message of a
 * large extraction takes the sending thread a fifth of a second to write (`extractionPieces`). The store's thread
 * then catches up from the reply as after a write of its own.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Entity, ErrorCode, Extraction, Relation } from '@kg/schema';
import { ERROR_CODES, KgError, extractionPieces } from '@kg/schema';
import type { DocumentMeta } from '../../merge.js';
import type { IngestResult, StoreCounts } from '../store.js';
import { yieldToLoop } from './statements.js';

/** A document's write begins: everything but its entities and relations, sent in pieces. */
export interface WriteBegin {
  id: number;
  docId: string;
  replace: boolean;
  meta: DocumentMeta;
  head: Extraction;
  /** Pieces to come; with none, the write runs at once. */
  pieces: number;
}

/** Entities and relations of a document on their way; `last` starts the write. */
export interface WritePiece {
  id: number;
  entities: Entity[];
  relations: Relation[];
  last: boolean;
}

export type WriteMessage = { begin: WriteBegin } | WritePiece;

/** What a committed write brings back to the store's thread. */
export interface ThreadWrite {
  result: IngestResult;
  added: Partial<StoreCounts>;
  /** Keys of the entities and relations the write touched. */
  entities: string[];
  relations: string[];
  versions: { before: number; after: number };
}

export type WriteResponse =
  | { id: number; ok: true; written: ThreadWrite | null }
  | { id: number; ok: false; code: string; message: string };

/** A write lost with the writer thread (it was not committed): the store writes it itself. */
export class WriterGone extends Error {}

/** The built writer script: beside this module in dist/, or in dist/ when running from src/. */
function writerUrl(): URL | undefined {
  return [
    new URL('./write-worker.js', import.meta.url),
    new URL('../../../dist/store/sqlite/write-worker.js', import.meta.url),
  ].find((url) => existsSync(fileURLToPath(url)));
}

export class WriterThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<
    number,
    { resolve(value: ThreadWrite | null): void; reject(error: Error): void }
  >();
  private nextId = 1;

  /** Starts the writer on the file at `path`; none when the writer script is missing. */
  constructor(path: string) {
    const url = writerUrl();
    if (!url) return;
    const worker = new Worker(url, { workerData: { path } });
    worker.on('message', (message: WriteResponse | { ready: true }) => {
      if ('ready' in message) return;
      this.settle(message);
    });
    worker.on('error', (err) => this.drop(err));
    worker.on('exit', (code) => this.drop(new Error(`exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
  }

  /** Whether the writer is running (else the store writes in its own thread). */
  get available(): boolean {
    return this.worker !== undefined;
  }

  /**
   * Writes one document's extraction in the writer's transaction: null when it was stored
   * already (and not to be replaced), else what the write did. Rejects with the write's error
   * (the transaction rolled back), or `WriterGone` when the thread is lost.
   */
  async write(
    extraction: Extraction,
    meta: DocumentMeta,
    docId: string,
    replace: boolean,
  ): Promise<ThreadWrite | null> {
    const worker = this.worker;
    if (!worker) throw new WriterGone('graph.store: the writer thread is not running.');
    const id = this.nextId++;
    const { head, pieces } = extractionPieces(extraction);
    const done = new Promise<ThreadWrite | null>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
    });
    // Lost with the thread while pieces are still going out: rejected before anyone awaits it.
    done.catch(() => undefined);
    if (this.pending.size === 1) worker.ref();
    worker.postMessage({
      begin: { id, docId, replace, meta, head, pieces: pieces.length },
    } satisfies WriteMessage);
    for (const [i, piece] of pieces.entries()) {
      await yieldToLoop();
      if (this.worker !== worker) break;
      worker.postMessage({ id, ...piece, last: i === pieces.length - 1 } satisfies WriteMessage);
    }
    return done;
  }

  private settle(response: WriteResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) this.worker?.unref();
    if (response.ok) pending.resolve(response.written);
    else {
      const code = (ERROR_CODES as readonly string[]).includes(response.code)
        ? (response.code as ErrorCode)
        : 'STORE_ERROR';
      pending.reject(new KgError(code, response.message));
    }
  }

  private drop(err: Error): void {
    if (!this.worker) return;
    this.worker = undefined;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(new WriterGone(`graph.store: the writer thread failed: ${err.message}`));
    }
  }

  /** Stops the writer. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}
