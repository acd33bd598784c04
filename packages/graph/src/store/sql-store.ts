/**
 * What the SQLite and PostgreSQL stores do alike, above their connections: the projection's
 * state, the reads that are one piece of shared work (`sql.ts`) run through the backend, entity
 * details assembled from rows or the projection, and the curation rules checked and turned into
 * row moves. A backend supplies how work runs (`read`: in its thread on SQLite, on the pool on
 * PostgreSQL), how a curation is committed (`curate`), evidence, and the rules it holds.
 */
import type {
  EntityType,
  Extraction,
  RelationSupport,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { KgError } from '@kg/schema';
import type { CurationRule, CurationRules } from '../curation.js';
import type { DocumentMeta, StoreGraph } from '../merge.js';
import { documentRecord } from '../merge.js';
import { entityKey, relationKey } from '../names.js';
import type { EntityDetails } from '../query/entity.js';
import { detailsOf, relationVisits } from '../query/entity.js';
import type { ReadonlyStoreGraph } from '../query/graph.js';
import { readonlyView } from '../query/graph.js';
import type { Change } from './curation-rows.js';
import {
  checkMerge,
  checkRename,
  checkType,
  documentsOfRule,
  moveRows,
  rejectRows,
  renameRows,
  retypeRows,
  splitKey,
  splitRows,
} from './curation-rows.js';
import type { EvidenceDates } from './evidence-reads.js';
import { readEvidenceDates, readRelationSupport } from './evidence-reads.js';
import { readDocumentContent, readDocumentSummaries } from './document-reads.js';
import { entityByKey, relationByKey } from './lookups.js';
import {
  findDocument,
  findEntity,
  neighborhood,
  relationVisitsFromRows,
  strongest,
} from './reads.js';
import type { EntityRow } from './rows.js';
import { toEntityAttributes, toRelationAttributes } from './rows.js';
import type { Sql } from './sql.js';
import { get, sql } from './sql.js';
import type { DocumentInput } from './write-document.js';
import type {
  CurationRecord,
  CurationResult,
  CurationScope,
  DocumentContent,
  DocumentSummary,
  EvidenceOptions,
  ExtractionWrite,
  IngestResult,
  Neighborhood,
  RelationEvidence,
  RestoredDocument,
  StoreEntityDetailsOptions,
  StoredEntity,
  StoredRelation,
  StrongestView,
} from './store.js';

export abstract class SqlStore {
  abstract readonly path: string;
  abstract readonly readonly: boolean;
  protected projection: StoreGraph | undefined;
  protected loading: Promise<StoreGraph> | undefined;

  /** The curation rules as the store holds them now. */
  protected abstract get rules(): CurationRules;

  /** Runs read work on the store's connection; a database failure becomes STORE_ERROR. */
  protected abstract read<T>(work: Sql<T>): Promise<T>;

  /**
   * Records a rule and applies it to the stored rows in one transaction (the rows `apply`
   * moves, then the aggregates of everything they touched), then brings the projection in step.
   */
  protected abstract curate(
    rule: CurationRule,
    key: string,
    apply: (change: Change) => Sql<void>,
  ): Promise<CurationResult>;

  abstract evidence(
    relationKeys: readonly string[],
    options?: EvidenceOptions,
  ): Promise<Map<string, RelationEvidence>>;

  abstract listCuration(): Promise<CurationRecord[]>;

  /**
   * Writes one document (an extraction to resolve, or a dump's resolved document) in one
   * transaction, unless it is stored already and not to be replaced.
   */
  protected abstract write(
    input: DocumentInput,
    id: string,
    source: string,
    replace: boolean,
  ): Promise<IngestResult>;

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
    const source = documentRecord(extraction, meta).source;
    return this.write({ extraction, meta }, meta.id, source, options.replace ?? false);
  }

  /** See `Store.ingestExtractions`: here one after another; a backend may batch them. */
  async ingestExtractions(
    items: readonly ExtractionWrite[],
  ): Promise<PromiseSettledResult<IngestResult>[]> {
    const results: PromiseSettledResult<IngestResult>[] = [];
    for (const { extraction, meta, replace } of items) {
      try {
        const value = await this.ingestExtraction(extraction, meta, { replace: replace ?? false });
        results.push({ status: 'fulfilled', value });
      } catch (reason) {
        results.push({ status: 'rejected', reason });
      }
    }
    return results;
  }

  async restoreDocument(document: RestoredDocument): Promise<IngestResult> {
    this.assertWritable('graph.restore');
    return this.write({ restored: document }, document.doc.id, document.doc.source, false);
  }

  get graph(): ReadonlyStoreGraph {
    if (!this.projection || this.loading) {
      throw new KgError(
        'INTERNAL',
        'graph.store: the graph is not loaded yet (await store.loadGraph()).',
      );
    }
    return readonlyView(this.projection);
  }

  get graphLoaded(): boolean {
    return this.projection !== undefined && this.loading === undefined;
  }

  protected assertWritable(where: string): void {
    if (this.readonly) {
      throw new KgError('STORE_ERROR', `${where}: ${this.path} is open read-only.`);
    }
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.read(get(sql`SELECT 1 FROM documents WHERE id = ${id}`))) !== undefined;
  }

  getDocument(ref: string): Promise<StoredDocument | undefined> {
    return this.read(findDocument(ref));
  }

  documentSummaries(): Promise<DocumentSummary[]> {
    return this.read(readDocumentSummaries());
  }

  async documentContent(ref: string): Promise<DocumentContent | undefined> {
    return this.read(
      (function* () {
        const doc = yield* findDocument(ref);
        if (!doc) return undefined;
        const row = yield* get<{ num: number }>(
          sql`SELECT num FROM documents WHERE id = ${doc.id}`,
        );
        return row ? yield* readDocumentContent(Number(row.num)) : undefined;
      })(),
    );
  }

  async entity(key: string): Promise<StoredEntity | undefined> {
    const row = await this.read(entityByKey(key));
    if (!row) return undefined;
    return {
      ...toEntityAttributes(row),
      id: row.key,
      degree: row.degree,
      weightedDegree: row.weighted_degree,
    };
  }

  async relation(key: string): Promise<StoredRelation | undefined> {
    const found = await this.read(relationByKey(key));
    if (!found) return undefined;
    return {
      key,
      source: found.subject,
      target: found.object,
      attributes: toRelationAttributes(found.row),
    };
  }

  findEntity(ref: string): Promise<string> {
    return this.read(findEntity(ref));
  }

  async entityDetails(
    key: string,
    options: StoreEntityDetailsOptions = {},
  ): Promise<EntityDetails> {
    const row = await this.read(entityByKey(key));
    if (!row) throw new KgError('NOT_FOUND', `graph.entityDetails: entity "${key}" not found.`);
    const visits = this.graphLoaded
      ? relationVisits(this.graph, key)
      : await this.read(relationVisitsFromRows(row));
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

  neighborhood(keys: readonly string[]): Promise<Neighborhood> {
    return this.read(neighborhood(keys));
  }

  strongest(n: number, maxRelations: number): Promise<StrongestView> {
    return this.read(strongest(n, maxRelations));
  }

  relationSupport(keys: readonly string[]): Promise<Map<string, RelationSupport>> {
    return this.read(readRelationSupport(keys));
  }

  evidenceDates(): Promise<EvidenceDates> {
    return this.read(readEvidenceDates());
  }

  async mergeEntities(intoRef: string, fromRef: string): Promise<CurationResult> {
    this.assertWritable('graph.mergeEntities');
    const into = await this.findEntity(intoRef);
    const from = await this.findEntity(fromRef);
    checkMerge(into, from, intoRef, fromRef);
    return this.curate({ op: 'merge', key: from, into }, into, (change) =>
      moveRows(change, from, into),
    );
  }

  async splitEntity(keyRef: string, alias: string): Promise<CurationResult> {
    this.assertWritable('graph.splitEntity');
    const key = await this.findEntity(keyRef);
    const row = (await this.read(entityByKey(key))) as EntityRow;
    const newKey = splitKey(key, row, alias);
    return this.curate({ op: 'split', key, alias, newKey }, newKey, (change) =>
      splitRows(change, key, newKey, alias, row.type as EntityType),
    );
  }

  async renameEntity(keyRef: string, label: string): Promise<CurationResult> {
    this.assertWritable('graph.renameEntity');
    const key = await this.findEntity(keyRef);
    checkRename(label);
    const previous = ((await this.read(entityByKey(key))) as EntityRow).label;
    return this.curate({ op: 'rename', key, label, previous }, key, (change) =>
      renameRows(change, key, label),
    );
  }

  async retypeEntity(keyRef: string, type: EntityType): Promise<CurationResult> {
    this.assertWritable('graph.retypeEntity');
    checkType(type);
    const key = await this.findEntity(keyRef);
    const row = (await this.read(entityByKey(key))) as EntityRow;
    const newKey = entityKey(type, row.label);
    return this.curate({ op: 'retype', key, type, newKey }, newKey, (change) =>
      retypeRows(change, key, newKey, row.label, type),
    );
  }

  async rejectRelation(keyRef: string): Promise<CurationResult> {
    this.assertWritable('graph.rejectRelation');
    const found = await this.read(relationByKey(keyRef));
    if (!found) {
      throw new KgError('NOT_FOUND', `graph.rejectRelation: relation "${keyRef}" not found.`);
    }
    const key = relationKey(found.subject, found.row.predicate as RelationType, found.object);
    return this.curate({ op: 'reject', key }, key, (change) => rejectRows(change, found.row.id));
  }

  async acceptRelation(keyRef: string): Promise<CurationResult> {
    this.assertWritable('graph.acceptRelation');
    const found = await this.read(relationByKey(keyRef));
    const key = found
      ? relationKey(found.subject, found.row.predicate as RelationType, found.object)
      : keyRef;
    // A rejected relation is gone from the rows; accepting it lifts the rejection.
    const rejected = (await this.listCuration()).some(
      (c) => c.rule.op === 'reject' && c.rule.key === key,
    );
    if (!found && !rejected) {
      throw new KgError('NOT_FOUND', `graph.acceptRelation: relation "${keyRef}" not found.`);
    }
    return this.curate({ op: 'accept', key }, key, function* () {});
  }

  async curationScope(id: number): Promise<CurationScope> {
    const record = (await this.listCuration()).find((c) => Number(c.id) === id);
    if (!record) throw new KgError('NOT_FOUND', `graph.undoCuration: no curation rule ${id}.`);
    const { rule } = record;
    const documents = await this.read(documentsOfRule(rule, this.rules));
    return { rule, documents };
  }
}
