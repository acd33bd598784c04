/**
 * The analyst's workflow over HTTP: curation rules (the same rules `kg entities` writes, plus
 * accepting and rejecting a relation), their history and undo; the documents list with counts;
 * and a document as the reader shows it. Zod for the bodies the server accepts, TypeScript
 * shapes for its answers (the viewer imports them with `import type`).
 */
import { z } from 'zod';
import type { IngestResult } from './api.js';
import type { StoredDocument } from './graph-types.js';
import { ENTITY_TYPES } from './types.js';
import type { EntityType, MentionType, Modality, RelationType } from './types.js';

/**
 * A curation rule as the store keeps it. A merge and a retype redirect one entity key to
 * another; a split sends the mentions of one alias to an entity of its own; a rename pins a
 * label; a reject keeps a relation (`subject|predicate|object`) out of the graph, also after
 * re-extraction; an accept marks it reviewed.
 */
export type CurationRule =
  | { op: 'merge'; key: string; into: string }
  | { op: 'split'; key: string; alias: string; newKey: string }
  | { op: 'rename'; key: string; label: string; previous?: string }
  | { op: 'retype'; key: string; type: EntityType; newKey: string }
  | { op: 'reject'; key: string }
  | { op: 'accept'; key: string };

export const CURATION_OPS = ['merge', 'split', 'rename', 'retype', 'reject', 'accept'] as const;
export type CurationOp = (typeof CURATION_OPS)[number];

const entityRef = z.string().trim().min(1).max(500);
const relationRef = z
  .string()
  .min(5)
  .max(1100)
  .regex(/^[^|]+\|[A-Z_]+\|[^|]+$/, 'expected a relation key subject|PREDICATE|object');

/** `POST /api/curation` body. */
export const curationBodySchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('merge'), into: entityRef, from: entityRef }),
  z.object({ op: z.literal('split'), entity: entityRef, alias: z.string().trim().min(1).max(500) }),
  z.object({
    op: z.literal('rename'),
    entity: entityRef,
    label: z.string().trim().min(1).max(500),
  }),
  z.object({ op: z.literal('retype'), entity: entityRef, type: z.enum(ENTITY_TYPES) }),
  z.object({ op: z.literal('reject'), relation: relationRef }),
  z.object({ op: z.literal('accept'), relation: relationRef }),
]);
export type CurationBody = z.infer<typeof curationBodySchema>;

/** `POST /api/curation` (201). */
export interface CurationResponse {
  rule: CurationRule;
  /** Where the entity (or relation) lives after the change. */
  key: string;
  mentionsMoved: number;
  evidenceMoved: number;
}

/** One rule in the history. */
export interface ApiCurationRecord {
  id: number;
  rule: CurationRule;
  createdAt: string;
}

/** `GET /api/curation`: the rules in the order they were made. */
export interface CurationListResponse {
  rules: ApiCurationRecord[];
}

/** `DELETE /api/curation/:id`: the rule taken out and the documents extracted again. */
export interface UndoCurationResponse {
  undone: { id: number; rule: CurationRule };
  results: IngestResult[];
}

/** A mention in the reader's text. */
export interface ReaderMention {
  start: number;
  end: number;
  /** The entity it resolved to (after curation). */
  entity: string;
  label: string;
  type: EntityType;
  mentionType: MentionType;
}

/** An evidence sentence in the reader's text, with its relation. */
export interface ReaderRelation {
  start: number;
  end: number;
  /** Where the sentence starts in the original: `EvidenceRecord.start` of the same item. */
  evidenceStart: number;
  key: string;
  predicate: RelationType;
  label?: string;
  subject: string;
  subjectLabel: string;
  object: string;
  objectLabel: string;
  modality: Modality;
  attribution?: string;
}

/** `GET /api/documents/:id`: the document as the reader shows it. */
export interface DocumentReaderResponse {
  document: StoredDocument;
  format: 'text' | 'html';
  /** The text a person reads (the page text for HTML). Offsets below point into it. */
  text: string;
  mentions: ReaderMention[];
  relations: ReaderRelation[];
}
