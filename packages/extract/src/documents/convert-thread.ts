/**
 * PDF and DOCX conversion off the calling thread: `createConverterThread()` starts a worker
 * thread on the first document that needs one and hands it every conversion (`convert`, the
 * `ReadOptions.convert` hook of `loadDocument`, `readDocument` and `fetchDocument`), so a server
 * reading a large PDF keeps answering requests. It decodes large text and HTML documents too
 * (`decode`, the `ReadOptions.decode` hook): checking and decoding a megabyte of text takes
 * tens of milliseconds. It parses large JSON texts too (`parseJson`: a server's request bodies,
 * where a megabyte of pasted text holds the event loop as long). The thread stops after a while
 * without work and
 * never keeps the process alive; one that dies (its heap cap reached on a hostile file) fails
 * the documents it held, and the next document starts a fresh one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, KgError } from '@kg/schema/core';
import type { ErrorCode } from '@kg/schema';
import type { DecodedDocument, DocumentConverter, DocumentDecoder, ReadOptions } from '../input.js';
import type { ConvertedDocument } from './converted.js';

/** What the conversion thread reads a document's bytes as. */
type RequestKind = ConvertedDocument['kind'] | 'text' | 'json';

/** A document sent to the conversion thread: to convert, (`text`) to decode, or (`json`) parse. */
export interface ConvertRequest {
  seq: number;
  kind: RequestKind;
  bytes: ArrayBuffer;
  id: string;
  /** For `text`: `decodeDocument`'s options. */
  options?: Pick<ReadOptions, 'maxBytes' | 'format' | 'pageMetadata'>;
}

/** The conversion thread's answer for one document. */
export type ConvertResponse = { id: number } & (
  | { ok: true; doc: ConvertedDocument | DecodedDocument | unknown }
  | { ok: false; error: { code?: ErrorCode; message: string } }
);

export interface ConverterThreadOptions {
  /** The thread stops after this long without a document, in ms. Default 30 s. */
  idleMs?: number;
  /** Heap of the thread, in MB: a document that needs more fails alone. Default 1024. */
  memoryLimitMb?: number;
}

export interface ConverterThread {
  convert: DocumentConverter;
  decode: DocumentDecoder;
  /**
   * Parses UTF-8 JSON text (a byte-order mark skipped, malformed UTF-8 read as U+FFFD, as
   * `express.json` reads a body) and resolves with its value; malformed JSON rejects with
   * `PARSE_ERROR` naming `id`.
   */
  parseJson(bytes: Uint8Array, id: string): Promise<unknown>;
  /** The worker thread's id while one runs (for tests and diagnostics). */
  readonly threadId: number | undefined;
  /** Stops the thread; documents in flight fail. */
  close(): Promise<void>;
}

interface Pending {
  id: string;
  resolve(doc: unknown): void;
  reject(error: Error): void;
}

/** The built worker script: beside this module in dist/, or in dist/ when running from src/. */
function workerUrl(): URL {
  const candidates = [
    new URL('./convert-worker.js', import.meta.url),
    new URL('../../dist/documents/convert-worker.js', import.meta.url),
  ];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) {
    throw new KgError(
      'INTERNAL',
      'extract.convert: dist/documents/convert-worker.js not found; build first (npx tsc -b).',
    );
  }
  return found;
}

/**
 * A converter whose conversions run in a worker thread of its own.
 *
 * @example
 * const converter = createConverterThread();
 * const doc = await loadDocument(bytes, 'report.pdf', { convert: converter.convert });
 */
export function createConverterThread(options: ConverterThreadOptions = {}): ConverterThread {
  const idleMs = options.idleMs ?? 30_000;
  const memoryLimitMb = options.memoryLimitMb ?? 1024;
  let worker: Worker | undefined;
  let idleTimer: NodeJS.Timeout | undefined;
  let seq = 0;
  const pending = new Map<number, Pending>();

  const failAll = (why: (p: Pending) => KgError): void => {
    for (const [key, p] of pending) {
      pending.delete(key);
      p.reject(why(p));
    }
  };

  const stop = async (): Promise<void> => {
    const current = worker;
    worker = undefined;
    clearTimeout(idleTimer);
    if (current) await current.terminate();
  };

  const start = (): Worker => {
    const started = new Worker(workerUrl(), {
      resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
    });
    started.unref();
    started.on('message', (response: ConvertResponse) => {
      const p = pending.get(response.id);
      if (!p) return;
      pending.delete(response.id);
      if (response.ok) p.resolve(response.doc);
      else {
        const { code, message } = response.error;
        p.reject(
          code && ERROR_CODES.includes(code)
            ? new KgError(code, message)
            : new KgError('INTERNAL', `extract: ${p.id}: conversion failed: ${message}`),
        );
      }
      if (pending.size === 0) {
        idleTimer = setTimeout(() => void stop(), idleMs);
        idleTimer.unref();
      }
    });
    const lost = (err?: Error): void => {
      if (worker !== started) return;
      worker = undefined;
      const outOfMemory =
        (err as { code?: string } | undefined)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      failAll((p) =>
        outOfMemory
          ? new KgError(
              'INPUT_TOO_COMPLEX',
              `extract: ${p.id}: converting it needs more than ${memoryLimitMb} MB, skipped.`,
            )
          : new KgError('INTERNAL', `extract: ${p.id}: the conversion thread stopped.`),
      );
    };
    started.on('error', lost);
    started.on('exit', () => lost());
    return started;
  };

  /** Sends one document to the thread (started when none runs). */
  const send = <T>(
    request: Omit<ConvertRequest, 'seq' | 'bytes'>,
    bytes: Uint8Array,
  ): Promise<T> => {
    clearTimeout(idleTimer);
    worker ??= start();
    const key = ++seq;
    // A copy of exactly these bytes, moved to the thread: the caller's stay as they are (a
    // Buffer's `slice` shares memory, and its `.buffer` may be Node's whole pool).
    const copy = new Uint8Array(bytes).buffer;
    return new Promise<T>((resolve, reject) => {
      pending.set(key, { id: request.id, resolve: resolve as Pending['resolve'], reject });
      worker?.postMessage({ ...request, seq: key, bytes: copy } satisfies ConvertRequest, [copy]);
    });
  };

  return {
    convert: (kind, bytes, id) => send<ConvertedDocument>({ kind, id }, bytes),
    decode: (bytes, id, options) =>
      send<DecodedDocument>({ kind: 'text', id, options: { ...options } }, bytes),
    parseJson: (bytes, id) => send<unknown>({ kind: 'json', id }, bytes),
    get threadId() {
      return worker?.threadId;
    },
    async close() {
      await stop();
      failAll(
        (p) => new KgError('INTERNAL', `extract: ${p.id}: the conversion thread was closed.`),
      );
    },
  };
}
