/**
 * What a reader and a documents list need of one or all documents: the stored text, the
 * mentions with the entities they resolved to, the evidence with its relation, and per
 * document the number of distinct entities and relations. Plain SQL over the documents,
 * document_text, mentions and evidence tables.
 */
import type { Database as Db } from 'better-sqlite3';
import type { EntityType, MentionType, Modality, RelationType } from '@kg/schema';
import { relationKey } from '../../names.js';
import type { DocumentContent, DocumentSummary } from '../store.js';
import type { DocumentRow } from './rows.js';
import { DOCUMENT_COLUMNS, toDocument } from './rows.js';

/** A document with its text, mentions and evidence, or undefined when there is no such row. */
export function readDocumentContent(db: Db, num: number): DocumentContent | undefined {
  const row = db.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.num = ?`).get(num) as
    DocumentRow | undefined;
  if (!row) return undefined;
  const text = db.prepare(`SELECT text FROM document_text WHERE doc = ?`).pluck().get(num) as
    string | undefined;
  const mentions = (
    db
      .prepare(
        `SELECT m.start, m.end, m.text, m.type AS mentionType, e.key AS entity, e.label,
           e.type AS type
         FROM mentions m JOIN entities e ON e.id = m.entity WHERE m.doc = ? ORDER BY m.start`,
      )
      .all(num) as {
      start: number;
      end: number;
      text: string;
      mentionType: MentionType;
      entity: string;
      label: string;
      type: EntityType;
    }[]
  ).map((m) => ({ ...m }));
  const evidence = (
    db
      .prepare(
        `SELECT ev.start, ev.end, ev.sentence, ev.modality, ev.attribution, r.predicate, r.label,
           s.key AS subject, s.label AS subjectLabel, o.key AS object, o.label AS objectLabel
         FROM evidence ev
           JOIN relations r ON r.id = ev.relation
           JOIN entities s ON s.id = r.subject
           JOIN entities o ON o.id = r.object
         WHERE ev.doc = ? ORDER BY ev.start, ev.id`,
      )
      .all(num) as {
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
    }[]
  ).map(({ attribution, label, ...ev }) => ({
    ...ev,
    key: relationKey(ev.subject, ev.predicate, ev.object),
    ...(attribution ? { attribution } : {}),
    ...(label ? { label } : {}),
  }));
  return {
    document: toDocument(row),
    ...(text === undefined ? {} : { text }),
    mentions,
    evidence,
  };
}

/** Every document with its counts of distinct entities and relations, newest first. */
export function readDocumentSummaries(db: Db): DocumentSummary[] {
  const rows = db
    .prepare(
      `SELECT ${DOCUMENT_COLUMNS},
         (SELECT COUNT(DISTINCT entity) FROM mentions WHERE doc = d.num) AS entity_count,
         (SELECT COUNT(DISTINCT relation) FROM evidence WHERE doc = d.num) AS relation_count,
         EXISTS (SELECT 1 FROM document_text t WHERE t.doc = d.num) AS text_stored
       FROM documents d ORDER BY d.ingested_at DESC, d.source`,
    )
    .all() as (DocumentRow & {
    entity_count: number;
    relation_count: number;
    text_stored: number;
  })[];
  return rows.map((row) => ({
    ...toDocument(row),
    entityCount: row.entity_count,
    relationCount: row.relation_count,
    textStored: row.text_stored === 1,
  }));
}

/** Ids of the documents that mention any of the entities (all of them when `every`). */
export function readDocumentsOf(db: Db, entityIds: readonly number[], every = false): string[] {
  if (entityIds.length === 0) return [];
  const marks = entityIds.map(() => '?').join(', ');
  const rows = db
    .prepare(
      `SELECT d.id FROM documents d JOIN mentions m ON m.doc = d.num
       WHERE m.entity IN (${marks}) GROUP BY d.num
       HAVING COUNT(DISTINCT m.entity) >= ? ORDER BY d.num`,
    )
    .pluck()
    .all(...entityIds, every ? entityIds.length : 1) as string[];
  return rows;
}
