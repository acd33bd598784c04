/**
 * Test harness for the API: the real app (`createApp`) on a real SQLite store in a temp
 * directory with the real extractor in a worker pool, listening on an ephemeral port, called over
 * HTTP with fetch.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractorPool } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import { answerClientErrors, createApp } from '@kg/server';
import type { AppDeps, KgApp, ServerSettings } from '@kg/server';

export const SAMPLE_PATH = fileURLToPath(
  new URL('../../data/iran-drones-crimea.txt', import.meta.url),
);
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8');

export interface TestServer {
  base: string;
  app: KgApp;
  store: Store;
  /** Unexpected errors the app logged (should stay empty). */
  logged: string[];
  get(path: string, init?: RequestInit): Promise<Response>;
  /** GET and parse JSON, asserting nothing. */
  json<T = unknown>(
    path: string,
    init?: RequestInit,
  ): Promise<{ status: number; body: T; res: Response }>;
  postJson(path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts the app on a fresh store (a SQLite file in a temp directory, or the store at
 * `storePath`, e.g. a PostgreSQL URL); `seed` texts are ingested through the API first. The real
 * extractor (a pool of one worker thread) unless a test passes one (a failing one, or a pool
 * shared by several servers).
 */
export async function startTestServer(
  config: Partial<ServerSettings> = {},
  seed: { text: string; source: string }[] = [
    { text: SAMPLE_TEXT, source: 'iran-drones-crimea.txt' },
  ],
  extractor?: AppDeps['extractor'],
  storePath?: string,
): Promise<TestServer> {
  const budget = {
    ...(config.extractTimeLimitMs ? { timeLimitMs: config.extractTimeLimitMs } : {}),
    ...(config.extractMemoryLimitMb ? { memoryLimitMb: config.extractMemoryLimitMb } : {}),
  };
  const pool: ExtractorPool | undefined = extractor
    ? undefined
    : createExtractorPool({ jobs: 1, budget });
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
  const store = await openStore({ path: storePath ?? join(dir, 'kg.db') });
  const logged: string[] = [];
  const app = createApp({
    store,
    extractor: extractor ?? (pool as ExtractorPool),
    config: { viewerDir: join(dir, 'no-viewer'), ...config },
    log: (message) => logged.push(message),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
    answerClientErrors(s);
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, init?: RequestInit) => fetch(base + path, init);
  const postJson = (path: string, body: unknown) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const harness: TestServer = {
    base,
    app,
    store,
    logged,
    get,
    async json<T>(path: string, init?: RequestInit) {
      const res = await get(path, init);
      return { status: res.status, body: (await res.json()) as T, res };
    },
    postJson,
    async close() {
      app.events.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([store.close(), pool?.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  for (const doc of seed) {
    const res = await postJson('/api/documents', doc);
    if (res.status !== 201) throw new Error(`seeding failed: ${res.status} ${await res.text()}`);
  }
  return harness;
}
