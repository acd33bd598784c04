/**
 * The conversion thread (see `convert-thread.ts`): PDF and DOCX to text, and large text or HTML
 * documents decoded, one request at a time as they arrive, each answered with the document or
 * the KgError it met.
 */
import { parentPort } from 'node:worker_threads';
import { isKgError } from '@kg/schema';
import { decodeDocument } from '../input.js';
import { docxToText } from './docx.js';
import { pdfToText } from './pdf.js';
import type { ConvertRequest, ConvertResponse } from './convert-thread.js';

const port = parentPort;
if (!port) throw new Error('extract.convert-worker: must run in a worker thread.');

port.on('message', (request: ConvertRequest) => {
  const bytes = new Uint8Array(request.bytes);
  const converting =
    request.kind === 'text'
      ? Promise.resolve().then(() => decodeDocument(bytes, request.id, request.options))
      : request.kind === 'pdf'
        ? pdfToText(bytes, request.id)
        : docxToText(bytes, request.id);
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
