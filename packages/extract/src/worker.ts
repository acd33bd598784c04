/**
 * The extraction worker thread: loads the extractor (and with it the wink-nlp model) once, then
 * answers one request per document. A failure is reported for that document only.
 */
import { parentPort } from 'node:worker_threads';
import { isKgError } from '@kg/schema';
import { createExtractor } from './extractor.js';
import type { WorkerRequest, WorkerResponse } from './pool.js';

const port = parentPort;
if (!port) throw new Error('extract.worker: must run in a worker thread.');

const extractor = createExtractor();

port.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, ok: true, extraction: extractor.extract(request.input) };
  } catch (err) {
    response = {
      id: request.id,
      ok: false,
      error: isKgError(err)
        ? { code: err.code, message: err.message }
        : { message: err instanceof Error ? err.message : String(err) },
    };
  }
  port.postMessage(response);
});
