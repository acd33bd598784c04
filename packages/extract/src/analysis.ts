/**
 * The internal contract between the stages of the pipeline: what mention detection and
 * resolution hand to the relation rules. Offsets here are into the *normalised* text; the
 * pipeline maps them back to the original text when it builds the Extraction.
 */
import type { EntityType, MentionType, Modality, RelationType } from '@kg/schema';

export interface Token {
  /** Index in `Analysis.tokens`. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, ADP, …). */
  pos: string;
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
}

/** How a mention names its entity; relation rules treat some kinds differently. */
export type MentionKind =
  'name' | 'acronym' | 'demonym' | 'capital' | 'nominal' | 'pronoun' | 'title';

export interface MentionSpan {
  /** Index in `Analysis.mentions`. */
  i: number;
  /** Key of the resolved entity in `Analysis.entities`. */
  entityId: string;
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
  text: string;
  type: MentionType;
  kind: MentionKind;
  sentence: number;
}

export interface EntityCluster {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface Analysis {
  docId: string;
  /** Normalised text. */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Sorted by start offset. */
  mentions: MentionSpan[];
  entities: Map<string, EntityCluster>;
}

export interface RelationCandidate {
  subject: string;
  predicate: RelationType;
  object: string;
  /** Verb phrase, for RELATED_TO. */
  label?: string;
  modality: Modality;
  attribution?: string;
  confidence: number;
  sentence: number;
  /** Trigger span in normalised-text offsets. */
  trigger?: { start: number; end: number };
  subjectMention?: number;
  objectMention?: number;
}

export type RelationFinder = (analysis: Analysis) => RelationCandidate[];
