/**
 * Opening a PostgreSQL store: a connection pool to the URL (`postgres://user:pass@host/db`),
 * 64-bit integers read as numbers, the schema migrated in place when older (refused when newer),
 * and the state the store keeps in memory (version, counts, curation rules) read once.
 */
import pg from 'pg';
import { KgError } from '@kg/schema';
import type { Store, StoreOptions } from '../store.js';
import { row, storeError } from './context.js';
import { PG_SCHEMA_VERSION, migrate } from './migrations.js';
import { PostgresStore, readCounts, readCuration } from './pg-store.js';
import { redactUrl } from './redact.js';

export { redactUrl } from './redact.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Type parsers: counts, sums and row ids (int8) fit a JavaScript number in any real store. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};

/** Opens (creating the schema and migrating when needed) the PostgreSQL store at a URL. */
export async function openPostgresStore(options: StoreOptions & { path: string }): Promise<Store> {
  const url = options.path;
  const where = redactUrl(url);
  const readonly = options.readonly ?? false;
  const pool = new pg.Pool({
    connectionString: url,
    types,
    max: 8,
    application_name: 'kg',
    connectionTimeoutMillis: 10_000,
  });
  // A connection that dies while idle (server restart) is dropped from the pool; the next
  // query opens a new one.
  pool.on('error', () => undefined);
  // A client in use when the server goes away reports the loss to whatever query it runs; its
  // 'error' event must not take the process down with it.
  pool.on('connect', (client) => client.on('error', () => undefined));
  try {
    const client = await pool.connect();
    let schemaVersion: number;
    try {
      schemaVersion = await migrate(client, where, readonly);
    } finally {
      client.release();
    }
    if (schemaVersion === 0) {
      throw new KgError('NOT_FOUND', `graph.store: no store at ${where} (kg ingest creates one).`);
    }
    if (schemaVersion !== PG_SCHEMA_VERSION) {
      throw new KgError(
        'STORE_ERROR',
        `graph.store: ${where} has schema version ${schemaVersion}, not ${PG_SCHEMA_VERSION}; open it once without --readonly to upgrade.`,
      );
    }
    const schema = String(
      (await row<{ schema: string }>(pool, `SELECT current_schema() AS schema`))?.schema,
    );
    const version = Number(
      (await row<{ value: number }>(pool, `SELECT value FROM meta WHERE key = 'version'`))?.value,
    );
    const counts = await readCounts(pool);
    const rules = await readCuration(pool);
    return new PostgresStore(pool, where, schemaVersion, readonly, {
      schema,
      version,
      counts,
      rules,
    });
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw storeError(where, err);
  }
}
