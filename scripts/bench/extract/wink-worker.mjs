/**
 * worker_threads worker for the bare wink-nlp baseline: loads the model once, then answers each
 * `{ i, text }` message with `{ i, tokens }`, so the baseline pays the same thread hops as the pool.
 */
import { parentPort } from 'node:worker_threads';
import { loadWink } from './wink.mjs';

const read = await loadWink();
parentPort.on('message', ({ i, text }) => parentPort.postMessage({ i, tokens: read(text) }));
parentPort.postMessage({ ready: true });
