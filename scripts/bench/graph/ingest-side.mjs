/**
 * One side of the ingest bench, in its own process, both with the same extractor pool
 * (`createExtractorPool({ jobs })`, warmed up first):
 *   --side=extract  extraction alone: every article's text (read beforehand) through the pool
 *   --side=ingest   end to end as `kg ingest` does it: read the file, `decodeDocument`, extract
 *                   in the pool, `ingestDocuments` into a fresh `openStore` SQLite file in a
 *                   temporary folder (removed afterwards); warmed up on the pool's warm-up
 *                   documents, ingested into a scratch store first
 *   --jobs=N        pool size (default: the number of cores); --limit=N as elsewhere
 *   --batch=N       documents per store write (default: `INGEST_BATCH`, what `kg ingest` uses)
 * The ingest side hands `ingestDocuments` what `kg ingest` does: four documents per worker in
 * flight and its batch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { BBC_DIR, importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const side = args.side ?? 'extract';
const files = corpusFiles(Number(args.limit ?? 0));
const jobs = Number(args.jobs ?? os.availableParallelism());

const extract = await importBuilt('extract');
const graph = await importBuilt('graph');
/** Documents per store write: what `kg ingest` uses unless told. */
const batch = Number(args.batch ?? graph?.INGEST_BATCH ?? 1);

/**
 * CPU seconds of this process's main thread so far (Linux, from /proc; undefined elsewhere):
 * what ingest adds to extraction runs here, the extraction in the pool's threads.
 */
function mainThreadCpu() {
  try {
    const line = readFileSync(`/proc/self/task/${process.pid}/stat`, 'latin1');
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** CPU seconds of this process (all threads) since `start`. */
function cpuSeconds(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

/** The documents each side warms up on before it is timed. */
const warmFiles = files.slice(0, Math.max(20, jobs * 4));

async function warmPool() {
  const pool = await extract.createExtractorPool({ jobs });
  const warm = readCorpus(warmFiles);
  await Promise.all(warm.map((doc) => pool.extract({ id: doc.id, text: doc.text })));
  return pool;
}

async function extractAlone() {
  if (typeof extract?.createExtractorPool !== 'function') return { error: 'not built' };
  const docs = readCorpus(files);
  const pool = await warmPool();
  let next = 0;
  const lane = async () => {
    while (next < docs.length) {
      const doc = docs[next++];
      await pool.extract({ id: doc.id, text: doc.text });
    }
  };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const mainStart = mainThreadCpu();
  await Promise.all(Array.from({ length: pool.jobs + 1 }, lane));
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(cpuStart);
  const mainCpu = mainStart === undefined ? undefined : mainThreadCpu() - mainStart;
  await pool.close();
  return { seconds, cpu, mainCpu, jobs: pool.jobs, warm: warmFiles.length };
}

async function ingestEndToEnd() {
  if (typeof graph?.ingestDocuments !== 'function' || typeof graph?.openStore !== 'function') {
    return { error: 'not built' };
  }
  if (typeof extract?.createExtractorPool !== 'function') return { error: 'not built' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  const pool = await warmPool();
  try {
    const inputs = function* (list) {
      for (const file of list) {
        yield { source: path.relative(BBC_DIR, file), bytes: readFileSync(file) };
      }
    };
    const ingest = (store, list) =>
      graph.ingestDocuments(
        store,
        inputs(list),
        async (input) => {
          const doc = extract.decodeDocument(input.bytes, input.source);
          return pool.extract({ id: doc.id, text: doc.text, format: doc.format ?? 'auto' });
        },
        {
          jobs: pool.jobs * 4,
          batch,
          extractorVersion: extract.EXTRACTOR_VERSION,
          total: list.length,
        },
      );
    // Warmed up like the pool: the same documents through the whole path, into a scratch store.
    const scratch = await graph.openStore({ path: path.join(dir, 'warm.db') });
    await ingest(scratch, warmFiles);
    await scratch.close();
    const store = await graph.openStore({ path: path.join(dir, 'kg.db') });
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const mainStart = mainThreadCpu();
    const summary = await ingest(store, files);
    const seconds = (performance.now() - start) / 1000;
    const cpu = cpuSeconds(cpuStart);
    const mainCpu = mainStart === undefined ? undefined : mainThreadCpu() - mainStart;
    const stats = await store.stats();
    await store.close();
    return {
      seconds,
      cpu,
      mainCpu,
      jobs: pool.jobs,
      batch,
      warm: warmFiles.length,
      failed: summary.failed.length,
      nodes: stats.nodes ?? stats.entities,
      edges: stats.edges ?? stats.relations,
      detail: `(${summary.new} new, ${summary.unchanged} unchanged: same text as an earlier file, ${summary.failed.length} failed${summary.failed.length ? `: ${summary.failed.map((f) => `${f.source}: ${f.error}`).join('; ')}` : ''})`,
    };
  } finally {
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const result = side === 'extract' ? await extractAlone() : await ingestEndToEnd();
emitResult({ side, docs: files.length, ...result, peakRss: peakRss() });
process.exit(0);
