/**
 * The SQLite store's reads: documents, entities and relations by key, name resolution, ranked
 * search over the full-text index (typos through a letter-pair vocabulary), evidence by relation,
 * an entity's relations, neighbourhoods, the best-connected entities, and graph stats from the
 * tallies. Indexed look-ups throughout: nothing here reads a whole table but the stats' pass
 * over relation ends.
 */
import type { Database as Db } from 'better-sqlite3';
import type {
  EntityType,
  EvidenceRecord,
  Modality,
  RelationSupport,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { KgError } from '@kg/schema';
import type { GraphStats } from '../../metrics.js';
import { density, largest } from '../../metrics.js';
import { normaliseName, relationKey } from '../../names.js';
import type { RelationVisit } from '../../query/entity.js';
import { evidenceItemPasses, resolveFilter } from '../../query/filters.js';
import type { EntityResolution, SearchHit, SearchOptions, TypoGroup } from '../../query/search.js';
import { pickNamedEntity, rankCandidates } from '../../query/search.js';
import { Vocabulary, normalizeName, tokenize } from '../../query/text.js';
import type {
  DocumentListOptions,
  EvidenceHit,
  EvidenceOptions,
  Neighborhood,
  RelationEvidence,
  StrongestView,
} from '../store.js';
import type { EntityRow, EvidenceRow, RelationRow } from '../rows.js';
import { ENTITY_COLUMNS, EVIDENCE_SELECT, toEvidence } from '../rows.js';
import { COMPONENT_TALLIES } from '../aggregates.js';
import { readRelationSupport } from '../evidence-reads.js';
import type { Partition } from './components.js';
import { UnionFind, partitionOf } from './components.js';
import type { SqliteContext, Statements } from './statements.js';
import { yieldToLoop } from './statements.js';
import { entityByKey, relationByKey, splitRelationKey } from '../lookups.js';
import {
  entitiesNamed,
  findDocument,
  findEntity,
  listDocuments,
  neighborhood,
  relationVisitsFromRows,
  strongest,
} from '../reads.js';

/** How long a typo vocabulary may serve after writes before it is rebuilt. */
const VOCABULARY_MAX_AGE_MS = 30_000;

/** Relations whose evidence is read between two turns of the event loop. */
const EVIDENCE_BATCH = 100;

/** Relation rows per page for the components count (cheap work per row). */
const STATS_PAGE = 20_000;

export class Reads {
  private words: { version: number; builtAt: number; vocabulary: Vocabulary } | undefined;

  constructor(private readonly ctx: SqliteContext) {}

  private get db(): Db {
    return this.ctx.db;
  }

  private get sql(): Statements {
    return this.ctx.sql;
  }

  findDocument(ref: string): StoredDocument | undefined {
    return this.ctx.run.run(findDocument(ref));
  }

  async listDocuments(options: DocumentListOptions = {}): Promise<StoredDocument[]> {
    return this.ctx.run.run(listDocuments(options));
  }

  entityRow(key: string): EntityRow | undefined {
    return this.ctx.run.run(entityByKey(key));
  }

  /** A relation row by key, with the keys of its ends. */
  relationRow(key: string): { row: RelationRow; subject: string; object: string } | undefined {
    return this.ctx.run.run(relationByKey(key));
  }

  findEntityNow(ref: string): string {
    return this.ctx.run.run(findEntity(ref));
  }

  async resolveEntity(nameOrId: string): Promise<EntityResolution> {
    const row = this.entityRow(nameOrId);
    if (row) return { id: row.key, label: row.label, type: row.type as EntityType, via: 'id' };
    const normalized = normalizeName(nameOrId);
    if (normalized.length === 0) {
      throw new KgError('INVALID_ARGUMENT', 'graph.resolveEntity: empty entity name.');
    }
    const rows = this.ctx.run.run(entitiesNamed(normaliseName(nameOrId)));
    const exact = pickNamedEntity(rows, normalized);
    if (exact) return exact;
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
  vocabulary(): Vocabulary {
    const now = Date.now();
    const cached = this.words;
    if (
      cached &&
      (cached.version === this.ctx.version() || now - cached.builtAt < VOCABULARY_MAX_AGE_MS)
    ) {
      return cached.vocabulary;
    }
    this.db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.entity_vocab USING fts5vocab(main, entity_fts, row)`,
    );
    const vocabulary = new Vocabulary(
      this.db.prepare(`SELECT term FROM temp.entity_vocab`).pluck().all() as string[],
    );
    this.words = { version: this.ctx.version(), builtAt: now, vocabulary };
    return vocabulary;
  }

  /**
   * Entities whose names hold, for every group, a word the group's prefix starts or one of its
   * words (the typos a query word may be).
   */
  entitiesWithWords(groups: readonly TypoGroup[], types: ReadonlySet<string> | null) {
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

  /** An entity's relations read from the tables (when the projection is not loaded). */
  relationVisitsFromRows(entity: EntityRow): RelationVisit[] {
    return this.ctx.run.run(relationVisitsFromRows(entity));
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
      // Many relations (a hub's details, an export): let the event loop run now and then.
      if (i > 0 && i % EVIDENCE_BATCH === 0) await yieldToLoop();
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

  /** Support (documents, sources, contradiction) per relation key; unknown keys are left out. */
  async relationSupport(keys: readonly string[]): Promise<Map<string, RelationSupport>> {
    return this.ctx.run.run(readRelationSupport(keys));
  }

  /**
   * Graph stats from the tallies every write keeps (connected components included) and two
   * small reads. When the kept components are stale (a write deleted rows), they are counted
   * here (union-find over row ids, read in pages with the event loop running between) and
   * returned with the stats, for a writable store to keep again.
   */
  async computeGraphStats(): Promise<{ stats: GraphStats; partition?: Partition }> {
    const db = this.db;
    const entityTypes: GraphStats['entityTypes'] = {};
    const predicates: GraphStats['predicates'] = {};
    const modalities: GraphStats['modalities'] = {};
    let evidence = 0;
    let isolated = 0;
    let nodes = 0;
    let edges = 0;
    let components = 0;
    let largestComponent = 0;
    let stale = false;
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
      else if (kind === COMPONENT_TALLIES.count) components = count;
      else if (kind === COMPONENT_TALLIES.largest) largestComponent = count;
      else if (kind === COMPONENT_TALLIES.stale) stale = count > 0;
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
    const partition = stale ? await this.countComponents() : undefined;
    if (partition) {
      components = partition.sizes.size;
      largestComponent = largest(partition.sizes.values());
    }
    const stats: GraphStats = {
      nodes,
      edges,
      evidence,
      documents,
      entityTypes,
      predicates,
      modalities,
      density: density(nodes, edges),
      components,
      largestComponent,
      isolated,
      top,
    };
    return partition ? { stats, partition } : { stats };
  }

  /** Connected components from the tables, ignoring direction: union-find over row ids. */
  private async countComponents(): Promise<Partition> {
    const db = this.db;
    await yieldToLoop();
    const maxId = (db.prepare(`SELECT MAX(id) FROM entities`).pluck().get() as number | null) ?? 0;
    const found = new UnionFind(maxId);
    const pairs = db
      .prepare(`SELECT id, subject, object FROM relations WHERE id > ? ORDER BY id LIMIT ?`)
      .raw();
    for (let last = 0; ;) {
      const rows = pairs.all(last, STATS_PAGE) as [number, number, number][];
      for (const [id, subject, object] of rows) {
        found.union(subject, object);
        last = id;
      }
      if (rows.length < STATS_PAGE) break;
      await yieldToLoop();
    }
    return partitionOf(found, db.prepare(`SELECT id FROM entities`).pluck().all() as number[]);
  }

  async neighborhood(keys: readonly string[]): Promise<Neighborhood> {
    return this.ctx.run.run(neighborhood(keys));
  }

  async strongest(n: number, maxRelations: number): Promise<StrongestView> {
    return this.ctx.run.run(strongest(n, maxRelations));
  }
}
