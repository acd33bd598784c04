/**
 * One measured side of the extraction bench, in its own process (clean peak memory):
 *   --side=wink|pipeline  bare wink-nlp or the full `createExtractor().extract`
 *   --side=both           both on the main thread, document by document (order alternating),
 *                         so a busy machine slows both sides alike: the throughput ratio
 *   --jobs=0|N            0 = on the main thread; N = N worker threads (wink workers or
 *                         `createExtractorPool({ jobs })`)
 *   --limit=N             first N articles of the BBC sample (0 = all)
 * Warms up on a few documents, then times one pass over all of them.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { importBuilt } from '../lib/workspace.mjs';
import { loadWink } from './wink.mjs';

const args = childArgs();
const side = args.side ?? 'wink';
const jobs = Number(args.jobs ?? 0);
const docs = readCorpus(corpusFiles(Number(args.limit ?? 0)));
const WARMUP = Math.min(20, docs.length);

/** Runs every doc through `run` with at most `inFlight` pending; resolves with their results. */
async function drain(run, inFlight) {
  const results = new Array(docs.length);
  let next = 0;
  const lane = async () => {
    while (next < docs.length) {
      const i = next++;
      results[i] = await run(docs[i], i);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return results;
}

async function mainThread() {
  let process1;
  if (side === 'wink') {
    process1 = await loadWink();
  } else {
    const extract = await importBuilt('extract');
    if (!extract) return { error: 'not built' };
    const extractor = extract.createExtractor();
    process1 = (text, id) => {
      const out = extractor.extract({ id, text });
      return out.entities.length + out.relations.length;
    };
  }
  for (const doc of docs.slice(0, WARMUP)) process1(doc.text, doc.id);
  let peakHeap = process.memoryUsage().heapUsed;
  let tokens = 0;
  const start = performance.now();
  for (const doc of docs) {
    tokens += process1(doc.text, doc.id);
    const heap = process.memoryUsage().heapUsed;
    if (heap > peakHeap) peakHeap = heap;
  }
  const seconds = (performance.now() - start) / 1000;
  return { seconds, tokens: side === 'wink' ? tokens : undefined, peakHeap };
}

async function interleaved() {
  const extract = await importBuilt('extract');
  if (!extract) return { error: 'not built' };
  const extractor = extract.createExtractor();
  const wink = await loadWink();
  const pipeline = (doc) => extractor.extract({ id: doc.id, text: doc.text });
  for (const doc of docs.slice(0, WARMUP)) {
    wink(doc.text);
    pipeline(doc);
  }
  let winkMs = 0;
  let pipelineMs = 0;
  let tokens = 0;
  let empty = 0;
  docs.forEach((doc, i) => {
    const runWink = () => {
      const start = performance.now();
      tokens += wink(doc.text);
      winkMs += performance.now() - start;
    };
    const runPipeline = () => {
      const start = performance.now();
      const out = pipeline(doc);
      pipelineMs += performance.now() - start;
      if (out.entities.length === 0) empty++;
    };
    if (i % 2 === 0) {
      runWink();
      runPipeline();
    } else {
      runPipeline();
      runWink();
    }
  });
  return { tokens, winkSeconds: winkMs / 1000, pipelineSeconds: pipelineMs / 1000, empty };
}

async function winkWorkers() {
  const workers = await Promise.all(
    Array.from({ length: jobs }, () => {
      const worker = new Worker(new URL('./wink-worker.mjs', import.meta.url));
      return new Promise((resolve) => worker.once('message', () => resolve(worker)));
    }),
  );
  const pending = new Map();
  for (const worker of workers) {
    worker.on('message', ({ i, tokens }) => {
      pending.get(i)?.(tokens);
      pending.delete(i);
    });
  }
  let turn = 0;
  const send = (doc, i) =>
    new Promise((resolve) => {
      pending.set(i, resolve);
      workers[turn++ % workers.length].postMessage({ i, text: doc.text });
    });
  await Promise.all(docs.slice(0, WARMUP).map((doc, i) => send(doc, -1 - i)));
  const start = performance.now();
  const counts = await drain(send, jobs * 2);
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(workers.map((worker) => worker.terminate()));
  return { seconds, tokens: counts.reduce((a, b) => a + b, 0) };
}

async function pipelinePool() {
  const extract = await importBuilt('extract');
  if (!extract) return { error: 'not built' };
  if (typeof extract.createExtractorPool !== 'function') return { error: 'not built' };
  const pool = await extract.createExtractorPool({ jobs });
  let peakHeap = 0;
  const run = async (doc) => {
    const out = await pool.extract({ id: doc.id, text: doc.text });
    const heap = process.memoryUsage().heapUsed;
    if (heap > peakHeap) peakHeap = heap;
    return out;
  };
  await Promise.all(docs.slice(0, Math.max(WARMUP, jobs * 2)).map(run));
  peakHeap = 0;
  const start = performance.now();
  await drain(run, jobs * 2);
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  // With one job the pool extracts in this thread, so this heap is where the work is.
  return { seconds, peakHeap: jobs === 1 ? peakHeap : undefined };
}

const started = performance.now();
let result;
if (side === 'both') result = await interleaved();
else if (jobs === 0) result = await mainThread();
else if (side === 'wink') result = await winkWorkers();
else result = await pipelinePool();
emitResult({
  side,
  jobs,
  docs: docs.length,
  cores: os.availableParallelism(),
  ...result,
  peakRss: peakRss(),
  wallSeconds: (performance.now() - started) / 1000,
});
process.exit(0);
