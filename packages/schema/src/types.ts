/**
 * Domain types shared by every package: entities, mentions, relations, evidence and the
 * extraction contract printed by `kg extract` (see ../shared/eval/README.md).
 */

export const ENTITY_TYPES = [
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'FACILITY',
  'WEAPON',
  'PRODUCT',
  'EVENT',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A mention may be typed more finely than its entity: "Iranian" is a NORP mention of the GPE Iran. */
export const MENTION_TYPES = [...ENTITY_TYPES, 'NORP'] as const;
export type MentionType = (typeof MENTION_TYPES)[number];

export const RELATION_TYPES = [
  'ATTACKS',
  'SUPPLIES',
  'SUPPORTS',
  'CRITICIZES',
  'ACCUSES',
  'THREATENS',
  'PRESSURES',
  'SANCTIONS',
  'COOPERATES_WITH',
  'MEETS',
  'DEPLOYS_TO',
  'VISITS',
  'USES',
  'PRODUCES',
  'ACQUIRES',
  'ANNEXES',
  'ARRESTS',
  'SUES',
  'LEADER_OF',
  'SPOKESPERSON_OF',
  'MEMBER_OF',
  'PART_OF',
  'LOCATED_IN',
  'AFFILIATED_WITH',
  'RELATED_TO',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relations whose direction carries no meaning. */
export const SYMMETRIC_RELATIONS: ReadonlySet<RelationType> = new Set<RelationType>([
  'COOPERATES_WITH',
  'MEETS',
]);

/** Relation families, used by the viewer for colour and by filters. */
export const RELATION_FAMILIES = {
  conflict: ['ATTACKS', 'THREATENS', 'ANNEXES', 'ARRESTS', 'SUES'],
  hostile: ['CRITICIZES', 'ACCUSES', 'PRESSURES', 'SANCTIONS'],
  support: ['SUPPLIES', 'SUPPORTS', 'COOPERATES_WITH', 'MEETS', 'DEPLOYS_TO', 'VISITS'],
  material: ['USES', 'PRODUCES', 'ACQUIRES'],
  structure: [
    'LEADER_OF',
    'SPOKESPERSON_OF',
    'MEMBER_OF',
    'PART_OF',
    'LOCATED_IN',
    'AFFILIATED_WITH',
  ],
  other: ['RELATED_TO'],
} as const satisfies Record<string, readonly RelationType[]>;
export type RelationFamily = keyof typeof RELATION_FAMILIES;

export const MODALITIES = ['asserted', 'reported', 'considered', 'alleged', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

/** A span of a document's original text. Offsets are UTF-16 code units, end exclusive. */
export interface Span {
  /** Document id: the path or name the text was read from. */
  doc: string;
  start: number;
  end: number;
  /** `originalText.slice(start, end)`. */
  text: string;
}

/** Where a span sits in a document's plain text, when the original is markup (HTML). */
export interface PlainSpan {
  start: number;
  end: number;
}

export interface Mention extends Span {
  type: MentionType;
  /** For HTML documents: the mention in the plain text (the offsets `Evidence.plain` uses). */
  plain?: PlainSpan;
  /**
   * A player's name on a team sheet ("Dunmore: Tavish, Orrel, Quorne …"): a line of a list, not
   * prose. A store does not join an entity named only on sheets to a known person by surname
   * ("Johansson" on a sheet is not the actor Scarlett Johansson of another document).
   */
  sheet?: true;
}

export interface Entity {
  /** Stable within one extraction ("e1", …); the graph assigns its own stable keys. */
  id: string;
  /** Canonical name (the longest or most specific surface form). */
  name: string;
  type: EntityType;
  /** Other surface forms that resolved to this entity (demonyms, capitals, acronyms, surnames). */
  aliases: string[];
  mentions: Mention[];
}

/** One piece of text that supports a relation. `start`/`end` cover the sentence. */
export interface Evidence extends Span {
  /** The trigger span (verb, noun or title) inside the sentence, when known. */
  trigger?: { start: number; end: number; text: string };
  modality: Modality;
  /** Who made the claim ("CNN", "Kirby"), when the sentence attributes it. */
  attribution?: string;
  confidence: number;
  /**
   * For HTML documents, whose original sentence holds markup: the sentence as the reader sees
   * it (tags gone, entities decoded) and where it sits in the document's plain text.
   */
  plain?: PlainSpan & { text: string };
}

export interface Relation {
  subject: string;
  predicate: RelationType;
  object: string;
  /** Verb phrase for RELATED_TO (open relations). */
  label?: string;
  /** The strongest modality among the evidence (asserted > reported > alleged > considered > negated). */
  modality: Modality;
  /** Maximum evidence confidence, 0..1. */
  confidence: number;
  attribution?: string;
  evidence: Evidence[];
}

export interface DocumentInfo {
  /** Path or name the text came from; mentions and evidence refer to it. */
  id: string;
  /** SHA-256 of the raw bytes, hex. */
  hash: string;
  title?: string;
  source?: string;
  /** ISO date when known. */
  date?: string;
  format: 'text' | 'html';
  chars: number;
}

/** The contract printed by `kg extract --format json` and consumed by the graph. */
export interface Extraction {
  extractorVersion: string;
  documents: DocumentInfo[];
  entities: Entity[];
  relations: Relation[];
}
