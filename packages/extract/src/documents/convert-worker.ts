/**
 * The conversion thread (see `convert-thread.ts`): PDF and DOCX to text, and large text or HTML
 * documents decoded, JSON texts parsed, one request at a time as they arrive, each answered with
 * the document (or value) or the KgError it met.
 */
import { parentPort } from 'node:worker_threads';
import { isKgError, KgError } from '@kg/schema/core';
import { decodeDocument } from '../input.js';
import { docxToText } from './docx.js';
import { pdfToText } from './pdf.js';
import type { ConvertRequest, ConvertResponse } from './convert-thread.js';

const port = parentPort;
if (!port) throw new Error('extract.convert-worker: must run in a worker thread.');

/** JSON text as `express.json` reads it: UTF-8, a byte-order mark skipped, bad bytes U+FFFD. */
function parseJson(bytes: Uint8Array, id: string): unknown {
  const text = new TextDecoder('utf-8').decode(bytes);
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new KgError('PARSE_ERROR', `${id}: not valid JSON: ${(err as Error).message}`);
  }
}

/** One request's work, by kind. */
function work(request: ConvertRequest, bytes: Uint8Array): Promise<unknown> {
  switch (request.kind) {
    case 'text':
      return Promise.resolve().then(() => decodeDocument(bytes, request.id, request.options));
    case 'json':
      return Promise.resolve().then(() => parseJson(bytes, request.id));
    case 'pdf':
      return pdfToText(bytes, request.id);
    case 'docx':
      return docxToText(bytes, request.id);
  }
}

port.on('message', (request: ConvertRequest) => {
  const converting = work(request, new Uint8Array(request.bytes));
  converting.then(
    (doc) => port.postMessage({ id: request.seq, ok: true, doc } satisfies ConvertResponse),
    (err: unknown) =>
      port.postMessage({
        id: request.seq,
        ok: false,
        error: isKgError(err)
          ? { code: err.code, message: err.message }
          : { message: err instanceof Error ? err.message : String(err) },
      } satisfies ConvertResponse),
  );
});
