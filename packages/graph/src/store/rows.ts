/**
 * The store's rows: their TypeScript shapes, the mapping from rows to graph attributes and
 * stored-document records, and the SELECTs that read them.
 */
import type { EntityAttributes, EntityType, EvidenceRecord, Modality } from '@kg/schema';
import type { StoredDocument } from './store.js';

export interface DocumentRow {
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  format: string | null;
  chars: number;
  extractor_version: string;
  ingested_at: string;
  mentions: number;
  evidence: number;
}

export interface EvidenceRow {
  id: number;
  relation_key: string;
  doc_id: string;
  source: string;
  start: number;
  end: number;
  sentence: string;
  subject_start: number | null;
  subject_end: number | null;
  object_start: number | null;
  object_end: number | null;
  trigger_start: number | null;
  trigger_end: number | null;
  modality: string;
  attribution: string | null;
  confidence: number;
  extractor_version: string;
  date: string;
}

export interface EntityRow {
  key: string;
  label: string;
  type: string;
  mentions: number;
  docs: number;
  first: string | null;
  last: string | null;
}

export interface RelationRow {
  key: string;
  subject: string;
  predicate: string;
  object: string;
  label: string | null;
}

export function toDocument(row: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: row.id,
    source: row.source,
    chars: row.chars,
    extractorVersion: row.extractor_version,
    ingestedAt: row.ingested_at,
    mentions: row.mentions,
    evidence: row.evidence,
  };
  if (row.title !== null) doc.title = row.title;
  if (row.date !== null) doc.date = row.date;
  if (row.format !== null) doc.format = row.format;
  return doc;
}

export function toEvidence(row: EvidenceRow): EvidenceRecord {
  const ev: EvidenceRecord = {
    docId: row.doc_id,
    docSource: row.source,
    start: row.start,
    end: row.end,
    sentence: row.sentence,
    modality: row.modality as Modality,
    confidence: row.confidence,
    extractorVersion: row.extractor_version,
    date: row.date,
  };
  if (row.subject_start !== null && row.subject_end !== null) {
    ev.subjectSpan = { start: row.subject_start, end: row.subject_end };
  }
  if (row.object_start !== null && row.object_end !== null) {
    ev.objectSpan = { start: row.object_start, end: row.object_end };
  }
  if (row.trigger_start !== null && row.trigger_end !== null) {
    ev.trigger = { start: row.trigger_start, end: row.trigger_end };
  }
  if (row.attribution !== null) ev.attribution = row.attribution;
  return ev;
}

export function toAttributes(row: EntityRow, aliases: string[]): EntityAttributes {
  return {
    label: row.label,
    type: row.type as EntityType,
    aliases: aliases.filter((a) => a !== row.label),
    mentionCount: row.mentions,
    documentCount: row.docs,
    firstSeen: row.first ?? '',
    lastSeen: row.last ?? '',
  };
}

/** The text of a span inside an evidence sentence. */
export function spanText(
  row: EvidenceRow,
  start: number | null,
  end: number | null,
): string | undefined {
  if (start === null || end === null) return undefined;
  return row.sentence.slice(start - row.start, end - row.start);
}

export const DOCUMENT_COLUMNS = `d.id, d.source, d.title, d.date, d.format, d.chars, d.extractor_version,
  d.ingested_at,
  (SELECT COUNT(*) FROM mentions m WHERE m.doc_id = d.id) AS mentions,
  (SELECT COUNT(*) FROM evidence e WHERE e.doc_id = d.id) AS evidence`;

export const ENTITY_SELECT = `SELECT e.key, e.label, e.type, COUNT(m.id) AS mentions,
  COUNT(DISTINCT m.doc_id) AS docs, MIN(d.ingested_at) AS first, MAX(d.ingested_at) AS last
  FROM entities e LEFT JOIN mentions m ON m.entity_key = e.key
  LEFT JOIN documents d ON d.id = m.doc_id`;

export const EVIDENCE_SELECT = `SELECT ev.*, d.source FROM evidence ev JOIN documents d ON d.id = ev.doc_id`;
