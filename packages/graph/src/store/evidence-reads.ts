/**
 * Evidence read in aggregate for views, on both backends: the support of relations
 * (documents, sources, contradiction) and the dated evidence behind a timeline. Dates are the
 * documents' own: evidence of an undated document is counted as undated, never under the day
 * it was ingested.
 */
import type { Modality, RelationSupport, RelationType } from '@kg/schema';
import { relationKey } from '../names.js';
import { relationByKey } from './lookups.js';
import type { Sql } from './sql.js';
import { all, get, sql } from './sql.js';
import { supportOf } from './support.js';
import type { SupportItem } from './support.js';

/** Dated evidence per relation, document day and modality, and how much is undated. */
export interface EvidenceDates {
  rows: { relation: string; day: string; modality: Modality; count: number }[];
  /** Evidence items whose document has no date. */
  undated: number;
}

/** Support per relation key (unknown keys are left out). */
export function* readRelationSupport(keys: readonly string[]): Sql<Map<string, RelationSupport>> {
  const result = new Map<string, RelationSupport>();
  for (const key of new Set(keys)) {
    const found = yield* relationByKey(key);
    if (!found) continue;
    const items = yield* all<SupportItem>(
      sql`SELECT d.id AS "docId", d.source AS "docSource", ev.attribution AS attribution,
            ev.modality AS modality
          FROM evidence ev JOIN documents d ON d.num = ev.doc WHERE ev.relation = ${found.row.id}`,
    );
    result.set(key, supportOf(items));
  }
  return result;
}

/** Evidence counts per relation, document day and modality (documents with a date only). */
export function* readEvidenceDates(): Sql<EvidenceDates> {
  const dated = yield* all<{
    source: string;
    predicate: RelationType;
    target: string;
    day: string;
    modality: Modality;
    count: number;
  }>(
    sql`SELECT s.key AS source, r.predicate AS predicate, o.key AS target,
          substr(d.date, 1, 10) AS day, ev.modality AS modality, COUNT(*) AS count
        FROM evidence ev
          JOIN documents d ON d.num = ev.doc
          JOIN relations r ON r.id = ev.relation
          JOIN entities s ON s.id = r.subject
          JOIN entities o ON o.id = r.object
        WHERE d.date IS NOT NULL AND d.date <> ''
        GROUP BY s.key, r.predicate, o.key, ev.relation, substr(d.date, 1, 10), ev.modality`,
  );
  const undated = yield* get<{ n: number }>(
    sql`SELECT COUNT(*) AS n FROM evidence ev JOIN documents d ON d.num = ev.doc
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
