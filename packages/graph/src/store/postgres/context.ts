/**
 * What the parts of the PostgreSQL store share: the connection pool, the curation rules as they
 * stand, the store's version; the SQL they run often (as text: node-postgres prepares per
 * connection on demand), and small helpers (errors, typed queries).
 */
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { KgError, isKgError } from '@kg/schema';
import type { CurationRules } from '../../curation.js';
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, EVIDENCE_SELECT, RELATION_COLUMNS } from '../rows.js';

/** A pool or a client inside a transaction: both answer `query`. */
export type Queryable = Pool | PoolClient;

export interface PgContext {
  readonly pool: Pool;
  /** The database URL with any password masked: what messages show. */
  readonly where: string;
  /** The schema the store's tables live in (the connection's `search_path`; `public` by default). */
  readonly schema: string;
  /** Curation rules as they stand (replaced when another process changed them). */
  rules: CurationRules;
  /** The store's version, bumped by every write. */
  version(): number;
}

/** Rows of a query. */
export async function rows<T extends QueryResultRow>(
  db: Queryable,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  return (await db.query<T>(sql, params as unknown[])).rows;
}

/** The first row of a query, if any. */
export async function row<T extends QueryResultRow>(
  db: Queryable,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T | undefined> {
  return (await db.query<T>(sql, params as unknown[])).rows[0];
}

export function storeError(where: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError('STORE_ERROR', `graph.store: ${where}: ${message}.`, { cause: err });
}

/**
 * The advisory lock every write transaction holds (with the store's schema as second key): one
 * writer at a time per store, as SQLite's IMMEDIATE transactions give one file.
 */
export const WRITE_LOCK = `pg_advisory_xact_lock(${0x6b67_0002}, hashtext(current_schema()))`;

/**
 * The channel writes notify on (one per database): the payload is `{ schema, version }`, so
 * stores in other schemas of the same database tell their changes apart.
 */
export const CHANGES_CHANNEL = 'kg_changes';

/** The SQL the store runs often. */
export const SQL = {
  version: `SELECT value FROM meta WHERE key = 'version'`,
  bumpVersion: `UPDATE meta SET value = value + 1 WHERE key = 'version' RETURNING value`,
  documentNum: `SELECT num FROM documents WHERE id = $1`,
  documentById: `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = $1`,
  entityByKey: `SELECT ${ENTITY_COLUMNS} FROM entities WHERE key = $1`,
  entityById: `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = $1`,
  entitiesByKeys: `SELECT ${ENTITY_COLUMNS} FROM entities WHERE key = ANY($1::text[])`,
  entitiesByIds: `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ANY($1::bigint[])`,
  typesByKeys: `SELECT key, type FROM entities WHERE key = ANY($1::text[])`,
  idsByKeys: `SELECT id, key FROM entities WHERE key = ANY($1::text[])`,
  namesOf: `SELECT n.norm, n.kind, e.key, e.type FROM names n JOIN entities e ON e.id = n.entity
    WHERE n.norm = ANY($1::text[])`,
  entitiesNamed: `SELECT n.kind, e.key, e.label, e.type, e.aliases, e.degree FROM names n
    JOIN entities e ON e.id = n.entity WHERE n.norm = $1`,
  relationByEnds: `SELECT ${RELATION_COLUMNS} FROM relations r
    WHERE r.subject = $1 AND r.predicate = $2 AND r.object = $3`,
  relationById: `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id = $1`,
  insertEntity: `INSERT INTO entities (key, label, type) VALUES ($1, $2, $3) RETURNING id`,
  insertRelation: `INSERT INTO relations (subject, predicate, object, label) VALUES ($1, $2, $3, $4)
    RETURNING id`,
  updateRelation: `UPDATE relations SET weight = $1, modality = $2, asserted = $3, reported = $4,
    considered = $5, alleged = $6, negated = $7, first_seen = $8, last_seen = $9 WHERE id = $10`,
  insertAlias: `INSERT INTO aliases (entity, doc, alias) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
  evidenceOf: `${EVIDENCE_SELECT} WHERE ev.relation = $1 ORDER BY ev.id`,
  evidenceOfLimited: `${EVIDENCE_SELECT} WHERE ev.relation = $1 ORDER BY ev.id LIMIT $2`,
  insertCuration: `INSERT INTO curation (op, rule, created_at) VALUES ($1, $2, $3)`,
  curation: `SELECT id, rule, created_at FROM curation ORDER BY id`,
  readCache: `SELECT version, value FROM cache WHERE name = $1`,
  writeCache: `INSERT INTO cache (name, version, value) VALUES ($1, $2, $3)
    ON CONFLICT (name) DO UPDATE SET version = excluded.version, value = excluded.value`,
} as const;
