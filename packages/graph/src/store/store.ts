/**
 * The store interface: documents, entities, relations with their evidence, and curation rules,
 * behind one contract that every backend implements (SQLite today, the embedded default;
 * PostgreSQL next). Whatever touches the database returns a Promise, so an asynchronous client
 * fits the same shape; the in-memory projection (`graph`: topology plus light attributes, no
 * evidence) is plain graphology and synchronous, shared by every backend and kept in step with
 * the tables by the store's own writes.
 */
import type {
  EntityAttributes,
  EntityType,
  EvidenceRecord,
  Extraction,
  GraphCounts,
  MentionType,
  Modality,
  RelationAttributes,
  RelationType,
  RelationSupport,
  StoredDocument,
} from '@kg/schema';
import type { EvidenceDates } from './evidence-reads.js';
export type { EvidenceDates };
import type { CurationRule } from '../curation.js';
import type { DocumentMeta, MergeSummary, ResolvedDocument } from '../merge.js';
import type { ReadonlyStoreGraph } from '../query/graph.js';
import type { EntityDetails, EntityDetailsOptions } from '../query/entity.js';
import type { EntityResolution, SearchHit, SearchOptions } from '../query/search.js';
import type { GraphStats } from '../metrics.js';

export interface StoreOptions {
  /**
   * SQLite file (created when missing; `:memory:` for a throw-away store), or a PostgreSQL URL
   * (`postgres://user:password@host:5432/database`; the schema is created when missing).
   * Default `./kg.db`.
   */
  path?: string;
  /** Open without writing (no migrations; ingest and curation refuse). Default false. */
  readonly?: boolean;
  /**
   * Reader threads, each with a read-only connection of its own, for search, evidence,
   * document lists and graph stats, so the calling thread stays free while they run (a server
   * uses one). A backend may ignore it. Default 0: every read in the calling thread.
   */
  readers?: number;
  /**
   * Write documents' extractions on a thread of the store's own, with a connection of its own,
   * so the calling thread never holds a large document's transaction and commit (a server
   * uses one). A backend may ignore it. Default false: every write in the calling thread.
   */
  writer?: boolean;
}

export type { StoredDocument };

export type IngestStatus = 'new' | 'unchanged' | 'reextracted';

/** One document for `Store.ingestExtractions`. */
export interface ExtractionWrite {
  extraction: Extraction;
  meta: DocumentMeta;
  replace?: boolean;
}

export interface IngestResult extends MergeSummary {
  status: IngestStatus;
  docId: string;
  source: string;
}

/**
 * A document with the keys, labels, types and aliases its entities have in a store, and its
 * evidence as that store holds it: what a dump carries and `Store.restoreDocument` writes as is.
 */
export interface RestoredDocument extends ResolvedDocument {
  /** The text that was extracted, when the dumped store kept it. */
  text?: string;
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

/** What a curation rule touched: the documents to extract again when it is undone. */
export interface CurationScope {
  rule: CurationRule;
  /** Ids of the documents whose rows the rule moved or removed. */
  documents: string[];
}

/** A stored document extracted again: what goes back in when a curation rule is undone. */
export interface Reextraction {
  extraction: Extraction;
  /** `id` is the stored document's id; a text left out keeps the stored one. */
  meta: DocumentMeta;
}

/** The points an undo passes, inside its one transaction. */
export type UndoStep = 'rule-removed' | 'documents-removed' | 'documents-written';

export interface UndoOptions {
  /**
   * The documents of `curationScope`, extracted again: their stored versions go and these come
   * in, in the same transaction as the rule (all removed first, so none resolves onto rows the
   * rule had moved and another document still holds).
   */
  documents?: readonly Reextraction[];
  /**
   * Called inside the transaction after each step, before the commit: progress, and the place
   * a test stops the process to show that an undo cut short leaves the store as it was.
   */
  onStep?: (step: UndoStep) => void | Promise<void>;
}

export interface UndoResult {
  undone: CurationRecord;
  /** One result per document put back (status `reextracted`), in the order given. */
  documents: IngestResult[];
}

/** A document with its counts, as a documents list shows it. */
export interface DocumentSummary extends StoredDocument {
  entityCount: number;
  relationCount: number;
  textStored: boolean;
}

/** A document as a reader needs it: text, mentions and evidence at offsets of the original. */
export interface DocumentContent {
  document: StoredDocument;
  /** The text that was extracted; absent for documents stored before texts were kept. */
  text?: string;
  mentions: {
    start: number;
    end: number;
    text: string;
    mentionType: MentionType;
    entity: string;
    label: string;
    type: EntityType;
  }[];
  evidence: {
    start: number;
    end: number;
    sentence: string;
    key: string;
    predicate: RelationType;
    label?: string;
    subject: string;
    subjectLabel: string;
    object: string;
    objectLabel: string;
    modality: Modality;
    attribution?: string;
  }[];
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
  /** Size of the database file and its write-ahead log, or of the PostgreSQL database, in bytes (0 in memory). */
  bytes: number;
}

/** What `/api/health` reports: kept in memory, never counted from the tables on request. */
export interface StoreCounts {
  documents: number;
  entities: number;
  relations: number;
}

export interface DocumentListOptions {
  /** Only the documents that mention this entity (key), most recent first. */
  entity?: string;
  /** At most this many (default: all). */
  limit?: number;
  /** Skip this many first. */
  offset?: number;
}

/** Which evidence of a relation to read: modalities and a date range, and how many items. */
export interface EvidenceOptions {
  modalities?: readonly Modality[];
  /** ISO date: evidence dated on or after. */
  from?: string;
  /** ISO date: evidence dated on or before (a bare day includes the whole day). */
  to?: string;
  /** Items returned per relation, in the order they were stored (default: all). */
  limit?: number;
}

/** The evidence of one relation that passed the options, and how many passed in all. */
export interface RelationEvidence {
  evidence: EvidenceRecord[];
  /** Items that passed the filter, `limit` aside. */
  total: number;
}

/** An entity as the store holds it, with its degree and weighted degree. */
export interface StoredEntity extends EntityAttributes {
  id: string;
  /** Relations touching the entity, both directions. */
  degree: number;
  /** Sum of the weights of those relations. */
  weightedDegree: number;
}

/** A relation as the store holds it: ends and light attributes (no evidence). */
export interface StoredRelation {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
}

/** Relations around some entities, with the attributes of every entity they touch. */
export interface Neighborhood {
  entities: Map<string, EntityAttributes>;
  relations: StoredRelation[];
}

/** The best-connected entities, highest weighted degree first, and relations among them. */
export interface StrongestView {
  entities: { key: string; attributes: EntityAttributes; weightedDegree: number }[];
  /** Strongest first (weight, then key). */
  relations: StoredRelation[];
}

/** One evidence sentence found by a full-text search, with the relation it supports. */
export interface EvidenceHit extends EvidenceRecord {
  relation: string;
  source: string;
  target: string;
}

/** Entity details from the store: at most `relationLimit` relations, strongest first. */
export interface StoreEntityDetailsOptions extends EntityDetailsOptions {
  /** Relations returned (default all); the rest are counted in `moreRelations`. */
  relationLimit?: number;
}

/** A write another process (or another store object) committed, as `Store.watch` reports it. */
export interface StoreChange {
  /** The store's version after the write. */
  version: number;
  reason: 'ingest' | 'remove' | 'curation';
  /** The document ingested or removed ('' for curation). */
  docId: string;
  nodesAdded: number;
  edgesAdded: number;
  nodesRemoved: number;
  edgesRemoved: number;
}

export interface Store {
  /** Which backend holds the data. */
  readonly backend: 'sqlite' | 'postgres';
  /** Where the store lives (a file path, `:memory:`, a database URL with its password masked). */
  readonly path: string;
  readonly schemaVersion: number;
  readonly readonly: boolean;
  /**
   * Bumped by every write this store makes (and by `sync` when another process wrote):
   * derived values (weighted degrees, rankings, stats) are cached per version.
   */
  readonly version: number;

  /**
   * The in-memory projection: every entity and relation with light attributes (counts, weight,
   * modality, dates; no evidence), read once and kept in step with every later write. Typed
   * read-only: only the store changes it, so it never drifts from the tables.
   */
  loadGraph(): Promise<ReadonlyStoreGraph>;
  /** The projection once `loadGraph` has resolved; throws before. Read-only, as above. */
  readonly graph: ReadonlyStoreGraph;
  readonly graphLoaded: boolean;
  /** Documents, entities and relations, from memory (what health reports). */
  counts(): StoreCounts;

  /**
   * Whether a document with this id (content hash) is stored. SQLite answers from the last
   * commit without waiting for a write in progress, so a document that write adds counts only
   * once it has committed.
   */
  hasDocument(id: string): Promise<boolean>;
  /** A document by id, unique id prefix (at least 6 characters), source path or its end. */
  getDocument(ref: string): Promise<StoredDocument | undefined>;
  /** Documents in ingest order, or the documents mentioning one entity, most recent first. */
  listDocuments(options?: DocumentListOptions): Promise<StoredDocument[]>;
  /**
   * Writes one document's extraction in one transaction and brings the projection (if loaded)
   * in step. A document already stored is left alone (`unchanged`) unless `replace` is set,
   * when its old rows are replaced (`reextracted`).
   */
  ingestExtraction(
    extraction: Extraction,
    meta: DocumentMeta,
    options?: { replace?: boolean },
  ): Promise<IngestResult>;
  /**
   * Writes several documents' extractions in order, as `ingestExtraction` would one after
   * another, each settling to its result or its error: a document that fails leaves the store
   * as it was and the others go in. SQLite commits them in one transaction, which writes each
   * page they share once (one transaction each should any fail); PostgreSQL writes them one by
   * one.
   */
  ingestExtractions(
    items: readonly ExtractionWrite[],
  ): Promise<PromiseSettledResult<IngestResult>[]>;
  /**
   * Writes one document exactly as given, in one transaction: entity keys, labels, types and
   * aliases, mentions and evidence are taken as they are (no resolution, no curation rules, the
   * given type wins over the mentions' votes). What restoring a dump does, document after
   * document in the dumped order; a document already stored is left alone (`unchanged`).
   */
  restoreDocument(document: RestoredDocument): Promise<IngestResult>;
  /** Removes a document, its mentions and evidence, and any entity or relation left without support. */
  removeDocument(ref: string): Promise<RemoveResult>;
  /** Every document with its counts of entities and relations, most recently ingested first. */
  documentSummaries(): Promise<DocumentSummary[]>;
  /** A document with its text (when kept), mentions and evidence; undefined when unknown. */
  documentContent(ref: string): Promise<DocumentContent | undefined>;

  /** One entity, or undefined. */
  entity(key: string): Promise<StoredEntity | undefined>;
  /** One relation by key, or undefined. */
  relation(key: string): Promise<StoredRelation | undefined>;
  /** Entity key for a key or an unambiguous name or alias, else NOT_FOUND / CONFLICT. */
  findEntity(ref: string): Promise<string>;
  /** An id, exact name, exact alias (the better connected wins), else the best search hit. */
  resolveEntity(nameOrId: string): Promise<EntityResolution>;
  /** Ranked search over names and aliases, more central and more mentioned entities first. */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Full-text search over evidence sentences. */
  searchEvidence(query: string, options?: { limit?: number }): Promise<EvidenceHit[]>;
  /** An entity with its relations grouped by predicate and direction, and their evidence. */
  entityDetails(key: string, options?: StoreEntityDetailsOptions): Promise<EntityDetails>;
  /** The evidence of the given relations (unknown keys are left out of the map). */
  evidence(
    relationKeys: readonly string[],
    options?: EvidenceOptions,
  ): Promise<Map<string, RelationEvidence>>;

  /** Merges entity `from` into `into` (`into` keeps its key and label). */
  mergeEntities(into: string, from: string): Promise<CurationResult>;
  /** Moves the mentions of one alias of an entity to an entity of their own. */
  splitEntity(key: string, alias: string): Promise<CurationResult>;
  renameEntity(key: string, label: string): Promise<CurationResult>;
  /** Gives an entity another type (and the key that goes with it). */
  retypeEntity(key: string, type: EntityType): Promise<CurationResult>;
  /** Removes a relation and keeps it out of later ingests and re-extractions. */
  rejectRelation(key: string): Promise<CurationResult>;
  /** Marks a relation reviewed (and lifts an earlier rejection of it for later ingests). */
  acceptRelation(key: string): Promise<CurationResult>;
  listCuration(): Promise<CurationRecord[]>;
  /**
   * Puts a dump's curation rules back as they were (ids, times), without applying them: the
   * restored rows are already curated, and later ingests follow the rules. `CONFLICT` when the
   * store holds rules already.
   */
  restoreCuration(records: readonly CurationRecord[]): Promise<void>;
  /** A rule and the documents it touched (NOT_FOUND for an unknown id). */
  curationScope(id: number): Promise<CurationScope>;
  /**
   * Takes a rule out, in one transaction with the documents it touched: a rename's label goes
   * back at once; rows the rule moved come back through `options.documents`, the documents of
   * `curationScope` extracted again (what the server's undo passes), which replace their stored
   * versions. A failure or a kill at any point leaves the rule and every document as they were.
   * NOT_FOUND for an unknown rule or a document that is not stored.
   */
  undoCuration(id: number, options?: UndoOptions): Promise<UndoResult>;

  /**
   * Counts, distributions, components and the best-connected entities, as `stats(graph)` gives
   * them for the projection, computed from the tables (no projection needed) once per version.
   */
  graphStats(): Promise<GraphStats>;
  /**
   * The relations touching any of the given entities (light attributes, no evidence) and every
   * entity at their ends: what a traversal reads when the projection is not loaded.
   */
  neighborhood(keys: readonly string[]): Promise<Neighborhood>;
  /**
   * The `n` entities with the highest weighted degree (ties by key) and the strongest relations
   * among them, at most `maxRelations` (by weight, then key): the overview a viewer opens on,
   * read from the tables.
   */
  strongest(n: number, maxRelations: number): Promise<StrongestView>;

  /** Documents, sources and contradiction per relation (unknown keys are left out). */
  relationSupport(relationKeys: readonly string[]): Promise<Map<string, RelationSupport>>;
  /**
   * Dated evidence aggregated per relation, document day and modality, and the number of
   * undated items: what a timeline and exact date filters read. Dates are the documents' own.
   */
  evidenceDates(): Promise<EvidenceDates>;

  /** A derived value cached in the store for the current version (e.g. graph stats), if any. */
  readCache<T>(name: string): Promise<T | undefined>;
  /** Keeps a derived value for the current version (a read-only store keeps it in memory). */
  writeCache(name: string, value: unknown): Promise<void>;

  /**
   * Catches up with writes made by another process (another connection to the same file):
   * re-reads counts, curation rules and, if loaded, the projection. Returns whether anything
   * had changed.
   */
  sync(): Promise<boolean>;
  /**
   * Hears every write committed by another process or store object from now on and calls
   * `onChange` with it (`undefined` when writes may have been missed, after a lost connection
   * came back); `sync` then catches up. Resolves once listening, to a function that stops.
   * Backends that cannot be told leave it out (callers poll `sync`).
   */
  watch?(
    onChange: (change: StoreChange | undefined) => void,
    onError?: (err: Error) => void,
  ): Promise<() => Promise<void>>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** Whether a store path names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(path: string): boolean {
  return /^postgres(ql)?:\/\//iu.test(path);
}

/** Counts and distributions the graph stats and the stats endpoint share. */
export type { GraphCounts };
