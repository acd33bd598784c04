/**
 * Our side of the explorer bench, in its own process: a fresh SQLite store in a temporary
 * folder (--dir) filled with the synthetic graph (--nodes, --edges) through the store's own
 * `ingestExtraction`, served by `createApp` with the built viewer, on 127.0.0.1.
 */
import path from 'node:path';
import { childArgs, emitPort, emitResult } from '../lib/child.mjs';
import { extractionsOfGraph, fillRandomGraph } from '../lib/synthetic.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const server = await importBuilt('server');
const graph = await importBuilt('graph');
const extract = await importBuilt('extract');
if (!server?.createApp || !graph?.openStore || !extract?.createExtractorPool) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const nodes = Number(args.nodes);
const edges = Number(args.edges);
const store = await graph.openStore({ path: path.join(args.dir, `kg-${nodes}-${edges}.db`) });
const source = fillRandomGraph(graph.createStoreGraph(), { nodes, edges });
const date = '2025-01-01T00:00:00.000Z';
for (const extraction of extractionsOfGraph(source)) {
  const doc = extraction.documents[0];
  await store.ingestExtraction(extraction, {
    id: doc.hash,
    source: doc.id,
    date,
    ingestedAt: date,
  });
}
const counts = store.counts();
process.stderr.write(
  `kg-server: store holds ${counts.entities} nodes, ${counts.relations} edges\n`,
);
// The explorer bench only reads: a pool that never receives a document starts no worker.
const pool = extract.createExtractorPool({ jobs: 1 });
const app = server.createApp({ store, extractor: pool, log: () => {} });
const listener = app.listen(0, '127.0.0.1', () => emitPort(listener.address().port));
process.on('SIGTERM', () => {
  void Promise.all([store.close(), pool.close()]).then(() => process.exit(0));
});
