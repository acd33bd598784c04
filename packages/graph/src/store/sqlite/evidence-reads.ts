/**
 * Evidence read in aggregate for views: the support of relations (documents, sources,
 * contradiction) and the dated evidence behind a timeline. SQLite queries over the evidence
 * and documents tables; the store methods `relationSupport` and `evidenceDates` call these.
 * Dates are the documents' own: evidence of an undated document is counted as undated, never
 * under the day it was ingested.
 */
import type { Database as Db } from 'better-sqlite3';
import type { Modality, RelationSupport } from '@kg/schema';
import { relationKey } from '../../names.js';
import type { RelationType } from '@kg/schema';
import { supportOf } from '../support.js';
import type { SupportItem } from '../support.js';

/** Dated evidence per relation, document day and modality, and how much is undated. */
export interface EvidenceDates {
  rows: { relation: string; day: string; modality: Modality; count: number }[];
  /** Evidence items whose document has no date. */
  undated: number;
}

/** Support per relation key; `rowId` finds a relation's row id (undefined: unknown key). */
export function readRelationSupport(
  db: Db,
  rowId: (key: string) => number | undefined,
  keys: readonly string[],
): Map<string, RelationSupport> {
  const statement = db.prepare(
    `SELECT d.id AS docId, d.source AS docSource, ev.attribution AS attribution,
       ev.modality AS modality
     FROM evidence ev JOIN documents d ON d.num = ev.doc WHERE ev.relation = ?`,
  );
  const result = new Map<string, RelationSupport>();
  for (const key of new Set(keys)) {
    const id = rowId(key);
    if (id === undefined) continue;
    result.set(key, supportOf(statement.all(id) as SupportItem[]));
  }
  return result;
}

export function readEvidenceDates(db: Db): EvidenceDates {
  const rows = db
    .prepare(
      `SELECT s.key AS source, r.predicate AS predicate, o.key AS target,
         substr(d.date, 1, 10) AS day, ev.modality AS modality, COUNT(*) AS count
       FROM evidence ev
         JOIN documents d ON d.num = ev.doc
         JOIN relations r ON r.id = ev.relation
         JOIN entities s ON s.id = r.subject
         JOIN entities o ON o.id = r.object
       WHERE d.date IS NOT NULL AND d.date <> ''
       GROUP BY ev.relation, day, ev.modality`,
    )
    .all() as {
    source: string;
    predicate: RelationType;
    target: string;
    day: string;
    modality: Modality;
    count: number;
  }[];
  const undated = db
    .prepare(
      `SELECT COUNT(*) AS n FROM evidence ev JOIN documents d ON d.num = ev.doc
       WHERE d.date IS NULL OR d.date = ''`,
    )
    .get() as { n: number };
  return {
    rows: rows.map((row) => ({
      relation: relationKey(row.source, row.predicate, row.target),
      day: row.day,
      modality: row.modality,
      count: row.count,
    })),
    undated: undated.n,
  };
}
