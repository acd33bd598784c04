/**
 * The embedded store: one SQLite file (better-sqlite3, WAL, foreign keys) holding documents,
 * entities with their names, aliases and mentions, relations with their evidence, curation
 * rules, full-text indexes and a version counter. Every document is written in one transaction
 * (resolved, inside it, against the entities its names can mean: indexed look-ups, never the
 * whole graph), so a failure or a kill leaves the store as it was before that document. The
 * in-memory projection is read on request (`loadGraph`) from columns ingest keeps, and kept in
 * step by every later write.
 */
import { statSync } from 'node:fs';
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import type {
  EntityAttributes,
  EntityType,
  EvidenceRecord,
  Extraction,
  Modality,
  RelationAttributes,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { ENTITY_TYPES, KgError, isKgError } from '@kg/schema';
import { modalityOf } from '../modalities.js';
import type { GraphStats } from '../metrics.js';
import { largest } from '../metrics.js';
import type { CurationRule } from '../curation.js';
import { CurationRules } from '../curation.js';
import type { DocumentMeta, KnownEntities, MergeSummary, StoreGraph } from '../merge.js';
import { createStoreGraph, documentRecord, resolveExtraction, resolveKeys } from '../merge.js';
import { canonicalEnds, entityKey, isVariantOf, normaliseName, relationKey } from '../names.js';
import type { NameKind } from '../resolver.js';
import { ResolverIndex, lookupForms, nameEntries } from '../resolver.js';
import { detailsOf, relationVisits } from '../query/entity.js';
import type { EntityDetails, RelationVisit } from '../query/entity.js';
import { evidenceItemPasses, resolveFilter } from '../query/filters.js';
import type { EntityResolution, SearchHit, SearchOptions } from '../query/search.js';
import { rankCandidates, searchText } from '../query/search.js';
import type { TypoGroup } from '../query/search.js';
import { Vocabulary, normalizeName, tokenize } from '../query/text.js';
import type { EntityState, RelationState } from './aggregates.js';
import {
  Tallies,
  countColumns,
  mergeEntityState,
  mergeRelationState,
  votedType,
  votesOf,
} from './aggregates.js';
import { SCHEMA_VERSION, migrate } from './migrations.js';
import type { DocumentRow, EntityRow, EvidenceRow, KeyedRelationRow, RelationRow } from './rows.js';
import {
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  EVIDENCE_SELECT,
  RELATION_COLUMNS,
  countsOfRow,
  spanText,
  toDocument,
  toEntityAttributes,
  toEvidence,
  toRelationAttributes,
} from './rows.js';
import type {
  CurationRecord,
  CurationResult,
  DocumentListOptions,
  EvidenceHit,
  EvidenceOptions,
  IngestResult,
  Neighborhood,
  RelationEvidence,
  StrongestView,
  RemoveResult,
  Store,
  StoreCounts,
  StoreEntityDetailsOptions,
  StoreOptions,
  StoreStats,
  StoredEntity,
  StoredRelation,
} from './store.js';

function storeError(path: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError('STORE_ERROR', `graph.store: ${path}: ${message}.`, { cause: err });
}

/**
 * Rows read per page while loading the projection (a few milliseconds of work): the event loop
 * runs between pages, so a server answers while it loads.
 */
const LOAD_PAGE = 500;

/** Rows per multi-row insert of mentions and aliases. */
const ROWS_PER_INSERT = 32;

/** How long a typo vocabulary may serve after writes before it is rebuilt. */
const VOCABULARY_MAX_AGE_MS = 30_000;

/** Relation rows per page for the components count (cheap work per row). */
const STATS_PAGE = 20_000;

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Opens (creating and migrating when needed) the SQLite store at `options.path`. */
export function openSqliteStore(options: StoreOptions = {}): Store {
  const path = options.path ?? './kg.db';
  const readonly = options.readonly ?? false;
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
  return new SqliteStore(db, path, schemaVersion, readonly);
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

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Db) {
  const prepare = (sql: string): Statement => db.prepare(sql);
  const values = 'SELECT value FROM json_each(?)';
  return {
    version: prepare(`SELECT value FROM meta WHERE key = 'version'`).pluck(),
    bumpVersion: prepare(`UPDATE meta SET value = value + 1 WHERE key = 'version'`),
    insertDocument: prepare(
      `INSERT INTO documents (id, source, title, date, format, chars, extractor_version, ingested_at)
       VALUES (@id, @source, @title, @date, @format, @chars, @extractorVersion, @ingestedAt)`,
    ),
    documentCounts: prepare(
      `UPDATE documents SET mention_count = ?, evidence_count = ? WHERE num = ?`,
    ),
    documentNum: prepare(`SELECT num FROM documents WHERE id = ?`).pluck(),
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
    aliasesOf: prepare(
      `SELECT alias FROM aliases WHERE entity = ? GROUP BY alias ORDER BY MIN(doc), alias`,
    ).pluck(),
    votesOf: prepare(`SELECT type FROM mentions WHERE entity = ?`).pluck(),
    deleteEntity: prepare(`DELETE FROM entities WHERE id = ?`),
    hasMentions: prepare(`SELECT 1 FROM mentions WHERE entity = ? LIMIT 1`).pluck(),
    readCache: prepare(`SELECT version, value FROM cache WHERE name = ?`),
    writeCache: prepare(`INSERT OR REPLACE INTO cache (name, version, value) VALUES (?, ?, ?)`),
    insertCuration: prepare(`INSERT INTO curation (op, rule, created_at) VALUES (?, ?, ?)`),
    addTally: prepare(
      `INSERT INTO tallies (name, count) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET count = count + excluded.count`,
    ),
    tallies: prepare(`SELECT name, count FROM tallies`),
  };
}

/** A relation key's three parts (entity keys never contain "|"). */
function splitRelationKey(
  key: string,
): { subject: string; predicate: string; object: string } | undefined {
  const first = key.indexOf('|');
  const last = key.lastIndexOf('|');
  if (first <= 0 || last <= first) return undefined;
  return {
    subject: key.slice(0, first),
    predicate: key.slice(first + 1, last),
    object: key.slice(last + 1),
  };
}

function entityState(row: EntityRow): EntityState {
  return {
    label: row.label,
    type: row.type as EntityType,
    aliases: JSON.parse(row.aliases) as string[],
    typeVotes: JSON.parse(row.type_votes) as EntityState['typeVotes'],
    mentionCount: row.mention_count,
    documentCount: row.document_count,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
    degree: row.degree,
    weightedDegree: row.weighted_degree,
  };
}

function relationState(row: RelationRow): RelationState {
  const state: RelationState = {
    weight: row.weight,
    counts: countsOfRow(row),
    modality: row.modality as Modality,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
  };
  if (row.label !== null) state.label = row.label;
  return state;
}

function emptySummary(): MergeSummary {
  return { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0, evidenceAdded: 0 };
}

/** Interns repeated strings (dates, predicates) read for the projection. */
class Interner {
  private readonly strings = new Map<string, string>();
  get(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    if (this.strings.size < 1_000_000) this.strings.set(value, value);
    return value;
  }
}

/** What one write changed: entity and relation keys to re-read into the projection. */
interface Touched {
  entities: Set<string>;
  relations: Set<string>;
}

/** A curation's work in progress: row ids to recompute and what it moved and created. */
interface Change {
  tallies: Tallies;
  entities: Set<number>;
  relations: Set<number>;
  touched: Touched;
  created: { entities: number; relations: number };
  mentionsMoved: number;
  evidenceMoved: number;
}

class SqliteStore implements Store {
  readonly backend = 'sqlite' as const;
  private projection: StoreGraph | undefined;
  private loading: Promise<StoreGraph> | undefined;
  private rules: CurationRules;
  private readonly sql: Statements;
  private currentVersion: number;
  private dataVersion: number;
  private countsNow: StoreCounts;
  private readonly memoryCache = new Map<string, { version: number; value: unknown }>();
  private words: { version: number; builtAt: number; vocabulary: Vocabulary } | undefined;

  constructor(
    private readonly db: Db,
    readonly path: string,
    readonly schemaVersion: number,
    readonly readonly: boolean,
  ) {
    this.sql = prepareStatements(db);
    this.rules = new CurationRules(this.readCuration().map((c) => c.rule));
    this.currentVersion = this.sql.version.get() as number;
    this.dataVersion = db.pragma('data_version', { simple: true }) as number;
    this.countsNow = this.countRows();
  }

  get version(): number {
    return this.currentVersion;
  }

  get graph(): StoreGraph {
    if (!this.projection || this.loading) {
      throw new KgError(
        'INTERNAL',
        'graph.store: the graph is not loaded yet (await store.loadGraph()).',
      );
    }
    return this.projection;
  }

  get graphLoaded(): boolean {
    return this.projection !== undefined && this.loading === undefined;
  }

  counts(): StoreCounts {
    return { ...this.countsNow };
  }

  private countRows(): StoreCounts {
    const count = (table: string): number =>
      this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    return {
      documents: count('documents'),
      entities: count('entities'),
      relations: count('relations'),
    };
  }

  // ------------------------------------------------------------------------------------------
  // The projection

  loadGraph(): Promise<StoreGraph> {
    if (this.projection && !this.loading) return Promise.resolve(this.projection);
    this.loading ??= this.readProjection().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async readProjection(): Promise<StoreGraph> {
    const graph = createStoreGraph();
    const keys: string[] = [];
    const interner = new Interner();
    const entityPage = this.db
      .prepare(
        `SELECT id, key, label, type, aliases, mention_count, document_count, first_seen,
           last_seen FROM entities WHERE id > ? ORDER BY id LIMIT ?`,
      )
      .raw();
    for (let last = 0; ;) {
      const rows = entityPage.all(last, LOAD_PAGE) as [
        number,
        string,
        string,
        string,
        string,
        number,
        number,
        string | null,
        string | null,
      ][];
      for (const [id, key, label, type, aliases, mentions, docs, first, lastSeen] of rows) {
        keys[id] = key;
        graph.addNode(key, {
          label,
          type: interner.get(type) as EntityType,
          aliases: aliases === '[]' ? [] : (JSON.parse(aliases) as string[]),
          mentionCount: mentions,
          documentCount: docs,
          firstSeen: interner.get(first ?? ''),
          lastSeen: interner.get(lastSeen ?? ''),
        });
        last = id;
      }
      if (rows.length < LOAD_PAGE) break;
      await yieldToLoop();
    }
    const relationPage = this.db
      .prepare(
        `SELECT id, subject, predicate, object, label, weight, modality, asserted, reported,
           considered, alleged, negated, first_seen, last_seen
         FROM relations WHERE id > ? ORDER BY id LIMIT ?`,
      )
      .raw();
    for (let last = 0; ;) {
      const rows = relationPage.all(last, LOAD_PAGE) as [
        number,
        number,
        string,
        number,
        string | null,
        number,
        string,
        number,
        number,
        number,
        number,
        number,
        string | null,
        string | null,
      ][];
      for (const row of rows) {
        const [id, s, p, o, label, weight, modality, a, r, c, al, n, first, lastSeen] = row;
        const source = keys[s] as string;
        const target = keys[o] as string;
        const predicate = interner.get(p) as RelationType;
        const attributes: RelationAttributes = {
          predicate,
          weight,
          modality: interner.get(modality) as Modality,
          firstSeen: interner.get(first ?? ''),
          lastSeen: interner.get(lastSeen ?? ''),
        };
        if (label !== null) attributes.label = label;
        if (weight !== a && weight !== r && weight !== c && weight !== al && weight !== n) {
          const counts: Partial<Record<Modality, number>> = {};
          if (a > 0) counts.asserted = a;
          if (r > 0) counts.reported = r;
          if (c > 0) counts.considered = c;
          if (al > 0) counts.alleged = al;
          if (n > 0) counts.negated = n;
          attributes.modalityCounts = counts;
        }
        graph.addEdgeWithKey(`${source}|${predicate}|${target}`, source, target, attributes);
        last = id;
      }
      if (rows.length < LOAD_PAGE) break;
      await yieldToLoop();
    }
    this.projection = graph;
    return graph;
  }

  /** Re-reads the given entities and relations into the projection (when loaded). */
  private refresh(touched: Touched): void {
    const graph = this.projection;
    if (!graph) return;
    const gone: string[] = [];
    for (const key of touched.entities) {
      const row = this.sql.entityByKey.get(key) as EntityRow | undefined;
      if (!row) {
        gone.push(key);
        continue;
      }
      const attributes = toEntityAttributes(row);
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attributes);
      else graph.addNode(key, attributes);
    }
    for (const key of touched.relations) {
      const found = this.relationRow(key);
      if (!found) {
        if (graph.hasEdge(key)) graph.dropEdge(key);
        continue;
      }
      const attributes = toRelationAttributes(found.row);
      if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attributes);
      else graph.addEdgeWithKey(key, found.subject, found.object, attributes);
    }
    for (const key of gone) if (graph.hasNode(key)) graph.dropNode(key);
  }

  // ------------------------------------------------------------------------------------------
  // Documents

  private assertWritable(where: string): void {
    if (this.readonly) {
      throw new KgError('STORE_ERROR', `${where}: ${this.path} is open read-only.`);
    }
  }

  async hasDocument(id: string): Promise<boolean> {
    return this.sql.documentNum.get(id) !== undefined;
  }

  async getDocument(ref: string): Promise<StoredDocument | undefined> {
    return this.findDocument(ref);
  }

  private findDocument(ref: string): StoredDocument | undefined {
    const exact = this.sql.documentById.get(ref) as DocumentRow | undefined;
    if (exact) return toDocument(exact);
    if (/^[0-9a-f]{6,}$/u.test(ref)) {
      const rows = this.db
        .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id >= ? AND d.id < ? LIMIT 2`)
        .all(ref, `${ref}\uffff`) as DocumentRow[];
      if (rows.length > 1) {
        throw new KgError('CONFLICT', `graph.store: id prefix "${ref}" matches several documents.`);
      }
      if (rows[0]) return toDocument(rows[0]);
    }
    const bySource = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.source = ?
         ORDER BY d.ingested_at DESC LIMIT 1`,
      )
      .get(ref) as DocumentRow | undefined;
    if (bySource) return toDocument(bySource);
    // The end of a path: "tech/001.txt" for "../corpus/bbc/tech/001.txt".
    const bySuffix = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d
         WHERE substr(d.source, -length(?) - 1) IN ('/' || ?, '\\' || ?) LIMIT 2`,
      )
      .all(ref, ref, ref) as DocumentRow[];
    if (bySuffix.length > 1) {
      throw new KgError(
        'CONFLICT',
        `graph.store: "${ref}" ends several document paths; give more of it.`,
      );
    }
    return bySuffix[0] ? toDocument(bySuffix[0]) : undefined;
  }

  async listDocuments(options: DocumentListOptions = {}): Promise<StoredDocument[]> {
    const limit = options.limit ?? -1;
    const offset = options.offset ?? 0;
    if (options.entity !== undefined) {
      const entity = this.sql.entityByKey.get(options.entity) as EntityRow | undefined;
      if (!entity) return [];
      const rows = this.db
        .prepare(
          `SELECT ${DOCUMENT_COLUMNS} FROM documents d
           WHERE d.num IN (SELECT DISTINCT doc FROM mentions WHERE entity = ?)
           ORDER BY d.num DESC LIMIT ? OFFSET ?`,
        )
        .all(entity.id, limit, offset) as DocumentRow[];
      return rows.map(toDocument);
    }
    const rows = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.ingested_at, d.source
         LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as DocumentRow[];
    return rows.map(toDocument);
  }

  // ------------------------------------------------------------------------------------------
  // Ingest

  async ingestExtraction(
    extraction: Extraction,
    meta: DocumentMeta,
    options: { replace?: boolean } = {},
  ): Promise<IngestResult> {
    this.assertWritable('graph.ingest');
    if (!meta.id) {
      throw new KgError(
        'INVALID_ARGUMENT',
        'graph.ingest: a document needs an id (its content hash).',
      );
    }
    if (this.loading) await this.loading;
    const source = documentRecord(extraction, meta).source;
    const unchanged: IngestResult = {
      docId: meta.id,
      source,
      status: 'unchanged',
      ...emptySummary(),
    };
    if (!options.replace && this.sql.documentNum.get(meta.id) !== undefined) return unchanged;
    let outcome: { result: IngestResult; touched: Touched; added: Partial<StoreCounts> } | null;
    try {
      // IMMEDIATE: another process ingesting the same file cannot slip in between the check
      // and the write; if it got there first, the document is unchanged.
      outcome = this.db
        .transaction(() => {
          const num = this.sql.documentNum.get(meta.id) as number | undefined;
          if (num !== undefined && !options.replace) return null;
          return this.writeDocument(extraction, meta, num);
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    if (!outcome) return unchanged;
    this.afterWrite(outcome.touched, outcome.added);
    return outcome.result;
  }

  /** Bookkeeping after a committed write: version, counts, projection. */
  private afterWrite(touched: Touched, added: Partial<StoreCounts>): void {
    // data_version counts other connections' commits only: ours leave it as it was.
    this.currentVersion = this.sql.version.get() as number;
    this.countsNow = {
      documents: this.countsNow.documents + (added.documents ?? 0),
      entities: this.countsNow.entities + (added.entities ?? 0),
      relations: this.countsNow.relations + (added.relations ?? 0),
    };
    this.refresh(touched);
  }

  /**
   * Resolution's view of the store: the names a document's entities may go by (one indexed
   * read), then the rows of the keys they resolve to and of where curation sends those.
   */
  private knownFor(extraction: Extraction): {
    known: KnownEntities;
    keys: string[];
    rows: Map<string, EntityRow>;
  } {
    const index = new ResolverIndex();
    const forms = new Set<string>();
    const own = new Set<string>();
    for (const entity of extraction.entities) {
      for (const form of lookupForms(entity)) forms.add(form);
      own.add(entityKey(entity.type, entity.name));
    }
    for (const row of this.sql.namesOf.all(JSON.stringify([...forms])) as {
      norm: string;
      kind: NameKind;
      key: string;
      type: EntityType;
    }[]) {
      index.add(row.norm, row.key, row.kind, row.type);
    }
    // An entity's own key, even under names it is not indexed by.
    for (const row of this.sql.typesByKeys.all(JSON.stringify([...own])) as {
      key: string;
      type: EntityType;
    }[]) {
      index.addKey(row.key, row.type);
    }
    const keys = resolveKeys(index, extraction);
    const wanted = new Set<string>();
    for (const key of keys) {
      const main = this.rules.redirect(key);
      wanted.add(main);
      for (const target of this.rules.splitTargets(main)) wanted.add(target);
    }
    const rows = new Map<string, EntityRow>();
    for (const row of this.sql.entitiesByKeys.all(JSON.stringify([...wanted])) as EntityRow[]) {
      rows.set(row.key, row);
    }
    return {
      known: {
        index,
        get: (key) => {
          const row = rows.get(key);
          return row ? { label: row.label, type: row.type as EntityType } : undefined;
        },
      },
      keys,
      rows,
    };
  }

  /** Writes one document (replacing its old rows when `oldNum` is set); inside a transaction. */
  private writeDocument(
    extraction: Extraction,
    meta: DocumentMeta,
    oldNum: number | undefined,
  ): { result: IngestResult; touched: Touched; added: Partial<StoreCounts> } {
    const sql = this.sql;
    const tallies = new Tallies();
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const added = { documents: 1, entities: 0, relations: 0 };
    let existedBefore: ((key: string) => boolean) | undefined;
    if (oldNum !== undefined) {
      // Re-extraction: what the old version alone supported goes first. Whether an entity or
      // relation is new is judged against the store before the old rows went.
      const keysBefore = this.keysOfDocument(oldNum);
      const removed = this.deleteDocumentRows(oldNum, touched, tallies);
      added.documents = 0;
      added.entities -= removed.entities;
      added.relations -= removed.relations;
      existedBefore = (key) => keysBefore.has(key) || touched.entities.has(key);
    }
    const { known, keys, rows } = this.knownFor(extraction);
    const resolved = resolveExtraction(known, extraction, meta, this.rules, keys);
    const { doc } = resolved;
    const num = Number(
      sql.insertDocument.run({
        id: doc.id,
        source: doc.source,
        title: doc.title ?? null,
        date: doc.date ?? null,
        format: doc.format ?? null,
        chars: doc.chars,
        extractorVersion: doc.extractorVersion,
        ingestedAt: doc.ingestedAt,
      }).lastInsertRowid,
    );
    const summary = emptySummary();
    const seen = doc.ingestedAt;

    // Mentions and aliases go in a few multi-row statements once every entity has its id.
    const mentionRows: (string | number)[] = [];
    const aliasRows: (string | number)[] = [];
    // Entities: rows first (ids for mentions and relations), aggregates once relations are in.
    const entities = new Map<
      string,
      { id: number; state: EntityState; old?: EntityRow; before: { type: string; degree: number } }
    >();
    let mentions = 0;
    for (const entity of resolved.entities) {
      const row =
        rows.get(entity.key) ?? (sql.entityByKey.get(entity.key) as EntityRow | undefined);
      const current = row ? entityState(row) : undefined;
      const state = mergeEntityState(current, entity, seen, this.rules.type(entity.key));
      let id: number;
      let before: { type: string; degree: number };
      if (row) {
        id = row.id;
        before = { type: row.type, degree: row.degree };
        if (existedBefore?.(entity.key) ?? true) summary.nodesMerged++;
        else summary.nodesAdded++;
      } else {
        id = Number(sql.insertEntity.run(entity.key, state.label, state.type).lastInsertRowid);
        before = { type: state.type, degree: 0 };
        tallies.entity(before, 1);
        added.entities++;
        if (existedBefore?.(entity.key)) summary.nodesMerged++;
        else summary.nodesAdded++;
      }
      entities.set(entity.key, row ? { id, state, old: row, before } : { id, state, before });
      for (const alias of entity.aliases) aliasRows.push(id, num, alias);
      for (const m of entity.mentions) mentionRows.push(num, id, m.start, m.end, m.text, m.type);
      mentions += entity.mentions.length;
      touched.entities.add(entity.key);
    }

    this.insertRows('mentions', mentionRows);
    this.insertRows('aliases', aliasRows);

    let evidenceCount = 0;
    for (const relation of resolved.relations) {
      const subject = entities.get(relation.subject);
      const object = entities.get(relation.object);
      if (!subject || !object) {
        throw new KgError('INTERNAL', `graph.store: relation ${relation.key} has no ends.`);
      }
      const row = sql.relationByEnds.get(subject.id, relation.predicate, object.id) as
        RelationRow | undefined;
      const state = mergeRelationState(row ? relationState(row) : undefined, relation);
      let id: number;
      const before = row ?? { predicate: relation.predicate, modality: 'negated', weight: 0 };
      if (row) {
        id = row.id;
        if (existedBefore?.(relation.key) ?? true) summary.edgesMerged++;
        else summary.edgesAdded++;
      } else {
        id = Number(
          sql.insertRelation.run(subject.id, relation.predicate, object.id, relation.label ?? null)
            .lastInsertRowid,
        );
        tallies.relation(before, 1);
        added.relations++;
        subject.state.degree++;
        object.state.degree++;
        if (existedBefore?.(relation.key)) summary.edgesMerged++;
        else summary.edgesAdded++;
      }
      sql.updateRelation.run(
        state.weight,
        state.modality,
        ...countColumns(state.counts),
        state.firstSeen,
        state.lastSeen,
        id,
      );
      tallies.relationChanged(before, {
        predicate: relation.predicate,
        modality: state.modality,
        weight: state.weight,
      });
      subject.state.weightedDegree += relation.evidence.length;
      object.state.weightedDegree += relation.evidence.length;
      for (const ev of relation.evidence) {
        sql.insertEvidence.run(
          id,
          num,
          ev.start,
          ev.end,
          ev.sentence,
          ev.subjectSpan?.start ?? null,
          ev.subjectSpan?.end ?? null,
          ev.objectSpan?.start ?? null,
          ev.objectSpan?.end ?? null,
          ev.trigger?.start ?? null,
          ev.trigger?.end ?? null,
          ev.modality,
          ev.attribution ?? null,
          ev.confidence,
          ev.extractorVersion,
          ev.date,
        );
      }
      evidenceCount += relation.evidence.length;
      summary.evidenceAdded += relation.evidence.length;
      touched.relations.add(relation.key);
    }

    for (const [, { id, state, old, before }] of entities) {
      tallies.entityChanged(before, state);
      const named =
        !old ||
        old.label !== state.label ||
        old.type !== state.type ||
        old.aliases !== JSON.stringify(state.aliases);
      const params = {
        id,
        label: state.label,
        type: state.type,
        aliases: JSON.stringify(state.aliases),
        typeVotes: JSON.stringify(state.typeVotes),
        mentionCount: state.mentionCount,
        documentCount: state.documentCount,
        firstSeen: state.firstSeen || null,
        lastSeen: state.lastSeen || null,
        degree: state.degree,
        weightedDegree: state.weightedDegree,
      };
      if (named) {
        sql.updateEntity.run(params);
        this.writeNames(
          id,
          state,
          old && { label: old.label, type: old.type, aliases: JSON.parse(old.aliases) as string[] },
        );
      } else {
        const { label: _label, aliases: _aliases, ...counts } = params;
        sql.updateEntityCounts.run(counts);
      }
    }
    sql.documentCounts.run(mentions, evidenceCount, num);
    this.applyTallies(tallies);
    sql.bumpVersion.run();
    const status = oldNum === undefined ? 'new' : 'reextracted';
    return {
      result: { docId: doc.id, source: doc.source, status, ...summary },
      touched,
      added,
    };
  }

  /** Multi-row inserts, by chunks of `ROWS_PER_INSERT` (one prepared statement per shape). */
  private insertRows(table: 'mentions' | 'aliases', values: readonly (string | number)[]): void {
    const width = table === 'mentions' ? 6 : 3;
    const rows = values.length / width;
    for (let at = 0; at < rows; at += ROWS_PER_INSERT) {
      const count = Math.min(ROWS_PER_INSERT, rows - at);
      this.multiInsert(table, count).run(values.slice(at * width, (at + count) * width));
    }
  }

  private readonly inserts = new Map<string, Statement>();

  private multiInsert(table: 'mentions' | 'aliases', count: number): Statement {
    const name = `${table}:${count}`;
    let statement = this.inserts.get(name);
    if (!statement) {
      const sql =
        table === 'mentions'
          ? `INSERT INTO mentions (doc, entity, start, end, text, type) VALUES ${Array(count).fill('(?, ?, ?, ?, ?, ?)').join(', ')}`
          : `INSERT OR IGNORE INTO aliases (entity, doc, alias) VALUES ${Array(count).fill('(?, ?, ?)').join(', ')}`;
      statement = this.db.prepare(sql);
      this.inserts.set(name, statement);
    }
    return statement;
  }

  /** Adds a write's tally deltas to the stored tallies (inside the write's transaction). */
  private applyTallies(tallies: Tallies): void {
    for (const [name, delta] of tallies.deltas) this.sql.addTally.run(name, delta);
  }

  /** The names an entity is resolved and searched by, rewritten after a change. */
  private writeNames(
    id: number,
    state: Pick<EntityState, 'label' | 'type' | 'aliases'>,
    before?: { label: string; type: string; aliases: string[] },
  ): void {
    if (before && before.label === state.label && before.type === state.type) {
      // The common change: new aliases. Their names go in without touching the others (a
      // name or a variant is never turned into a plain alias).
      const known = new Set(before.aliases);
      const added = state.aliases.filter((alias) => !known.has(alias));
      if (added.length === 0) return;
      for (const alias of added) {
        const norm = normaliseName(alias);
        if (!norm) continue;
        const variant = isVariantOf(alias, state.label) || isVariantOf(state.label, alias);
        this.sql.upsertName.run(norm, id, variant ? 'variant' : 'alias');
      }
    } else {
      this.sql.deleteNames.run(id);
      for (const [norm, kind] of nameEntries(state)) this.sql.insertName.run(norm, id, kind);
    }
    this.sql.deleteText.run(id);
    this.sql.insertText.run(id, searchText(state.label, state.aliases));
  }

  /** Entity and relation keys a document's rows touch. */
  private keysOfDocument(num: number): Set<string> {
    const keys = new Set<string>();
    for (const key of this.db
      .prepare(
        `SELECT e.key FROM entities e WHERE e.id IN (
           SELECT entity FROM mentions WHERE doc = @id UNION SELECT entity FROM aliases WHERE doc = @id)`,
      )
      .pluck()
      .all({ id: num }) as string[]) {
      keys.add(key);
    }
    for (const row of this.db
      .prepare(
        `SELECT s.key AS s, r.predicate AS p, o.key AS o FROM relations r
         JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
         WHERE r.id IN (SELECT relation FROM evidence WHERE doc = ?)`,
      )
      .all(num) as { s: string; p: RelationType; o: string }[]) {
      keys.add(relationKey(row.s, row.p, row.o));
    }
    return keys;
  }

  /**
   * Deletes a document's rows, then recomputes (or deletes, when left without support) every
   * relation and entity they touched. Adds the touched keys to `touched`.
   */
  private deleteDocumentRows(
    num: number,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    const entityIds = new Set(
      this.db
        .prepare(
          `SELECT entity FROM mentions WHERE doc = @id UNION SELECT entity FROM aliases WHERE doc = @id`,
        )
        .pluck()
        .all({ id: num }) as number[],
    );
    const relationIds = new Set(
      this.db
        .prepare(`SELECT DISTINCT relation FROM evidence WHERE doc = ?`)
        .pluck()
        .all(num) as number[],
    );
    this.db.prepare(`DELETE FROM documents WHERE num = ?`).run(num);
    return this.recompute(entityIds, relationIds, touched, tallies);
  }

  /**
   * Brings the aggregates of the given relations and entities in line with their rows:
   * relations without evidence and entities without mentions or relations are deleted.
   */
  private recompute(
    entityIds: Set<number>,
    relationIds: Set<number>,
    touched: Touched,
    tallies: Tallies,
  ): { entities: number; relations: number } {
    const sql = this.sql;
    const removed = { entities: 0, relations: 0 };
    const keyOf = (id: number): string =>
      (sql.entityById.get(id) as EntityRow | undefined)?.key ?? '';
    for (const id of relationIds) {
      const row = sql.relationById.get(id) as RelationRow | undefined;
      if (!row) continue;
      entityIds.add(row.subject);
      entityIds.add(row.object);
      touched.relations.add(
        relationKey(keyOf(row.subject), row.predicate as RelationType, keyOf(row.object)),
      );
      const agg = sql.relationAggregates.get(id) as Omit<
        RelationRow,
        'id' | 'subject' | 'predicate' | 'object' | 'label' | 'modality'
      >;
      if (agg.weight === 0) {
        sql.deleteRelation.run(id);
        tallies.relation(row, -1);
        removed.relations++;
        continue;
      }
      const counts = countsOfRow({ ...row, ...agg });
      tallies.relationChanged(row, {
        predicate: row.predicate,
        modality: modalityOf(counts),
        weight: agg.weight,
      });
      sql.updateRelation.run(
        agg.weight,
        modalityOf(counts),
        ...countColumns(counts),
        agg.first_seen,
        agg.last_seen,
        id,
      );
    }
    for (const id of entityIds) {
      const row = sql.entityById.get(id) as EntityRow | undefined;
      if (!row) continue;
      touched.entities.add(row.key);
      const degrees = sql.entityDegrees.get({ id }) as { degree: number; weighted: number };
      const hasMentions = sql.hasMentions.get(id) !== undefined;
      if (!hasMentions && degrees.degree === 0) {
        sql.deleteEntity.run(id);
        tallies.entity(row, -1);
        removed.entities++;
        continue;
      }
      const agg = sql.entityAggregates.get(id) as {
        mentions: number;
        docs: number;
        first: string | null;
        last: string | null;
      };
      const aliases = (sql.aliasesOf.all(id) as string[]).filter((a) => a !== row.label);
      const typeVotes = votesOf(sql.votesOf.all(id) as string[]);
      const state: EntityState = {
        label: row.label,
        type: this.rules.type(row.key) ?? votedType(typeVotes, row.type as EntityType),
        aliases,
        typeVotes,
        mentionCount: agg.mentions,
        documentCount: agg.docs,
        firstSeen: agg.first ?? '',
        lastSeen: agg.last ?? '',
        degree: degrees.degree,
        weightedDegree: degrees.weighted,
      };
      tallies.entityChanged(row, state);
      sql.updateEntity.run({
        id,
        label: state.label,
        type: state.type,
        aliases: JSON.stringify(state.aliases),
        typeVotes: JSON.stringify(state.typeVotes),
        mentionCount: state.mentionCount,
        documentCount: state.documentCount,
        firstSeen: state.firstSeen || null,
        lastSeen: state.lastSeen || null,
        degree: state.degree,
        weightedDegree: state.weightedDegree,
      });
      this.writeNames(id, state);
    }
    return removed;
  }

  async removeDocument(ref: string): Promise<RemoveResult> {
    this.assertWritable('graph.removeDocument');
    if (this.loading) await this.loading;
    const doc = this.findDocument(ref);
    if (!doc) throw new KgError('NOT_FOUND', `graph.removeDocument: document "${ref}" not found.`);
    const touched: Touched = { entities: new Set(), relations: new Set() };
    let removed: { entities: number; relations: number };
    try {
      removed = this.db
        .transaction(() => {
          const num = this.sql.documentNum.get(doc.id) as number;
          const tallies = new Tallies();
          const result = this.deleteDocumentRows(num, touched, tallies);
          this.applyTallies(tallies);
          this.sql.bumpVersion.run();
          return result;
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    this.afterWrite(touched, {
      documents: -1,
      entities: -removed.entities,
      relations: -removed.relations,
    });
    return {
      docId: doc.id,
      source: doc.source,
      mentionsRemoved: doc.mentions,
      evidenceRemoved: doc.evidence,
      nodesRemoved: removed.entities,
      edgesRemoved: removed.relations,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Entities and relations

  private entityRow(key: string): EntityRow | undefined {
    return this.sql.entityByKey.get(key) as EntityRow | undefined;
  }

  /** A relation row by key, with the keys of its ends. */
  private relationRow(
    key: string,
  ): { row: RelationRow; subject: string; object: string } | undefined {
    const parts = splitRelationKey(key);
    if (!parts) return undefined;
    const subject = this.entityRow(parts.subject);
    const object = this.entityRow(parts.object);
    if (!subject || !object) return undefined;
    const row = this.sql.relationByEnds.get(subject.id, parts.predicate, object.id) as
      RelationRow | undefined;
    return row ? { row, subject: subject.key, object: object.key } : undefined;
  }

  async entity(key: string): Promise<StoredEntity | undefined> {
    const row = this.entityRow(key);
    if (!row) return undefined;
    return {
      ...toEntityAttributes(row),
      id: row.key,
      degree: row.degree,
      weightedDegree: row.weighted_degree,
    };
  }

  async relation(key: string): Promise<StoredRelation | undefined> {
    const found = this.relationRow(key);
    if (!found) return undefined;
    return {
      key,
      source: found.subject,
      target: found.object,
      attributes: toRelationAttributes(found.row),
    };
  }

  async findEntity(ref: string): Promise<string> {
    return this.findEntityNow(ref);
  }

  private findEntityNow(ref: string): string {
    if (this.entityRow(ref)) return ref;
    const norm = normaliseName(ref);
    const rows = this.sql.entitiesNamed.all(norm) as {
      kind: NameKind;
      key: string;
      label: string;
      aliases: string;
    }[];
    const byLabel = rows.filter((r) => r.kind === 'name');
    const matches = rows.filter(
      (r) =>
        r.kind === 'name' ||
        (JSON.parse(r.aliases) as string[]).some((alias) => normaliseName(alias) === norm),
    );
    if (byLabel.length === 1 && byLabel[0]) return byLabel[0].key;
    if (matches.length === 1 && matches[0]) return matches[0].key;
    if (matches.length === 0) {
      throw new KgError('NOT_FOUND', `graph.entities: entity "${ref}" not found.`);
    }
    throw new KgError(
      'CONFLICT',
      `graph.entities: "${ref}" names several entities (${matches
        .slice(0, 5)
        .map((m) => m.key)
        .join(', ')}); use a key.`,
    );
  }

  async resolveEntity(nameOrId: string): Promise<EntityResolution> {
    const row = this.entityRow(nameOrId);
    if (row) return { id: row.key, label: row.label, type: row.type as EntityType, via: 'id' };
    const normalized = normalizeName(nameOrId);
    if (normalized.length === 0) {
      throw new KgError('INVALID_ARGUMENT', 'graph.resolveEntity: empty entity name.');
    }
    const rows = this.sql.entitiesNamed.all(normaliseName(nameOrId)) as {
      kind: NameKind;
      key: string;
      label: string;
      type: EntityType;
      aliases: string;
      degree: number;
    }[];
    const pick = (list: typeof rows) =>
      list.reduce((best, r) => (r.degree > best.degree ? r : best));
    const byLabel = rows.filter((r) => normalizeName(r.label) === normalized);
    if (byLabel.length > 0) {
      const best = pick(byLabel);
      return { id: best.key, label: best.label, type: best.type, via: 'label' };
    }
    const byAlias = rows.filter((r) =>
      (JSON.parse(r.aliases) as string[]).some((alias) => normalizeName(alias) === normalized),
    );
    if (byAlias.length > 0) {
      const best = pick(byAlias);
      return { id: best.key, label: best.label, type: best.type, via: 'alias' };
    }
    const [hit] = await this.search(nameOrId, { limit: 1 });
    if (hit) return { id: hit.id, label: hit.label, type: hit.type, via: 'search' };
    throw new KgError('NOT_FOUND', `graph.resolveEntity: no entity matches "${nameOrId}".`);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.search: limit must be a positive integer, got ${limit}.`,
      );
    }
    const normalized = normalizeName(query);
    if (normalized.length === 0) return [];
    const tokens = tokenize(normalized);
    const types = options.types?.length ? new Set<string>(options.types) : null;
    const candidates = new Map<string, EntityRow>();
    const add = (row: EntityRow): void => {
      if (types === null || types.has(row.type)) candidates.set(row.key, row);
    };
    const byId = this.entityRow(query.trim().toLowerCase());
    if (byId) add(byId);
    for (const row of this.db
      .prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
           SELECT entity FROM names WHERE norm = ?)`,
      )
      .all(normaliseName(query)) as EntityRow[]) {
      add(row);
    }
    const match = tokens.map((t) => `"${t.replace(/"/gu, '""')}"*`).join(' ');
    // A bounded scan of the index (a two-letter prefix can match most names), the more
    // central and mentioned first among what it found.
    for (const row of this.db
      .prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
           SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT 5000)
         ORDER BY weighted_degree + mention_count DESC LIMIT ?`,
      )
      .all(match, Math.max(200, limit * 20)) as EntityRow[]) {
      add(row);
    }
    const hits = rankCandidates(
      [...candidates.values()].map((row) => ({
        id: row.key,
        label: row.label,
        type: row.type as EntityType,
        aliases: JSON.parse(row.aliases) as string[],
        weight: row.weighted_degree + row.mention_count,
      })),
      query,
      limit,
      () => this.vocabulary(),
      (words) => this.entitiesWithWords(words, types),
    );
    return hits;
  }

  /**
   * Every distinct word of every name, for typo matching. Rebuilt after writes at most every
   * half minute: a word missing for a while only means a typo suggestion less.
   */
  private vocabulary(): Vocabulary {
    const now = Date.now();
    const cached = this.words;
    if (
      cached &&
      (cached.version === this.currentVersion || now - cached.builtAt < VOCABULARY_MAX_AGE_MS)
    ) {
      return cached.vocabulary;
    }
    this.db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.entity_vocab USING fts5vocab(main, entity_fts, row)`,
    );
    const vocabulary = new Vocabulary(
      this.db.prepare(`SELECT term FROM temp.entity_vocab`).pluck().all() as string[],
    );
    this.words = { version: this.currentVersion, builtAt: now, vocabulary };
    return vocabulary;
  }

  /**
   * Entities whose names hold, for every group, a word the group's prefix starts or one of its
   * words (the typos a query word may be).
   */
  private entitiesWithWords(groups: readonly TypoGroup[], types: ReadonlySet<string> | null) {
    if (groups.every((g) => g.words.length === 0)) return [];
    const quote = (w: string) => `"${w.replace(/"/gu, '""')}"`;
    const match = groups
      .map((g) => `(${[`${quote(g.prefix)}*`, ...g.words.slice(0, 50).map(quote)].join(' OR ')})`)
      .join(' AND ');
    const rows = this.db
      .prepare(
        `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
           SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? LIMIT 5000)
         ORDER BY weighted_degree + mention_count DESC LIMIT 500`,
      )
      .all(match) as EntityRow[];
    return rows
      .filter((row) => types === null || types.has(row.type))
      .map((row) => ({
        id: row.key,
        label: row.label,
        type: row.type as EntityType,
        aliases: JSON.parse(row.aliases) as string[],
        weight: row.weighted_degree + row.mention_count,
      }));
  }

  async searchEvidence(query: string, options: { limit?: number } = {}): Promise<EvidenceHit[]> {
    const limit = options.limit ?? 20;
    const tokens = tokenize(normalizeName(query));
    if (tokens.length === 0) return [];
    const match = tokens.map((t) => `"${t.replace(/"/gu, '""')}"`).join(' ');
    const rows = this.db
      .prepare(
        `${EVIDENCE_SELECT} WHERE ev.id IN (
           SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY rank LIMIT ?)
         ORDER BY ev.id DESC`,
      )
      .all(match, limit) as EvidenceRow[];
    const hits: EvidenceHit[] = [];
    for (const row of rows) {
      const rel = this.sql.relationById.get(row.relation) as RelationRow | undefined;
      if (!rel) continue;
      const subject = (this.sql.entityById.get(rel.subject) as EntityRow).key;
      const object = (this.sql.entityById.get(rel.object) as EntityRow).key;
      hits.push({
        ...toEvidence(row),
        relation: relationKey(subject, rel.predicate as RelationType, object),
        source: subject,
        target: object,
      });
    }
    return hits;
  }

  async entityDetails(
    key: string,
    options: StoreEntityDetailsOptions = {},
  ): Promise<EntityDetails> {
    const row = this.entityRow(key);
    if (!row) throw new KgError('NOT_FOUND', `graph.entityDetails: entity "${key}" not found.`);
    const visits = this.graphLoaded
      ? relationVisits(this.graph, key)
      : this.relationVisitsFromRows(row);
    const { evidenceLimit, ...rest } = options;
    const details = detailsOf({ ...toEntityAttributes(row), id: row.key }, visits, rest);
    const relations = details.groups.flatMap((g) => g.relations);
    const evidenceOptions: EvidenceOptions = {};
    if (options.modalities) evidenceOptions.modalities = options.modalities;
    if (options.from) evidenceOptions.from = options.from;
    if (options.to) evidenceOptions.to = options.to;
    if (evidenceLimit !== undefined) evidenceOptions.limit = evidenceLimit;
    const evidence = await this.evidence(
      relations.map((r) => r.key),
      evidenceOptions,
    );
    for (const relation of relations) {
      const found = evidence.get(relation.key);
      relation.evidence = found?.evidence ?? [];
      relation.moreEvidence = (found?.total ?? 0) - relation.evidence.length;
    }
    return details;
  }

  /** An entity's relations read from the tables (when the projection is not loaded). */
  private *relationVisitsFromRows(entity: EntityRow): Generator<RelationVisit> {
    const rows = this.sql.relationsOf.all({ id: entity.id }) as KeyedRelationRow[];
    const others = new Map<number, EntityRow>();
    for (const row of rows) {
      const out = row.subject === entity.id;
      const otherId = out ? row.object : row.subject;
      let other = others.get(otherId);
      if (!other) {
        other = this.sql.entityById.get(otherId) as EntityRow;
        others.set(otherId, other);
      }
      yield {
        key: relationKey(row.subject_key, row.predicate as RelationType, row.object_key),
        direction: out ? 'out' : 'in',
        other: { id: other.key, label: other.label, type: other.type as EntityType },
        attributes: toRelationAttributes(row),
      };
    }
  }

  async evidence(
    relationKeys: readonly string[],
    options: EvidenceOptions = {},
  ): Promise<Map<string, RelationEvidence>> {
    const filter = resolveFilter(
      {
        ...(options.modalities ? { modalities: options.modalities } : {}),
        ...(options.from ? { from: options.from } : {}),
        ...(options.to ? { to: options.to } : {}),
      },
      'graph.evidence',
      null,
    );
    const filtered = filter.modalities !== null || filter.dated;
    const result = new Map<string, RelationEvidence>();
    // The ends' row ids in one read, then one indexed read per relation.
    const keys = [...new Set(relationKeys)];
    const parts = keys.map(splitRelationKey);
    const ends = new Set<string>();
    for (const part of parts) {
      if (part) {
        ends.add(part.subject);
        ends.add(part.object);
      }
    }
    const ids = new Map<string, number>();
    for (const row of this.sql.idsByKeys.all(JSON.stringify([...ends])) as {
      id: number;
      key: string;
    }[]) {
      ids.set(row.key, row.id);
    }
    for (const [i, key] of keys.entries()) {
      const part = parts[i];
      const subject = part && ids.get(part.subject);
      const object = part && ids.get(part.object);
      if (subject === undefined || object === undefined || !part) continue;
      const relation = this.sql.relationIdByEnds.get(subject, part.predicate, object) as
        { id: number; weight: number } | undefined;
      if (!relation) continue;
      if (!filtered) {
        const rows = (
          options.limit === undefined
            ? this.sql.evidenceOf.all(relation.id)
            : this.sql.evidenceOfLimited.all(relation.id, options.limit)
        ) as EvidenceRow[];
        result.set(key, { evidence: rows.map(toEvidence), total: relation.weight });
        continue;
      }
      const kept: EvidenceRecord[] = [];
      for (const row of this.sql.evidenceOf.all(relation.id) as EvidenceRow[]) {
        const item = toEvidence(row);
        if (evidenceItemPasses(filter, item)) kept.push(item);
      }
      result.set(key, {
        evidence: options.limit === undefined ? kept : kept.slice(0, options.limit),
        total: kept.length,
      });
    }
    return result;
  }

  async graphStats(): Promise<GraphStats> {
    const cached = await this.readCache<GraphStats>('graph-stats');
    if (cached) return cached;
    const version = this.currentVersion;
    const stats = await this.computeGraphStats();
    if (this.currentVersion === version) await this.writeCache('graph-stats', stats);
    return stats;
  }

  /**
   * Graph stats from the tallies every write keeps, two small reads, and the connected
   * components (union-find over row ids, read in pages with the event loop running between).
   */
  private async computeGraphStats(): Promise<GraphStats> {
    const db = this.db;
    const entityTypes: GraphStats['entityTypes'] = {};
    const predicates: GraphStats['predicates'] = {};
    const modalities: GraphStats['modalities'] = {};
    let evidence = 0;
    let isolated = 0;
    let nodes = 0;
    let edges = 0;
    for (const { name, count } of this.sql.tallies.all() as { name: string; count: number }[]) {
      if (count === 0) continue;
      const [kind, value] = name.split(':') as [string, string | undefined];
      if (kind === 'type') {
        entityTypes[value as EntityType] = count;
        nodes += count;
      } else if (kind === 'predicate') {
        predicates[value as RelationType] = count;
        edges += count;
      } else if (kind === 'modality') modalities[value as Modality] = count;
      else if (kind === 'evidence') evidence = count;
      else if (kind === 'isolated') isolated = count;
    }
    const top = (
      db
        .prepare(
          `SELECT key, label, type, degree, weighted_degree FROM entities
           ORDER BY weighted_degree DESC, key LIMIT 10`,
        )
        .all() as {
        key: string;
        label: string;
        type: EntityType;
        degree: number;
        weighted_degree: number;
      }[]
    ).map((row) => ({
      id: row.key,
      label: row.label,
      type: row.type,
      degree: row.degree,
      weightedDegree: row.weighted_degree,
    }));
    const documents = db
      .prepare(`SELECT COUNT(*) FROM documents WHERE evidence_count > 0`)
      .pluck()
      .get() as number;
    await yieldToLoop();
    // Connected components, ignoring direction: union-find over row ids.
    const maxId = (db.prepare(`SELECT MAX(id) FROM entities`).pluck().get() as number | null) ?? 0;
    const parent = new Int32Array(maxId + 1);
    for (let i = 0; i <= maxId; i++) parent[i] = i;
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i] as number] as number;
        i = parent[i] as number;
      }
      return i;
    };
    const pairs = db
      .prepare(`SELECT id, subject, object FROM relations WHERE id > ? ORDER BY id LIMIT ?`)
      .raw();
    for (let last = 0; ;) {
      const rows = pairs.all(last, STATS_PAGE) as [number, number, number][];
      for (const [id, subject, object] of rows) {
        const a = find(subject);
        const b = find(object);
        if (a !== b) parent[a] = b;
        last = id;
      }
      if (rows.length < STATS_PAGE) break;
      await yieldToLoop();
    }
    const sizes = new Map<number, number>();
    for (const id of db.prepare(`SELECT id FROM entities`).pluck().all() as number[]) {
      const root = find(id);
      sizes.set(root, (sizes.get(root) ?? 0) + 1);
    }
    return {
      nodes,
      edges,
      evidence,
      documents,
      entityTypes,
      predicates,
      modalities,
      density: nodes > 1 ? edges / (nodes * (nodes - 1)) : 0,
      components: sizes.size,
      largestComponent: largest(sizes.values()),
      isolated,
      top,
    };
  }

  async neighborhood(keys: readonly string[]): Promise<Neighborhood> {
    const entities = new Map<string, EntityAttributes>();
    const relations: StoredRelation[] = [];
    const rows = this.sql.entitiesByKeys.all(JSON.stringify([...new Set(keys)])) as EntityRow[];
    const ids = rows.map((row) => row.id);
    for (const row of rows) entities.set(row.key, toEntityAttributes(row));
    if (ids.length === 0) return { entities, relations };
    const ends = new Map<number, EntityRow>(rows.map((row) => [row.id, row]));
    const found = this.db
      .prepare(
        `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.subject IN (SELECT value FROM json_each(@ids))
         UNION
         SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.object IN (SELECT value FROM json_each(@ids))`,
      )
      .all({ ids: JSON.stringify(ids) }) as RelationRow[];
    const missing = new Set<number>();
    for (const row of found) {
      if (!ends.has(row.subject)) missing.add(row.subject);
      if (!ends.has(row.object)) missing.add(row.object);
    }
    if (missing.size > 0) {
      for (const row of this.db
        .prepare(
          `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify([...missing])) as EntityRow[]) {
        ends.set(row.id, row);
        entities.set(row.key, toEntityAttributes(row));
      }
    }
    for (const row of found) {
      const source = (ends.get(row.subject) as EntityRow).key;
      const target = (ends.get(row.object) as EntityRow).key;
      relations.push({
        key: relationKey(source, row.predicate as RelationType, target),
        source,
        target,
        attributes: toRelationAttributes(row),
      });
    }
    return { entities, relations };
  }

  async strongest(n: number, maxRelations: number): Promise<StrongestView> {
    const rows = this.db
      .prepare(`SELECT ${ENTITY_COLUMNS} FROM entities ORDER BY weighted_degree DESC, key LIMIT ?`)
      .all(n) as EntityRow[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ids = JSON.stringify(rows.map((row) => row.id));
    const found = this.db
      .prepare(
        `SELECT ${RELATION_COLUMNS} FROM relations r
         WHERE r.subject IN (SELECT value FROM json_each(@ids))
           AND r.object IN (SELECT value FROM json_each(@ids))`,
      )
      .all({ ids }) as RelationRow[];
    const relations = found.map((row) => {
      const source = (byId.get(row.subject) as EntityRow).key;
      const target = (byId.get(row.object) as EntityRow).key;
      return {
        key: relationKey(source, row.predicate as RelationType, target),
        source,
        target,
        attributes: toRelationAttributes(row),
      };
    });
    relations.sort(
      (a, b) =>
        b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    if (relations.length > maxRelations) relations.length = maxRelations;
    return {
      entities: rows.map((row) => ({
        key: row.key,
        attributes: toEntityAttributes(row),
        weightedDegree: row.weighted_degree,
      })),
      relations,
    };
  }

  // ------------------------------------------------------------------------------------------
  // Curation

  async mergeEntities(intoRef: string, fromRef: string): Promise<CurationResult> {
    this.assertWritable('graph.mergeEntities');
    const into = this.findEntityNow(intoRef);
    const from = this.findEntityNow(fromRef);
    if (into === from) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.mergeEntities: "${intoRef}" and "${fromRef}" are the same entity.`,
      );
    }
    return this.curate({ op: 'merge', key: from, into }, into, (change) =>
      this.moveRows(change, from, into),
    );
  }

  async splitEntity(keyRef: string, alias: string): Promise<CurationResult> {
    this.assertWritable('graph.splitEntity');
    const key = this.findEntityNow(keyRef);
    const row = this.entityRow(key) as EntityRow;
    const attrs = toEntityAttributes(row);
    const norm = normaliseName(alias);
    if (norm === normaliseName(attrs.label)) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.splitEntity: "${alias}" is the label of ${key}; split off one of its aliases (${attrs.aliases.join(', ') || 'none'}).`,
      );
    }
    if (!attrs.aliases.some((a) => normaliseName(a) === norm)) {
      throw new KgError(
        'NOT_FOUND',
        `graph.splitEntity: ${key} has no alias "${alias}" (aliases: ${attrs.aliases.join(', ') || 'none'}).`,
      );
    }
    const newKey = entityKey(attrs.type, alias);
    if (newKey === key) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.splitEntity: "${alias}" would keep the key ${key}.`,
      );
    }
    return this.curate({ op: 'split', key, alias, newKey }, newKey, (change) => {
      this.ensureEntity(change, newKey, alias, attrs.type);
      this.moveRows(change, key, newKey, (surface) => normaliseName(surface) === norm);
    });
  }

  async renameEntity(keyRef: string, label: string): Promise<CurationResult> {
    this.assertWritable('graph.renameEntity');
    const key = this.findEntityNow(keyRef);
    if (label.trim() === '') {
      throw new KgError('INVALID_ARGUMENT', 'graph.renameEntity: the new name is empty.');
    }
    return this.curate({ op: 'rename', key, label }, key, (change) => {
      const row = this.entityRow(key) as EntityRow;
      this.db.prepare(`UPDATE entities SET label = ? WHERE id = ?`).run(label, row.id);
      change.entities.add(row.id);
    });
  }

  async retypeEntity(keyRef: string, type: EntityType): Promise<CurationResult> {
    this.assertWritable('graph.retypeEntity');
    if (!ENTITY_TYPES.includes(type)) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.retypeEntity: unknown type "${type}" (one of ${ENTITY_TYPES.join(', ')}).`,
      );
    }
    const key = this.findEntityNow(keyRef);
    const row = this.entityRow(key) as EntityRow;
    const newKey = entityKey(type, row.label);
    return this.curate({ op: 'retype', key, type, newKey }, newKey, (change) => {
      // The rule pins the type; recomputing the entity applies it.
      const id = this.ensureEntity(change, newKey, row.label, type);
      change.entities.add(id);
      if (newKey !== key) this.moveRows(change, key, newKey);
    });
  }

  /** The id of an entity, inserted when missing. */
  private ensureEntity(change: Change, key: string, label: string, type: EntityType): number {
    const row = this.entityRow(key);
    if (row) return row.id;
    change.created.entities++;
    change.tallies.entity({ type, degree: 0 }, 1);
    return Number(this.sql.insertEntity.run(key, label, type).lastInsertRowid);
  }

  /**
   * Records a rule and applies it to the stored rows in one transaction (the rows it moves,
   * then the aggregates of everything it touched), then brings the projection in step.
   */
  private async curate(
    rule: CurationRule,
    key: string,
    apply: (change: Change) => void,
  ): Promise<CurationResult> {
    if (this.loading) await this.loading;
    const change: Change = {
      tallies: new Tallies(),
      entities: new Set(),
      relations: new Set(),
      touched: { entities: new Set(), relations: new Set() },
      created: { entities: 0, relations: 0 },
      mentionsMoved: 0,
      evidenceMoved: 0,
    };
    // The rule applies while the rows move (a retype pins the type the aggregates keep).
    this.rules.add(rule);
    let removed: { entities: number; relations: number };
    try {
      removed = this.db
        .transaction(() => {
          this.sql.insertCuration.run(rule.op, JSON.stringify(rule), new Date().toISOString());
          apply(change);
          const gone = this.recompute(
            change.entities,
            change.relations,
            change.touched,
            change.tallies,
          );
          this.applyTallies(change.tallies);
          this.sql.bumpVersion.run();
          return gone;
        })
        .immediate();
    } catch (err) {
      this.rules = new CurationRules(this.readCuration().map((c) => c.rule));
      throw storeError(this.path, err);
    }
    this.afterWrite(change.touched, {
      entities: change.created.entities - removed.entities,
      relations: change.created.relations - removed.relations,
    });
    return {
      rule,
      key,
      mentionsMoved: change.mentionsMoved,
      evidenceMoved: change.evidenceMoved,
    };
  }

  /**
   * Moves mentions, aliases and evidence ends from entity `from` to entity `to` (only those
   * whose surface form passes `filter`, for a split), re-keying relations; notes in `change`
   * the rows to recompute.
   */
  private moveRows(
    change: Change,
    from: string,
    to: string,
    filter?: (surface: string) => boolean,
  ): void {
    const db = this.db;
    const fromRow = this.entityRow(from) as EntityRow;
    const toRow = this.entityRow(to) as EntityRow;
    const keep = filter ?? (() => true);
    const mentions = db
      .prepare(`SELECT id, text FROM mentions WHERE entity = ?`)
      .all(fromRow.id) as { id: number; text: string }[];
    const moveMention = db.prepare(`UPDATE mentions SET entity = ? WHERE id = ?`);
    for (const m of mentions) {
      if (keep(m.text)) {
        moveMention.run(toRow.id, m.id);
        change.mentionsMoved++;
      }
    }
    const aliases = db
      .prepare(`SELECT doc, alias FROM aliases WHERE entity = ?`)
      .all(fromRow.id) as { doc: number; alias: string }[];
    const deleteAlias = db.prepare(
      `DELETE FROM aliases WHERE entity = ? AND doc = ? AND alias = ?`,
    );
    for (const a of aliases) {
      if (!keep(a.alias)) continue;
      deleteAlias.run(fromRow.id, a.doc, a.alias);
      this.sql.insertAlias.run(toRow.id, a.doc, a.alias);
    }

    const relations = db
      .prepare(
        `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.subject = @id OR r.object = @id`,
      )
      .all({ id: fromRow.id }) as RelationRow[];
    const moveEvidence = db.prepare(
      `UPDATE evidence SET relation = ?, subject_start = ?, subject_end = ?, object_start = ?,
         object_end = ? WHERE id = ?`,
    );
    const deleteEvidence = db.prepare(`DELETE FROM evidence WHERE id = ?`);
    const keyOf = (id: number): string => (this.sql.entityById.get(id) as EntityRow).key;
    const idOf = (key: string): number => (this.entityRow(key) as EntityRow).id;
    const touched = new Set<number>();
    for (const rel of relations) {
      touched.add(rel.id);
      const rows = this.sql.evidenceOf.all(rel.id) as EvidenceRow[];
      for (const row of rows) {
        const subjectText = spanText(row, row.subject_start, row.subject_end);
        const objectText = spanText(row, row.object_start, row.object_end);
        const moveSubject =
          rel.subject === fromRow.id &&
          (!filter || (subjectText !== undefined && keep(subjectText)));
        const moveObject =
          rel.object === fromRow.id && (!filter || (objectText !== undefined && keep(objectText)));
        if (!moveSubject && !moveObject) continue;
        const predicate = rel.predicate as RelationType;
        const ends = canonicalEnds(
          moveSubject ? to : keyOf(rel.subject),
          predicate,
          moveObject ? to : keyOf(rel.object),
        );
        change.evidenceMoved++;
        if (ends.subject === ends.object) {
          deleteEvidence.run(row.id);
          continue;
        }
        const subjectId = idOf(ends.subject);
        const objectId = idOf(ends.object);
        let target = (
          this.sql.relationByEnds.get(subjectId, predicate, objectId) as RelationRow | undefined
        )?.id;
        if (target === undefined) {
          target = Number(
            this.sql.insertRelation.run(subjectId, predicate, objectId, rel.label).lastInsertRowid,
          );
          change.tallies.relation({ predicate, modality: 'negated', weight: 0 }, 1);
          change.created.relations++;
        }
        touched.add(target);
        const [s0, s1, o0, o1] = ends.swapped
          ? [row.object_start, row.object_end, row.subject_start, row.subject_end]
          : [row.subject_start, row.subject_end, row.object_start, row.object_end];
        moveEvidence.run(target, s0, s1, o0, o1, row.id);
      }
    }
    for (const id of touched) change.relations.add(id);
    change.entities.add(fromRow.id);
    change.entities.add(toRow.id);
  }

  async listCuration(): Promise<CurationRecord[]> {
    return this.readCuration();
  }

  private readCuration(): CurationRecord[] {
    return (
      this.db.prepare(`SELECT id, rule, created_at FROM curation ORDER BY id`).all() as {
        id: number;
        rule: string;
        created_at: string;
      }[]
    ).map((row) => ({
      id: row.id,
      rule: JSON.parse(row.rule) as CurationRule,
      createdAt: row.created_at,
    }));
  }

  // ------------------------------------------------------------------------------------------
  // Caches, sync, stats

  async readCache<T>(name: string): Promise<T | undefined> {
    const memory = this.memoryCache.get(`cache:${name}`);
    if (memory && memory.version === this.currentVersion) return memory.value as T;
    const row = this.sql.readCache.get(name) as { version: number; value: string } | undefined;
    if (!row || row.version !== this.currentVersion) return undefined;
    const value = JSON.parse(row.value) as T;
    this.memoryCache.set(`cache:${name}`, { version: this.currentVersion, value });
    return value;
  }

  async writeCache(name: string, value: unknown): Promise<void> {
    this.memoryCache.set(`cache:${name}`, { version: this.currentVersion, value });
    if (this.readonly) return;
    try {
      this.sql.writeCache.run(name, this.currentVersion, JSON.stringify(value));
    } catch {
      // A cache that cannot be written (store busy elsewhere) is recomputed next time.
    }
  }

  async sync(): Promise<boolean> {
    const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    if (dataVersion === this.dataVersion) return false;
    this.dataVersion = dataVersion;
    const version = this.sql.version.get() as number;
    if (version === this.currentVersion) return false;
    if (this.loading) await this.loading;
    this.currentVersion = version;
    this.rules = new CurationRules(this.readCuration().map((c) => c.rule));
    this.countsNow = this.countRows();
    if (this.projection) {
      this.projection = undefined;
      await this.loadGraph();
    }
    return true;
  }

  async stats(): Promise<StoreStats> {
    const count = (table: string): number =>
      this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
    let bytes = 0;
    for (const file of [this.path, `${this.path}-wal`]) {
      try {
        bytes += statSync(file).size;
      } catch {
        // In memory, or no write-ahead log yet.
      }
    }
    return {
      path: this.path,
      schemaVersion: this.schemaVersion,
      documents: count('documents'),
      entities: count('entities'),
      relations: count('relations'),
      evidence: count('evidence'),
      mentions: count('mentions'),
      aliases: count('aliases'),
      curationRules: count('curation'),
      bytes,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

export type { EntityAttributes };
