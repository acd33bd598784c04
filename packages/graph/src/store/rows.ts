/**
 * The stores' rows (the same tables on both backends): their TypeScript shapes, the mapping
 * from rows to graph attributes, aggregate states and stored-document records, and the column
 * lists the statements read.
 */
import type {
  EntityAttributes,
  EntityType,
  EvidenceRecord,
  Modality,
  RelationAttributes,
  RelationType,
  StoredDocument,
} from '@kg/schema';
import { MODALITIES } from '@kg/schema';
import type { MergeSummary } from '../merge.js';
import type { ModalityCounts } from '../modalities.js';
import { mixedCounts } from '../modalities.js';
import type { EntityState, RelationState } from './aggregates.js';

export interface DocumentRow {
  num: number;
  id: string;
  source: string;
  title: string | null;
  site: string | null;
  date: string | null;
  format: string | null;
  chars: number;
  extractor_version: string;
  ingested_at: string;
  mention_count: number;
  evidence_count: number;
}

export interface EntityRow {
  id: number;
  key: string;
  label: string;
  type: string;
  aliases: string;
  type_votes: string;
  mention_count: number;
  document_count: number;
  first_seen: string | null;
  last_seen: string | null;
  degree: number;
  weighted_degree: number;
}

export interface RelationRow {
  id: number;
  subject: number;
  predicate: string;
  object: number;
  label: string | null;
  weight: number;
  modality: string;
  asserted: number;
  reported: number;
  considered: number;
  alleged: number;
  negated: number;
  first_seen: string | null;
  last_seen: string | null;
}

/** A relation row with the keys of its ends. */
export interface KeyedRelationRow extends RelationRow {
  subject_key: string;
  object_key: string;
}

export interface EvidenceRow {
  id: number;
  relation: number;
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
  /** The document's own date (null when undated), never the ingest time. */
  doc_date: string | null;
}

export const DOCUMENT_COLUMNS = `d.num, d.id, d.source, d.title, d.date, d.site, d.format, d.chars,
  d.extractor_version, d.ingested_at, d.mention_count, d.evidence_count`;

export const ENTITY_COLUMNS = `id, key, label, type, aliases, type_votes, mention_count,
  document_count, first_seen, last_seen, degree, weighted_degree`;

export const RELATION_COLUMNS = `r.id, r.subject, r.predicate, r.object, r.label, r.weight,
  r.modality, r.asserted, r.reported, r.considered, r.alleged, r.negated, r.first_seen,
  r.last_seen`;

export const EVIDENCE_SELECT = `SELECT ev.id, ev.relation, d.id AS doc_id, d.source, ev.start,
  ev."end", ev.sentence, ev.subject_start, ev.subject_end, ev.object_start, ev.object_end,
  ev.trigger_start, ev.trigger_end, ev.modality, ev.attribution, ev.confidence,
  ev.extractor_version, d.date AS doc_date
  FROM evidence ev JOIN documents d ON d.num = ev.doc`;

export function toDocument(row: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: row.id,
    source: row.source,
    chars: row.chars,
    extractorVersion: row.extractor_version,
    ingestedAt: row.ingested_at,
    mentions: row.mention_count,
    evidence: row.evidence_count,
  };
  if (row.title !== null) doc.title = row.title;
  if (row.date !== null) doc.date = row.date;
  if (row.site !== null) doc.site = row.site;
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
  };
  if (row.doc_date) ev.date = row.doc_date;
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

export function toEntityAttributes(row: EntityRow): EntityAttributes {
  return {
    label: row.label,
    type: row.type as EntityType,
    aliases: JSON.parse(row.aliases) as string[],
    mentionCount: row.mention_count,
    documentCount: row.document_count,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
  };
}

/** The per-modality counts of a relation row. */
export function countsOfRow(row: RelationRow): ModalityCounts {
  const counts: ModalityCounts = {};
  for (const modality of MODALITIES) if (row[modality] > 0) counts[modality] = row[modality];
  return counts;
}

export function toRelationAttributes(row: RelationRow): RelationAttributes {
  const attributes: RelationAttributes = {
    predicate: row.predicate as RelationType,
    weight: row.weight,
    modality: row.modality as Modality,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
  };
  if (row.label !== null) attributes.label = row.label;
  const mixed = mixedCounts(countsOfRow(row));
  if (mixed) attributes.modalityCounts = mixed;
  return attributes;
}

/** The text of a span inside an evidence sentence. */
export function spanText(
  row: Pick<EvidenceRow, 'sentence' | 'start'>,
  start: number | null,
  end: number | null,
): string | undefined {
  if (start === null || end === null) return undefined;
  return row.sentence.slice(start - row.start, end - row.start);
}

/** What one write changed: entity and relation keys to re-read into the projection. */
export interface Touched {
  entities: Set<string>;
  relations: Set<string>;
}

export function emptySummary(): MergeSummary {
  return { nodesAdded: 0, nodesMerged: 0, edgesAdded: 0, edgesMerged: 0, evidenceAdded: 0 };
}

/** An entity row as the aggregate state a merge starts from. */
export function entityState(row: EntityRow): EntityState {
  return {
    label: row.label,
    type: row.type as EntityType,
    aliases: JSON.parse(row.aliases) as string[],
    typeVotes: JSON.parse(row.type_votes) as EntityState['typeVotes'],
    mentionCount: row.mention_count,
    documentCount: row.document_count,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
    degree: row.degree,
    weightedDegree: row.weighted_degree,
  };
}

/** A relation row as the aggregate state a merge starts from. */
export function relationState(row: RelationRow): RelationState {
  const state: RelationState = {
    weight: row.weight,
    counts: countsOfRow(row),
    modality: row.modality as Modality,
    firstSeen: row.first_seen ?? '',
    lastSeen: row.last_seen ?? '',
  };
  if (row.label !== null) state.label = row.label;
  return state;
}
