/**
 * What a reader and a documents list need of one or all documents, on both backends: the kept
 * text, the mentions with the entities they resolved to, the evidence with its relation, per
 * document the number of distinct entities and relations, and the documents that mention
 * given entities.
 */
import type { EntityType, MentionType, Modality, RelationType } from '@kg/schema';
import { relationKey } from '../names.js';
import type { DocumentRow } from './rows.js';
import { DOCUMENT_COLUMNS, toDocument } from './rows.js';
import type { Sql } from './sql.js';
import { all, get, list, raw, sql } from './sql.js';
import type { DocumentContent, DocumentSummary } from './store.js';

/** A document with its text, mentions and evidence, or undefined when there is no such row. */
export function* readDocumentContent(num: number): Sql<DocumentContent | undefined> {
  const found = yield* get<DocumentRow>(
    sql`SELECT ${raw(DOCUMENT_COLUMNS)} FROM documents d WHERE d.num = ${num}`,
  );
  if (!found) return undefined;
  const text = (yield* get<{ text: string }>(
    sql`SELECT text FROM document_text WHERE doc = ${num}`,
  ))?.text;
  const mentions = yield* all<DocumentContent['mentions'][number]>(
    sql`SELECT m.start, m."end" AS "end", m.text, m.type AS "mentionType", e.key AS entity,
          e.label, e.type AS type
        FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.doc = ${num} ORDER BY m.start`,
  );
  const evidence = yield* all<{
    start: number;
    end: number;
    sentence: string;
    modality: Modality;
    attribution: string | null;
    predicate: RelationType;
    label: string | null;
    subject: string;
    subjectLabel: string;
    object: string;
    objectLabel: string;
  }>(
    sql`SELECT ev.start, ev."end" AS "end", ev.sentence, ev.modality, ev.attribution,
          r.predicate, r.label, s.key AS subject, s.label AS "subjectLabel", o.key AS object,
          o.label AS "objectLabel"
        FROM evidence ev
          JOIN relations r ON r.id = ev.relation
          JOIN entities s ON s.id = r.subject
          JOIN entities o ON o.id = r.object
        WHERE ev.doc = ${num} ORDER BY ev.start, ev.id`,
  );
  return {
    document: toDocument(found),
    ...(text === undefined ? {} : { text }),
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      mentionType: m.mentionType as MentionType,
      entity: m.entity,
      label: m.label,
      type: m.type as EntityType,
    })),
    evidence: evidence.map(({ attribution, label, ...ev }) => ({
      ...ev,
      key: relationKey(ev.subject, ev.predicate, ev.object),
      ...(attribution ? { attribution } : {}),
      ...(label ? { label } : {}),
    })),
  };
}

/** Every document with its counts of distinct entities and relations, newest first. */
export function* readDocumentSummaries(): Sql<DocumentSummary[]> {
  const found = yield* all<
    DocumentRow & { entity_count: number; relation_count: number; text_stored: number }
  >(
    sql`SELECT ${raw(DOCUMENT_COLUMNS)},
          (SELECT COUNT(DISTINCT entity) FROM mentions WHERE doc = d.num) AS entity_count,
          (SELECT COUNT(DISTINCT relation) FROM evidence WHERE doc = d.num) AS relation_count,
          CASE WHEN EXISTS (SELECT 1 FROM document_text t WHERE t.doc = d.num) THEN 1 ELSE 0 END
            AS text_stored
        FROM documents d ORDER BY d.ingested_at DESC, d.source`,
  );
  return found.map((row) => ({
    ...toDocument(row),
    entityCount: row.entity_count,
    relationCount: row.relation_count,
    textStored: row.text_stored === 1,
  }));
}

/** Ids of the documents that mention any of the entities (all of them when `every`). */
export function* readDocumentsOf(entityIds: readonly number[], every = false): Sql<string[]> {
  if (entityIds.length === 0) return [];
  const found = yield* all<{ id: string }>(
    sql`SELECT d.id FROM documents d JOIN mentions m ON m.doc = d.num
        WHERE m.entity IN ${list(entityIds, 'bigint')} GROUP BY d.num, d.id
        HAVING COUNT(DISTINCT m.entity) >= ${every ? entityIds.length : 1} ORDER BY d.num`,
  );
  return found.map((r) => r.id);
}
