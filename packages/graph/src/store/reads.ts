/**
 * The indexed reads both backends share, over the query interface of `sql.ts`: a document by id,
 * id prefix, path or end of a path; the documents list; an entity by key or unambiguous name;
 * an entity's relations read from the rows (when the projection is not loaded); the
 * neighbourhood of some entities; the best-connected entities and the relations among them.
 * Full-text search, evidence reads and graph stats stay with each backend (FTS5 or tsvector,
 * reader threads or a pool).
 */
import type { EntityAttributes, EntityType, RelationType, StoredDocument } from '@kg/schema';
import { KgError } from '@kg/schema';
import { normaliseName, relationKey } from '../names.js';
import type { RelationVisit } from '../query/entity.js';
import type { NameKind } from '../resolver.js';
import { entityByKey } from './lookups.js';
import type { DocumentRow, EntityRow, KeyedRelationRow, RelationRow } from './rows.js';
import {
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  RELATION_COLUMNS,
  toDocument,
  toEntityAttributes,
  toRelationAttributes,
} from './rows.js';
import type { Sql } from './sql.js';
import { all, get, list, raw, sql } from './sql.js';
import type { DocumentListOptions, Neighborhood, StoredRelation, StrongestView } from './store.js';

const DOCUMENTS = raw(`SELECT ${DOCUMENT_COLUMNS} FROM documents d`);

/** A document by id, unique id prefix (6+ hex digits), path, or unique end of a path. */
export function* findDocument(ref: string): Sql<StoredDocument | undefined> {
  const exact = yield* get<DocumentRow>(sql`${DOCUMENTS} WHERE d.id = ${ref}`);
  if (exact) return toDocument(exact);
  if (/^[0-9a-f]{6,}$/u.test(ref)) {
    // Ids compare bytewise on both backends, so a prefix is a range.
    const found = yield* all<DocumentRow>(
      sql`${DOCUMENTS} WHERE d.id >= ${ref} AND d.id < ${`${ref}\uffff`} LIMIT 2`,
    );
    if (found.length > 1) {
      throw new KgError('CONFLICT', `graph.store: id prefix "${ref}" matches several documents.`);
    }
    if (found[0]) return toDocument(found[0]);
  }
  const bySource = yield* get<DocumentRow>(
    sql`${DOCUMENTS} WHERE d.source = ${ref} ORDER BY d.ingested_at DESC LIMIT 1`,
  );
  if (bySource) return toDocument(bySource);
  // The end of a path: "tech/001.txt" for "../corpus/bbc/tech/001.txt".
  const bySuffix = yield* all<DocumentRow>(
    sql`${DOCUMENTS}
        WHERE substr(d.source, length(d.source) - length(${ref})) IN (${`/${ref}`}, ${`\\${ref}`})
        LIMIT 2`,
  );
  if (bySuffix.length > 1) {
    throw new KgError(
      'CONFLICT',
      `graph.store: "${ref}" ends several document paths; give more of it.`,
    );
  }
  return bySuffix[0] ? toDocument(bySuffix[0]) : undefined;
}

/** Stored documents in ingest order, or those that mention an entity, most recent first. */
export function* listDocuments(options: DocumentListOptions = {}): Sql<StoredDocument[]> {
  const limit = options.limit ?? Number.MAX_SAFE_INTEGER;
  const offset = options.offset ?? 0;
  if (options.entity !== undefined) {
    const entity = yield* entityByKey(options.entity);
    if (!entity) return [];
    const found = yield* all<DocumentRow>(
      sql`${DOCUMENTS} WHERE d.num IN (SELECT DISTINCT doc FROM mentions WHERE entity = ${entity.id})
          ORDER BY d.num DESC LIMIT ${limit} OFFSET ${offset}`,
    );
    return found.map(toDocument);
  }
  const found = yield* all<DocumentRow>(
    sql`${DOCUMENTS} ORDER BY d.ingested_at, d.num LIMIT ${limit} OFFSET ${offset}`,
  );
  return found.map(toDocument);
}

/** The entities a normalised name is a name, variant or alias of. */
export function entitiesNamed(norm: string): Sql<
  {
    kind: NameKind;
    key: string;
    label: string;
    type: EntityType;
    aliases: string;
    degree: number;
  }[]
> {
  return all(
    sql`SELECT n.kind, e.key, e.label, e.type, e.aliases, e.degree FROM names n
        JOIN entities e ON e.id = n.entity WHERE n.norm = ${norm}`,
  );
}

/** The key of an entity given by key or by an unambiguous name or alias. */
export function* findEntity(ref: string): Sql<string> {
  if (yield* entityByKey(ref)) return ref;
  const norm = normaliseName(ref);
  const named = yield* entitiesNamed(norm);
  const byLabel = named.filter((r) => r.kind === 'name');
  const matches = named.filter(
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

/** An entity's relations read from the rows: outgoing, then incoming (self-loops once). */
export function* relationVisitsFromRows(entity: EntityRow): Sql<RelationVisit[]> {
  const found = yield* all<KeyedRelationRow>(
    sql`SELECT ${raw(RELATION_COLUMNS)}, s.key AS subject_key, o.key AS object_key
        FROM relations r JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
        WHERE r.subject = ${entity.id}
        UNION ALL
        SELECT ${raw(RELATION_COLUMNS)}, s.key AS subject_key, o.key AS object_key
        FROM relations r JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
        WHERE r.object = ${entity.id} AND r.subject != ${entity.id}`,
  );
  const otherIds = [...new Set(found.map((r) => (r.subject === entity.id ? r.object : r.subject)))];
  const others = new Map<number, EntityRow>();
  if (otherIds.length > 0) {
    for (const row of yield* entitiesByIds(otherIds)) others.set(row.id, row);
  }
  return found.map((r) => {
    const out = r.subject === entity.id;
    const other = others.get(out ? r.object : r.subject) as EntityRow;
    return {
      key: relationKey(r.subject_key, r.predicate as RelationType, r.object_key),
      direction: out ? 'out' : 'in',
      other: { id: other.key, label: other.label, type: other.type as EntityType },
      attributes: toRelationAttributes(r),
    };
  });
}

function entitiesByIds(ids: readonly number[]): Sql<EntityRow[]> {
  return all<EntityRow>(
    sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE id IN ${list(ids, 'bigint')}`,
  );
}

/** Relations touching any of the entities, with the attributes of every entity they touch. */
export function* neighborhood(keys: readonly string[]): Sql<Neighborhood> {
  const entities = new Map<string, EntityAttributes>();
  const relations: StoredRelation[] = [];
  const found = yield* all<EntityRow>(
    sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE key IN ${list([...new Set(keys)], 'text')}`,
  );
  const ids = found.map((r) => r.id);
  for (const r of found) entities.set(r.key, toEntityAttributes(r));
  if (ids.length === 0) return { entities, relations };
  const ends = new Map<number, EntityRow>(found.map((r) => [r.id, r]));
  const touching = yield* all<RelationRow>(
    sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r WHERE r.subject IN ${list(ids, 'bigint')}
        UNION
        SELECT ${raw(RELATION_COLUMNS)} FROM relations r WHERE r.object IN ${list(ids, 'bigint')}`,
  );
  const missing = new Set<number>();
  for (const r of touching) {
    if (!ends.has(r.subject)) missing.add(r.subject);
    if (!ends.has(r.object)) missing.add(r.object);
  }
  if (missing.size > 0) {
    for (const r of yield* entitiesByIds([...missing])) {
      ends.set(r.id, r);
      entities.set(r.key, toEntityAttributes(r));
    }
  }
  touching.sort((a, b) => a.id - b.id);
  for (const r of touching) {
    const source = (ends.get(r.subject) as EntityRow).key;
    const target = (ends.get(r.object) as EntityRow).key;
    relations.push({
      key: relationKey(source, r.predicate as RelationType, target),
      source,
      target,
      attributes: toRelationAttributes(r),
    });
  }
  return { entities, relations };
}

/** The `n` best-connected entities and the strongest relations among them. */
export function* strongest(n: number, maxRelations: number): Sql<StrongestView> {
  const found = yield* all<EntityRow>(
    sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities ORDER BY weighted_degree DESC, key LIMIT ${n}`,
  );
  const byId = new Map(found.map((r) => [r.id, r]));
  const ids = found.map((r) => r.id);
  const among =
    ids.length === 0
      ? []
      : yield* all<RelationRow>(
          sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r
              WHERE r.subject IN ${list(ids, 'bigint')} AND r.object IN ${list(ids, 'bigint')}`,
        );
  const relations = among.map((r) => {
    const source = (byId.get(r.subject) as EntityRow).key;
    const target = (byId.get(r.object) as EntityRow).key;
    return {
      key: relationKey(source, r.predicate as RelationType, target),
      source,
      target,
      attributes: toRelationAttributes(r),
    };
  });
  relations.sort(
    (a, b) =>
      b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  if (relations.length > maxRelations) relations.length = maxRelations;
  return {
    entities: found.map((r) => ({
      key: r.key,
      attributes: toEntityAttributes(r),
      weightedDegree: r.weighted_degree,
    })),
    relations,
  };
}
