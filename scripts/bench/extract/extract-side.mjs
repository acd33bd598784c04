/**
 * One measured side of the extraction bench, in its own process (clean peak memory):
 *   --side=wink|pipeline  bare wink-nlp or the full `createExtractor().extract`
 *   --side=both           both on the main thread, document by document (order alternating),
 *                         so a busy machine slows both sides alike: the throughput ratio
 *   --side=stages         the pipeline on the main thread, stage by stage (`setStageClock`),
 *                         interleaved with bare wink-nlp; with what the relations cover
 *   --side=wink-scaling|pipeline-scaling
 *                         1 worker against --jobs workers, alive together in this process and
 *                         timed chunk by chunk in alternating order: the scaling ratio
 *   --jobs=0|N            0 = on the main thread; N = N worker threads (wink workers or
 *                         `createExtractorPool({ jobs })`)
 *   --limit=N             first N articles of the BBC sample (0 = all)
 * Warms up on a few documents, then times one pass over all of them.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { gcMeter } from '../lib/gc.mjs';
import { importBuilt } from '../lib/workspace.mjs';
import { loadWink } from './wink.mjs';

const args = childArgs();
const side = args.side ?? 'wink';
const jobs = Number(args.jobs ?? 0);
const docs = readCorpus(corpusFiles(Number(args.limit ?? 0)));
const WARMUP = Math.min(20, docs.length);

/**
 * The heap once the side has loaded its models and warmed up, after a full collection (the
 * parent passes --expose-gc): what the side holds before any document, its weights included.
 * The peak over it is what extracting costs.
 */
function loaded() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

/** Runs every doc through `run` with at most `inFlight` pending; resolves with their results. */
async function drain(run, inFlight, list = docs) {
  const results = new Array(list.length);
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const i = next++;
      results[i] = await run(list[i], i);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return results;
}

async function mainThread() {
  let readOne;
  if (side === 'wink') {
    readOne = await loadWink();
  } else {
    const extract = await importBuilt('extract');
    if (!extract) return { error: 'not built' };
    const extractor = extract.createExtractor();
    readOne = (text, id) => {
      const out = extractor.extract({ id, text });
      return out.entities.length + out.relations.length;
    };
  }
  for (const doc of docs.slice(0, WARMUP)) readOne(doc.text, doc.id);
  const loadedHeap = loaded();
  let peakHeap = process.memoryUsage().heapUsed;
  let tokens = 0;
  const gc = gcMeter();
  const start = performance.now();
  for (const doc of docs) {
    tokens += readOne(doc.text, doc.id);
    const heap = process.memoryUsage().heapUsed;
    if (heap > peakHeap) peakHeap = heap;
  }
  const seconds = (performance.now() - start) / 1000;
  return {
    seconds,
    tokens: side === 'wink' ? tokens : undefined,
    peakHeap,
    loadedHeap,
    ...gc.stop(),
  };
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
  let winkCpu = 0;
  let pipelineCpu = 0;
  let tokens = 0;
  let empty = 0;
  docs.forEach((doc, i) => {
    const runWink = () => {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      tokens += wink(doc.text);
      winkMs += performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      winkCpu += (used.user + used.system) / 1e6;
    };
    const runPipeline = () => {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const out = pipeline(doc);
      pipelineMs += performance.now() - start;
      const used = process.cpuUsage(cpuStart);
      pipelineCpu += (used.user + used.system) / 1e6;
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
  return {
    tokens,
    winkSeconds: winkMs / 1000,
    pipelineSeconds: pipelineMs / 1000,
    winkCpu,
    pipelineCpu,
    empty,
  };
}

/** `n` bare wink-nlp worker threads: `{ jobs, run(doc) → tokens, close() }`. */
async function winkRunner(n) {
  const workers = await Promise.all(
    Array.from({ length: n }, () => {
      const worker = new Worker(new URL('./wink-worker.mjs', import.meta.url));
      return new Promise((resolve) => worker.once('message', () => resolve(worker)));
    }),
  );
  const pending = new Map();
  let nextId = 0;
  for (const worker of workers) {
    worker.on('message', ({ i, tokens }) => {
      pending.get(i)?.(tokens);
      pending.delete(i);
    });
  }
  let turn = 0;
  const run = (doc) =>
    new Promise((resolve) => {
      const i = nextId++;
      pending.set(i, resolve);
      workers[turn++ % workers.length].postMessage({ i, text: doc.text });
    });
  const close = () => Promise.all(workers.map((worker) => worker.terminate()));
  return { jobs: n, run, close };
}

/**
 * `createExtractorPool({ jobs: n })`: `{ jobs, run(doc), close() }`, sampling the heap. One job
 * is the pool in the calling thread (`inCallingThread`), the baseline this bench has always used.
 */
async function poolRunner(extract, n, heap) {
  const pool = await extract.createExtractorPool(n === 1 ? { inCallingThread: true } : { jobs: n });
  const run = async (doc) => {
    const out = await pool.extract({ id: doc.id, text: doc.text });
    const used = process.memoryUsage().heapUsed;
    if (used > heap.peak) heap.peak = used;
    return out;
  };
  return { jobs: n, run, close: () => pool.close() };
}

/** Warms a runner up, then times one pass over the documents. */
async function timeRunner(runner) {
  await Promise.all(docs.slice(0, Math.max(WARMUP, runner.jobs * 2)).map(runner.run));
  const gc = gcMeter();
  const start = performance.now();
  const results = await drain(runner.run, runner.jobs * 2);
  const seconds = (performance.now() - start) / 1000;
  // The collector of this thread only: where the work is when the pool runs in it.
  return { seconds, results, collected: gc.stop() };
}

async function workersAlone() {
  if (side === 'wink') {
    const runner = await winkRunner(jobs);
    const { seconds, results } = await timeRunner(runner);
    await runner.close();
    return { seconds, tokens: results.reduce((a, b) => a + b, 0) };
  }
  const extract = await importBuilt('extract');
  if (typeof extract?.createExtractorPool !== 'function') return { error: 'not built' };
  const heap = { peak: 0 };
  const runner = await poolRunner(extract, jobs, heap);
  await Promise.all(docs.slice(0, WARMUP).map(runner.run));
  const loadedHeap = loaded();
  heap.peak = 0;
  const { seconds, collected } = await timeRunner(runner);
  await runner.close();
  // With one job the pool extracts in this thread, so this heap (and its collector) is where
  // the work is.
  return { seconds, ...(jobs === 1 ? { peakHeap: heap.peak, loadedHeap, ...collected } : {}) };
}

/**
 * 1 worker against `jobs` workers of the same side, both alive in this process, timed over the
 * same chunks of documents in alternating order: a busy machine slows both alike.
 */
async function scaling() {
  const kind = side.replace('-scaling', '');
  let one;
  let many;
  if (kind === 'wink') {
    one = await winkRunner(1);
    many = await winkRunner(jobs);
  } else {
    const extract = await importBuilt('extract');
    if (typeof extract?.createExtractorPool !== 'function') return { error: 'not built' };
    const heap = { peak: 0 };
    one = await poolRunner(extract, 1, heap);
    many = await poolRunner(extract, jobs, heap);
  }
  for (const runner of [one, many]) {
    await Promise.all(docs.slice(0, Math.max(WARMUP, runner.jobs * 2)).map(runner.run));
  }
  const seconds = { one: 0, many: 0 };
  const cpu = { one: 0, many: 0 };
  const timeChunk = async (name, runner, chunk) => {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    await drain(runner.run, runner.jobs * 2, chunk);
    const used = process.cpuUsage(cpuStart);
    cpu[name] += (used.user + used.system) / 1e6;
    seconds[name] += (performance.now() - start) / 1000;
  };
  const CHUNK = 100;
  for (let c = 0; c * CHUNK < docs.length; c++) {
    const chunk = docs.slice(c * CHUNK, (c + 1) * CHUNK);
    if (c % 2 === 0) {
      await timeChunk('one', one, chunk);
      await timeChunk('many', many, chunk);
    } else {
      await timeChunk('many', many, chunk);
      await timeChunk('one', one, chunk);
    }
  }
  await one.close();
  await many.close();
  return {
    oneSeconds: seconds.one,
    manySeconds: seconds.many,
    oneCpu: cpu.one,
    manyCpu: cpu.many,
  };
}

/**
 * The pipeline's time split by stage (`setStageClock`: each stage marks its end), beside bare
 * wink-nlp's time on the same documents, interleaved document by document in alternating order
 * in one process; plus what the relations cover.
 */
async function stages() {
  const extract = await importBuilt('extract');
  if (typeof extract?.setStageClock !== 'function') return { error: 'not built' };
  const extractor = extract.createExtractor();
  const wink = await loadWink();
  const spent = new Map();
  let last = 0;
  const clock = (stage) => {
    const now = performance.now();
    spent.set(stage, (spent.get(stage) ?? 0) + now - last);
    last = now;
  };
  const runPipeline = (doc) => {
    extract.setStageClock(clock);
    const start = performance.now();
    last = start;
    const out = extractor.extract({ id: doc.id, text: doc.text });
    const ms = performance.now() - start;
    extract.setStageClock(undefined);
    return { out, ms };
  };
  for (const doc of docs.slice(0, WARMUP)) {
    wink(doc.text);
    runPipeline(doc);
  }
  spent.clear();
  let winkMs = 0;
  let pipelineMs = 0;
  let tokens = 0;
  let relations = 0;
  let entities = 0;
  let related = 0;
  docs.forEach((doc, i) => {
    const timeWink = () => {
      const start = performance.now();
      tokens += wink(doc.text);
      winkMs += performance.now() - start;
    };
    if (i % 2 === 0) timeWink();
    const { out, ms } = runPipeline(doc);
    pipelineMs += ms;
    if (i % 2 === 1) timeWink();
    relations += out.relations.length;
    const linked = new Set(out.relations.flatMap((r) => [r.subject, r.object]));
    entities += out.entities.length;
    related += out.entities.filter((e) => linked.has(e.id)).length;
  });
  return {
    tokens,
    winkSeconds: winkMs / 1000,
    pipelineSeconds: pipelineMs / 1000,
    stages: Object.fromEntries([...spent].map(([k, v]) => [k, v / 1000])),
    relations,
    entities,
    related,
  };
}

const started = performance.now();
let result;
if (side === 'stages') result = await stages();
else if (side === 'both') result = await interleaved();
else if (side.endsWith('-scaling')) result = await scaling();
else if (jobs === 0) result = await mainThread();
else result = await workersAlone();
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
