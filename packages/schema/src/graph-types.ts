/**
 * Attributes of the stored knowledge graph (graphology MultiDirectedGraph). Domain data only:
 * no x, y or colour; the viewer styles from these.
 */
import type { EntityType, Modality, RelationType } from './types.js';

/** Node attributes. Node key = stable entity id (e.g. "gpe:iran"). */
export interface EntityAttributes {
  label: string;
  type: EntityType;
  aliases: string[];
  mentionCount: number;
  documentCount: number;
  /** ISO timestamps of the first and last ingest that mentioned the entity. */
  firstSeen: string;
  lastSeen: string;
}

/** One supporting item of an edge, with its provenance. */
export interface EvidenceRecord {
  /** Document id in the store (content hash). */
  docId: string;
  /** Human-readable source of the document (path, URL or title). */
  docSource?: string;
  /** Sentence offsets in the document's original text, end exclusive (UTF-16). */
  start: number;
  end: number;
  /**
   * The sentence as plain text. For a sentence cut from markup (HTML) it differs from the
   * original slice (its length is not `end - start`), and the spans below are then offsets
   * into `sentence` rather than into the document.
   */
  sentence: string;
  /** Subject and object mention offsets, when known, to highlight them in the sentence. */
  subjectSpan?: { start: number; end: number };
  objectSpan?: { start: number; end: number };
  /** The trigger (verb, noun or title) inside the sentence, when known. */
  trigger?: { start: number; end: number };
  modality: Modality;
  attribution?: string;
  confidence: number;
  extractorVersion: string;
  /**
   * The document's own date (ISO), when it has one. Evidence read from a store never carries
   * the ingest time as a date: an undated document's evidence is undated. (While a document is
   * merged, its records carry the ingest time here for the relation's first and last seen.)
   */
  date?: string;
}

/** Edge attributes. Edge key = `${subject}|${predicate}|${object}`. */
export interface RelationAttributes {
  predicate: RelationType;
  label?: string;
  /** Number of supporting evidence items. */
  weight: number;
  /** Strongest modality among the evidence. */
  modality: Modality;
  /**
   * Evidence items per modality, kept when they differ and the evidence itself is not in
   * memory (absent: all `weight` items have `modality`).
   */
  modalityCounts?: Partial<Record<Modality, number>>;
  /**
   * The supporting items. A store's in-memory projection leaves them out (they stay in the
   * store, fetched for what a request shows); graphs built without a store or imported from a
   * file carry them.
   */
  evidence?: EvidenceRecord[];
  firstSeen: string;
  lastSeen: string;
}

export interface GraphAttributes {
  name?: string;
}

/**
 * What ingest records about a document: the one description of it that the store
 * (`StoredDocument`) and a lossless dump (`DumpedDocument` in `@kg/graph`) both extend.
 */
export interface DocumentRecord {
  /** Content hash (SHA-256 hex); stable id. */
  id: string;
  /** Path, URL, file name or title it came from. */
  source: string;
  title?: string;
  /** Publication date if known. */
  date?: string;
  /** The site a web page came from: its own name for itself (og:site_name), else its host. */
  site?: string;
  /** 'text' or 'html'. */
  format?: string;
  chars: number;
  extractorVersion: string;
  /** ISO time the document was ingested. */
  ingestedAt: string;
}

/** A document in the store: what ingest recorded about it, and what it contributed. */
export interface StoredDocument extends DocumentRecord {
  /** Entity mentions and relation evidence items it contributed. */
  mentions: number;
  evidence: number;
}

/** Size and shape of a graph: what `stats` in the graph package and `GET /api/stats` share. */
export interface GraphCounts {
  nodes: number;
  edges: number;
  /** Evidence items across all relations. */
  evidence: number;
  entityTypes: Partial<Record<EntityType, number>>;
  predicates: Partial<Record<RelationType, number>>;
  modalities: Partial<Record<Modality, number>>;
  /** Edges / (n·(n−1)), counting parallel relations. */
  density: number;
  /** Connected components, ignoring direction. */
  components: number;
  largestComponent: number;
  /** Entities without relations. */
  isolated: number;
}
