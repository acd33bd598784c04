/**
 * The row moves behind curation: an entity's mentions, aliases and evidence ends moved to
 * another entity (all of them for a merge or a retype, those of one surface form for a split),
 * relations re-keyed and self-loops dropped; the store then recomputes what they touched.
 */
import type { Database as Db } from 'better-sqlite3';
import type { EntityType, RelationType } from '@kg/schema';
import { canonicalEnds } from '../../names.js';
import type { Tallies } from '../aggregates.js';
import type { EntityRow, EvidenceRow, RelationRow } from './rows.js';
import { RELATION_COLUMNS, spanText } from './rows.js';
import type { Reads } from './reads.js';
import type { SqliteContext, Statements } from './statements.js';
import type { Touched } from './writes.js';

export /** A curation's work in progress: row ids to recompute and what it moved and created. */
interface Change {
  tallies: Tallies;
  entities: Set<number>;
  relations: Set<number>;
  touched: Touched;
  created: { entities: number; relations: number };
  mentionsMoved: number;
  evidenceMoved: number;
}

export class CurationRows {
  constructor(
    private readonly ctx: SqliteContext,
    private readonly reads: Reads,
  ) {}

  private get db(): Db {
    return this.ctx.db;
  }

  private get sql(): Statements {
    return this.ctx.sql;
  }

  /** The id of an entity, inserted when missing. */
  ensureEntity(change: Change, key: string, label: string, type: EntityType): number {
    const row = this.reads.entityRow(key);
    if (row) return row.id;
    change.created.entities++;
    change.tallies.entity({ type, degree: 0 }, 1);
    return Number(this.sql.insertEntity.run(key, label, type).lastInsertRowid);
  }

  /**
   * Moves mentions, aliases and evidence ends from entity `from` to entity `to` (only those
   * whose surface form passes `filter`, for a split), re-keying relations; notes in `change`
   * the rows to recompute.
   */
  moveRows(change: Change, from: string, to: string, filter?: (surface: string) => boolean): void {
    const db = this.db;
    const fromRow = this.reads.entityRow(from) as EntityRow;
    const toRow = this.reads.entityRow(to) as EntityRow;
    const keep = filter ?? (() => true);
    const mentions = db
      .prepare(`SELECT id, text FROM mentions WHERE entity = ?`)
      .all(fromRow.id) as { id: number; text: string }[];
    const moveMention = db.prepare(`UPDATE mentions SET entity = ? WHERE id = ?`);
    for (const m of mentions) {
      if (keep(m.text)) {
        moveMention.run(toRow.id, m.id);
        change.mentionsMoved++;
      }
    }
    const aliases = db
      .prepare(`SELECT doc, alias FROM aliases WHERE entity = ?`)
      .all(fromRow.id) as { doc: number; alias: string }[];
    const deleteAlias = db.prepare(
      `DELETE FROM aliases WHERE entity = ? AND doc = ? AND alias = ?`,
    );
    for (const a of aliases) {
      if (!keep(a.alias)) continue;
      deleteAlias.run(fromRow.id, a.doc, a.alias);
      this.sql.insertAlias.run(toRow.id, a.doc, a.alias);
    }

    const relations = db
      .prepare(
        `SELECT ${RELATION_COLUMNS} FROM relations r WHERE r.subject = @id OR r.object = @id`,
      )
      .all({ id: fromRow.id }) as RelationRow[];
    const moveEvidence = db.prepare(
      `UPDATE evidence SET relation = ?, subject_start = ?, subject_end = ?, object_start = ?,
         object_end = ? WHERE id = ?`,
    );
    const deleteEvidence = db.prepare(`DELETE FROM evidence WHERE id = ?`);
    const keyOf = (id: number): string => (this.sql.entityById.get(id) as EntityRow).key;
    const idOf = (key: string): number => (this.reads.entityRow(key) as EntityRow).id;
    const touched = new Set<number>();
    for (const rel of relations) {
      touched.add(rel.id);
      const rows = this.sql.evidenceOf.all(rel.id) as EvidenceRow[];
      for (const row of rows) {
        const subjectText = spanText(row, row.subject_start, row.subject_end);
        const objectText = spanText(row, row.object_start, row.object_end);
        const moveSubject =
          rel.subject === fromRow.id &&
          (!filter || (subjectText !== undefined && keep(subjectText)));
        const moveObject =
          rel.object === fromRow.id && (!filter || (objectText !== undefined && keep(objectText)));
        if (!moveSubject && !moveObject) continue;
        const predicate = rel.predicate as RelationType;
        const ends = canonicalEnds(
          moveSubject ? to : keyOf(rel.subject),
          predicate,
          moveObject ? to : keyOf(rel.object),
        );
        change.evidenceMoved++;
        if (ends.subject === ends.object) {
          deleteEvidence.run(row.id);
          continue;
        }
        const subjectId = idOf(ends.subject);
        const objectId = idOf(ends.object);
        let target = (
          this.sql.relationByEnds.get(subjectId, predicate, objectId) as RelationRow | undefined
        )?.id;
        if (target === undefined) {
          target = Number(
            this.sql.insertRelation.run(subjectId, predicate, objectId, rel.label).lastInsertRowid,
          );
          change.tallies.relation({ predicate, modality: 'negated', weight: 0 }, 1);
          change.created.relations++;
        }
        touched.add(target);
        const [s0, s1, o0, o1] = ends.swapped
          ? [row.object_start, row.object_end, row.subject_start, row.subject_end]
          : [row.subject_start, row.subject_end, row.object_start, row.object_end];
        moveEvidence.run(target, s0, s1, o0, o1, row.id);
      }
    }
    for (const id of touched) change.relations.add(id);
    change.entities.add(fromRow.id);
    change.entities.add(toRow.id);
  }
}
