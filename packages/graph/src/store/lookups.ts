/**
 * Single-row look-ups every part of both stores makes (an entity by key or id, a relation by
 * its ends, a relation's evidence), as work over the query interface of `sql.ts`.
 */
import type { EntityRow, EvidenceRow, RelationRow } from './rows.js';
import { ENTITY_COLUMNS, EVIDENCE_SELECT, RELATION_COLUMNS } from './rows.js';
import type { Sql } from './sql.js';
import { all, get, raw, sql } from './sql.js';

export function entityByKey(key: string): Sql<EntityRow | undefined> {
  return get<EntityRow>(sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE key = ${key}`);
}

export function entityById(id: number): Sql<EntityRow | undefined> {
  return get<EntityRow>(sql`SELECT ${raw(ENTITY_COLUMNS)} FROM entities WHERE id = ${id}`);
}

export function relationByEnds(
  subject: number,
  predicate: string,
  object: number,
): Sql<RelationRow | undefined> {
  return get<RelationRow>(
    sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r
        WHERE r.subject = ${subject} AND r.predicate = ${predicate} AND r.object = ${object}`,
  );
}

/** A relation's evidence, in the order it was stored. */
export function evidenceOf(relation: number): Sql<EvidenceRow[]> {
  return all<EvidenceRow>(
    sql`${raw(EVIDENCE_SELECT)} WHERE ev.relation = ${relation} ORDER BY ev.id`,
  );
}

/** A relation key's three parts (entity keys never contain "|"). */
export function splitRelationKey(
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

/** A relation row by key, with the keys of its ends. */
export function* relationByKey(
  key: string,
): Sql<{ row: RelationRow; subject: string; object: string } | undefined> {
  const parts = splitRelationKey(key);
  if (!parts) return undefined;
  const found = yield* get<RelationRow & { subject_key: string; object_key: string }>(
    sql`SELECT ${raw(RELATION_COLUMNS)}, s.key AS subject_key, o.key AS object_key
        FROM relations r
          JOIN entities s ON s.id = r.subject JOIN entities o ON o.id = r.object
        WHERE s.key = ${parts.subject} AND r.predicate = ${parts.predicate}
          AND o.key = ${parts.object}`,
  );
  if (!found) return undefined;
  const { subject_key, object_key, ...row } = found;
  return { row, subject: subject_key, object: object_key };
}
