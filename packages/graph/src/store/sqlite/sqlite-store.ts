/**
 * The embedded store: one SQLite file (better-sqlite3, WAL, foreign keys) holding documents,
 * entities with their names, aliases and mentions, relations with their evidence, curation
 * rules, full-text indexes, tallies and a version counter. Every document is written in one
 * transaction (resolved, inside it, against the entities its names can mean: indexed look-ups,
 * never the whole graph), so a failure or a kill leaves the store as it was before that
 * document. The in-memory projection is read on request (`loadGraph`) from columns ingest keeps,
 * and kept in step by every later write. What both backends do alike lives in `../sql-store.ts` and
 * the shared modules it uses; this class holds the connection, the state and the transactions.
 */
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import type { Extraction, RelationSupport, StoredDocument } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { CurationRule } from '../../curation.js';
import type { DocumentMeta } from '../../merge.js';
import { documentRecord } from '../../merge.js';
import { CurationRules } from '../../curation.js';
import type { GraphStats } from '../../metrics.js';
import type { EntityResolution, SearchHit, SearchOptions } from '../../query/search.js';
import { Tallies } from '../aggregates.js';
import type { ReadonlyStoreGraph } from '../../query/graph.js';
import { readonlyView } from '../../query/graph.js';
import type {
  CurationRecord,
  CurationResult,
  DocumentListOptions,
  EvidenceHit,
  EvidenceOptions,
  ExtractionWrite,
  IngestResult,
  RelationEvidence,
  RemoveResult,
  Store,
  StoreCounts,
  StoreStats,
  StrongestView,
  UndoOptions,
  UndoResult,
} from '../store.js';
import type { Change } from '../curation-rows.js';
import { newChange, undoRenameRows } from '../curation-rows.js';
import { addTouched, putBack, removeReplaced } from '../undo.js';
import type { Sql } from '../sql.js';
import { readProjection, refreshProjection } from '../projection.js';
import { COMPONENT_TALLIES } from '../aggregates.js';
import type { Partition } from './components.js';
import { writeComponents } from './components.js';
import { Reads } from './reads.js';
import { ReaderGone, ReaderPool } from './reader-pool.js';
import type { ReadMethod } from './reader-pool.js';
import type { SqliteContext } from './statements.js';
import { prepareStatements, storeError, yieldToLoop } from './statements.js';
import type { Touched } from '../rows.js';
import { emptySummary } from '../rows.js';
import { SqliteRunner } from './run.js';
import { changesBetween, recordChange } from '../changes.js';
import { SqlStore } from '../sql-store.js';
import { Writes } from './writes.js';
import type { ThreadWrite } from './writer-thread.js';
import { WriterGone, WriterThread } from './writer-thread.js';
import type { DocumentInput, DocumentWrite } from '../write-document.js';

/** The store's version before and after a write. */
interface Versions {
  before: number;
  after: number;
}

/** Rows per page while loading the projection. */
const PROJECTION_PAGE = 500;

/** The connection's page cache while the projection loads (`PRAGMA cache_size`: 4 MB). */
const LOADING_CACHE_SIZE = -4096;

/**
 * The longest a document write holds the event loop before letting it turn (the write's
 * transaction stays open): a server's health answers within about this while a large document
 * is written.
 */
const WRITE_SLICE_MS = 8;

export class SqliteStore extends SqlStore implements Store {
  readonly backend = 'sqlite' as const;
  private readonly ctx: SqliteContext;
  private readonly reads: Reads;
  private readonly writes: Writes;
  private currentVersion: number;
  private dataVersion: number;
  private countsNow: StoreCounts;
  private readonly memoryCache = new Map<string, { version: number; value: unknown }>();
  private readonly readers: ReaderPool | undefined;
  /** The thread documents' extractions are written on, when the store was opened with one. */
  private readonly writer: WriterThread | undefined;
  /**
   * The document write in progress, if any: it holds a transaction open across turns of the
   * event loop (`WRITE_SLICE_MS` at a time), so every other use of the connection waits for it
   * (`idle`), and document writes queue behind each other (`writeQueue`).
   */
  private writing: Promise<unknown> | undefined;
  private writeQueue: Promise<unknown> = Promise.resolve();
  /**
   * A second, read-only connection that answers `hasDocument` while a write holds this one
   * (opened on first need; absent for an in-memory store, or when it could not be opened).
   */
  private peek: { db: Db; has: Statement<[string], unknown> } | null | undefined;

  constructor(
    private readonly db: Db,
    readonly path: string,
    readonly schemaVersion: number,
    readonly readonly: boolean,
    readers = 0,
    writer = false,
  ) {
    super();
    const sql = prepareStatements(db);
    this.ctx = {
      db,
      sql,
      run: new SqliteRunner(db),
      path,
      rules: new CurationRules(),
      version: () => this.currentVersion,
    };
    this.reads = new Reads(this.ctx);
    this.writes = new Writes(this.ctx);
    this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
    this.currentVersion = sql.version.get() as number;
    this.dataVersion = db.pragma('data_version', { simple: true }) as number;
    this.countsNow = this.countRows();
    // Reader threads need a file of their own to open.
    if (readers > 0 && path !== ':memory:' && path !== '') {
      this.readers = new ReaderPool(path, readers);
      // A reader thread checkpoints the write-ahead log after each write (`checkpointAside`).
      if (this.readers.available && !readonly) db.pragma('wal_autocheckpoint = 0');
    }
    // The writer thread too.
    if (writer && !readonly && path !== ':memory:' && path !== '') {
      this.writer = new WriterThread(path);
    }
  }

  /**
   * After a committed write: copies the write-ahead log into the database file on a reader
   * thread, not here — a large document's checkpoint holds the thread that runs it for as long
   * as its commit. Without a reader thread (or once it is gone) SQLite checkpoints as it
   * commits, as usual.
   */
  private checkpointAside(): void {
    if (this.readonly || !this.readers) return;
    if (this.readers.available) this.readers.checkpoint();
    else if (this.db.pragma('wal_autocheckpoint', { simple: true }) === 0) {
      this.db.pragma('wal_autocheckpoint = 1000');
    }
  }

  /**
   * Waits until no document write holds the connection. Call it right before a synchronous use
   * of the connection (no await in between), so nothing runs inside that write's transaction.
   */
  private async idle(): Promise<void> {
    while (this.writing) await this.writing.catch(() => undefined);
  }

  /**
   * A read on a reader thread when one has started, else (none, still starting, or it fails)
   * in this thread.
   */
  private async offload<M extends ReadMethod>(
    method: M,
    ...args: Parameters<Reads[M]>
  ): Promise<Awaited<ReturnType<Reads[M]>>> {
    if (this.readers?.ready) {
      try {
        return await this.readers.read(method, this.currentVersion, ...args);
      } catch (err) {
        if (!(err instanceof ReaderGone)) throw err;
      }
    }
    await this.idle();
    const read = this.reads[method] as (
      ...a: Parameters<Reads[M]>
    ) => Promise<Awaited<ReturnType<Reads[M]>>>;
    return read.apply(this.reads, args);
  }

  /**
   * Whether a document is stored, as of the last commit. While a write holds the connection the
   * answer comes from a second connection at once instead of after the write (an ingest plans
   * its next documents, and so keeps the extractor busy, while it writes the last ones); a
   * document the write in progress adds is not stored until it commits.
   */
  override async hasDocument(id: string): Promise<boolean> {
    if (this.writing) {
      const peek = this.peekConnection();
      if (peek) {
        try {
          return peek.has.get(id) !== undefined;
        } catch {
          // Busy or gone: the connection's own answer, after the write.
        }
      }
    }
    return super.hasDocument(id);
  }

  private peekConnection(): { db: Db; has: Statement<[string], unknown> } | null {
    if (this.peek !== undefined) return this.peek;
    this.peek = null;
    if (this.path === ':memory:' || this.path === '') return null;
    try {
      const db = new Database(this.path, { readonly: true, fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      db.pragma('cache_size = -1024');
      this.peek = { db, has: db.prepare<[string]>(`SELECT 1 FROM documents WHERE id = ?`) };
    } catch {
      // Stays null: reads wait for the write as before.
    }
    return this.peek;
  }

  protected async read<T>(work: Sql<T>): Promise<T> {
    await this.idle();
    try {
      return this.ctx.run.run(work);
    } catch (err) {
      throw storeError(this.path, err);
    }
  }

  protected get rules(): CurationRules {
    return this.ctx.rules;
  }

  get version(): number {
    return this.currentVersion;
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

  async loadGraph(): Promise<ReadonlyStoreGraph> {
    if (this.projection && !this.loading) return readonlyView(this.projection);
    // Pages of a few milliseconds with the event loop running between them: a server answers
    // while it loads. The load reads both tables once, in order: a page cache gains it nothing,
    // so the connection's is kept small meanwhile (a full one is 64 MB that stays resident).
    if (!this.loading) {
      const cacheSize = this.db.pragma('cache_size', { simple: true }) as number;
      this.db.pragma(`cache_size = ${LOADING_CACHE_SIZE}`);
      this.loading = readProjection(PROJECTION_PAGE, async (work) => {
        await yieldToLoop();
        return this.ctx.run.run(work);
      })
        .then((graph) => {
          this.projection = graph;
          return graph;
        })
        .finally(() => {
          this.loading = undefined;
          if (this.db.open) this.db.pragma(`cache_size = ${cacheSize}`);
        });
    }
    return readonlyView(await this.loading);
  }

  async listDocuments(options: DocumentListOptions = {}): Promise<StoredDocument[]> {
    return this.offload('listDocuments', options);
  }

  /**
   * One document in one transaction, unless it is stored already and not to be replaced. The
   * transaction is run in slices (`WRITE_SLICE_MS`), the event loop free between them, so a
   * large document does not stall a server; writes queue, and other uses of the connection
   * wait (`idle`) until the write has committed and the in-memory state caught up.
   */
  protected async write(
    input: DocumentInput,
    id: string,
    source: string,
    replace: boolean,
  ): Promise<IngestResult> {
    const queued = this.writeQueue.then(() => this.writeNow(input, id, source, replace));
    this.writeQueue = queued.catch(() => undefined);
    return queued;
  }

  /**
   * Several documents in one transaction, run in slices like `write`: one commit writes the
   * pages they share once, the full-text indexes gain one segment instead of one per document,
   * and the projection and counts catch up once. Should any document fail, the transaction is
   * rolled back and the documents are written one by one instead, each in its own transaction
   * (so a failed document is left out alone, as with `ingestExtraction`): a savepoint per
   * document would copy every page a document first touches into SQLite's sub-journal, which
   * costs what the commits it saves cost. With a writer thread (a server) they go one by one
   * on it.
   */
  override async ingestExtractions(
    items: readonly ExtractionWrite[],
  ): Promise<PromiseSettledResult<IngestResult>[]> {
    this.assertWritable('graph.ingest');
    if (items.length <= 1 || this.writer?.available) return super.ingestExtractions(items);
    const queued = this.writeQueue.then(async () => {
      const together = await this.writeBatchNow(items);
      if (together) return together;
      const results: PromiseSettledResult<IngestResult>[] = [];
      for (const { extraction, meta, replace = false } of items) {
        try {
          if (!meta.id) {
            throw new KgError(
              'INVALID_ARGUMENT',
              'graph.ingest: a document needs an id (its content hash).',
            );
          }
          const source = documentRecord(extraction, meta).source;
          const value = await this.writeNow({ extraction, meta }, meta.id, source, replace);
          results.push({ status: 'fulfilled', value });
        } catch (reason) {
          results.push({ status: 'rejected', reason });
        }
      }
      return results;
    });
    this.writeQueue = queued.catch(() => undefined);
    return queued;
  }

  /** The batch in one transaction; undefined when anything failed (nothing was committed). */
  private async writeBatchNow(
    items: readonly ExtractionWrite[],
  ): Promise<PromiseSettledResult<IngestResult>[] | undefined> {
    if (this.loading) await this.loading;
    await this.idle();
    return this.holding(async () => {
      const results: PromiseSettledResult<IngestResult>[] = [];
      const touched: Touched = { entities: new Set(), relations: new Set() };
      const added = { documents: 0, entities: 0, relations: 0 };
      let versions: Versions | undefined;
      // The batch's tally deltas, applied once before it commits.
      const tallies = new Tallies();
      try {
        this.db.exec('BEGIN IMMEDIATE');
        for (const { extraction, meta, replace = false } of items) {
          const id = meta.id;
          if (!id) return undefined;
          const num = this.ctx.sql.documentNum.get(id) as number | undefined;
          if (num !== undefined && !replace) {
            const source = documentRecord(extraction, meta).source;
            const value: IngestResult = {
              docId: id,
              source,
              status: 'unchanged',
              ...emptySummary(),
            };
            results.push({ status: 'fulfilled', value });
            continue;
          }
          const written = await this.writes.writeDocumentSliced(
            { extraction, meta },
            num,
            WRITE_SLICE_MS,
            tallies,
          );
          const bumped = this.bump(written.touched);
          versions = { before: versions?.before ?? bumped.before, after: bumped.after };
          for (const key of written.touched.entities) touched.entities.add(key);
          for (const key of written.touched.relations) touched.relations.add(key);
          added.documents += written.added.documents ?? 0;
          added.entities += written.added.entities ?? 0;
          added.relations += written.added.relations ?? 0;
          results.push({ status: 'fulfilled', value: written.result });
        }
        this.writes.applyTallies(tallies);
        this.db.exec('COMMIT');
      } catch {
        return undefined;
      } finally {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
      }
      if (versions) await this.afterWrite(touched, added, versions);
      return results;
    });
  }

  private async writeNow(
    input: DocumentInput,
    id: string,
    source: string,
    replace: boolean,
  ): Promise<IngestResult> {
    if (this.loading) await this.loading;
    await this.idle();
    const unchanged: IngestResult = { docId: id, source, status: 'unchanged', ...emptySummary() };
    if (!replace && this.ctx.sql.documentNum.get(id) !== undefined) return unchanged;
    if ('extraction' in input && this.writer?.available) {
      const { extraction, meta } = input;
      const written = await this.holding(() => this.writeOnThread(extraction, meta, id, replace));
      if (written !== 'gone') return written ?? unchanged;
      // The writer thread is lost: its write did not commit, or `sync` brought it in.
      if (!replace && this.ctx.sql.documentNum.get(id) !== undefined) return unchanged;
    }
    const outcome = await this.holding(async () => {
      const written = await this.writeSliced(input, id, replace);
      if (written) await this.afterWrite(written.touched, written.added, written.versions);
      return written;
    });
    return outcome?.result ?? unchanged;
  }

  /**
   * A document's write on the writer thread, then the bookkeeping `afterWrite` does for a write
   * of this thread's own. `'gone'` when the thread was lost (the store caught up with whatever
   * it committed): the caller writes the document itself. Inside `holding`.
   */
  private async writeOnThread(
    extraction: Extraction,
    meta: DocumentMeta,
    id: string,
    replace: boolean,
  ): Promise<IngestResult | null | 'gone'> {
    let written: ThreadWrite | null;
    try {
      written = await (this.writer as WriterThread).write(extraction, meta, id, replace);
    } catch (err) {
      if (!(err instanceof WriterGone)) throw err;
      await this.syncNow();
      return 'gone';
    }
    if (!written) return null;
    const touched: Touched = {
      entities: new Set(written.entities),
      relations: new Set(written.relations),
    };
    await this.afterWrite(touched, written.added, written.versions);
    return written.result;
  }

  /**
   * Runs `work` as the write in progress (`writing`): every other use of the connection waits
   * for it (`idle`). Call it right after `idle`, with nothing awaited in between.
   */
  private async holding<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.writing = running;
    try {
      return await running;
    } finally {
      if (this.writing === running) this.writing = undefined;
    }
  }

  /** The transaction of `write`, begun and ended by hand since it spans turns of the loop. */
  private async writeSliced(
    input: DocumentInput,
    id: string,
    replace: boolean,
  ): Promise<(DocumentWrite & { versions: Versions }) | null> {
    try {
      // IMMEDIATE: another process ingesting the same file cannot slip in between the check
      // and the write; if it got there first, the document is unchanged.
      this.db.exec('BEGIN IMMEDIATE');
    } catch (err) {
      throw storeError(this.path, err);
    }
    try {
      const num = this.ctx.sql.documentNum.get(id) as number | undefined;
      if (num !== undefined && !replace) {
        this.db.exec('COMMIT');
        return null;
      }
      const written = await this.writes.writeDocumentSliced(input, num, WRITE_SLICE_MS);
      const versions = this.bump(written.touched);
      this.db.exec('COMMIT');
      return { ...written, versions };
    } catch (err) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw storeError(this.path, err);
    }
  }

  /** Inside a write: bumps the version and logs what the write touched under it. */
  private bump(touched: Touched): Versions {
    const before = this.ctx.sql.version.get() as number;
    this.ctx.sql.bumpVersion.run();
    this.ctx.run.run(recordChange(before + 1, touched));
    return { before, after: before + 1 };
  }

  /**
   * Bookkeeping after a committed write: projection, then version and counts. When another
   * connection wrote since this store last looked, what it touched comes in too (from the
   * change log). The projection is refreshed in slices (a large document touches tens of
   * thousands of rows), the event loop free between them: a view computed meanwhile may show
   * part of the write, and is cached under the version before it, which moves only once the
   * refresh is complete. Inside `holding`.
   */
  private async afterWrite(
    touched: Touched,
    added: Partial<StoreCounts>,
    versions: Versions,
  ): Promise<void> {
    if (versions.before !== this.currentVersion) {
      await this.catchUp(versions.after);
      return;
    }
    if (this.projection) {
      await this.ctx.run.runSliced(refreshProjection(this.projection, touched), WRITE_SLICE_MS);
    }
    this.currentVersion = versions.after;
    this.countsNow = {
      documents: this.countsNow.documents + (added.documents ?? 0),
      entities: this.countsNow.entities + (added.entities ?? 0),
      relations: this.countsNow.relations + (added.relations ?? 0),
    };
    this.checkpointAside();
  }

  /**
   * Brings this store up to `version`: rules and counts read again, and the projection
   * refreshed with what the writes in between touched (the change log, in slices as after a
   * write of its own), or reloaded when the log does not reach back that far. Inside `holding`.
   */
  private async catchUp(version: number): Promise<void> {
    if (this.loading) await this.loading;
    const touched = this.projection
      ? this.ctx.run.run(changesBetween(this.currentVersion, version))
      : undefined;
    if (this.projection && touched) {
      await this.ctx.run.runSliced(refreshProjection(this.projection, touched), WRITE_SLICE_MS);
    }
    this.currentVersion = version;
    this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
    this.countsNow = this.countRows();
    if (this.projection && !touched) {
      this.projection = undefined;
      await this.loadGraph();
    }
  }

  async removeDocument(ref: string): Promise<RemoveResult> {
    this.assertWritable('graph.removeDocument');
    if (this.loading) await this.loading;
    await this.idle();
    const doc = this.reads.findDocument(ref);
    if (!doc) throw new KgError('NOT_FOUND', `graph.removeDocument: document "${ref}" not found.`);
    const touched: Touched = { entities: new Set(), relations: new Set() };
    let removed: { entities: number; relations: number; versions: Versions };
    try {
      removed = this.db
        .transaction(() => {
          const num = this.ctx.sql.documentNum.get(doc.id) as number;
          const tallies = new Tallies();
          const result = this.writes.deleteDocumentRows(num, touched, tallies);
          this.writes.applyTallies(tallies);
          return { ...result, versions: this.bump(touched) };
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    await this.holding(() =>
      this.afterWrite(
        touched,
        { documents: -1, entities: -removed.entities, relations: -removed.relations },
        removed.versions,
      ),
    );
    return {
      docId: doc.id,
      source: doc.source,
      mentionsRemoved: doc.mentions,
      evidenceRemoved: doc.evidence,
      nodesRemoved: removed.entities,
      edgesRemoved: removed.relations,
    };
  }

  async resolveEntity(nameOrId: string): Promise<EntityResolution> {
    await this.idle();
    return this.reads.resolveEntity(nameOrId);
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.offload('search', query, options);
  }

  async searchEvidence(query: string, options: { limit?: number } = {}): Promise<EvidenceHit[]> {
    return this.offload('searchEvidence', query, options);
  }

  async evidence(
    relationKeys: readonly string[],
    options: EvidenceOptions = {},
  ): Promise<Map<string, RelationEvidence>> {
    return this.offload('evidence', relationKeys, options);
  }

  async graphStats(): Promise<GraphStats> {
    await this.idle();
    const cached = await this.readCache<GraphStats>('graph-stats');
    if (cached) return cached;
    const version = this.currentVersion;
    // Kept components make the stats a few small reads, cheaper here than a message away.
    const kept =
      ((this.ctx.sql.tally.get(COMPONENT_TALLIES.stale) as number | undefined) ?? 0) === 0;
    if (kept) await this.idle();
    const { stats, partition } = kept
      ? await this.reads.computeGraphStats()
      : await this.offload('computeGraphStats');
    if (partition) this.keepComponents(partition, version);
    if (this.currentVersion === version) await this.writeCache('graph-stats', stats);
    return stats;
  }

  /**
   * Components counted from the tables (they were stale) kept again, so later stats read them
   * from the tallies: only by a writable store, and only when no write came in between.
   */
  private keepComponents(partition: Partition, version: number): void {
    if (this.readonly || this.currentVersion !== version || this.writing) return;
    try {
      this.db
        .transaction(() => {
          if ((this.ctx.sql.version.get() as number) !== version) return;
          writeComponents(this.db, partition);
        })
        .immediate();
    } catch {
      // Busy or read-only file: the next stats pass counts them again.
    }
  }

  override async strongest(n: number, maxRelations: number): Promise<StrongestView> {
    // On the reader thread: the overview's read at start-up, beside the stats and the projection.
    return this.offload('strongest', n, maxRelations);
  }

  override async relationSupport(keys: readonly string[]): Promise<Map<string, RelationSupport>> {
    // On the reader thread: one query per relation, off the event loop.
    return this.offload('relationSupport', keys);
  }

  async undoCuration(id: number, options: UndoOptions = {}): Promise<UndoResult> {
    this.assertWritable('graph.undoCuration');
    if (this.loading) await this.loading;
    const queued = this.writeQueue.then(() => this.undoNow(id, options));
    this.writeQueue = queued.catch(() => undefined);
    return queued;
  }

  /**
   * The undo as one transaction, begun and ended by hand: it spans turns of the event loop
   * (the documents are written in slices, and `onStep` may wait).
   */
  private async undoNow(id: number, options: UndoOptions): Promise<UndoResult> {
    await this.idle();
    return this.holding(async () => {
      const record = this.readCuration().find((c) => c.id === id);
      if (!record) {
        throw new KgError('NOT_FOUND', `graph.undoCuration: no curation rule ${id}.`);
      }
      const touched: Touched = { entities: new Set(), relations: new Set() };
      const added = { documents: 0, entities: 0, relations: 0 };
      const documents: IngestResult[] = [];
      let versions: Versions;
      try {
        this.db.exec('BEGIN IMMEDIATE');
      } catch (err) {
        throw storeError(this.path, err);
      }
      try {
        this.db.prepare(`DELETE FROM curation WHERE id = ?`).run(id);
        this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
        const tallies = new Tallies();
        const { rule } = record;
        if (rule.op === 'rename') {
          this.ctx.run.run(undoRenameRows(this.writes.shared(), rule, touched, tallies));
        }
        await options.onStep?.('rule-removed');
        const removed = this.ctx.run.run(
          removeReplaced(this.writes.shared(), options.documents ?? [], touched, tallies),
        );
        this.writes.applyTallies(tallies);
        added.entities -= removed.entities;
        added.relations -= removed.relations;
        await options.onStep?.('documents-removed');
        for (const input of removed.inputs) {
          const written = await this.writes.writeDocumentSliced(input, undefined, WRITE_SLICE_MS);
          addTouched(touched, written.touched);
          added.entities += written.added.entities ?? 0;
          added.relations += written.added.relations ?? 0;
          documents.push(putBack(written));
        }
        await options.onStep?.('documents-written');
        versions = this.bump(touched);
        this.db.exec('COMMIT');
      } catch (err) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
        throw storeError(this.path, err);
      }
      await this.afterWrite(touched, added, versions);
      return { undone: record, documents };
    });
  }

  /**
   * Records a rule and applies it to the stored rows in one transaction (the rows it moves,
   * then the aggregates of everything it touched), then brings the projection in step.
   */
  protected async curate(
    rule: CurationRule,
    key: string,
    apply: (change: Change) => Sql<void>,
  ): Promise<CurationResult> {
    if (this.loading) await this.loading;
    await this.idle();
    const change = newChange(new Tallies());
    // The rule applies while the rows move (a retype pins the type the aggregates keep).
    this.ctx.rules.add(rule);
    let removed: { entities: number; relations: number; versions: Versions };
    try {
      removed = this.db
        .transaction(() => {
          this.ctx.sql.insertCuration.run(rule.op, JSON.stringify(rule), new Date().toISOString());
          this.ctx.run.run(apply(change));
          const gone = this.writes.recompute(
            change.entities,
            change.relations,
            change.touched,
            change.tallies,
          );
          this.writes.applyTallies(change.tallies);
          return { ...gone, versions: this.bump(change.touched) };
        })
        .immediate();
    } catch (err) {
      this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
      throw storeError(this.path, err);
    }
    await this.holding(() =>
      this.afterWrite(
        change.touched,
        {
          entities: change.created.entities - removed.entities,
          relations: change.created.relations - removed.relations,
        },
        removed.versions,
      ),
    );
    return {
      rule,
      key,
      mentionsMoved: change.mentionsMoved,
      evidenceMoved: change.evidenceMoved,
    };
  }

  async listCuration(): Promise<CurationRecord[]> {
    await this.idle();
    return this.readCuration();
  }

  async restoreCuration(records: readonly CurationRecord[]): Promise<void> {
    this.assertWritable('graph.restoreCuration');
    if (this.loading) await this.loading;
    await this.idle();
    if (this.readCuration().length > 0) {
      throw new KgError(
        'CONFLICT',
        `graph.restoreCuration: ${this.path} holds curation rules already.`,
      );
    }
    // The rows are curated already: nothing in the graph changes, but the version moves (and
    // the log keeps it, empty), so other connections read the rules again.
    const touched: Touched = { entities: new Set(), relations: new Set() };
    let versions: Versions;
    try {
      versions = this.db
        .transaction(() => {
          const insert = this.db.prepare(
            `INSERT INTO curation (id, op, rule, created_at) VALUES (?, ?, ?, ?)`,
          );
          for (const r of records) insert.run(r.id, r.rule.op, JSON.stringify(r.rule), r.createdAt);
          return this.bump(touched);
        })
        .immediate();
    } catch (err) {
      throw storeError(this.path, err);
    }
    this.ctx.rules = new CurationRules(this.readCuration().map((c) => c.rule));
    await this.holding(() => this.afterWrite(touched, {}, versions));
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

  async readCache<T>(name: string): Promise<T | undefined> {
    await this.idle();
    const memory = this.memoryCache.get(`cache:${name}`);
    if (memory && memory.version === this.currentVersion) return memory.value as T;
    const row = this.ctx.sql.readCache.get(name) as { version: number; value: string } | undefined;
    if (!row || row.version !== this.currentVersion) return undefined;
    const value = JSON.parse(row.value) as T;
    this.memoryCache.set(`cache:${name}`, { version: this.currentVersion, value });
    return value;
  }

  async writeCache(name: string, value: unknown): Promise<void> {
    // The value was computed at the version of the call: a write that lands meanwhile makes
    // it stale, not current.
    const version = this.currentVersion;
    await this.idle();
    if (this.currentVersion !== version) return;
    this.memoryCache.set(`cache:${name}`, { version, value });
    if (this.readonly) return;
    try {
      this.ctx.sql.writeCache.run(name, version, JSON.stringify(value));
    } catch {
      // A cache that cannot be written (store busy elsewhere) is recomputed next time.
    }
  }

  async sync(): Promise<boolean> {
    await this.idle();
    return this.syncNow();
  }

  /** `sync` once nothing else uses the connection (or inside `holding`). */
  private async syncNow(): Promise<boolean> {
    const dataVersion = this.db.pragma('data_version', { simple: true }) as number;
    if (dataVersion === this.dataVersion) return false;
    this.dataVersion = dataVersion;
    const version = this.ctx.sql.version.get() as number;
    if (version === this.currentVersion) return false;
    if (this.writing) await this.catchUp(version);
    else await this.holding(() => this.catchUp(version));
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
    await this.writeQueue;
    await this.writer?.close();
    await this.readers?.close();
    if (this.peek?.db.open) this.peek.db.close();
    if (this.db.open) this.db.close();
  }
}
