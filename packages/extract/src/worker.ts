/**
 * The extraction worker thread: loads the extractor and the wink-nlp model once, says it is
 * ready, then answers one request per document with its heap after it (the pool replaces a
 * worker whose heap has grown too far). A failure is reported for that document only.
 */
import { parentPort } from 'node:worker_threads';
import { isKgError } from '@kg/schema';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { osThreadId } from './thread-clock.js';
import type { WorkerReady, WorkerRequest, WorkerResponse } from './pool.js';

const port = parentPort;
if (!port) throw new Error('extract.worker: must run in a worker thread.');

const extractor = createExtractor({ nlp: loadNlp() });
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

port.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const extraction = extractor.extract(request.input, request.limits);
    response = { id: request.id, ok: true, extraction, heapUsed: heapUsed() };
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
