/**
 * The SQLite store's prepared statements (one per query it runs often), the context its parts
 * share, and small helpers they have in common.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
import { KgError, isKgError } from '@kg/schema';
import type { CurationRules } from '../../curation.js';
import type { SqliteRunner } from './run.js';
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, EVIDENCE_SELECT, RELATION_COLUMNS } from '../rows.js';

/** What the parts of the SQLite store share: the connection, its statements, the rules. */
export interface SqliteContext {
  readonly db: Db;
  readonly sql: Statements;
  /** Runs the work the backends share (`../sql.ts`) on this connection. */
  readonly run: SqliteRunner;
  readonly path: string;
  /** Curation rules as they stand (replaced when another process wrote). */
  rules: CurationRules;
  /** The store's version, bumped by every write. */
  version(): number;
}

export function storeError(path: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError('STORE_ERROR', `graph.store: ${path}: ${message}.`, { cause: err });
}

export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export type Statements = ReturnType<typeof prepareStatements>;

/** A prepared statement, under a name of ours so the statements' type can be declared. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SqlStatement extends Statement<unknown[], unknown> {}

export function prepareStatements(db: Db) {
  const prepare = (sql: string): SqlStatement => db.prepare(sql);
  const pluck = (sql: string): SqlStatement => db.prepare(sql).pluck();
  const values = 'SELECT value FROM json_each(?)';
  return {
    version: pluck(`SELECT value FROM meta WHERE key = 'version'`),
    bumpVersion: prepare(`UPDATE meta SET value = value + 1 WHERE key = 'version'`),
    insertDocument: prepare(
      `INSERT INTO documents (id, source, title, date, site, format, chars, extractor_version,
         ingested_at)
       VALUES (@id, @source, @title, @date, @site, @format, @chars, @extractorVersion,
         @ingestedAt)`,
    ),
    documentCounts: prepare(
      `UPDATE documents SET mention_count = ?, evidence_count = ? WHERE num = ?`,
    ),
    documentNum: pluck(`SELECT num FROM documents WHERE id = ?`),
    documentById: prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`),
    entityByKey: prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE key = ?`),
    entityById: prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE id = ?`),
    entitiesByKeys: prepare(`SELECT ${ENTITY_COLUMNS} FROM entities WHERE key IN (${values})`),
    typesByKeys: prepare(`SELECT key, type FROM entities WHERE key IN (${values})`),
    idsByKeys: prepare(`SELECT id, key FROM entities WHERE key IN (${values})`),
    relationIdByEnds: prepare(
      `SELECT id, weight FROM relations WHERE subject = ? AND predicate = ? AND object = ?`,
    ),
    namesOf: prepare(
      `SELECT n.norm, n.kind, e.key, e.type FROM names n JOIN entities e ON e.id = n.entity
       WHERE n.norm IN (${values})`,
    ),
    entitiesNamed: prepare(
      `SELECT n.kind, e.key, e.label, e.type, e.aliases, e.degree FROM names n
       JOIN entities e ON e.id = n.entity WHERE n.norm = ?`,
    ),
    insertEntity: prepare(`INSERT INTO entities (key, label, type) VALUES (?, ?, ?)`),
    updateEntity: prepare(
      `UPDATE entities SET label = @label, type = @type, aliases = @aliases,
         type_votes = @typeVotes, mention_count = @mentionCount,
         document_count = @documentCount, first_seen = @firstSeen, last_seen = @lastSeen,
         degree = @degree, weighted_degree = @weightedDegree
       WHERE id = @id`,
    ),
    updateEntityCounts: prepare(
      `UPDATE entities SET type = @type, type_votes = @typeVotes, mention_count = @mentionCount,
         document_count = @documentCount, first_seen = @firstSeen, last_seen = @lastSeen,
         degree = @degree, weighted_degree = @weightedDegree
       WHERE id = @id`,
    ),
    deleteNames: prepare(`DELETE FROM names WHERE entity = ?`),
    upsertName: prepare(
      `INSERT INTO names (norm, entity, kind) VALUES (?, ?, ?)
       ON CONFLICT (norm, entity) DO UPDATE SET kind = excluded.kind
       WHERE names.kind = 'alias' AND excluded.kind = 'variant'`,
    ),
    insertName: prepare(`INSERT OR REPLACE INTO names (norm, entity, kind) VALUES (?, ?, ?)`),
    deleteText: prepare(`DELETE FROM entity_fts WHERE rowid = ?`),
    insertText: prepare(`INSERT INTO entity_fts (rowid, names) VALUES (?, ?)`),
    insertAlias: prepare(`INSERT OR IGNORE INTO aliases (entity, doc, alias) VALUES (?, ?, ?)`),
    insertMention: prepare(
      `INSERT INTO mentions (doc, entity, start, end, text, type) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    relationByEnds: prepare(
      `SELECT ${RELATION_COLUMNS} FROM relations r
       WHERE r.subject = ? AND r.predicate = ? AND r.object = ?`,
    ),
    relationById: prepare(`SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.id = ?`),
    insertRelation: prepare(
      `INSERT INTO relations (subject, predicate, object, label) VALUES (?, ?, ?, ?)`,
    ),
    updateRelation: prepare(
      `UPDATE relations SET weight = ?, modality = ?, asserted = ?, reported = ?,
         considered = ?, alleged = ?, negated = ?, first_seen = ?, last_seen = ?
       WHERE id = ?`,
    ),
    relationsOf: prepare(
      `SELECT ${RELATION_COLUMNS}, s.key AS subject_key, o.key AS object_key
       FROM relations r JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
       WHERE r.subject = @id
       UNION ALL
       SELECT ${RELATION_COLUMNS}, s.key AS subject_key, o.key AS object_key
       FROM relations r JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
       WHERE r.object = @id AND r.subject != @id`,
    ),
    insertEvidence: prepare(
      `INSERT INTO evidence (relation, doc, start, end, sentence, subject_start, subject_end,
         object_start, object_end, trigger_start, trigger_end, modality, attribution,
         confidence, extractor_version, date)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    evidenceOf: prepare(`${EVIDENCE_SELECT} WHERE ev.relation = ? ORDER BY ev.id`),
    evidenceOfLimited: prepare(`${EVIDENCE_SELECT} WHERE ev.relation = ? ORDER BY ev.id LIMIT ?`),
    relationAggregates: prepare(
      `SELECT COUNT(*) AS weight, MIN(date) AS first_seen, MAX(date) AS last_seen,
         SUM(modality = 'asserted') AS asserted, SUM(modality = 'reported') AS reported,
         SUM(modality = 'considered') AS considered, SUM(modality = 'alleged') AS alleged,
         SUM(modality = 'negated') AS negated
       FROM evidence WHERE relation = ?`,
    ),
    deleteRelation: prepare(`DELETE FROM relations WHERE id = ?`),
    entityAggregates: prepare(
      `SELECT COUNT(*) AS mentions, COUNT(DISTINCT m.doc) AS docs,
         MIN(d.ingested_at) AS first, MAX(d.ingested_at) AS last
       FROM mentions m JOIN documents d ON d.num = m.doc WHERE m.entity = ?`,
    ),
    entityDegrees: prepare(
      `SELECT
         (SELECT COUNT(*) FROM relations WHERE subject = @id)
           + (SELECT COUNT(*) FROM relations WHERE object = @id) AS degree,
         (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE subject = @id)
           + (SELECT COALESCE(SUM(weight), 0) FROM relations WHERE object = @id) AS weighted`,
    ),
    aliasesOf: pluck(
      `SELECT alias FROM aliases WHERE entity = ? GROUP BY alias ORDER BY MIN(doc), alias`,
    ),
    votesOf: pluck(`SELECT type FROM mentions WHERE entity = ?`),
    deleteEntity: prepare(`DELETE FROM entities WHERE id = ?`),
    hasMentions: pluck(`SELECT 1 FROM mentions WHERE entity = ? LIMIT 1`),
    readCache: prepare(`SELECT version, value FROM cache WHERE name = ?`),
    writeCache: prepare(`INSERT OR REPLACE INTO cache (name, version, value) VALUES (?, ?, ?)`),
    insertCuration: prepare(`INSERT INTO curation (op, rule, created_at) VALUES (?, ?, ?)`),
    addTally: prepare(
      `INSERT INTO tallies (name, count) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET count = count + excluded.count`,
    ),
    tallies: prepare(`SELECT name, count FROM tallies`),
    tally: pluck(`SELECT count FROM tallies WHERE name = ?`),
    componentOf: prepare(`SELECT parent, size FROM components WHERE entity = ?`),
    insertComponent: prepare(
      `INSERT INTO components (entity, parent, size) VALUES (?, ?, ?)
       ON CONFLICT (entity) DO UPDATE SET parent = excluded.parent, size = excluded.size`,
    ),
    setComponent: prepare(`UPDATE components SET parent = ?, size = ? WHERE entity = ?`),
  };
}
