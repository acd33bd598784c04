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
  /**
   * (parse stage) Index in `Analysis.tokens` of this token's head in its sentence's dependency
   * tree; -1 for the sentence root. Trees never cross sentences.
   */
  head: number;
  /**
   * (parse stage) Universal Dependencies relation to the head, lower case with its subtype:
   * 'nsubj', 'nsubj:pass', 'obl:agent', 'nmod:poss', 'acl:relcl', 'compound:prt', 'root', …
   */
  deprel: string;
  /**
   * (parse stage) The UPOS tag the parser read: its tagger's correction of wink-nlp's `pos`,
   * closer to the treebanks ("American" ADJ where wink says PROPN). `pos` stays wink's tag.
   */
  upos: string;
}

export interface Sentence {
  i: number;
  start: number;
  end: number;
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
  /**
   * (parse stage) Whether the parser read this sentence; `false` when the pipeline skipped it
   * (no mention, `ParseScope` 'mentions') and its tokens carry a flat tree: the
   * first verb as root, every other token its `dep`.
   */
  parsed?: boolean;
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
  /**
   * (entities stage, additive) Group noun right after a country or demonym: "troops" in
   * "Iranian troops", "government" in "US government". The mention still names the country.
   */
  group?: string;
  /**
   * (entities stage, additive) End offset of a hyphenated word written onto the name: "-based"
   * in "Ohio-based", "-led" in "U.S.-led". The mention still names the place; the extraction
   * reports it over the whole modifier, typed NORP (see compounds.ts).
   */
  compoundEnd?: number;
  /** (entities stage, additive) A player's name on a team sheet (see `Mention.sheet`). */
  sheet?: true;
}

/**
 * (entities stage, additive) A title or role noun before a person's name: "National Security
 * Council spokesman John Kirby", "Ukrainian President Volodymyr Zelensky", "President Joe Biden".
 * The title is never part of the PERSON mention. Relation rules turn a role with `of` into
 * LEADER_OF / SPOKESPERSON_OF / MEMBER_OF (person → of).
 */
export interface RoleSpan {
  /** Mention index of the person. */
  person: number;
  /** Mention index of the organisation or country qualifying the role, when it precedes it. */
  of?: number;
  /** The role noun phrase, lower-cased, without modifiers ("spokesperson", "prime minister"). */
  head: string;
  relation: 'LEADER_OF' | 'SPOKESPERSON_OF' | 'MEMBER_OF';
  /** Title span (with modifiers such as "principal deputy") in normalised-text offsets. */
  start: number;
  end: number;
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
  /** (entities stage, additive) Titles and roles before person names. */
  roles?: RoleSpan[];
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
