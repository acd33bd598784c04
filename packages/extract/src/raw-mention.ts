/**
 * The mention pass's output before resolution: typed token spans and the roles read before
 * names, shared by the passes that refine them (teams, players, reconciliation with the tagger,
 * resolution).
 */
import type { EntityType, MentionType } from '@kg/schema';
import type { MentionKind } from './analysis.js';
import type { GazetteerEntry, LexClass, RoleRelation } from './lexicon.js';

export interface RawMention {
  firstToken: number;
  /** Exclusive. */
  lastToken: number;
  type: MentionType;
  kind: MentionKind;
  /** Canonical name from the gazetteer, when the mention is a gazetteer entry. */
  canonical?: string;
  /** Entity type the mention resolves to (GPE for a NORP demonym). */
  entityType: EntityType;
  /** False when the type is only a default guess, to be settled by resolution. */
  confident: boolean;
  /** Typed PERSON from person-name word lists only: the learned tagger may retype it. */
  yieldable?: boolean;
  /**
   * The learned tagger read a person in a one-word guess capitalised inside running text
   * ("when Bush arrived"): a name even where the word is also an everyday one.
   */
  learnedPerson?: boolean;
  /** Group noun after a country ("troops" in "Iranian troops"). */
  group?: string;
  /** A player's name on a team sheet: a list line, not prose (see `Mention.sheet`). */
  sheet?: boolean;
  /** Lexicon class of a gazetteer mention. */
  lexClass?: LexClass;
}

/**
 * Settles a guessed name as a confident name of `type` (a team from its context, a player from a
 * results line): what the lexicon said of it (canonical name, class, group noun) and the tagger's
 * licence to retype it no longer apply.
 */
export function settleName(m: RawMention, type: 'ORG' | 'PERSON' | 'WEAPON'): void {
  m.type = type;
  m.entityType = type;
  m.kind = 'name';
  m.confident = true;
  delete m.canonical;
  delete m.lexClass;
  delete m.yieldable;
  delete m.group;
}

export interface RawRole {
  /** Index into the raw mention list of the person holding the role. */
  person: number;
  titleFirst: number;
  /** Exclusive. */
  titleLast: number;
  head: string;
  relation: RoleRelation;
  /** Index into the raw mention list of the organisation or country qualifying the role. */
  of?: number;
}

export interface Detected {
  mentions: RawMention[];
  roles: RawRole[];
}

/** A confident name mention of a gazetteer entry over tokens `first` to `last` (exclusive). */
export function gazetteerMention(first: number, last: number, entry: GazetteerEntry): RawMention {
  return {
    firstToken: first,
    lastToken: last,
    type: entry.mentionType,
    kind: 'name',
    canonical: entry.name,
    entityType: entry.type,
    confident: true,
    lexClass: entry.lexClass,
  };
}
