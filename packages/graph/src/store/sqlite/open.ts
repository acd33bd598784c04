/**
 * Opening a SQLite store: the file (created when missing, refused when it is not a store or was
 * written by a newer kg), its pragmas (write-ahead log, foreign keys, a 64 MB page cache) and its
 * schema, migrated in place when older, even for a store opened only to read.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { KgError } from '@kg/schema';
import type { Store, StoreOptions } from '../store.js';
import { SCHEMA_VERSION, migrate } from './migrations.js';
import { SqliteStore } from './sqlite-store.js';
import { storeError } from './statements.js';

/** Opens (creating and migrating when needed) the SQLite store at `options.path`. */
export function openSqliteStore(options: StoreOptions = {}): Store {
  const path = options.path ?? './kg.db';
  const readonly = options.readonly ?? false;
  if (path !== ':memory:' && existsSync(path) && statSync(path).isDirectory()) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.store: ${path} is a directory; a store is a file (e.g. ${join(path, 'kg.db')}).`,
    );
  }
  if (readonly && path !== ':memory:' && !existsSync(path)) {
    throw new KgError('NOT_FOUND', `graph.store: no store at ${path} (kg ingest creates one).`);
  }
  // A store written by an older kg is upgraded even when opened for reading: once, through a
  // connection of its own.
  if (readonly && path !== ':memory:') upgradeInPlace(path);
  let db: Db;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw storeError(path, err);
  }
  let schemaVersion: number;
  try {
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -65536');
    schemaVersion = readonly
      ? (db.pragma('user_version', { simple: true }) as number)
      : migrate(db, path);
    if (schemaVersion !== SCHEMA_VERSION) {
      throw new KgError(
        'STORE_ERROR',
        `graph.store: ${path} has schema version ${schemaVersion}, not ${SCHEMA_VERSION}.`,
      );
    }
  } catch (err) {
    db.close();
    throw storeError(path, err);
  }
  return new SqliteStore(
    db,
    path,
    schemaVersion,
    readonly,
    options.readers ?? 0,
    options.writer ?? false,
  );
}

/** Migrates an existing file to this kg's schema, if it is older. */
function upgradeInPlace(path: string): void {
  let probe: Db;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw storeError(path, err);
  }
  let version: number;
  try {
    version = probe.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    throw storeError(path, err);
  } finally {
    probe.close();
  }
  if (version >= SCHEMA_VERSION) return;
  let db: Db;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new KgError(
      'STORE_ERROR',
      `graph.store: ${path} was written by an older kg (schema ${version}) and cannot be upgraded here: ${(err as Error).message}.`,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path);
  } catch (err) {
    throw storeError(path, err);
  } finally {
    db.close();
  }
}
