/**
 * The PostgreSQL store's reads: documents, entities and relations by key, name resolution,
 * ranked search over the `tsvector` columns (typos through the index's word list), evidence by
 * relation, an entity's relations, neighbourhoods, the best-connected entities, and graph stats
 * from the tallies. Indexed look-ups throughout, as in the SQLite store.
 */
import type {
  EntityType,
  EvidenceRecord,
  Modality,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { KgError } from '@kg/schema';
import type { GraphStats } from '../../metrics.js';
import { density, largest } from '../../metrics.js';
import { normaliseName, relationKey } from '../../names.js';
import type { RelationVisit } from '../../query/entity.js';
import { evidenceItemPasses, resolveFilter } from '../../query/filters.js';
import type {
  EntityResolution,
  SearchCandidate,
  SearchHit,
  SearchOptions,
  TypoGroup,
} from '../../query/search.js';
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
import type { PgContext, Queryable } from './context.js';
import { row, rows } from './context.js';
import { runOn } from './run.js';
import type { PgPartition } from './components.js';
import { COMPONENT_TALLIES } from '../aggregates.js';
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

/** Relation rows per page for the components count. */
const STATS_PAGE = 50_000;

function candidateOf(r: EntityRow): SearchCandidate {
  return {
    id: r.key,
    label: r.label,
    type: r.type as EntityType,
    aliases: JSON.parse(r.aliases) as string[],
    weight: r.weighted_degree + r.mention_count,
  };
}

export class Reads {
  private words: { version: number; builtAt: number; vocabulary: Vocabulary } | undefined;

  constructor(private readonly ctx: PgContext) {}

  private get db(): Queryable {
    return this.ctx.pool;
  }

  findDocument(ref: string, db: Queryable = this.db): Promise<StoredDocument | undefined> {
    return runOn(db, findDocument(ref));
  }

  listDocuments(options: DocumentListOptions = {}): Promise<StoredDocument[]> {
    return runOn(this.db, listDocuments(options));
  }

  entityRow(key: string, db: Queryable = this.db): Promise<EntityRow | undefined> {
    return runOn(db, entityByKey(key));
  }

  /** A relation row by key, with the keys of its ends. */
  relationRow(
    key: string,
    db: Queryable = this.db,
  ): Promise<{ row: RelationRow; subject: string; object: string } | undefined> {
    return runOn(db, relationByKey(key));
  }

  findEntityNow(ref: string, db: Queryable = this.db): Promise<string> {
    return runOn(db, findEntity(ref));
  }

  async resolveEntity(nameOrId: string): Promise<EntityResolution> {
    const found = await this.entityRow(nameOrId);
    if (found) {
      return { id: found.key, label: found.label, type: found.type as EntityType, via: 'id' };
    }
    const normalized = normalizeName(nameOrId);
    if (normalized.length === 0) {
      throw new KgError('INVALID_ARGUMENT', 'graph.resolveEntity: empty entity name.');
    }
    const named = await runOn(this.db, entitiesNamed(normaliseName(nameOrId)));
    const exact = pickNamedEntity(named, normalized);
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
    const add = (r: EntityRow): void => {
      if (types === null || types.has(r.type)) candidates.set(r.key, r);
    };
    const byId = await this.entityRow(query.trim().toLowerCase());
    if (byId) add(byId);
    for (const r of await rows<EntityRow>(
      this.db,
      `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
         SELECT entity FROM names WHERE norm = $1)`,
      [normaliseName(query)],
    )) {
      add(r);
    }
    // A bounded scan of the index (a two-letter prefix can match most names), the more
    // central and mentioned first among what it found.
    for (const r of await rows<EntityRow>(
      this.db,
      `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
         SELECT id FROM entities WHERE search @@ to_tsquery('simple', $1) LIMIT 5000)
       ORDER BY weighted_degree + mention_count DESC LIMIT $2`,
      [tokens.map((t) => `${ftsWord(t)}:*`).join(' & '), Math.max(200, limit * 20)],
    )) {
      add(r);
    }
    // Ranking asks for the word list and for entities by typo groups synchronously, only when
    // it needs them: what it asked for is read, then it runs again with the answers at hand.
    const list = [...candidates.values()].map(candidateOf);
    const answers = new Map<string, SearchCandidate[]>();
    let vocabulary: Vocabulary | undefined = this.freshVocabulary();
    for (let round = 0; ; round++) {
      let wantsVocabulary = false;
      const asked: TypoGroup[][] = [];
      const hits = rankCandidates(
        list,
        query,
        limit,
        () => {
          if (vocabulary) return vocabulary;
          wantsVocabulary = true;
          return new Vocabulary([]);
        },
        (groups) => {
          const known = answers.get(JSON.stringify(groups));
          if (known) return known;
          asked.push([...groups]);
          return [];
        },
      );
      if ((!wantsVocabulary && asked.length === 0) || round === 2) return hits;
      if (wantsVocabulary) vocabulary = await this.vocabulary();
      for (const groups of asked) {
        answers.set(JSON.stringify(groups), await this.entitiesWithWords(groups, types));
      }
    }
  }

  private freshVocabulary(): Vocabulary | undefined {
    const cached = this.words;
    if (
      cached &&
      (cached.version === this.ctx.version() || Date.now() - cached.builtAt < VOCABULARY_MAX_AGE_MS)
    ) {
      return cached.vocabulary;
    }
    return undefined;
  }

  /**
   * Every distinct word of every name, for typo matching. Rebuilt after writes at most every
   * half minute: a word missing for a while only means a typo suggestion less.
   */
  async vocabulary(): Promise<Vocabulary> {
    const fresh = this.freshVocabulary();
    if (fresh) return fresh;
    const version = this.ctx.version();
    const words = await rows<{ word: string }>(
      this.db,
      `SELECT word FROM ts_stat('SELECT search FROM entities WHERE search IS NOT NULL')`,
    );
    const vocabulary = new Vocabulary(words.map((w) => w.word));
    this.words = { version, builtAt: Date.now(), vocabulary };
    return vocabulary;
  }

  /**
   * Entities whose names hold, for every group, a word the group's prefix starts or one of its
   * words (the typos a query word may be).
   */
  async entitiesWithWords(
    groups: readonly TypoGroup[],
    types: ReadonlySet<string> | null,
  ): Promise<SearchCandidate[]> {
    if (groups.every((g) => g.words.length === 0)) return [];
    const word = (w: string): string => ftsWord(w);
    const match = groups
      .map((g) => {
        const alternatives = [
          ...(word(g.prefix) ? [`${word(g.prefix)}:*`] : []),
          ...g.words.slice(0, 50).map(word).filter(Boolean),
        ];
        return alternatives.length > 0 ? `(${alternatives.join(' | ')})` : '';
      })
      .filter(Boolean)
      .join(' & ');
    if (!match) return [];
    const found = await rows<EntityRow>(
      this.db,
      `SELECT ${ENTITY_COLUMNS} FROM entities WHERE id IN (
         SELECT id FROM entities WHERE search @@ to_tsquery('simple', $1) LIMIT 5000)
       ORDER BY weighted_degree + mention_count DESC LIMIT 500`,
      [match],
    );
    return found.filter((r) => types === null || types.has(r.type)).map(candidateOf);
  }

  async searchEvidence(query: string, options: { limit?: number } = {}): Promise<EvidenceHit[]> {
    const limit = options.limit ?? 20;
    const tokens = tokenize(normalizeName(query)).map(ftsWord).filter(Boolean);
    if (tokens.length === 0) return [];
    const found = await rows<
      EvidenceRow & { subject_key: string; predicate: string; object_key: string }
    >(
      this.db,
      `WITH hits AS (
         SELECT id FROM evidence, to_tsquery('simple', $1) q WHERE search @@ q
         ORDER BY ts_rank(search, q) DESC, id LIMIT $2)
       SELECT ev.id, ev.relation, d.id AS doc_id, d.source, ev.start, ev."end", ev.sentence,
         ev.subject_start, ev.subject_end, ev.object_start, ev.object_end, ev.trigger_start,
         ev.trigger_end, ev.modality, ev.attribution, ev.confidence, ev.extractor_version,
         ev.date, s.key AS subject_key, r.predicate, o.key AS object_key
       FROM evidence ev JOIN documents d ON d.num = ev.doc
       JOIN relations r ON r.id = ev.relation
       JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
       WHERE ev.id IN (SELECT id FROM hits) ORDER BY ev.id DESC`,
      [tokens.join(' & '), limit],
    );
    return found.map((r) => ({
      ...toEvidence(r),
      relation: relationKey(r.subject_key, r.predicate as RelationType, r.object_key),
      source: r.subject_key,
      target: r.object_key,
    }));
  }

  /** An entity's relations read from the tables (when the projection is not loaded). */
  relationVisitsFromRows(entity: EntityRow): Promise<RelationVisit[]> {
    return runOn(this.db, relationVisitsFromRows(entity));
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
    const keys = [...new Set(relationKeys)];
    const parts = keys.map(splitRelationKey);
    // The relations' row ids in one read, then their evidence in one read.
    const valid = keys.flatMap((key, i) => {
      const part = parts[i];
      return part ? [{ key, ...part }] : [];
    });
    if (valid.length === 0) return result;
    const relations = await rows<{ key: string; id: number; weight: number }>(
      this.db,
      `SELECT t.key, r.id, r.weight
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(key, s, p, o)
       JOIN entities s ON s.key = t.s JOIN entities o ON o.key = t.o
       JOIN relations r ON r.subject = s.id AND r.predicate = t.p AND r.object = o.id`,
      [
        valid.map((v) => v.key),
        valid.map((v) => v.subject),
        valid.map((v) => v.predicate),
        valid.map((v) => v.object),
      ],
    );
    const byId = new Map(relations.map((r) => [r.id, r]));
    const items = new Map<number, EvidenceRecord[]>();
    const limit = !filtered && options.limit !== undefined ? options.limit : null;
    for (const r of await rows<EvidenceRow & { n: number }>(
      this.db,
      limit === null
        ? `${EVIDENCE_SELECT} WHERE ev.relation = ANY($1::bigint[]) ORDER BY ev.id`
        : `SELECT * FROM (
             SELECT ev.*, d.id AS doc_id, d.source,
               row_number() OVER (PARTITION BY ev.relation ORDER BY ev.id) AS n
             FROM evidence ev JOIN documents d ON d.num = ev.doc
             WHERE ev.relation = ANY($1::bigint[])) x
           WHERE n <= $2 ORDER BY id`,
      limit === null ? [[...byId.keys()]] : [[...byId.keys()], limit],
    )) {
      const list = items.get(r.relation);
      if (list) list.push(toEvidence(r));
      else items.set(r.relation, [toEvidence(r)]);
    }
    const order = new Map(keys.map((key, i) => [key, i]));
    relations.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
    for (const relation of relations) {
      const all = items.get(relation.id) ?? [];
      if (!filtered) {
        result.set(relation.key, { evidence: all, total: relation.weight });
        continue;
      }
      const kept = all.filter((item) => evidenceItemPasses(filter, item));
      result.set(relation.key, {
        evidence: options.limit === undefined ? kept : kept.slice(0, options.limit),
        total: kept.length,
      });
    }
    return result;
  }

  /**
   * Graph stats from the tallies every write keeps and two small reads; the connected
   * components from the tallies too when writes kept them (`components.ts`), else counted from
   * the tables (union-find over row ids, read in pages) and returned as `partition` for the
   * store to keep.
   */
  async computeGraphStats(): Promise<{ stats: GraphStats; partition?: PgPartition }> {
    const db = this.db;
    const entityTypes: GraphStats['entityTypes'] = {};
    const predicates: GraphStats['predicates'] = {};
    const modalities: GraphStats['modalities'] = {};
    let evidence = 0;
    let isolated = 0;
    let nodes = 0;
    let edges = 0;
    const kept = { count: 0, largest: 0, stale: 0 };
    for (const { name, count } of await rows<{ name: string; count: number }>(
      db,
      `SELECT name, count FROM tallies`,
    )) {
      if (name === COMPONENT_TALLIES.count) kept.count = Number(count);
      else if (name === COMPONENT_TALLIES.largest) kept.largest = Number(count);
      else if (name === COMPONENT_TALLIES.stale) kept.stale = Number(count);
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
      await rows<{
        key: string;
        label: string;
        type: EntityType;
        degree: number;
        weighted_degree: number;
      }>(
        db,
        `SELECT key, label, type, degree, weighted_degree FROM entities
         ORDER BY weighted_degree DESC, key LIMIT 10`,
      )
    ).map((r) => ({
      id: r.key,
      label: r.label,
      type: r.type,
      degree: r.degree,
      weightedDegree: r.weighted_degree,
    }));
    const documents =
      (await row<{ n: number }>(db, `SELECT COUNT(*) AS n FROM documents WHERE evidence_count > 0`))
        ?.n ?? 0;
    const stats: GraphStats = {
      nodes,
      edges,
      evidence,
      documents,
      entityTypes,
      predicates,
      modalities,
      density: density(nodes, edges),
      components: kept.count,
      largestComponent: kept.largest,
      isolated,
      top,
    };
    if (kept.stale === 0) return { stats };
    // Connected components, ignoring direction: union-find over row ids.
    const maxId = (await row<{ max: number | null }>(db, `SELECT MAX(id) AS max FROM entities`))
      ?.max;
    const parent = new Int32Array((maxId ?? 0) + 1);
    for (let i = 0; i < parent.length; i++) parent[i] = i;
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i] as number] as number;
        i = parent[i] as number;
      }
      return i;
    };
    for (let last = 0; ;) {
      const page = await db.query<[number, number, number]>({
        text: `SELECT id, subject, object FROM relations WHERE id > $1 ORDER BY id LIMIT $2`,
        values: [last, STATS_PAGE],
        rowMode: 'array',
      });
      for (const [id, subject, object] of page.rows) {
        const a = find(Number(subject));
        const b = find(Number(object));
        if (a !== b) parent[a] = b;
        last = Number(id);
      }
      if (page.rows.length < STATS_PAGE) break;
    }
    const sizes = new Map<number, number>();
    const entities: number[] = [];
    const roots: number[] = [];
    const ids = await db.query<[number]>({ text: `SELECT id FROM entities`, rowMode: 'array' });
    for (const [value] of ids.rows) {
      const id = Number(value);
      const root = find(id);
      entities.push(id);
      roots.push(root);
      sizes.set(root, (sizes.get(root) ?? 0) + 1);
    }
    stats.components = sizes.size;
    stats.largestComponent = largest(sizes.values());
    return { stats, partition: { entities, roots, sizes } };
  }

  neighborhood(keys: readonly string[]): Promise<Neighborhood> {
    return runOn(this.db, neighborhood(keys));
  }

  strongest(n: number, maxRelations: number): Promise<StrongestView> {
    return runOn(this.db, strongest(n, maxRelations));
  }
}

/** A word as a `tsquery` operand: letters and digits only (anything else would be syntax). */
function ftsWord(word: string): string {
  return word.replace(/[^\p{L}\p{N}]+/gu, '');
}
