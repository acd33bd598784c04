/**
 * One side of the ingest bench, in its own process, both with the same extractor pool
 * (`createExtractorPool({ jobs })`, warmed up first):
 *   --side=extract  extraction alone: every article's text (read beforehand) through the pool
 *   --side=ingest   end to end as `kg ingest` does it: read the file, `decodeDocument`, extract
 *                   in the pool, `ingestDocuments` into a fresh `openStore` SQLite file in a
 *                   temporary folder (removed afterwards)
 *   --jobs=N        pool size (default: the number of cores); --limit=N as elsewhere
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

/** CPU seconds of this process (all threads) since `start`. */
function cpuSeconds(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function warmPool() {
  const pool = await extract.createExtractorPool({ jobs });
  const warm = readCorpus(files.slice(0, Math.max(20, jobs * 4)));
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
  await Promise.all(Array.from({ length: pool.jobs + 1 }, lane));
  const seconds = (performance.now() - start) / 1000;
  const cpu = cpuSeconds(cpuStart);
  await pool.close();
  return { seconds, cpu, jobs: pool.jobs };
}

async function ingestEndToEnd() {
  if (typeof graph?.ingestDocuments !== 'function' || typeof graph?.openStore !== 'function') {
    return { error: 'not built' };
  }
  if (typeof extract?.createExtractorPool !== 'function') return { error: 'not built' };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-ingest-'));
  const pool = await warmPool();
  try {
    const store = await graph.openStore({ path: path.join(dir, 'kg.db') });
    const inputs = function* () {
      for (const file of files) {
        yield { source: path.relative(BBC_DIR, file), bytes: readFileSync(file) };
      }
    };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const summary = await graph.ingestDocuments(
      store,
      inputs(),
      async (input) => {
        const doc = extract.decodeDocument(input.bytes, input.source);
        return pool.extract({ id: doc.id, text: doc.text, format: doc.format ?? 'auto' });
      },
      { jobs: pool.jobs + 1, extractorVersion: extract.EXTRACTOR_VERSION, total: files.length },
    );
    const seconds = (performance.now() - start) / 1000;
    const cpu = cpuSeconds(cpuStart);
    const stats = await store.stats();
    await store.close();
    return {
      seconds,
      cpu,
      jobs: pool.jobs,
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
