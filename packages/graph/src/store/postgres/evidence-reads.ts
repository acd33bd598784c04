/**
 * Evidence read in aggregate on PostgreSQL: the support of relations (documents, sources,
 * contradiction) and the dated evidence behind a timeline — the same answers as
 * `../sqlite/evidence-reads.ts`. Dates are the documents' own.
 */
import type { Modality, RelationSupport, RelationType } from '@kg/schema';
import { relationKey } from '../../names.js';
import type { EvidenceDates } from '../sqlite/evidence-reads.js';
import { supportOf } from '../support.js';
import type { SupportItem } from '../support.js';
import type { Queryable } from './context.js';
import { row, rows } from './context.js';

/** Support per relation key; `rowId` finds a relation's row id (undefined: unknown key). */
export async function readRelationSupport(
  db: Queryable,
  rowId: (key: string) => Promise<number | undefined>,
  keys: readonly string[],
): Promise<Map<string, RelationSupport>> {
  const result = new Map<string, RelationSupport>();
  for (const key of new Set(keys)) {
    const id = await rowId(key);
    if (id === undefined) continue;
    const items = await rows<SupportItem & Record<string, unknown>>(
      db,
      `SELECT d.id AS "docId", d.source AS "docSource", ev.attribution AS attribution,
         ev.modality AS modality
       FROM evidence ev JOIN documents d ON d.num = ev.doc WHERE ev.relation = $1`,
      [id],
    );
    result.set(key, supportOf(items));
  }
  return result;
}

export async function readEvidenceDates(db: Queryable): Promise<EvidenceDates> {
  const dated = await rows<{
    source: string;
    predicate: RelationType;
    target: string;
    day: string;
    modality: Modality;
    count: number;
  }>(
    db,
    `SELECT s.key AS source, r.predicate AS predicate, o.key AS target,
       substr(d.date, 1, 10) AS day, ev.modality AS modality, COUNT(*)::int AS count
     FROM evidence ev
       JOIN documents d ON d.num = ev.doc
       JOIN relations r ON r.id = ev.relation
       JOIN entities s ON s.id = r.subject
       JOIN entities o ON o.id = r.object
     WHERE d.date IS NOT NULL AND d.date <> ''
     GROUP BY s.key, r.predicate, o.key, ev.relation, substr(d.date, 1, 10), ev.modality`,
  );
  const undated = await row<{ n: number }>(
    db,
    `SELECT COUNT(*)::int AS n FROM evidence ev JOIN documents d ON d.num = ev.doc
     WHERE d.date IS NULL OR d.date = ''`,
  );
  return {
    rows: dated.map((r) => ({
      relation: relationKey(r.source, r.predicate, r.target),
      day: r.day,
      modality: r.modality,
      count: r.count,
    })),
    undated: undated?.n ?? 0,
  };
}
