/**
 * Opening a store: the one place that picks a backend for `StoreOptions` (a SQLite file, or
 * PostgreSQL for a `postgres://` URL). Kept apart from `store.ts`, which holds only the
 * interface, so the backends can import that interface without an import circle.
 */
import type { Extraction } from '@kg/schema';
import type { DocumentMeta } from '../merge.js';
import type { IngestResult, Store, StoreOptions } from './store.js';
import { isPostgresUrl } from './store.js';

/**
 * Opens the store at `options.path`: a SQLite file, or a PostgreSQL database when the path is a
 * `postgres://` URL (created and migrated when needed either way).
 *
 * @example
 * const store = await openStore({ path: 'kg.db' });
 * await store.ingestExtraction(extraction, { id: hash, source: 'a.txt' });
 * const graph = await store.loadGraph();
 * console.log(graph.order, store.counts());
 * await store.close();
 */
export async function openStore(options: StoreOptions = {}): Promise<Store> {
  if (options.path !== undefined && isPostgresUrl(options.path)) {
    // Loaded only for a PostgreSQL URL: SQLite users never load the client.
    const { openPostgresStore } = await import('./postgres/open.js');
    return openPostgresStore({ ...options, path: options.path });
  }
  const { openSqliteStore } = await import('./sqlite/open.js');
  return openSqliteStore(options);
}

/**
 * Writes one document's extraction to the store in one transaction (see
 * `Store.ingestExtraction`).
 */
export function ingestExtraction(
  store: Store,
  extraction: Extraction,
  meta: DocumentMeta,
  options?: { replace?: boolean },
): Promise<IngestResult> {
  return store.ingestExtraction(extraction, meta, options);
}
