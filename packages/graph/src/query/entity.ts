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
}

export interface EntityDetailsOptions extends Omit<GraphFilter, 'types'> {
  /** Evidence items kept per relation (all when omitted). */
  evidenceLimit?: number;
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
  const filter = resolveFilter(options, 'graph.entityDetails', null);
  const groups = new Map<string, RelationGroup>();
  let weightedDegree = 0;
  const visit = (
    key: string,
    attributes: RelationAttributes,
    other: string,
    direction: RelationDirection,
  ): void => {
    weightedDegree += attributes.weight;
    if (!edgePasses(filter, attributes)) return;
    const evidence = keptEvidence(filter, attributes);
    const shown =
      options.evidenceLimit === undefined ? evidence : evidence.slice(0, options.evidenceLimit);
    const relation: EntityRelation = {
      key,
      direction,
      other: entityRef(graph, other),
      weight: attributes.weight,
      modality: attributes.modality,
      firstSeen: attributes.firstSeen,
      lastSeen: attributes.lastSeen,
      evidence: shown,
      moreEvidence: evidence.length - shown.length,
    };
    if (attributes.label !== undefined) relation.label = attributes.label;
    const groupKey = `${attributes.predicate}|${direction}`;
    let group = groups.get(groupKey);
    if (!group) {
      group = { predicate: attributes.predicate, direction, weight: 0, relations: [] };
      groups.set(groupKey, group);
    }
    group.weight += attributes.weight;
    group.relations.push(relation);
  };
  graph.forEachOutEdge(id, (key, attributes, _source, target) =>
    visit(key, attributes, target, 'out'),
  );
  graph.forEachInEdge(id, (key, attributes, source) => {
    // A self-loop was already seen as an out edge.
    if (source !== id) visit(key, attributes, source, 'in');
  });
  const sorted = [...groups.values()].sort(
    (a, b) => b.weight - a.weight || a.predicate.localeCompare(b.predicate),
  );
  for (const group of sorted) {
    group.relations.sort(
      (a, b) => b.weight - a.weight || a.other.label.localeCompare(b.other.label),
    );
  }
  const attributes = graph.getNodeAttributes(id);
  return {
    ...attributes,
    id,
    degree: graph.degree(id),
    weightedDegree,
    groups: sorted,
  };
}
