/**
 * The extraction worker thread: loads the extractor and the wink-nlp model once, says it is
 * ready, then answers one request per document with its heap after it (the pool replaces a
 * worker whose heap has grown too far), a large extraction in pieces the pool asks for one at a
 * time. A failure is reported for that document only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractionPieces, isKgError } from '@kg/schema/core';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { osThreadId } from './thread-clock.js';
import type { WorkerOptions, WorkerReady, WorkerRequest, WorkerResponse } from './pool.js';
import type { WorkerPiece, WorkerTake } from './transfer.js';

const port = parentPort;
if (!port) throw new Error('extract.worker: must run in a worker thread.');

const { segmentChars } = (workerData ?? {}) as WorkerOptions;
const extractor = createExtractor({
  nlp: loadNlp(),
  ...(segmentChars === undefined ? {} : { segmentChars }),
});
// The lexicons and models load on first use, and every stage runs cold once: that cost belongs
// to start-up, not to the first document and its time limit.
extractor.extract({
  id: 'warm-up',
  text: 'President Joe Biden said on Monday that Iran had sent drones to Russia, Reuters reported.',
});
const thread = osThreadId();
port.postMessage(
  (thread === undefined ? { ready: true } : { ready: true, thread }) satisfies WorkerReady,
);

/** Pieces of large extractions not yet taken by the pool, by document. */
const unsent = new Map<number, WorkerPiece['piece'][]>();

port.on('message', (request: WorkerRequest | WorkerTake) => {
  if ('take' in request) {
    const pieces = unsent.get(request.take);
    const piece = pieces?.shift();
    if (!pieces || !piece) return;
    if (pieces.length === 0) unsent.delete(request.take);
    port.postMessage({ id: request.take, piece, more: pieces.length } satisfies WorkerPiece);
    return;
  }
  unsent.clear();
  let response: WorkerResponse;
  try {
    const { head, pieces } = extractionPieces(extractor.extract(request.input, request.limits));
    if (pieces.length > 0) unsent.set(request.id, pieces);
    response = {
      id: request.id,
      ok: true,
      extraction: head,
      heapUsed: heapUsed(),
      ...(pieces.length > 0 ? { more: pieces.length } : {}),
    };
  } catch (err) {
    response = {
      id: request.id,
      ok: false,
      heapUsed: heapUsed(),
      error: isKgError(err)
        ? { code: err.code, message: err.message }
        : { message: err instanceof Error ? err.message : String(err) },
    };
  }
  port.postMessage(response);
});

function heapUsed(): number {
  return process.memoryUsage().heapUsed;
}
