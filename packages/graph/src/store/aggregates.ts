/**
 * What a store keeps per entity and per relation beside the rows they summarise (counts,
 * aliases, type votes, degrees; weight, modality counts, dates), and how one ingested document
 * moves them on. Pure functions shared by every backend, so a store never aggregates on open
 * and every backend aggregates alike.
 */
import type {
  EntityAttributes,
  EntityType,
  Modality,
  RelationAttributes,
  RelationType,
} from '@kg/schema';
import { ENTITY_TYPES, MODALITIES } from '@kg/schema';
import type { ResolvedEntity, ResolvedRelation } from '../merge.js';
import type { ModalityCounts } from '../modalities.js';
import { mixedCounts, modalityOf } from '../modalities.js';

export interface EntityState {
  label: string;
  type: EntityType;
  /** Surface forms seen for the entity, first seen first, the label left out. */
  aliases: string[];
  /** Mentions per type the extractor gave them (NORP mentions do not vote). */
  typeVotes: Partial<Record<EntityType, number>>;
  mentionCount: number;
  documentCount: number;
  firstSeen: string;
  lastSeen: string;
  degree: number;
  weightedDegree: number;
}

export interface RelationState {
  label?: string;
  weight: number;
  counts: ModalityCounts;
  modality: Modality;
  firstSeen: string;
  lastSeen: string;
}

const isEntityType = (type: string): type is EntityType =>
  (ENTITY_TYPES as readonly string[]).includes(type);

/**
 * The type most mentions give the entity; on a tie the current type stays (so the first
 * document decides until others outvote it).
 */
export function votedType(
  votes: Partial<Record<EntityType, number>>,
  current: EntityType,
): EntityType {
  let best = current;
  let most = votes[current] ?? 0;
  for (const type of ENTITY_TYPES) {
    const count = votes[type] ?? 0;
    if (count > most) {
      best = type;
      most = count;
    }
  }
  return best;
}

/** Votes of a list of mention types. */
export function votesOf(types: Iterable<string>): Partial<Record<EntityType, number>> {
  const votes: Partial<Record<EntityType, number>> = {};
  for (const type of types) if (isEntityType(type)) votes[type] = (votes[type] ?? 0) + 1;
  return votes;
}

/**
 * An entity's state after one more document: mentions and a document counted, aliases and
 * votes added, the label the resolution chose, the type re-voted (unless curation pinned it).
 */
export function mergeEntityState(
  current: EntityState | undefined,
  entity: ResolvedEntity,
  seen: string,
  pinnedType: EntityType | undefined,
): EntityState {
  const votes = { ...(current?.typeVotes ?? {}) };
  for (const m of entity.mentions) {
    if (isEntityType(m.type)) votes[m.type] = (votes[m.type] ?? 0) + 1;
  }
  const aliases = (current?.aliases ?? []).filter((a) => a !== entity.label);
  if (current && current.label !== entity.label && !aliases.includes(current.label)) {
    aliases.push(current.label);
  }
  for (const alias of entity.aliases) {
    if (alias !== entity.label && alias.trim() !== '' && !aliases.includes(alias)) {
      aliases.push(alias);
    }
  }
  const mentioned = entity.mentions.length > 0;
  const firstSeen = current?.firstSeen || (mentioned ? seen : '');
  const lastSeen = current?.lastSeen || (mentioned ? seen : '');
  return {
    label: entity.label,
    type: pinnedType ?? votedType(votes, current?.type ?? entity.type),
    aliases,
    typeVotes: votes,
    mentionCount: (current?.mentionCount ?? 0) + entity.mentions.length,
    documentCount: (current?.documentCount ?? 0) + (mentioned ? 1 : 0),
    firstSeen: mentioned && seen < firstSeen ? seen : firstSeen,
    lastSeen: mentioned && seen > lastSeen ? seen : lastSeen,
    degree: current?.degree ?? 0,
    weightedDegree: current?.weightedDegree ?? 0,
  };
}

/** A relation's state after one more document's evidence. */
export function mergeRelationState(
  current: RelationState | undefined,
  relation: ResolvedRelation,
): RelationState {
  const counts: ModalityCounts = { ...(current?.counts ?? {}) };
  let firstSeen = current?.firstSeen ?? relation.evidence[0]?.date ?? '';
  let lastSeen = current?.lastSeen ?? firstSeen;
  for (const ev of relation.evidence) {
    counts[ev.modality] = (counts[ev.modality] ?? 0) + 1;
    if (ev.date !== undefined && ev.date < firstSeen) firstSeen = ev.date;
    if (ev.date !== undefined && ev.date > lastSeen) lastSeen = ev.date;
  }
  const state: RelationState = {
    weight: (current?.weight ?? 0) + relation.evidence.length,
    counts,
    modality: modalityOf(counts),
    firstSeen,
    lastSeen,
  };
  const label = current ? current.label : relation.label;
  if (label !== undefined) state.label = label;
  return state;
}

export function entityAttributes(state: EntityState): EntityAttributes {
  return {
    label: state.label,
    type: state.type,
    aliases: [...state.aliases],
    mentionCount: state.mentionCount,
    documentCount: state.documentCount,
    firstSeen: state.firstSeen,
    lastSeen: state.lastSeen,
  };
}

/** Light edge attributes (no evidence) of a relation's state. */
export function relationAttributes(
  predicate: RelationType,
  state: RelationState,
): RelationAttributes {
  const attributes: RelationAttributes = {
    predicate,
    weight: state.weight,
    modality: state.modality,
    firstSeen: state.firstSeen,
    lastSeen: state.lastSeen,
  };
  if (state.label !== undefined) attributes.label = state.label;
  const mixed = mixedCounts(state.counts);
  if (mixed) attributes.modalityCounts = mixed;
  return attributes;
}

/** The five modality counts, in `MODALITIES` order, for a row. */
export function countColumns(counts: ModalityCounts): number[] {
  return MODALITIES.map((m) => counts[m] ?? 0);
}

/**
 * Tallies of the connected components a store keeps as it is written (the SQLite store: see
 * `sqlite/components.ts`): how many, the largest one's size, and changes that may have split
 * one since they were last counted (> 0: stale, counted again from the tables).
 */
export const COMPONENT_TALLIES = {
  count: 'components',
  largest: 'largest-component',
  stale: 'components-stale',
} as const;

/**
 * Counts a store keeps for its stats (entities per type, relations per predicate and per
 * modality, evidence items, isolated entities), moved by every row change as it happens:
 * `graphStats` then reads a few rows instead of grouping the whole tables. A write collects
 * its deltas here and applies them in its own transaction.
 */
export class Tallies {
  readonly deltas = new Map<string, number>();

  /**
   * Rows went, or curation moved them: the connected components a store keeps may have split,
   * so they are counted again from the tables at the next stats (see `COMPONENT_TALLIES`).
   */
  componentsStale(): void {
    this.add(COMPONENT_TALLIES.stale, 1);
  }

  add(name: string, delta: number): void {
    if (delta !== 0) this.deltas.set(name, (this.deltas.get(name) ?? 0) + delta);
  }

  /** An entity row appeared (`+1`) or went (`-1`). */
  entity(row: { type: string; degree: number }, sign: 1 | -1): void {
    this.add(`type:${row.type}`, sign);
    if (row.degree === 0) this.add('isolated', sign);
  }

  /** An entity row changed. */
  entityChanged(
    before: { type: string; degree: number },
    after: { type: string; degree: number },
  ): void {
    this.entity(before, -1);
    this.entity(after, 1);
  }

  /** A relation row appeared (`+1`) or went (`-1`). */
  relation(row: { predicate: string; modality: string; weight: number }, sign: 1 | -1): void {
    this.add(`predicate:${row.predicate}`, sign);
    this.add(`modality:${row.modality}`, sign);
    this.add('evidence', sign * row.weight);
  }

  relationChanged(
    before: { predicate: string; modality: string; weight: number },
    after: { predicate: string; modality: string; weight: number },
  ): void {
    this.relation(before, -1);
    this.relation(after, 1);
  }
}
