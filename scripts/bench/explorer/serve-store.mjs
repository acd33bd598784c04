/**
 * Serves an existing store (--db) with `createApp` and the built viewer (or the build in
 * --viewer=DIR, to set two builds side by side), in its own process, on 127.0.0.1: the kg side
 * of the explorer bench on the BBC store.
 */
import { childArgs, emitPort, emitResult } from '../lib/child.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const server = await importBuilt('server');
const graph = await importBuilt('graph');
const extract = await importBuilt('extract');
if (!server?.createApp || !graph?.openStore || !extract?.createExtractorPool) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const store = await graph.openStore({ path: args.db });
const pool = extract.createExtractorPool({ jobs: 1 });
const config = args.viewer ? { viewerDir: args.viewer } : {};
const app = server.createApp({ store, extractor: pool, config, log: () => {} });
// As `kg serve` does: the overview is built before the first visitor.
await app.warm();
const listener = app.listen(0, '127.0.0.1', () => emitPort(listener.address().port));
process.on('SIGTERM', () => {
  void Promise.all([store.close(), pool.close()]).then(() => process.exit(0));
});
