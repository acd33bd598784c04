/**
 * The row moves behind curation on PostgreSQL: an entity's mentions, aliases and evidence ends
 * moved to another entity (all of them for a merge or a retype, those of one surface form for a
 * split), relations re-keyed and self-loops dropped; the store then recomputes what they
 * touched. Inside the curation's transaction.
 */
import type { PoolClient } from 'pg';
import type { EntityType, RelationType } from '@kg/schema';
import { canonicalEnds } from '../../names.js';
import type { Tallies } from '../aggregates.js';
import type { EntityRow, EvidenceRow, RelationRow } from '../sqlite/rows.js';
import { spanText } from '../sqlite/rows.js';
import { RELATION_COLUMNS, SQL, row, rows } from './context.js';
import type { Reads } from './reads.js';
import type { Touched } from './writes.js';

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

export class CurationRows {
  constructor(private readonly reads: Reads) {}

  /** The id of an entity, inserted when missing. */
  async ensureEntity(
    db: PoolClient,
    change: Change,
    key: string,
    label: string,
    type: EntityType,
  ): Promise<number> {
    const found = await this.reads.entityRow(key, db);
    if (found) return found.id;
    change.created.entities++;
    change.tallies.entity({ type, degree: 0 }, 1);
    return Number((await row<{ id: number }>(db, SQL.insertEntity, [key, label, type]))?.id);
  }

  /**
   * Moves mentions, aliases and evidence ends from entity `from` to entity `to` (only those
   * whose surface form passes `filter`, for a split), re-keying relations; notes in `change`
   * the rows to recompute.
   */
  async moveRows(
    db: PoolClient,
    change: Change,
    from: string,
    to: string,
    filter?: (surface: string) => boolean,
  ): Promise<void> {
    const fromRow = (await this.reads.entityRow(from, db)) as EntityRow;
    const toRow = (await this.reads.entityRow(to, db)) as EntityRow;
    const keep = filter ?? (() => true);
    const mentions = await rows<{ id: number; text: string }>(
      db,
      `SELECT id, text FROM mentions WHERE entity = $1`,
      [fromRow.id],
    );
    const moved = mentions.filter((m) => keep(m.text)).map((m) => m.id);
    if (moved.length > 0) {
      await db.query(`UPDATE mentions SET entity = $1 WHERE id = ANY($2::bigint[])`, [
        toRow.id,
        moved,
      ]);
    }
    change.mentionsMoved += moved.length;
    const aliases = await rows<{ doc: number; alias: string }>(
      db,
      `SELECT doc, alias FROM aliases WHERE entity = $1`,
      [fromRow.id],
    );
    for (const a of aliases) {
      if (!keep(a.alias)) continue;
      await db.query(`DELETE FROM aliases WHERE entity = $1 AND doc = $2 AND alias = $3`, [
        fromRow.id,
        a.doc,
        a.alias,
      ]);
      await db.query(SQL.insertAlias, [toRow.id, a.doc, a.alias]);
    }

    const relations = await rows<RelationRow>(
      db,
      `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.subject = $1 OR r.object = $1
       ORDER BY r.id`,
      [fromRow.id],
    );
    const keyOf = async (id: number): Promise<string> =>
      ((await row<EntityRow>(db, SQL.entityById, [id])) as EntityRow).key;
    const idOf = async (key: string): Promise<number> =>
      ((await this.reads.entityRow(key, db)) as EntityRow).id;
    const touched = new Set<number>();
    for (const rel of relations) {
      touched.add(rel.id);
      const evidence = await rows<EvidenceRow>(db, SQL.evidenceOf, [rel.id]);
      for (const ev of evidence) {
        const subjectText = spanText(ev, ev.subject_start, ev.subject_end);
        const objectText = spanText(ev, ev.object_start, ev.object_end);
        const moveSubject =
          rel.subject === fromRow.id &&
          (!filter || (subjectText !== undefined && keep(subjectText)));
        const moveObject =
          rel.object === fromRow.id && (!filter || (objectText !== undefined && keep(objectText)));
        if (!moveSubject && !moveObject) continue;
        const predicate = rel.predicate as RelationType;
        const ends = canonicalEnds(
          moveSubject ? to : await keyOf(rel.subject),
          predicate,
          moveObject ? to : await keyOf(rel.object),
        );
        change.evidenceMoved++;
        if (ends.subject === ends.object) {
          await db.query(`DELETE FROM evidence WHERE id = $1`, [ev.id]);
          continue;
        }
        const subjectId = await idOf(ends.subject);
        const objectId = await idOf(ends.object);
        let target = (
          await row<RelationRow>(db, SQL.relationByEnds, [subjectId, predicate, objectId])
        )?.id;
        if (target === undefined) {
          target = Number(
            (
              await row<{ id: number }>(db, SQL.insertRelation, [
                subjectId,
                predicate,
                objectId,
                rel.label,
              ])
            )?.id,
          );
          change.tallies.relation({ predicate, modality: 'negated', weight: 0 }, 1);
          change.created.relations++;
        }
        touched.add(target);
        const [s0, s1, o0, o1] = ends.swapped
          ? [ev.object_start, ev.object_end, ev.subject_start, ev.subject_end]
          : [ev.subject_start, ev.subject_end, ev.object_start, ev.object_end];
        await db.query(
          `UPDATE evidence SET relation = $1, subject_start = $2, subject_end = $3,
             object_start = $4, object_end = $5 WHERE id = $6`,
          [target, s0, s1, o0, o1, ev.id],
        );
      }
    }
    for (const id of touched) change.relations.add(id);
    change.entities.add(fromRow.id);
    change.entities.add(toRow.id);
  }
}
