/**
 * The row moves behind curation, for both backends: an entity's mentions, aliases and evidence
 * ends moved to another entity (all of them for a merge or a retype, those of one surface form
 * for a split), relations re-keyed and self-loops dropped; the store then recomputes what they
 * touched. Inside the curation's transaction.
 */
import type { EntityType, RelationType } from '@kg/schema';
import { ENTITY_TYPES, KgError } from '@kg/schema';
import type { CurationRule, CurationRules } from '../curation.js';
import { canonicalEnds, entityKey, normaliseName } from '../names.js';
import { readDocumentsOf } from './document-reads.js';
import type { Tallies } from './aggregates.js';
import { entityById, entityByKey, evidenceOf, relationByEnds } from './lookups.js';
import type { EntityRow, RelationRow, Touched } from './rows.js';
import { RELATION_COLUMNS, spanText, toEntityAttributes } from './rows.js';
import type { Sql } from './sql.js';
import { all, insert, list, raw, run, sql } from './sql.js';
import type { WriteContext } from './writes.js';
import { recompute } from './writes.js';

/** A curation's work in progress: row ids to recompute and what it moved and created. */
export interface Change {
  tallies: Tallies;
  entities: Set<number>;
  relations: Set<number>;
  touched: Touched;
  created: { entities: number; relations: number };
  mentionsMoved: number;
  evidenceMoved: number;
}

export function newChange(tallies: Tallies): Change {
  return {
    tallies,
    entities: new Set(),
    relations: new Set(),
    touched: { entities: new Set(), relations: new Set() },
    created: { entities: 0, relations: 0 },
    mentionsMoved: 0,
    evidenceMoved: 0,
  };
}

/** The id of an entity, inserted when missing. */
export function* ensureEntity(
  change: Change,
  key: string,
  label: string,
  type: EntityType,
): Sql<number> {
  const found = yield* entityByKey(key);
  if (found) return found.id;
  change.created.entities++;
  change.tallies.entity({ type, degree: 0 }, 1);
  change.tallies.componentsStale();
  return yield* insert(
    sql`INSERT INTO entities (key, label, type) VALUES (${key}, ${label}, ${type})`,
  );
}

/**
 * Moves mentions, aliases and evidence ends from entity `from` to entity `to` (only those whose
 * surface form passes `filter`, for a split), re-keying relations; notes in `change` the rows
 * to recompute.
 */
export function* moveRows(
  change: Change,
  from: string,
  to: string,
  filter?: (surface: string) => boolean,
): Sql<void> {
  const fromRow = (yield* entityByKey(from)) as EntityRow;
  const toRow = (yield* entityByKey(to)) as EntityRow;
  const keep = filter ?? (() => true);
  const mentions = yield* all<{ id: number; text: string }>(
    sql`SELECT id, text FROM mentions WHERE entity = ${fromRow.id}`,
  );
  const moved = mentions.filter((m) => keep(m.text)).map((m) => m.id);
  if (moved.length > 0) {
    yield* run(sql`UPDATE mentions SET entity = ${toRow.id} WHERE id IN ${list(moved, 'bigint')}`);
  }
  change.mentionsMoved += moved.length;
  const aliases = yield* all<{ doc: number; alias: string }>(
    sql`SELECT doc, alias FROM aliases WHERE entity = ${fromRow.id}`,
  );
  for (const a of aliases) {
    if (!keep(a.alias)) continue;
    yield* run(
      sql`DELETE FROM aliases WHERE entity = ${fromRow.id} AND doc = ${a.doc} AND alias = ${a.alias}`,
    );
    yield* run(
      sql`INSERT INTO aliases (entity, doc, alias) VALUES (${toRow.id}, ${a.doc}, ${a.alias})
          ON CONFLICT DO NOTHING`,
    );
  }

  const relations = yield* all<RelationRow>(
    sql`SELECT ${raw(RELATION_COLUMNS)} FROM relations r
        WHERE r.subject = ${fromRow.id} OR r.object = ${fromRow.id} ORDER BY r.id`,
  );
  const touched = new Set<number>();
  for (const rel of relations) {
    touched.add(rel.id);
    for (const ev of yield* evidenceOf(rel.id)) {
      const subjectText = spanText(ev, ev.subject_start, ev.subject_end);
      const objectText = spanText(ev, ev.object_start, ev.object_end);
      const moveSubject =
        rel.subject === fromRow.id && (!filter || (subjectText !== undefined && keep(subjectText)));
      const moveObject =
        rel.object === fromRow.id && (!filter || (objectText !== undefined && keep(objectText)));
      if (!moveSubject && !moveObject) continue;
      const predicate = rel.predicate as RelationType;
      const ends = canonicalEnds(
        moveSubject ? to : ((yield* entityById(rel.subject)) as EntityRow).key,
        predicate,
        moveObject ? to : ((yield* entityById(rel.object)) as EntityRow).key,
      );
      change.evidenceMoved++;
      if (ends.subject === ends.object) {
        yield* run(sql`DELETE FROM evidence WHERE id = ${ev.id}`);
        continue;
      }
      const subjectId = ((yield* entityByKey(ends.subject)) as EntityRow).id;
      const objectId = ((yield* entityByKey(ends.object)) as EntityRow).id;
      let target = (yield* relationByEnds(subjectId, predicate, objectId))?.id;
      if (target === undefined) {
        target = yield* insert(
          sql`INSERT INTO relations (subject, predicate, object, label)
              VALUES (${subjectId}, ${predicate}, ${objectId}, ${rel.label})`,
        );
        change.tallies.relation({ predicate, modality: 'negated', weight: 0 }, 1);
        change.tallies.componentsStale();
        change.created.relations++;
      }
      touched.add(target);
      const [s0, s1, o0, o1] = ends.swapped
        ? [ev.object_start, ev.object_end, ev.subject_start, ev.subject_end]
        : [ev.subject_start, ev.subject_end, ev.object_start, ev.object_end];
      yield* run(
        sql`UPDATE evidence SET relation = ${target}, subject_start = ${s0},
              subject_end = ${s1}, object_start = ${o0}, object_end = ${o1}
            WHERE id = ${ev.id}`,
      );
    }
  }
  for (const id of touched) change.relations.add(id);
  change.entities.add(fromRow.id);
  change.entities.add(toRow.id);
}

/** A rename: the new label on the row (its names follow when the entity is recomputed). */
export function* renameRows(change: Change, key: string, label: string): Sql<void> {
  const found = (yield* entityByKey(key)) as EntityRow;
  yield* run(sql`UPDATE entities SET label = ${label} WHERE id = ${found.id}`);
  change.entities.add(found.id);
}

/** A rejection: the relation's evidence goes (and the relation with it, when recomputed). */
export function* rejectRows(change: Change, relation: number): Sql<void> {
  change.evidenceMoved = yield* run(sql`DELETE FROM evidence WHERE relation = ${relation}`);
  change.relations.add(relation);
}

/** A retype: the entity under its new key (created when missing) takes the old one's rows. */
export function* retypeRows(
  change: Change,
  key: string,
  newKey: string,
  label: string,
  type: EntityType,
): Sql<void> {
  // The rule pins the type; recomputing the entity applies it.
  const id = yield* ensureEntity(change, newKey, label, type);
  change.entities.add(id);
  if (newKey !== key) yield* moveRows(change, key, newKey);
}

/** Refuses a merge of an entity with itself. */
export function checkMerge(into: string, from: string, intoRef: string, fromRef: string): void {
  if (into === from) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.mergeEntities: "${intoRef}" and "${fromRef}" are the same entity.`,
    );
  }
}

/** The key an alias split off an entity gets; refuses the label and aliases it does not have. */
export function splitKey(key: string, row: EntityRow, alias: string): string {
  const attrs = toEntityAttributes(row);
  const norm = normaliseName(alias);
  const known = attrs.aliases.join(', ') || 'none';
  if (norm === normaliseName(attrs.label)) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.splitEntity: "${alias}" is the label of ${key}; split off one of its aliases (${known}).`,
    );
  }
  if (!attrs.aliases.some((a) => normaliseName(a) === norm)) {
    throw new KgError(
      'NOT_FOUND',
      `graph.splitEntity: ${key} has no alias "${alias}" (aliases: ${known}).`,
    );
  }
  const newKey = entityKey(attrs.type, alias);
  if (newKey === key) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.splitEntity: "${alias}" would keep the key ${key}.`,
    );
  }
  return newKey;
}

/** A split: a new entity for the alias, and the rows of that surface form moved to it. */
export function* splitRows(
  change: Change,
  key: string,
  newKey: string,
  alias: string,
  type: EntityType,
): Sql<void> {
  const norm = normaliseName(alias);
  yield* ensureEntity(change, newKey, alias, type);
  yield* moveRows(change, key, newKey, (surface) => normaliseName(surface) === norm);
}

export function checkRename(label: string): void {
  if (label.trim() === '') {
    throw new KgError('INVALID_ARGUMENT', 'graph.renameEntity: the new name is empty.');
  }
}

export function checkType(type: EntityType): void {
  if (!ENTITY_TYPES.includes(type)) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.retypeEntity: unknown type "${type}" (one of ${ENTITY_TYPES.join(', ')}).`,
    );
  }
}

/** The documents whose rows a rule moved or removed: what to extract again when it is undone. */
export function* documentsOfRule(rule: CurationRule, rules: CurationRules): Sql<string[]> {
  const idsOf = function* (...keys: string[]): Sql<number[]> {
    const ids: number[] = [];
    for (const key of keys) {
      const found = yield* entityByKey(rules.redirect(key));
      if (found) ids.push(found.id);
    }
    return ids;
  };
  switch (rule.op) {
    case 'merge':
      return yield* readDocumentsOf(yield* idsOf(rule.into));
    case 'split':
    case 'retype':
      return yield* readDocumentsOf(yield* idsOf(rule.key, rule.newKey));
    case 'reject': {
      const [subject = '', , object = ''] = rule.key.split('|');
      return yield* readDocumentsOf(yield* idsOf(subject, object), true);
    }
    case 'rename':
    case 'accept':
      return [];
  }
}

/** Undoing a rename: the label an earlier rename pinned, else the one before this rename. */
export function* undoRenameRows(
  ctx: WriteContext,
  rule: Extract<CurationRule, { op: 'rename' }>,
  touched: Touched,
  tallies: Tallies,
): Sql<void> {
  const label = ctx.rules.label(rule.key) ?? rule.previous;
  const found = yield* entityByKey(rule.key);
  if (!found || !label) return;
  yield* run(sql`UPDATE entities SET label = ${label} WHERE id = ${found.id}`);
  yield* recompute(ctx, new Set([found.id]), new Set(), touched, tallies);
}
