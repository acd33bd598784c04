/**
 * Our server for the server bench, in its own process: `startServer` from `@kg/server` — the
 * same job `kg serve` runs, with its extraction worker pool and budget — on a fresh SQLite store
 * in --dir, on 127.0.0.1 and a free port. --jobs sets the pool (default: the server's own).
 */
import path from 'node:path';
import { childArgs, emitPort, emitResult } from '../lib/child.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const server = await importBuilt('server');
if (!server?.startServer) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const running = await server.startServer({
  settings: {
    db: path.join(args.dir, 'kg.db'),
    port: 0,
    host: '127.0.0.1',
    // The bench posts many documents from one client: no rate limit on it.
    ingestRateLimit: 1_000_000,
    ...(args.jobs ? { extractJobs: Number(args.jobs) } : {}),
  },
  log: (message) => process.stderr.write(`${message}\n`),
});
emitPort(running.port);
process.on('SIGTERM', () => {
  void running.close().then(() => process.exit(0));
});
