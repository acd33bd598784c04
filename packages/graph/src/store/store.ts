/**
 * The embedded store: one SQLite file (better-sqlite3, WAL, foreign keys) holding documents,
 * entities, aliases, mentions, relations, evidence and curation rules, and the graphology
 * graph built from it and kept in step. Every document is written in one transaction, so a
 * failure (or a kill) leaves the store as it was before that document.
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type {
  EntityType,
  EvidenceRecord,
  Extraction,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { ENTITY_TYPES, KgError, isKgError } from '@kg/schema';
import type { CurationRule } from '../curation.js';
import { CurationRules } from '../curation.js';
import type { DocumentMeta, MergeSummary, ResolvedDocument, StoreGraph } from '../merge.js';
import {
  createStoreGraph,
  documentRecord,
  edgeAttributes,
  invalidateResolverIndex,
  mergeResolved,
  resolveExtraction,
  resolverIndexOf,
} from '../merge.js';
import { canonicalEnds, entityKey, normaliseName, relationKey } from '../names.js';
import { migrate } from './migrations.js';
import type { DocumentRow, EntityRow, EvidenceRow, RelationRow } from './rows.js';
import {
  DOCUMENT_COLUMNS,
  ENTITY_SELECT,
  EVIDENCE_SELECT,
  spanText,
  toAttributes,
  toDocument,
  toEvidence,
} from './rows.js';

export interface StoreOptions {
  /** SQLite file; created when missing. `:memory:` for a throw-away store. Default `./kg.db`. */
  path?: string;
  /** Open without writing (no migrations; ingest and curation refuse). Default false. */
  readonly?: boolean;
}

export type { StoredDocument };

export type IngestStatus = 'new' | 'unchanged' | 'reextracted';

export interface IngestResult extends MergeSummary {
  status: IngestStatus;
  docId: string;
  source: string;
}

export interface RemoveResult {
  docId: string;
  source: string;
  mentionsRemoved: number;
  evidenceRemoved: number;
  nodesRemoved: number;
  edgesRemoved: number;
}

export interface CurationResult {
  rule: CurationRule;
  /** The key the entity lives under after the change. */
  key: string;
  mentionsMoved: number;
  evidenceMoved: number;
}

export interface CurationRecord {
  id: number;
  rule: CurationRule;
  createdAt: string;
}

export interface StoreStats {
  path: string;
  schemaVersion: number;
  documents: number;
  entities: number;
  relations: number;
  evidence: number;
  mentions: number;
  aliases: number;
  curationRules: number;
  /** Size of the database file and its write-ahead log, in bytes (0 in memory). */
  bytes: number;
}

export interface Store {
  readonly path: string;
  readonly schemaVersion: number;
  /** The graph built from the store (loaded on first access) and kept in step with it. */
  readonly graph: StoreGraph;
  hasDocument(id: string): boolean;
  /** A document by id, unique id prefix (at least 6 characters), source path or its end. */
  getDocument(ref: string): StoredDocument | undefined;
  listDocuments(): StoredDocument[];
  /**
   * Writes one document's extraction in one transaction and merges it into the graph. A
   * document already stored is left alone (`unchanged`) unless `replace` is set, when its old
   * rows are replaced (`reextracted`).
   */
  ingestExtraction(
    extraction: Extraction,
    meta: DocumentMeta,
    options?: { replace?: boolean },
  ): IngestResult;
  /** Removes a document, its mentions and evidence, and any node or edge left without support. */
  removeDocument(ref: string): RemoveResult;
  /** Merges entity `from` into `into` (`into` keeps its key and label). */
  mergeEntities(into: string, from: string): CurationResult;
  /** Moves the mentions of one alias of an entity to an entity of their own. */
  splitEntity(key: string, alias: string): CurationResult;
  renameEntity(key: string, label: string): CurationResult;
  /** Gives an entity another type (and the key that goes with it). */
  retypeEntity(key: string, type: EntityType): CurationResult;
  /** Entity key for a key or an unambiguous name or alias, else NOT_FOUND / CONFLICT. */
  findEntity(ref: string): string;
  listCuration(): CurationRecord[];
  /** Re-reads curation rules and the graph (in place) after another process wrote the file. */
  reload(): void;
  stats(): StoreStats;
  close(): void;
}

function storeError(path: string, err: unknown): KgError {
  if (isKgError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new KgError('STORE_ERROR', `graph.store: ${path}: ${message}.`, { cause: err });
}

/**
 * Opens (creating and migrating when needed) the SQLite store at `path`.
 *
 * @example
 * const store = openStore({ path: 'kg.db' });
 * store.ingestExtraction(extraction, { id: hash, source: 'a.txt' });
 * console.log(store.graph.order, store.stats());
 * store.close();
 */
export function openStore(options: StoreOptions = {}): Store {
  const path = options.path ?? './kg.db';
  let db: Db;
  let schemaVersion: number;
  if (options.readonly && path !== ':memory:' && !existsSync(path)) {
    throw new KgError('NOT_FOUND', `graph.store: no store at ${path} (kg ingest creates one).`);
  }
  try {
    db = new Database(path, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
    });
  } catch (err) {
    throw storeError(path, err);
  }
  try {
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    schemaVersion = options.readonly
      ? (db.pragma('user_version', { simple: true }) as number)
      : migrate(db, path);
  } catch (err) {
    db.close();
    throw storeError(path, err);
  }
  return new SqliteStore(db, path, schemaVersion, options.readonly ?? false);
}

type Statements = ReturnType<typeof prepareStatements>;

function prepareStatements(db: Db) {
  const prepare = (sql: string) => db.prepare(sql);
  return {
    insertDocument: prepare(
      `INSERT INTO documents (id, source, title, date, format, chars, extractor_version, ingested_at)
     VALUES (@id, @source, @title, @date, @format, @chars, @extractorVersion, @ingestedAt)`,
    ),
    upsertEntity: prepare(
      `INSERT INTO entities (key, label, type) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET label = excluded.label`,
    ),
    insertEntity: prepare(`INSERT OR IGNORE INTO entities (key, label, type) VALUES (?, ?, ?)`),
    insertAlias: prepare(
      `INSERT OR IGNORE INTO aliases (entity_key, doc_id, alias) VALUES (?, ?, ?)`,
    ),
    insertMention: prepare(
      `INSERT INTO mentions (doc_id, entity_key, start, end, text, type) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertRelation: prepare(
      `INSERT OR IGNORE INTO relations (key, subject, predicate, object, label) VALUES (?, ?, ?, ?, ?)`,
    ),
    insertEvidence: prepare(
      `INSERT INTO evidence (relation_key, doc_id, start, end, sentence, subject_start,
       subject_end, object_start, object_end, trigger_start, trigger_end, modality,
       attribution, confidence, extractor_version, date)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    hasDocument: prepare(`SELECT 1 FROM documents WHERE id = ?`).pluck(),
    entity: prepare(`${ENTITY_SELECT} WHERE e.key = ? GROUP BY e.key`),
    aliasesOf: prepare(
      `SELECT alias FROM aliases WHERE entity_key = ? GROUP BY alias ORDER BY MIN(id)`,
    ).pluck(),
    relation: prepare(`SELECT * FROM relations WHERE key = ?`),
    evidenceOf: prepare(`${EVIDENCE_SELECT} WHERE ev.relation_key = ? ORDER BY ev.id`),
    deleteOrphanRelation: prepare(
      `DELETE FROM relations WHERE key = ? AND NOT EXISTS
       (SELECT 1 FROM evidence WHERE relation_key = relations.key)`,
    ),
    isOrphanEntity: prepare(
      `SELECT 1 FROM entities e WHERE e.key = ?
         AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_key = e.key)
         AND NOT EXISTS (SELECT 1 FROM relations WHERE subject = e.key OR object = e.key)`,
    ).pluck(),
    deleteAliasesOf: prepare(`DELETE FROM aliases WHERE entity_key = ?`),
    deleteEntity: prepare(`DELETE FROM entities WHERE key = ?`),
  };
}

class SqliteStore implements Store {
  private loaded: StoreGraph | undefined;
  private rules: CurationRules;
  private readonly sql: Statements;

  constructor(
    private readonly db: Db,
    readonly path: string,
    readonly schemaVersion: number,
    private readonly readonly: boolean,
  ) {
    this.sql = prepareStatements(db);
    this.rules = new CurationRules(this.listCuration().map((c) => c.rule));
  }

  get graph(): StoreGraph {
    if (!this.loaded) {
      this.loaded = createStoreGraph();
      this.loadInto(this.loaded);
    }
    return this.loaded;
  }

  private loadInto(graph: StoreGraph): void {
    graph.clear();
    invalidateResolverIndex(graph);
    const aliases = new Map<string, string[]>();
    for (const row of this.db
      .prepare(`SELECT entity_key, alias FROM aliases GROUP BY entity_key, alias ORDER BY MIN(id)`)
      .iterate() as IterableIterator<{ entity_key: string; alias: string }>) {
      let list = aliases.get(row.entity_key);
      if (!list) aliases.set(row.entity_key, (list = []));
      list.push(row.alias);
    }
    for (const row of this.db
      .prepare(`${ENTITY_SELECT} GROUP BY e.key`)
      .iterate() as IterableIterator<EntityRow>) {
      graph.addNode(row.key, toAttributes(row, aliases.get(row.key) ?? []));
    }
    const evidence = new Map<string, EvidenceRecord[]>();
    for (const row of this.db
      .prepare(`${EVIDENCE_SELECT} ORDER BY ev.id`)
      .iterate() as IterableIterator<EvidenceRow>) {
      let list = evidence.get(row.relation_key);
      if (!list) evidence.set(row.relation_key, (list = []));
      list.push(toEvidence(row));
    }
    for (const row of this.db
      .prepare(`SELECT * FROM relations`)
      .iterate() as IterableIterator<RelationRow>) {
      graph.addEdgeWithKey(
        row.key,
        row.subject,
        row.object,
        edgeAttributes(
          row.predicate as RelationType,
          row.label ?? undefined,
          evidence.get(row.key) ?? [],
        ),
      );
    }
  }

  /** Re-reads the given nodes and edges from the database into the loaded graph. */
  private refresh(nodes: Iterable<string>, edges: Iterable<string>): void {
    const graph = this.loaded;
    if (!graph) return;
    const index = resolverIndexOf(graph);
    const gone: string[] = [];
    for (const key of new Set(nodes)) {
      const row = this.sql.entity.get(key) as EntityRow | undefined;
      if (!row) {
        gone.push(key);
        continue;
      }
      const attrs = toAttributes(row, this.sql.aliasesOf.all(key) as string[]);
      if (graph.hasNode(key)) graph.replaceNodeAttributes(key, attrs);
      else graph.addNode(key, attrs);
      index.index(key, attrs);
    }
    for (const key of new Set(edges)) {
      const row = this.sql.relation.get(key) as RelationRow | undefined;
      if (!row) {
        if (graph.hasEdge(key)) graph.dropEdge(key);
        continue;
      }
      const evidence = (this.sql.evidenceOf.all(key) as EvidenceRow[]).map(toEvidence);
      const attrs = edgeAttributes(row.predicate as RelationType, row.label ?? undefined, evidence);
      if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, attrs);
      else graph.addEdgeWithKey(key, row.subject, row.object, attrs);
    }
    for (const key of gone) {
      if (graph.hasNode(key)) graph.dropNode(key);
      index.remove(key);
    }
  }

  private assertWritable(where: string): void {
    if (this.readonly) {
      throw new KgError('STORE_ERROR', `${where}: ${this.path} is open read-only.`);
    }
  }

  hasDocument(id: string): boolean {
    return this.sql.hasDocument.get(id) !== undefined;
  }

  getDocument(ref: string): StoredDocument | undefined {
    const exact = this.db
      .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`)
      .get(ref) as DocumentRow | undefined;
    if (exact) return toDocument(exact);
    if (/^[0-9a-f]{6,}$/u.test(ref)) {
      const rows = this.db
        .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id LIKE ? LIMIT 2`)
        .all(`${ref}%`) as DocumentRow[];
      if (rows.length > 1) {
        throw new KgError('CONFLICT', `graph.store: id prefix "${ref}" matches several documents.`);
      }
      if (rows[0]) return toDocument(rows[0]);
    }
    const bySource = this.db
      .prepare(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.source = ? ORDER BY d.ingested_at DESC LIMIT 1`,
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

  listDocuments(): StoredDocument[] {
    return (
      this.db
        .prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.ingested_at, d.source`)
        .all() as DocumentRow[]
    ).map(toDocument);
  }

  ingestExtraction(
    extraction: Extraction,
    meta: DocumentMeta,
    options: { replace?: boolean } = {},
  ): IngestResult {
    this.assertWritable('graph.ingest');
    if (!meta.id) {
      throw new KgError(
        'INVALID_ARGUMENT',
        'graph.ingest: a document needs an id (its content hash).',
      );
    }
    const graph = this.graph;
    const known = this.hasDocument(meta.id);
    if (known && !options.replace) {
      const { source } = documentRecord(extraction, meta);
      return { docId: meta.id, source, status: 'unchanged', ...emptySummary() };
    }
    const resolved = resolveExtraction(graph, extraction, meta, this.rules);
    const base = { docId: meta.id, source: resolved.doc.source };
    if (!known) {
      let written: boolean;
      try {
        // IMMEDIATE: another process ingesting the same file cannot slip in between the
        // check and the write; if it got there first, the document is unchanged.
        written = this.db
          .transaction(() => {
            if (this.hasDocument(meta.id)) return false;
            this.writeResolved(resolved);
            return true;
          })
          .immediate();
      } catch (err) {
        throw storeError(this.path, err);
      }
      if (!written) return { ...base, status: 'unchanged', ...emptySummary() };
      return { ...base, status: 'new', ...mergeResolved(graph, resolved) };
    }
    // Re-extraction: the old rows go and the new ones come in the same transaction; the graph
    // is then re-read for every node and edge either version touched.
    const before = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    let touched: { nodes: Set<string>; edges: Set<string> };
    try {
      touched = this.db
        .transaction(() => {
          const old = this.deleteDocumentRows(meta.id);
          this.writeResolved(resolved);
          return old;
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    for (const e of resolved.entities) touched.nodes.add(e.key);
    for (const r of resolved.relations) touched.edges.add(r.key);
    this.refresh(touched.nodes, touched.edges);
    const summary = emptySummary();
    for (const e of resolved.entities) {
      if (before.nodes.has(e.key)) summary.nodesMerged++;
      else summary.nodesAdded++;
    }
    for (const r of resolved.relations) {
      if (before.edges.has(r.key)) summary.edgesMerged++;
      else summary.edgesAdded++;
      summary.evidenceAdded += r.evidence.length;
    }
    return { ...base, status: 'reextracted', ...summary };
  }

  private writeResolved(resolved: ResolvedDocument): void {
    const { doc } = resolved;
    const sql = this.sql;
    sql.insertDocument.run({
      id: doc.id,
      source: doc.source,
      title: doc.title ?? null,
      date: doc.date ?? null,
      format: doc.format ?? null,
      chars: doc.chars,
      extractorVersion: doc.extractorVersion,
      ingestedAt: doc.ingestedAt,
    });
    for (const entity of resolved.entities) {
      sql.upsertEntity.run(entity.key, entity.label, entity.type);
      for (const alias of entity.aliases) sql.insertAlias.run(entity.key, doc.id, alias);
      for (const m of entity.mentions) {
        sql.insertMention.run(doc.id, entity.key, m.start, m.end, m.text, m.type);
      }
    }
    for (const rel of resolved.relations) {
      sql.insertRelation.run(rel.key, rel.subject, rel.predicate, rel.object, rel.label ?? null);
      for (const ev of rel.evidence) {
        sql.insertEvidence.run(
          rel.key,
          doc.id,
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
    }
  }

  /** Deletes a document's rows and what they alone supported; returns what was touched. */
  private deleteDocumentRows(id: string): {
    nodes: Set<string>;
    edges: Set<string>;
    removed: { nodes: number; edges: number };
  } {
    const nodes = new Set<string>([
      ...(this.db
        .prepare(`SELECT DISTINCT entity_key FROM mentions WHERE doc_id = ?`)
        .pluck()
        .all(id) as string[]),
      ...(this.db
        .prepare(`SELECT DISTINCT entity_key FROM aliases WHERE doc_id = ?`)
        .pluck()
        .all(id) as string[]),
    ]);
    const edges = new Set(
      this.db
        .prepare(`SELECT DISTINCT relation_key FROM evidence WHERE doc_id = ?`)
        .pluck()
        .all(id) as string[],
    );
    this.db.prepare(`DELETE FROM documents WHERE id = ?`).run(id);
    const removed = this.deleteOrphans(nodes, edges);
    return { nodes, edges, removed };
  }

  /** Deletes the given relations without evidence, then the entities left without support. */
  private deleteOrphans(nodes: Set<string>, edges: Set<string>): { nodes: number; edges: number } {
    const removed = { nodes: 0, edges: 0 };
    for (const key of edges) {
      const row = this.sql.relation.get(key) as RelationRow | undefined;
      if (!row) continue;
      nodes.add(row.subject);
      nodes.add(row.object);
      removed.edges += this.sql.deleteOrphanRelation.run(key).changes;
    }
    for (const key of nodes) {
      if (this.sql.isOrphanEntity.get(key) === undefined) continue;
      this.sql.deleteAliasesOf.run(key);
      removed.nodes += this.sql.deleteEntity.run(key).changes;
    }
    return removed;
  }

  removeDocument(ref: string): RemoveResult {
    this.assertWritable('graph.removeDocument');
    const doc = this.getDocument(ref);
    if (!doc) throw new KgError('NOT_FOUND', `graph.removeDocument: document "${ref}" not found.`);
    let touched: ReturnType<SqliteStore['deleteDocumentRows']>;
    try {
      touched = this.db.transaction(() => this.deleteDocumentRows(doc.id)).immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    this.refresh(touched.nodes, touched.edges);
    return {
      docId: doc.id,
      source: doc.source,
      mentionsRemoved: doc.mentions,
      evidenceRemoved: doc.evidence,
      nodesRemoved: touched.removed.nodes,
      edgesRemoved: touched.removed.edges,
    };
  }

  findEntity(ref: string): string {
    const graph = this.graph;
    if (graph.hasNode(ref)) return ref;
    const norm = normaliseName(ref);
    const matches = graph.filterNodes(
      (_key, attrs) =>
        normaliseName(attrs.label) === norm ||
        attrs.aliases.some((alias) => normaliseName(alias) === norm),
    );
    const byLabel = matches.filter(
      (key) => normaliseName(graph.getNodeAttribute(key, 'label')) === norm,
    );
    if (byLabel.length === 1 && byLabel[0]) return byLabel[0];
    if (matches.length === 1 && matches[0]) return matches[0];
    if (matches.length === 0) {
      throw new KgError('NOT_FOUND', `graph.entities: entity "${ref}" not found.`);
    }
    throw new KgError(
      'CONFLICT',
      `graph.entities: "${ref}" names several entities (${matches.slice(0, 5).join(', ')}); use a key.`,
    );
  }

  mergeEntities(intoRef: string, fromRef: string): CurationResult {
    this.assertWritable('graph.mergeEntities');
    const into = this.findEntity(intoRef);
    const from = this.findEntity(fromRef);
    if (into === from) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.mergeEntities: "${intoRef}" and "${fromRef}" are the same entity.`,
      );
    }
    return this.curate({ op: 'merge', key: from, into }, into, () => this.moveRows(from, into));
  }

  splitEntity(keyRef: string, alias: string): CurationResult {
    this.assertWritable('graph.splitEntity');
    const key = this.findEntity(keyRef);
    const attrs = this.graph.getNodeAttributes(key);
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
    return this.curate({ op: 'split', key, alias, newKey }, newKey, () => {
      this.sql.insertEntity.run(newKey, alias, attrs.type);
      return this.moveRows(key, newKey, (surface) => normaliseName(surface) === norm);
    });
  }

  renameEntity(keyRef: string, label: string): CurationResult {
    this.assertWritable('graph.renameEntity');
    const key = this.findEntity(keyRef);
    if (label.trim() === '') {
      throw new KgError('INVALID_ARGUMENT', 'graph.renameEntity: the new name is empty.');
    }
    return this.curate({ op: 'rename', key, label }, key, () => {
      this.db.prepare(`UPDATE entities SET label = ? WHERE key = ?`).run(label, key);
      return { mentionsMoved: 0, evidenceMoved: 0 };
    });
  }

  retypeEntity(keyRef: string, type: EntityType): CurationResult {
    this.assertWritable('graph.retypeEntity');
    if (!ENTITY_TYPES.includes(type)) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `graph.retypeEntity: unknown type "${type}" (one of ${ENTITY_TYPES.join(', ')}).`,
      );
    }
    const key = this.findEntity(keyRef);
    const attrs = this.graph.getNodeAttributes(key);
    const newKey = entityKey(type, attrs.label);
    return this.curate({ op: 'retype', key, type, newKey }, newKey, () => {
      this.sql.insertEntity.run(newKey, attrs.label, type);
      this.db.prepare(`UPDATE entities SET type = ? WHERE key = ?`).run(type, newKey);
      return newKey === key ? { mentionsMoved: 0, evidenceMoved: 0 } : this.moveRows(key, newKey);
    });
  }

  /** Records a rule and applies it to the stored rows in one transaction, then reloads. */
  private curate(
    rule: CurationRule,
    key: string,
    apply: () => { mentionsMoved: number; evidenceMoved: number },
  ): CurationResult {
    let moved: { mentionsMoved: number; evidenceMoved: number };
    try {
      moved = this.db
        .transaction(() => {
          this.db
            .prepare(`INSERT INTO curation (op, rule, created_at) VALUES (?, ?, ?)`)
            .run(rule.op, JSON.stringify(rule), new Date().toISOString());
          return apply();
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    this.rules.add(rule);
    if (this.loaded) this.loadInto(this.loaded);
    return { rule, key, ...moved };
  }

  /**
   * Moves mentions, aliases and evidence ends from entity `from` to entity `to` (only those
   * whose surface form passes `filter`, for a split), re-keying relations, then deletes what
   * is left without support.
   */
  private moveRows(
    from: string,
    to: string,
    filter?: (surface: string) => boolean,
  ): { mentionsMoved: number; evidenceMoved: number } {
    const db = this.db;
    const keep = filter ?? (() => true);
    let mentionsMoved = 0;
    const mentions = db.prepare(`SELECT id, text FROM mentions WHERE entity_key = ?`).all(from) as {
      id: number;
      text: string;
    }[];
    const moveMention = db.prepare(`UPDATE mentions SET entity_key = ? WHERE id = ?`);
    for (const m of mentions) {
      if (keep(m.text)) {
        moveMention.run(to, m.id);
        mentionsMoved++;
      }
    }
    const aliases = db
      .prepare(`SELECT id, doc_id, alias FROM aliases WHERE entity_key = ?`)
      .all(from) as { id: number; doc_id: string; alias: string }[];
    const deleteAlias = db.prepare(`DELETE FROM aliases WHERE id = ?`);
    for (const a of aliases) {
      if (!keep(a.alias)) continue;
      deleteAlias.run(a.id);
      this.sql.insertAlias.run(to, a.doc_id, a.alias);
    }

    let evidenceMoved = 0;
    const relations = db
      .prepare(`SELECT * FROM relations WHERE subject = ? OR object = ?`)
      .all(from, from) as RelationRow[];
    const moveEvidence = db.prepare(
      `UPDATE evidence SET relation_key = ?, subject_start = ?, subject_end = ?, object_start = ?,
         object_end = ? WHERE id = ?`,
    );
    const deleteEvidence = db.prepare(`DELETE FROM evidence WHERE id = ?`);
    const touchedEdges = new Set<string>();
    for (const rel of relations) {
      touchedEdges.add(rel.key);
      const rows = this.sql.evidenceOf.all(rel.key) as EvidenceRow[];
      for (const row of rows) {
        const subjectText = spanText(row, row.subject_start, row.subject_end);
        const objectText = spanText(row, row.object_start, row.object_end);
        const moveSubject =
          rel.subject === from && (!filter || (subjectText !== undefined && keep(subjectText)));
        const moveObject =
          rel.object === from && (!filter || (objectText !== undefined && keep(objectText)));
        if (!moveSubject && !moveObject) continue;
        const predicate = rel.predicate as RelationType;
        const ends = canonicalEnds(
          moveSubject ? to : rel.subject,
          predicate,
          moveObject ? to : rel.object,
        );
        evidenceMoved++;
        if (ends.subject === ends.object) {
          deleteEvidence.run(row.id);
          continue;
        }
        const key = relationKey(ends.subject, predicate, ends.object);
        this.sql.insertRelation.run(key, ends.subject, predicate, ends.object, rel.label);
        touchedEdges.add(key);
        const [s0, s1, o0, o1] = ends.swapped
          ? [row.object_start, row.object_end, row.subject_start, row.subject_end]
          : [row.subject_start, row.subject_end, row.object_start, row.object_end];
        moveEvidence.run(key, s0, s1, o0, o1, row.id);
      }
    }
    this.deleteOrphans(new Set([from, to]), touchedEdges);
    return { mentionsMoved, evidenceMoved };
  }

  reload(): void {
    this.rules = new CurationRules(this.listCuration().map((c) => c.rule));
    if (this.loaded) this.loadInto(this.loaded);
  }

  listCuration(): CurationRecord[] {
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

  stats(): StoreStats {
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

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function emptySummary(): MergeSummary {
  return { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0, evidenceAdded: 0 };
}

/**
 * Writes one document's extraction to the store in one transaction and merges it into the
 * store's graph (see `Store.ingestExtraction`).
 */
export function ingestExtraction(
  store: Store,
  extraction: Extraction,
  meta: DocumentMeta,
  options?: { replace?: boolean },
): IngestResult {
  return store.ingestExtraction(extraction, meta, options);
}
