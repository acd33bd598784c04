/**
 * Reader threads for the SQLite store (`openStore({ readers: n })`): worker threads, each with
 * its own read-only connection to the store's file, that run the reads a server does most
 * (search, evidence, document lists, graph stats), so the thread that owns the store, its writes and its
 * in-memory graph stays free to answer (health, neighbours) while they run. In WAL mode a
 * reader sees every transaction committed before its read began, so a read sent after a write
 * sees that write. A reader that fails is dropped and its reads run in the calling thread.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@kg/schema';
import { ERROR_CODES, KgError } from '@kg/schema';
import type { Reads } from './reads.js';

/** The reads a reader thread runs. */
export type ReadMethod =
  | 'search'
  | 'searchEvidence'
  | 'evidence'
  | 'listDocuments'
  | 'computeGraphStats'
  | 'relationSupport'
  | 'strongest';

/** A read sent to a reader thread, with the store's version (for its caches). */
export type ReadRequest = {
  [M in ReadMethod]: { id: number; version: number; method: M; args: Parameters<Reads[M]> };
}[ReadMethod];

/** Asks a reader thread to checkpoint the write-ahead log. */
export interface CheckpointRequest {
  checkpoint: true;
}

export type ReadResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: string; message: string };

/** A read lost with its reader thread: the caller runs it in its own thread instead. */
export class ReaderGone extends Error {}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  reader: Reader;
}

interface Reader {
  worker: Worker;
  busy: number;
  /** Its modules are loaded and its connection open (it said so). */
  ready: boolean;
}

/** The built reader script: beside this module in dist/, or in dist/ when running from src/. */
function readerUrl(): URL | undefined {
  return [
    new URL('./read-worker.js', import.meta.url),
    new URL('../../../dist/store/sqlite/read-worker.js', import.meta.url),
  ].find((url) => existsSync(fileURLToPath(url)));
}

export class ReaderPool {
  private readers: Reader[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Starts `count` readers on the file at `path`; none when the reader script is missing. */
  constructor(path: string, count: number) {
    const url = readerUrl();
    if (!url) return;
    for (let i = 0; i < count; i++) {
      const worker = new Worker(url, { workerData: { path } });
      const reader: Reader = { worker, busy: 0, ready: false };
      worker.on('message', (message: ReadResponse | { ready: true }) => {
        if ('ready' in message) reader.ready = true;
        else this.settle(message);
      });
      worker.on('error', (err) => this.drop(reader, err));
      worker.on('exit', (code) => this.drop(reader, new Error(`exited with code ${code}`)));
      worker.unref();
      this.readers.push(reader);
    }
  }

  /** Whether any reader is running (else the store reads in its own thread). */
  get available(): boolean {
    return this.readers.length > 0;
  }

  /**
   * Whether a reader has started (loaded its modules, opened its connection): until one has,
   * a read sent to it would wait for its start, which at a server's start-up takes longer
   * than the read itself, so the store reads in its own thread meanwhile.
   */
  get ready(): boolean {
    return this.readers.some((r) => r.ready);
  }

  /** Runs a read on the least busy reader that has started (any reader when none has). */
  read<M extends ReadMethod>(
    method: M,
    version: number,
    ...args: Parameters<Reads[M]>
  ): Promise<Awaited<ReturnType<Reads[M]>>> {
    const started = this.readers.filter((r) => r.ready);
    const reader = (started.length > 0 ? started : this.readers).reduce((a, b) =>
      b.busy < a.busy ? b : a,
    );
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, reader });
      if (reader.busy++ === 0) reader.worker.ref();
      reader.worker.postMessage({ id, version, method, args } as ReadRequest);
    });
  }

  private settle(response: ReadResponse): void {
    const pending = this.pending.get(response.id);
    if (!pending) return;
    this.pending.delete(response.id);
    if (--pending.reader.busy === 0) pending.reader.worker.unref();
    if (response.ok) pending.resolve(response.value);
    else {
      const code = (ERROR_CODES as readonly string[]).includes(response.code)
        ? (response.code as ErrorCode)
        : 'STORE_ERROR';
      pending.reject(new KgError(code, response.message));
    }
  }

  private drop(reader: Reader, err: Error): void {
    if (!this.readers.includes(reader)) return;
    this.readers = this.readers.filter((r) => r !== reader);
    for (const [id, pending] of this.pending) {
      if (pending.reader !== reader) continue;
      this.pending.delete(id);
      pending.reject(new ReaderGone(`graph.store: a reader thread failed: ${err.message}`));
    }
  }

  /**
   * Asks a reader to checkpoint the write-ahead log (PASSIVE: as far as no reader holds it
   * back), on a writable connection it opens for that alone; nothing waits for it, and a
   * checkpoint that fails is left to the next one.
   */
  checkpoint(): void {
    this.readers[0]?.worker.postMessage({ checkpoint: true } satisfies CheckpointRequest);
  }

  /** Stops every reader. */
  async close(): Promise<void> {
    const readers = this.readers;
    this.readers = [];
    await Promise.all(readers.map((r) => r.worker.terminate()));
  }
}
