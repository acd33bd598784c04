/**
 * `createApp(deps)`: the Express application over a graph store and an extractor pool, without
 * listening (tests and `main.ts` both build the real thing). JSON API under `/api`, server-sent
 * events at `/api/events`, the built viewer at `/`.
 */
import express from 'express';
import type { Express } from 'express';
import helmet from 'helmet';
import type { Store } from '@kg/graph';
import type { PathsResponse } from '@kg/schema';
import { apiNotFound, errorHandler, notFound } from './errors.js';
import { createEventHub } from './events.js';
import type { EventHub } from './events.js';
import { createIngester } from './ingest.js';
import { jsonBodies } from './json-body.js';
import type { DocumentExtractor } from './ingest.js';
import { curationRoutes } from './routes/curation-routes.js';
import { documentRoutes } from './routes/document-routes.js';
import { queryRoutes } from './routes/query-routes.js';
import { createGraphViews } from './graph-views.js';
import { createGraphService } from './service.js';
import { createVersionedCache } from './versioned-cache.js';
import { resolveSettings } from './settings.js';
import type { ServerSettings } from './settings.js';
import { SERVER_VERSION } from './version.js';
import { viewerRouter } from './viewer.js';

export interface AppDeps {
  store: Store;
  /** Extraction off the event loop: `createExtractorPool()` (the app does not close it). */
  extractor: DocumentExtractor;
  config?: Partial<ServerSettings>;
  /** Where unexpected errors are logged (default: stderr). */
  log?: (message: string) => void;
}

/**
 * The app, with the event hub so a server can end open streams on shutdown, and `warm()`, which
 * computes the stats and the default view ahead of the first request, then loads the graph.
 */
export type KgApp = Express & { readonly events: EventHub; warm(): Promise<void> };

/** Content-Security-Policy for the viewer: own scripts, layout workers from blob:, WebGL canvas. */
const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
  childSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Served over plain HTTP on a LAN address, upgrading would break every request.
  upgradeInsecureRequests: null,
};

/**
 * Builds the API and viewer app. Does not listen.
 *
 * @example
 * const app = createApp({ store: await openStore({ path: 'kg.db' }), extractor: createExtractorPool() });
 * app.listen(4317);
 */
export function createApp(deps: AppDeps): KgApp {
  const settings = resolveSettings(deps.config);
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const events = createEventHub(settings.heartbeatMs);
  const service = createGraphService(deps.store, {
    overviewNodes: settings.overviewNodes,
    maxGraphNodes: settings.maxGraphNodes,
    maxGraphEdges: settings.maxGraphEdges,
  });
  const views = createGraphViews(deps.store, service, {
    layoutMaxNodes: settings.layoutMaxNodes,
    overviewNodes: settings.overviewNodes,
    maxGraphNodes: settings.maxGraphNodes,
    maxGraphEdges: settings.maxGraphEdges,
  });
  const paths = createVersionedCache<PathsResponse>(
    () => deps.store.version,
    settings.pathCacheEntries,
  );
  const ingester = createIngester({
    store: deps.store,
    extractor: deps.extractor,
    events,
    maxBytes: settings.uploadLimitBytes,
    fetchTimeoutMs: settings.fetchTimeoutMs,
    urlPolicy: { allowPrivate: settings.allowPrivateUrls, allow: settings.urlAllow },
    log,
  });

  const app = express() as KgApp;
  Object.defineProperty(app, 'events', { value: events });
  Object.defineProperty(app, 'warm', {
    value: async () => {
      // Stats and the overview (read from the store, mostly on the reader thread) first and side
      // by side, so the first requests find them ready; then the projection, which takes longest
      // and competes for the event loop.
      await Promise.all([service.stats(), views.warm()]);
      await service.warm();
    },
  });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // "<", ">" and "&" in JSON become \u escapes, so article text can never read as markup.
  app.set('json escape', true);
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES } }));

  const api = express.Router();
  // Large bodies (a megabyte of pasted text) are parsed in the ingester's conversion thread.
  api.use(jsonBodies(settings.jsonLimitBytes, (bytes) => ingester.parseJson(bytes)));
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.get('/events', (req, res) => {
    const { nodes, edges } = service.counts();
    events.subscribe(req, res, {
      version: SERVER_VERSION,
      storeVersion: deps.store.version,
      nodes,
      edges,
    });
  });
  api.use(queryRoutes({ service, views, paths }, SERVER_VERSION));
  api.use(documentRoutes(service, deps.store, ingester, settings));
  api.use(curationRoutes(deps.store, ingester, events));
  api.use(apiNotFound(api));
  app.use('/api', api);

  app.use(viewerRouter(settings.viewerDir));
  app.use(notFound);
  app.use(errorHandler(log));
  return app;
}
