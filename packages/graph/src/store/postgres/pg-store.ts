/**
 * The shared store: a PostgreSQL database (node-postgres pool) holding what the SQLite store
 * holds, in the same shape. Every write is one transaction holding one advisory lock (one
 * writer at a time across every process and machine, as SQLite's IMMEDIATE transactions give
 * one file), so resolution against the rows a document's names can mean stays correct however
 * many workers merge at once; the transaction bumps the version and notifies `kg_changes`, which
 * other processes' `watch` hears (LISTEN) and answer with `sync`. What both backends do alike
 * lives in `../sql-store.ts` and the shared modules it uses; this class holds the pool, the
 * state, the transactions and the listener.
 */
import { randomUUID } from 'node:crypto';
import type { Notification, Pool, PoolClient } from 'pg';
import type { StoredDocument } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { CurationRule } from '../../curation.js';
import { CurationRules } from '../../curation.js';
import type { GraphStats } from '../../metrics.js';
import type { ReadonlyStoreGraph } from '../../query/graph.js';
import { readonlyView } from '../../query/graph.js';
import type { EntityResolution, SearchHit, SearchOptions } from '../../query/search.js';
import { Tallies } from '../aggregates.js';
import type {
  CurationRecord,
  CurationResult,
  DocumentListOptions,
  EvidenceHit,
  EvidenceOptions,
  IngestResult,
  RelationEvidence,
  RemoveResult,
  Store,
  StoreChange,
  StoreCounts,
  StoreStats,
  UndoOptions,
  UndoResult,
} from '../store.js';
import type { PgContext } from './context.js';
import { CHANGES_CHANNEL, SQL, WRITE_LOCK, row, rows, storeError } from './context.js';
import type { PgPartition } from './components.js';
import { writeComponents } from './components.js';
import type { Change } from '../curation-rows.js';
import { newChange, undoRenameRows } from '../curation-rows.js';
import { addTouched, putBack, removeReplaced } from '../undo.js';
import type { Sql } from '../sql.js';
import { runOn } from './run.js';
import { changesBetween, recordChange } from '../changes.js';
import { SqlStore } from '../sql-store.js';
import { readProjection, refreshProjection } from '../projection.js';
import { Reads } from './reads.js';
import type { Touched } from '../rows.js';
import { emptySummary } from '../rows.js';
import { Writes } from './writes.js';
import type { DocumentInput } from '../write-document.js';

/** What a write transaction saw and left: the version before and after, counts at commit. */
/** What a write announces on `kg_changes`. */
interface ChangeMessage extends StoreChange {
  schema: string;
  origin: string;
}

interface Committed<T> {
  value: T;
  before: number;
  after: number;
  counts: StoreCounts;
}

/** Rows per page while loading the projection. */
const PROJECTION_PAGE = 20_000;

/** The change a curation announces when it adds or removes no node or edge. */
function curationWithoutRows(): Omit<StoreChange, 'version'> {
  return {
    reason: 'curation',
    docId: '',
    nodesAdded: 0,
    edgesAdded: 0,
    nodesRemoved: 0,
    edgesRemoved: 0,
  };
}

export class PostgresStore extends SqlStore implements Store {
  readonly backend = 'postgres' as const;
  private readonly ctx: PgContext;
  private readonly reads: Reads;
  private readonly writes: Writes;
  private currentVersion: number;
  private countsNow: StoreCounts;
  /** The highest curation row id the rules in memory include. */
  private rulesSeen = 0;
  private readonly memoryCache = new Map<string, { version: number; value: unknown }>();
  private listener: PoolClient | undefined;
  /** Tells this store's own notifications from those of other processes. */
  private readonly origin = randomUUID();

  constructor(
    private readonly pool: Pool,
    readonly path: string,
    readonly schemaVersion: number,
    readonly readonly: boolean,
    state: { schema: string; version: number; counts: StoreCounts; rules: CurationRecord[] },
  ) {
    super();
    this.ctx = {
      pool,
      where: path,
      schema: state.schema,
      rules: new CurationRules(state.rules.map((c) => c.rule)),
      version: () => this.currentVersion,
    };
    this.rulesSeen = state.rules.reduce((max, c) => Math.max(max, c.id), 0);
    this.reads = new Reads(this.ctx);
    this.writes = new Writes(this.ctx);
    this.currentVersion = state.version;
    this.countsNow = state.counts;
  }

  get version(): number {
    return this.currentVersion;
  }

  counts(): StoreCounts {
    return { ...this.countsNow };
  }

  async loadGraph(): Promise<ReadonlyStoreGraph> {
    if (this.projection && !this.loading) return readonlyView(this.projection);
    this.loading ??= readProjection(PROJECTION_PAGE, (work) => runOn(this.pool, work))
      .then((graph) => {
        this.projection = graph;
        return graph;
      })
      .catch((err: unknown) => {
        throw storeError(this.path, err);
      })
      .finally(() => {
        this.loading = undefined;
      });
    return readonlyView(await this.loading);
  }

  protected read<T>(work: Sql<T>): Promise<T> {
    return this.guard(() => runOn(this.pool, work));
  }

  protected get rules(): CurationRules {
    return this.ctx.rules;
  }

  /** Runs a read, turning a database failure into STORE_ERROR. */
  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      throw storeError(this.path, err);
    }
  }

  /**
   * One write transaction: the write lock, curation rules brought up to date (another process
   * may have added some), the work, then, when `describe` says what changed, the version bumped
   * and a notification sent at commit.
   */
  private async transaction<T>(
    work: (db: PoolClient) => Promise<T>,
    describe: (value: T) => Omit<StoreChange, 'version'> | null,
    touchedBy: (value: T) => Touched,
  ): Promise<Committed<T>> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw storeError(this.path, err);
    }
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      await client.query(`SELECT ${WRITE_LOCK}`);
      const head = (await row<{ version: number; rules: number }>(
        client,
        `SELECT (${SQL.version}) AS version, (SELECT COALESCE(MAX(id), 0) FROM curation) AS rules`,
      )) as { version: number; rules: number };
      if (head.rules !== this.rulesSeen) await this.reloadRules(client);
      const value = await work(client);
      const change = describe(value);
      let after = head.version;
      if (change) {
        after = Number((await row<{ value: number }>(client, SQL.bumpVersion))?.value);
        await runOn(client, recordChange(after, touchedBy(value)));
        const payload: ChangeMessage = {
          schema: this.ctx.schema,
          origin: this.origin,
          ...change,
          version: after,
        };
        await client.query(`SELECT pg_notify($1, $2)`, [CHANGES_CHANNEL, JSON.stringify(payload)]);
      }
      const counts = await readCounts(client);
      await client.query('COMMIT');
      return { value, before: head.version, after, counts };
    } catch (err) {
      await client.query('ROLLBACK').catch((rollback: unknown) => {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback));
      });
      throw storeError(this.path, err);
    } finally {
      client.release(broken);
    }
  }

  private async reloadRules(db: PoolClient | Pool = this.pool): Promise<void> {
    const records = await readCuration(db);
    this.ctx.rules = new CurationRules(records.map((c) => c.rule));
    this.rulesSeen = records.reduce((max, c) => Math.max(max, c.id), 0);
  }

  /**
   * Bookkeeping after a committed write: version, counts, projection (the rows this write
   * touched; everything again when another process wrote in between).
   */
  private async afterWrite(committed: Committed<unknown>, touched: Touched): Promise<void> {
    if (committed.before !== this.currentVersion) {
      await this.catchUp(committed.after, committed.counts);
      return;
    }
    this.currentVersion = Math.max(this.currentVersion, committed.after);
    this.countsNow = committed.counts;
    if (this.projection) await runOn(this.pool, refreshProjection(this.projection, touched));
  }

  /**
   * Brings this store up to `version`: rules and counts read again, and the projection
   * refreshed with what the writes in between touched (the change log), or reloaded when the
   * log does not reach back that far.
   */
  private async catchUp(version: number, counts?: StoreCounts): Promise<void> {
    if (this.loading) await this.loading;
    await this.guard(async () => {
      const touched = this.projection
        ? await runOn(this.pool, changesBetween(this.currentVersion, version))
        : undefined;
      this.currentVersion = Math.max(this.currentVersion, version);
      await this.reloadRules();
      this.countsNow = counts ?? (await readCounts(this.pool));
      if (!this.projection) return;
      if (touched) {
        await runOn(this.pool, refreshProjection(this.projection, touched));
      } else {
        this.projection = undefined;
        await this.loadGraph();
      }
    });
  }

  async listDocuments(options: DocumentListOptions = {}): Promise<StoredDocument[]> {
    return this.guard(() => this.reads.listDocuments(options));
  }

  /** One document in one transaction, unless it is stored already and not to be replaced. */
  protected async write(
    input: DocumentInput,
    id: string,
    source: string,
    replace: boolean,
  ): Promise<IngestResult> {
    if (this.loading) await this.loading;
    const unchanged: IngestResult = { docId: id, source, status: 'unchanged', ...emptySummary() };
    if (!replace && (await this.hasDocument(id))) return unchanged;
    // Checked again under the write lock: another process may have written it meanwhile.
    const committed = await this.transaction(
      async (db) => {
        const num = (await row<{ num: number }>(db, SQL.documentNum, [id]))?.num;
        if (num !== undefined && !replace) return null;
        return this.writes.writeDocument(db, input, num);
      },
      (outcome) =>
        outcome && {
          reason: 'ingest',
          docId: outcome.result.docId,
          nodesAdded: outcome.result.nodesAdded,
          edgesAdded: outcome.result.edgesAdded,
          nodesRemoved: 0,
          edgesRemoved: 0,
        },
      (outcome) => outcome?.touched ?? { entities: new Set(), relations: new Set() },
    );
    const outcome = committed.value;
    await this.afterWrite(
      committed,
      outcome?.touched ?? { entities: new Set(), relations: new Set() },
    );
    return outcome ? outcome.result : unchanged;
  }

  async removeDocument(ref: string): Promise<RemoveResult> {
    this.assertWritable('graph.removeDocument');
    if (this.loading) await this.loading;
    const doc = await this.guard(() => this.reads.findDocument(ref));
    if (!doc) throw new KgError('NOT_FOUND', `graph.removeDocument: document "${ref}" not found.`);
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const committed = await this.transaction(
      async (db) => {
        const num = (await row<{ num: number }>(db, SQL.documentNum, [doc.id]))?.num;
        if (num === undefined) {
          throw new KgError('NOT_FOUND', `graph.removeDocument: document "${ref}" not found.`);
        }
        const tallies = new Tallies();
        const removed = await this.writes.deleteDocumentRows(db, num, touched, tallies);
        tallies.add('documents', -1);
        await this.writes.applyTallies(db, tallies);
        return removed;
      },
      (removed) => ({
        reason: 'remove',
        docId: doc.id,
        nodesAdded: 0,
        edgesAdded: 0,
        nodesRemoved: removed.entities,
        edgesRemoved: removed.relations,
      }),
      () => touched,
    );
    await this.afterWrite(committed, touched);
    return {
      docId: doc.id,
      source: doc.source,
      mentionsRemoved: doc.mentions,
      evidenceRemoved: doc.evidence,
      nodesRemoved: committed.value.entities,
      edgesRemoved: committed.value.relations,
    };
  }

  async resolveEntity(nameOrId: string): Promise<EntityResolution> {
    return this.guard(() => this.reads.resolveEntity(nameOrId));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    return this.guard(() => this.reads.search(query, options));
  }

  async searchEvidence(query: string, options: { limit?: number } = {}): Promise<EvidenceHit[]> {
    return this.guard(() => this.reads.searchEvidence(query, options));
  }

  async evidence(
    relationKeys: readonly string[],
    options: EvidenceOptions = {},
  ): Promise<Map<string, RelationEvidence>> {
    return this.guard(() => this.reads.evidence(relationKeys, options));
  }

  async graphStats(): Promise<GraphStats> {
    const cached = await this.readCache<GraphStats>('graph-stats');
    if (cached) return cached;
    const version = this.currentVersion;
    const { stats, partition } = await this.guard(() => this.reads.computeGraphStats());
    if (partition) await this.keepComponents(partition, version);
    if (this.currentVersion === version) await this.writeCache('graph-stats', stats);
    return stats;
  }

  /**
   * Components counted from the tables (they were stale) kept again, so later stats read them
   * from the tallies: only by a writable store, and only when no write came in between.
   */
  private async keepComponents(partition: PgPartition, version: number): Promise<void> {
    if (this.readonly || this.currentVersion !== version) return;
    await this.transaction(
      async (db) => {
        const now = await row<{ version: number }>(db, `SELECT (${SQL.version}) AS version`);
        if (Number(now?.version) === version) await writeComponents(db, partition);
      },
      () => null,
      () => ({ entities: new Set(), relations: new Set() }),
    ).catch(() => undefined);
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
    const change = newChange(new Tallies());
    let committed: Committed<{ entities: number; relations: number }>;
    try {
      committed = await this.transaction(
        async (db) => {
          const id = (
            await row<{ id: number }>(db, `${SQL.insertCuration} RETURNING id`, [
              rule.op,
              JSON.stringify(rule),
              new Date().toISOString(),
            ])
          )?.id as number;
          // The rule applies while the rows move (a retype pins the type the aggregates keep).
          this.ctx.rules.add(rule);
          this.rulesSeen = id;
          await runOn(db, apply(change));
          const gone = await this.writes.recompute(
            db,
            change.entities,
            change.relations,
            change.touched,
            change.tallies,
          );
          await this.writes.applyTallies(db, change.tallies);
          return gone;
        },
        (gone) => ({
          reason: 'curation',
          docId: '',
          nodesAdded: change.created.entities,
          edgesAdded: change.created.relations,
          nodesRemoved: gone.entities,
          edgesRemoved: gone.relations,
        }),
        () => change.touched,
      );
    } catch (err) {
      await this.reloadRules().catch(() => undefined);
      throw err;
    }
    await this.afterWrite(committed, change.touched);
    return {
      rule,
      key,
      mentionsMoved: change.mentionsMoved,
      evidenceMoved: change.evidenceMoved,
    };
  }

  async undoCuration(id: number, options: UndoOptions = {}): Promise<UndoResult> {
    this.assertWritable('graph.undoCuration');
    if (this.loading) await this.loading;
    const touched: Touched = { entities: new Set(), relations: new Set() };
    const removedCounts = { entities: 0, relations: 0 };
    let committed: Committed<UndoResult>;
    try {
      committed = await this.transaction(
        async (db) => {
          const record = (await readCuration(db)).find((c) => Number(c.id) === id);
          if (!record) {
            throw new KgError('NOT_FOUND', `graph.undoCuration: no curation rule ${id}.`);
          }
          await db.query(`DELETE FROM curation WHERE id = $1`, [id]);
          await this.reloadRules(db);
          const { rule } = record;
          const tallies = new Tallies();
          if (rule.op === 'rename') {
            await runOn(db, undoRenameRows(this.writes.shared(), rule, touched, tallies));
          }
          await options.onStep?.('rule-removed');
          const documents = options.documents ?? [];
          const removed = await runOn(
            db,
            removeReplaced(this.writes.shared(), documents, touched, tallies),
          );
          tallies.add('documents', -documents.length);
          await this.writes.applyTallies(db, tallies);
          removedCounts.entities = removed.entities;
          removedCounts.relations = removed.relations;
          await options.onStep?.('documents-removed');
          const results: IngestResult[] = [];
          for (const input of removed.inputs) {
            const written = await this.writes.writeDocument(db, input, undefined);
            addTouched(touched, written.touched);
            results.push(putBack(written));
          }
          await options.onStep?.('documents-written');
          return { undone: record, documents: results };
        },
        (undone) =>
          undone.documents.length === 0
            ? curationWithoutRows()
            : {
                reason: 'curation',
                docId: '',
                nodesAdded: undone.documents.reduce((n, d) => n + d.nodesAdded, 0),
                edgesAdded: undone.documents.reduce((n, d) => n + d.edgesAdded, 0),
                nodesRemoved: removedCounts.entities,
                edgesRemoved: removedCounts.relations,
              },
        () => touched,
      );
    } catch (err) {
      await this.reloadRules().catch(() => undefined);
      throw err;
    }
    await this.afterWrite(committed, touched);
    return committed.value;
  }

  async listCuration(): Promise<CurationRecord[]> {
    return this.guard(() => readCuration(this.pool));
  }

  async restoreCuration(records: readonly CurationRecord[]): Promise<void> {
    this.assertWritable('graph.restoreCuration');
    if (this.loading) await this.loading;
    const committed = await this.transaction(
      async (db) => {
        if ((await readCuration(db)).length > 0) {
          throw new KgError(
            'CONFLICT',
            `graph.restoreCuration: ${this.path} holds curation rules already.`,
          );
        }
        for (const r of records) {
          await db.query(
            `INSERT INTO curation (id, op, rule, created_at) VALUES ($1, $2, $3, $4)`,
            [r.id, r.rule.op, JSON.stringify(r.rule), r.createdAt],
          );
        }
        await db.query(
          `SELECT setval(pg_get_serial_sequence('curation', 'id'), (SELECT MAX(id) FROM curation))`,
        );
        await this.reloadRules(db);
        return undefined;
      },
      curationWithoutRows,
      // The rows are curated already: the log keeps the version, with nothing to re-read.
      () => ({ entities: new Set(), relations: new Set() }),
    );
    await this.afterWrite(committed, { entities: new Set(), relations: new Set() });
  }

  async readCache<T>(name: string): Promise<T | undefined> {
    const memory = this.memoryCache.get(`cache:${name}`);
    if (memory && memory.version === this.currentVersion) return memory.value as T;
    const found = await this.guard(() =>
      row<{ version: number; value: string }>(this.pool, SQL.readCache, [name]),
    );
    if (!found || found.version !== this.currentVersion) return undefined;
    const value = JSON.parse(found.value) as T;
    this.memoryCache.set(`cache:${name}`, { version: this.currentVersion, value });
    return value;
  }

  async writeCache(name: string, value: unknown): Promise<void> {
    this.memoryCache.set(`cache:${name}`, { version: this.currentVersion, value });
    if (this.readonly) return;
    try {
      await this.pool.query(SQL.writeCache, [name, this.currentVersion, JSON.stringify(value)]);
    } catch {
      // A cache that cannot be written is recomputed next time.
    }
  }

  async sync(): Promise<boolean> {
    const version = await this.guard(async () =>
      Number((await row<{ value: number }>(this.pool, SQL.version))?.value),
    );
    if (version === this.currentVersion) return false;
    await this.catchUp(version);
    return true;
  }

  /**
   * Hears the writes other processes (and other store objects) commit: LISTEN on `kg_changes`
   * over a connection of its own, re-established after a lost connection (then `onChange`
   * gets `undefined`: writes may have been missed meanwhile).
   */
  async watch(
    onChange: (change: StoreChange | undefined) => void,
    onError: (err: Error) => void = () => undefined,
  ): Promise<() => Promise<void>> {
    let stopped = false;
    let retry: NodeJS.Timeout | undefined;
    const handle = (message: Notification): void => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return;
      const { schema, origin, ...change } = JSON.parse(message.payload) as ChangeMessage;
      if (schema === this.ctx.schema && origin !== this.origin) onChange(change);
    };
    const connect = async (): Promise<void> => {
      const client = await this.pool.connect();
      client.on('notification', handle);
      client.on('error', (err) => {
        client.removeListener('notification', handle);
        // Stopped already: the client went back to the pool (which drops it on its own).
        if (this.listener !== client) return;
        this.listener = undefined;
        client.release(err);
        onError(err);
        if (!stopped) schedule();
      });
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      this.listener = client;
    };
    const schedule = (): void => {
      retry = setTimeout(() => {
        connect()
          // Writes may have happened while nobody listened.
          .then(() => onChange(undefined))
          .catch((err: unknown) => {
            onError(err instanceof Error ? err : new Error(String(err)));
            if (!stopped) schedule();
          });
      }, 1000);
      retry.unref();
    };
    await connect();
    return async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const client = this.listener;
      this.listener = undefined;
      if (client) {
        client.removeListener('notification', handle);
        await client.query(`UNLISTEN ${CHANGES_CHANNEL}`).catch(() => undefined);
        client.release();
      }
    };
  }

  async stats(): Promise<StoreStats> {
    return this.guard(async () => {
      const counted = (await row<Record<string, number>>(
        this.pool,
        `SELECT (SELECT COUNT(*) FROM documents) AS documents,
           (SELECT COUNT(*) FROM entities) AS entities,
           (SELECT COUNT(*) FROM relations) AS relations,
           (SELECT COUNT(*) FROM evidence) AS evidence,
           (SELECT COUNT(*) FROM mentions) AS mentions,
           (SELECT COUNT(*) FROM aliases) AS aliases,
           (SELECT COUNT(*) FROM curation) AS curation,
           pg_database_size(current_database()) AS bytes`,
      )) as Record<string, number>;
      return {
        path: this.path,
        schemaVersion: this.schemaVersion,
        documents: counted.documents ?? 0,
        entities: counted.entities ?? 0,
        relations: counted.relations ?? 0,
        evidence: counted.evidence ?? 0,
        mentions: counted.mentions ?? 0,
        aliases: counted.aliases ?? 0,
        curationRules: counted.curation ?? 0,
        bytes: counted.bytes ?? 0,
      };
    });
  }

  async close(): Promise<void> {
    if (this.listener) {
      this.listener.release();
      this.listener = undefined;
    }
    if (!this.pool.ended) await this.pool.end();
  }
}

/** Documents, entities and relations from the tallies (exact, and a few rows to read). */
export async function readCounts(db: Pool | PoolClient): Promise<StoreCounts> {
  const counts: StoreCounts = { documents: 0, entities: 0, relations: 0 };
  for (const { name, count } of await rows<{ name: string; count: number }>(
    db,
    `SELECT name, count FROM tallies`,
  )) {
    if (name === 'documents') counts.documents += count;
    else if (name.startsWith('type:')) counts.entities += count;
    else if (name.startsWith('predicate:')) counts.relations += count;
  }
  return counts;
}

export async function readCuration(db: Pool | PoolClient): Promise<CurationRecord[]> {
  return (await rows<{ id: number; rule: string; created_at: string }>(db, SQL.curation)).map(
    (r) => ({ id: r.id, rule: JSON.parse(r.rule) as CurationRule, createdAt: r.created_at }),
  );
}
