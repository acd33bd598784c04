/**
 * BBC ingest end to end into a given store (`--db`, empty or large), as `kg ingest` does it:
 * read, `decodeDocument`, extract in the pool (warmed up first), `ingestDocuments`. Reports
 * documents per second and per CPU second, so a large store's rate can be set against an empty
 * one's.   --db=FILE --limit=N --jobs=N
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, readCorpus } from '../lib/corpus.mjs';
import { BBC_DIR, importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const files = corpusFiles(Number(args.limit ?? 0));
const jobs = Number(args.jobs ?? os.availableParallelism());
const extract = await importBuilt('extract');
const graph = await importBuilt('graph');
if (!extract?.createExtractorPool || !graph?.openStore) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const pool = await extract.createExtractorPool({ jobs });
const warm = readCorpus(files.slice(0, Math.max(20, jobs * 4)));
await Promise.all(warm.map((doc) => pool.extract({ id: doc.id, text: doc.text })));
const openStart = performance.now();
const store = await graph.openStore({ path: args.db });
const openSeconds = (performance.now() - openStart) / 1000;
const inputs = function* () {
  for (const file of files)
    yield { source: path.relative(BBC_DIR, file), bytes: readFileSync(file) };
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
  { jobs: pool.jobs * 4, extractorVersion: extract.EXTRACTOR_VERSION, total: files.length },
);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpuStart);
await store.close();
await pool.close();
emitResult({
  docs: files.length,
  seconds,
  cpu: (used.user + used.system) / 1e6,
  openSeconds,
  new: summary.new,
  failed: summary.failed.length,
  peakRss: peakRss(),
});
process.exit(0);
