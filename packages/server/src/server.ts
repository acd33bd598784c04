/**
 * `startServer`: opens the store, starts the extraction worker pool, seeds the store when asked and
 * empty, builds the app, listens, follows writes by other processes (`store-watch.ts`), and returns
 * a handle whose `close()` ends event streams, stops listening and closes the store and the pool.
 * Used by `main.ts` and `kg serve`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createExtractorPool, listInputFiles } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import { KgError } from '@kg/schema';
import type { IngestResult } from '@kg/schema';
import { createApp } from './app.js';
import { answerClientErrors } from './errors.js';
import type { KgApp } from './app.js';
import { createIngester } from './ingest.js';
import type { DocumentExtractor } from './ingest.js';
import { resolveSettings } from './settings.js';
import { changeSourceFor, watchStoreChanges } from './store-watch.js';
import type { ServerSettings } from './settings.js';

export interface StartOptions {
  settings?: Partial<ServerSettings>;
  /** Files or folders ingested first when the store is empty. */
  seed?: readonly string[];
  /** Progress and warnings (default: stderr). */
  log?: (message: string) => void;
  /** An extractor to use and leave open (default: a worker pool of its own, closed by `close()`). */
  extractor?: DocumentExtractor;
}

export interface RunningServer {
  /** `http://host:port/`, with a loopback address when bound to every interface. */
  url: string;
  port: number;
  app: KgApp;
  server: Server;
  store: Store;
  /** One result per seeded document (empty when the store already had documents). */
  seeded: IngestResult[];
  close(): Promise<void>;
}

/** Ingests `paths` when the store holds no documents yet, as `kg ingest` would. */
async function seedStore(
  store: Store,
  extractor: DocumentExtractor,
  paths: readonly string[],
  settings: ServerSettings,
  log: (message: string) => void,
): Promise<IngestResult[]> {
  if (paths.length === 0 || store.counts().documents > 0) return [];
  const { files, errors } = await listInputFiles(paths);
  for (const error of errors) log(`kg serve: ${error.message}`);
  const ingester = createIngester({ store, extractor, maxBytes: settings.uploadLimitBytes, log });
  const results = await ingester.ingestFiles(files);
  for (const result of results) if (result.error) log(`kg serve: ${result.error.message}`);
  return results;
}

function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host;
  return `http://${shown.includes(':') && !shown.startsWith('[') ? `[${shown}]` : shown}:${port}/`;
}

function listen(app: KgApp, settings: ServerSettings): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(settings.port, settings.host);
    answerClientErrors(server);
    server.once('listening', () => resolve(server));
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new KgError(
            'CONFLICT',
            `serve: port ${settings.port} on ${settings.host} is in use; pick another with --port.`,
          ),
        );
      } else if (err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL') {
        reject(
          new KgError(
            'INVALID_ARGUMENT',
            `serve: cannot listen on ${settings.host}:${settings.port} (${err.code}).`,
          ),
        );
      } else {
        reject(err);
      }
    });
  });
}

/**
 * Opens the store, seeds it if asked and empty, and listens.
 *
 * @example
 * const running = await startServer({ settings: { db: 'kg.db', port: 0 }, seed: ['data'] });
 * console.log(running.url);
 * await running.close();
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const settings = resolveSettings(options.settings);
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  // Documents are written on the store's writer thread: a large one's transaction never holds
  // the event loop.
  const store = await openStore({
    path: settings.db,
    readers: settings.storeReaders,
    writer: true,
  });
  let pool: ExtractorPool | undefined;
  try {
    pool = options.extractor
      ? undefined
      : createExtractorPool({
          jobs: settings.extractJobs,
          budget: {
            timeLimitMs: settings.extractTimeLimitMs,
            memoryLimitMb: settings.extractMemoryLimitMb,
          },
        });
    const extractor = options.extractor ?? (pool as ExtractorPool);
    const seeded = await seedStore(store, extractor, options.seed ?? [], settings, log);
    const app = createApp({ store, extractor, config: settings, log });
    const server = await listen(app, settings);
    // Requests are answered from the first moment (health from memory, search and details from
    // the store); the graph loads meanwhile, and what needs it waits for it.
    let closing: Promise<void> | undefined;
    app.warm().catch((err: unknown) => {
      // A shutdown during the load closes the store under it: not a failure to report.
      if (closing) return;
      log(`kg serve: loading the graph failed: ${(err as Error)?.stack ?? String(err)}`);
    });
    // Another process writing to this store (kg ingest …) shows in open viewers.
    const unwatch =
      settings.syncIntervalMs > 0
        ? await watchStoreChanges(
            store,
            app.events,
            changeSourceFor(store, settings.syncIntervalMs, log),
            log,
          )
        : async () => undefined;
    const port = (server.address() as AddressInfo).port;
    const close = (): Promise<void> => {
      closing ??= new Promise<void>((resolve) => {
        app.events.closeAll();
        server.close(() => {
          void unwatch()
            .catch(() => undefined)
            .then(() => Promise.all([store.close(), pool?.close()]))
            .then(() => resolve());
        });
        server.closeIdleConnections();
        // Ended event streams turn idle once their last bytes are flushed.
        setTimeout(() => server.closeIdleConnections(), 50).unref();
        // Requests still running after a grace period are cut rather than left to hang shutdown.
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      });
      return closing;
    };
    return { url: urlOf(settings.host, port), port, app, server, store, seeded, close };
  } catch (err) {
    await Promise.all([store.close(), pool?.close()]);
    throw err;
  }
}
