/**
 * `entityDetails`: one entity with its relations grouped by predicate and direction, each
 * relation with its evidence (the sentences that support it), strongest first.
 */
import type {
  EntityAttributes,
  EvidenceRecord,
  Modality,
  RelationAttributes,
  RelationType,
} from '@kg/schema';
import type { EntityRef, KgGraph } from './graph.js';
import { assertEntity, entityRef } from './graph.js';
import type { GraphFilter } from './filters.js';
import { edgePasses, keptEvidence, resolveFilter } from './filters.js';

export type RelationDirection = 'out' | 'in';

export interface EntityRelation {
  /** Edge key `subject|predicate|object`. */
  key: string;
  /** `out`: the entity is the subject; `in`: it is the object. */
  direction: RelationDirection;
  other: EntityRef;
  label?: string;
  weight: number;
  modality: Modality;
  firstSeen: string;
  lastSeen: string;
  evidence: EvidenceRecord[];
  /** Evidence items not returned because of `evidenceLimit`. */
  moreEvidence: number;
}

export interface RelationGroup {
  predicate: RelationType;
  direction: RelationDirection;
  /** Sum of the relations' weights. */
  weight: number;
  relations: EntityRelation[];
}

export interface EntityDetails extends EntityRef, EntityAttributes {
  degree: number;
  weightedDegree: number;
  groups: RelationGroup[];
  /** Relations that passed the filter but were left out by a relation limit. */
  moreRelations: number;
}

export interface EntityDetailsOptions extends Omit<GraphFilter, 'types'> {
  /** Evidence items kept per relation (all when omitted). */
  evidenceLimit?: number;
}

/** One relation of an entity, as `detailsOf` reads it. */
export interface RelationVisit {
  key: string;
  direction: RelationDirection;
  other: EntityRef;
  attributes: RelationAttributes;
}

/**
 * Details from an entity and its relations, wherever they were read from: relations passing
 * the filter grouped by predicate and direction, strongest first, at most `relationLimit` of
 * them (the strongest), each with the evidence its attributes carry (none in a store's
 * projection: the store fills it in afterwards).
 */
export function detailsOf(
  entity: EntityRef & EntityAttributes,
  visits: Iterable<RelationVisit>,
  options: EntityDetailsOptions & { relationLimit?: number } = {},
): EntityDetails {
  const filter = resolveFilter(options, 'graph.entityDetails', null);
  let weightedDegree = 0;
  let degree = 0;
  const passing: EntityRelation[] = [];
  const predicates = new Map<EntityRelation, RelationType>();
  for (const { key, direction, other, attributes } of visits) {
    degree++;
    weightedDegree += attributes.weight;
    if (!edgePasses(filter, attributes)) continue;
    const evidence = keptEvidence(filter, attributes);
    const shown =
      options.evidenceLimit === undefined ? evidence : evidence.slice(0, options.evidenceLimit);
    const relation: EntityRelation = {
      key,
      direction,
      other,
      weight: attributes.weight,
      modality: attributes.modality,
      firstSeen: attributes.firstSeen,
      lastSeen: attributes.lastSeen,
      evidence: shown,
      moreEvidence: evidence.length - shown.length,
    };
    if (attributes.label !== undefined) relation.label = attributes.label;
    predicates.set(relation, attributes.predicate);
    passing.push(relation);
  }
  const byWeight = (a: EntityRelation, b: EntityRelation): number =>
    b.weight - a.weight ||
    a.other.label.localeCompare(b.other.label) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  let kept = passing;
  if (options.relationLimit !== undefined && passing.length > options.relationLimit) {
    kept = [...passing].sort(byWeight).slice(0, options.relationLimit);
  }
  const groups = new Map<string, RelationGroup>();
  for (const relation of kept) {
    const predicate = predicates.get(relation) as RelationType;
    const groupKey = `${predicate}|${relation.direction}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { predicate, direction: relation.direction, weight: 0, relations: [] };
      groups.set(groupKey, group);
    }
    group.weight += relation.weight;
    group.relations.push(relation);
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      b.weight - a.weight ||
      a.predicate.localeCompare(b.predicate) ||
      a.direction.localeCompare(b.direction),
  );
  for (const group of sorted) group.relations.sort(byWeight);
  const { id, label, type, aliases, mentionCount, documentCount, firstSeen, lastSeen } = entity;
  return {
    label,
    type,
    aliases,
    mentionCount,
    documentCount,
    firstSeen,
    lastSeen,
    id,
    degree,
    weightedDegree,
    groups: sorted,
    moreRelations: passing.length - kept.length,
  };
}

/** The relations of a graph node, as `detailsOf` reads them. */
export function* relationVisits(graph: KgGraph, id: string): Generator<RelationVisit> {
  const visits: RelationVisit[] = [];
  graph.forEachOutEdge(id, (key, attributes, _source, target) => {
    visits.push({ key, direction: 'out', other: entityRef(graph, target), attributes });
  });
  graph.forEachInEdge(id, (key, attributes, source) => {
    // A self-loop was already seen as an out edge.
    if (source !== id) {
      visits.push({ key, direction: 'in', other: entityRef(graph, source), attributes });
    }
  });
  yield* visits;
}

/**
 * One entity, its attributes and its relations grouped by predicate and direction with their
 * evidence. All modalities are shown unless `modalities` says otherwise. Throws `NOT_FOUND`.
 */
export function entityDetails(
  graph: KgGraph,
  id: string,
  options: EntityDetailsOptions = {},
): EntityDetails {
  assertEntity(graph, id, 'graph.entityDetails');
  return detailsOf({ ...graph.getNodeAttributes(id), id }, relationVisits(graph, id), options);
}
