/**
 * The reference build `check-generator.mjs` compares `generate-store.mjs` with (the bench
 * generates its stores: this path takes hours at 3M relations).
 * Builds a seeded synthetic store through the store's own `ingestExtraction`, one document per
 * 100-relation batch of `relationBatches` (the merge bench's data), into a temporary file that
 * is renamed into place when complete (a killed build leaves no half store behind). A build
 * that was stopped resumes from its temporary file: the data is seeded and the documents it
 * already holds come back `unchanged`.
 *   --relations=N --entities=M --out=FILE
 * Reports the build time and the store's counts.
 */
import { renameSync, rmSync } from 'node:fs';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { relationBatches } from '../lib/synthetic.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const total = Number(args.relations);
const entities = Number(args.entities);
const out = args.out;
const graph = await importBuilt('graph');
if (!graph?.openStore) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const partial = `${out}.partial`;
const store = await graph.openStore({ path: partial });
const start = performance.now();
let documents = 0;
let resumed = 0;
let last = start;
for (const { extraction, docId, date } of relationBatches({ total, entities })) {
  const doc = extraction.documents[0];
  const result = await store.ingestExtraction(extraction, {
    id: doc.hash,
    source: docId,
    title: doc.title,
    date,
    ingestedAt: date,
  });
  documents++;
  if (result.status === 'unchanged') resumed++;
  if (performance.now() - last > 10_000) {
    last = performance.now();
    process.stderr.write(
      `build-store: ${documents} documents (${resumed} already there), ${((last - start) / 1000).toFixed(0)} s\n`,
    );
  }
}
const seconds = (performance.now() - start) / 1000;
const stats = await store.stats();
await store.close();
renameSync(partial, out);
for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
emitResult({ seconds, documents, resumed, stats, peakRss: peakRss() });
