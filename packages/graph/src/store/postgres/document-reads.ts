/**
 * A reader's and a documents list's reads on PostgreSQL — the same answers as
 * `../sqlite/document-reads.ts`: the kept text, mentions with their entities, evidence with
 * its relation, per-document counts, and the documents that mention given entities.
 */
import type { EntityType, MentionType, Modality, RelationType } from '@kg/schema';
import { relationKey } from '../../names.js';
import type { DocumentRow } from '../sqlite/rows.js';
import { toDocument } from '../sqlite/rows.js';
import type { DocumentContent, DocumentSummary } from '../store.js';
import type { Queryable } from './context.js';
import { DOCUMENT_COLUMNS, row, rows } from './context.js';

export async function readDocumentContent(
  db: Queryable,
  num: number,
): Promise<DocumentContent | undefined> {
  const found = await row<DocumentRow>(
    db,
    `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.num = $1`,
    [num],
  );
  if (!found) return undefined;
  const text = (
    await row<{ text: string }>(db, `SELECT text FROM document_text WHERE doc = $1`, [num])
  )?.text;
  const mentions = await rows<{
    start: number;
    end: number;
    text: string;
    mentionType: MentionType;
    entity: string;
    label: string;
    type: EntityType;
  }>(
    db,
    `SELECT m.start, m."end" AS "end", m.text, m.type AS "mentionType", e.key AS entity, e.label,
       e.type AS type
     FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.doc = $1 ORDER BY m.start`,
    [num],
  );
  const evidence = await rows<{
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
    db,
    `SELECT ev.start, ev."end" AS "end", ev.sentence, ev.modality, ev.attribution, r.predicate,
       r.label, s.key AS subject, s.label AS "subjectLabel", o.key AS object,
       o.label AS "objectLabel"
     FROM evidence ev
       JOIN relations r ON r.id = ev.relation
       JOIN entities s ON s.id = r.subject
       JOIN entities o ON o.id = r.object
     WHERE ev.doc = $1 ORDER BY ev.start, ev.id`,
    [num],
  );
  return {
    document: toDocument(found),
    ...(text === undefined ? {} : { text }),
    mentions: mentions.map((m) => ({ ...m })),
    evidence: evidence.map(({ attribution, label, ...ev }) => ({
      ...ev,
      key: relationKey(ev.subject, ev.predicate, ev.object),
      ...(attribution ? { attribution } : {}),
      ...(label ? { label } : {}),
    })),
  };
}

export async function readDocumentSummaries(db: Queryable): Promise<DocumentSummary[]> {
  const found = await rows<
    DocumentRow & { entity_count: number; relation_count: number; text_stored: boolean }
  >(
    db,
    `SELECT ${DOCUMENT_COLUMNS},
       (SELECT COUNT(DISTINCT entity)::int FROM mentions WHERE doc = d.num) AS entity_count,
       (SELECT COUNT(DISTINCT relation)::int FROM evidence WHERE doc = d.num) AS relation_count,
       EXISTS (SELECT 1 FROM document_text t WHERE t.doc = d.num) AS text_stored
     FROM documents d ORDER BY d.ingested_at DESC, d.source`,
  );
  return found.map((r) => ({
    ...toDocument(r),
    entityCount: r.entity_count,
    relationCount: r.relation_count,
    textStored: r.text_stored,
  }));
}

export async function readDocumentsOf(
  db: Queryable,
  entityIds: readonly number[],
  every = false,
): Promise<string[]> {
  if (entityIds.length === 0) return [];
  const found = await rows<{ id: string }>(
    db,
    `SELECT d.id FROM documents d JOIN mentions m ON m.doc = d.num
     WHERE m.entity = ANY($1::bigint[]) GROUP BY d.num, d.id
     HAVING COUNT(DISTINCT m.entity) >= $2 ORDER BY d.num`,
    [entityIds, every ? entityIds.length : 1],
  );
  return found.map((r) => r.id);
}
