/**
 * Server settings as interface + defaults + resolve (the sigma pattern). The environment and
 * command-line flags are read once, in `main.ts` (or `kg serve`), and passed in resolved.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUDGET, DEFAULT_FETCH_TIMEOUT_MS } from '@kg/extract';

export interface ServerSettings {
  /** TCP port to listen on; 0 picks a free one. */
  port: number;
  /** Interface to bind; 127.0.0.1 keeps the API local. */
  host: string;
  /** The store: a SQLite file or a `postgres://` URL. */
  db: string;
  /**
   * Store reader threads: search, evidence, document lists and stats run there, so health and
   * the in-memory graph's answers never wait behind them. 0 reads in the server's own thread.
   */
  storeReaders: number;
  /** Largest JSON body, in bytes. */
  jsonLimitBytes: number;
  /** Largest uploaded file, in bytes. */
  uploadLimitBytes: number;
  /** Most files in one upload. */
  maxUploadFiles: number;
  /** Ingest requests allowed per client per window. */
  ingestRateLimit: number;
  /** Length of the ingest rate-limit window, in milliseconds. */
  ingestRateWindowMs: number;
  /**
   * Entities a `/api/graph` view sends when the request sets no `top`: the most important ones
   * that have a relation among them (highest weighted degree first). The overview (no query) is
   * this view of the whole store.
   */
  overviewNodes: number;
  /** Most entities any `/api/graph` view sends, whatever its `top`. */
  maxGraphNodes: number;
  /** Views of at most this many entities come laid out by the server (`x`, `y`, `community`). */
  layoutMaxNodes: number;
  /** Path queries kept per store version (least recently used dropped first). */
  pathCacheEntries: number;
  /** Most relations `/api/graph` sends (the strongest among the entities it keeps). */
  maxGraphEdges: number;
  /** Interval between heartbeat events on `/api/events`, in milliseconds. */
  heartbeatMs: number;
  /** Directory of the built viewer, served at `/`. */
  viewerDir: string;
  /** Extraction worker threads; one core is left to the event loop. */
  extractJobs: number;
  /** CPU time the extracting thread may spend on a document, in milliseconds per MB of its text. */
  extractTimeLimitMs: number;
  /** Heap of each extraction worker, in MB; a document that needs more fails. */
  extractMemoryLimitMb: number;
  /** Time a URL named in `POST /api/documents` may take to fetch, in milliseconds. */
  fetchTimeoutMs: number;
  /**
   * Fetch URLs on private, loopback, link-local and other non-public addresses too. Off: a
   * client could otherwise make the server read its own network (SSRF).
   */
  allowPrivateUrls: boolean;
  /**
   * Hosts (`intranet.example`, `*.corp.example`), addresses and CIDR ranges (`10.0.0.0/8`) the
   * server may fetch although they are not public.
   */
  urlAllow: readonly string[];
  /**
   * How often `startServer` asks the store whether another process wrote to it (SQLite's
   * `PRAGMA data_version`), in milliseconds; 0 stops following. A store that announces its
   * commits (PostgreSQL) is not polled.
   */
  syncIntervalMs: number;
}

export const DEFAULT_SETTINGS: Readonly<ServerSettings> = Object.freeze({
  port: 4317,
  host: '127.0.0.1',
  db: './kg.db',
  storeReaders: 1,
  jsonLimitBytes: 5 * 1024 * 1024,
  uploadLimitBytes: 10 * 1024 * 1024,
  maxUploadFiles: 20,
  ingestRateLimit: 60,
  ingestRateWindowMs: 60_000,
  overviewNodes: 150,
  maxGraphNodes: 5_000,
  layoutMaxNodes: 2_000,
  pathCacheEntries: 500,
  maxGraphEdges: 20_000,
  heartbeatMs: 15_000,
  viewerDir: fileURLToPath(new URL('../../viewer/dist', import.meta.url)),
  extractJobs: Math.max(1, availableParallelism() - 1),
  extractTimeLimitMs: DEFAULT_BUDGET.timeLimitMs,
  extractMemoryLimitMb: DEFAULT_BUDGET.memoryLimitMb,
  fetchTimeoutMs: DEFAULT_FETCH_TIMEOUT_MS,
  allowPrivateUrls: false,
  urlAllow: [],
  syncIntervalMs: 1000,
});

/** Fills unset settings with defaults. */
export function resolveSettings(partial: Partial<ServerSettings> = {}): ServerSettings {
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as Partial<ServerSettings>;
  return { ...DEFAULT_SETTINGS, ...defined };
}
