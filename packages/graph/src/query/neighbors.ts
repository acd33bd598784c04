/**
 * Neighbourhoods: `neighbors` (breadth-first to depth k, strongest relations first, with a node
 * limit), `egoNetwork` (the same as a graph) and `commonNeighbors` of two entities.
 */
import type {
  EntityAttributes,
  EvidenceRecord,
  Modality,
  RelationAttributes,
  RelationType,
} from '@kg/schema';
import { KgError, SYMMETRIC_RELATIONS } from '@kg/schema';
import type { EntityRef, KgGraph, OwnedGraph } from './graph.js';
import { assertEntity, buildSubgraph, entityRef } from './graph.js';
import type { GraphFilter } from './filters.js';
import {
  CLAIMED_MODALITIES,
  edgeTest,
  keptEvidence,
  nodePasses,
  resolveFilter,
} from './filters.js';
import type { StepDirection, StepMode } from './adjacency.js';
import { forEachStep } from './adjacency.js';

export interface NeighborsOptions extends GraphFilter {
  /** Hops from the entity (default 1). */
  depth?: number;
  /** Maximum number of neighbours, the entity itself not counted (default 100). */
  limit?: number;
  /** Follow relations in both directions (default), only subject → object, or only object → subject. */
  direction?: 'both' | 'out' | 'in';
}

export interface NeighborhoodNode {
  key: string;
  attributes: EntityAttributes;
  /** Hops from the centre (0 for the centre). */
  depth: number;
}

export interface NeighborhoodEdge {
  key: string;
  source: string;
  target: string;
  attributes: RelationAttributes;
}

/** Shaped like graphology's serialised graph, so `graph.import(result)` works. */
export interface Neighborhood {
  center: EntityRef;
  nodes: NeighborhoodNode[];
  edges: NeighborhoodEdge[];
  /** True when `limit` cut the neighbourhood short. */
  truncated: boolean;
}

const MODE: Record<NonNullable<NeighborsOptions['direction']>, StepMode> = {
  both: 'undirected',
  out: 'out',
  in: 'in',
};

function positiveInteger(value: number, name: string, where: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `${where}: ${name} must be a non-negative integer, got ${value}.`,
    );
  }
  return value;
}

interface Collected {
  depths: Map<string, number>;
  edges: Map<string, NeighborhoodEdge>;
  truncated: boolean;
}

function collect(graph: KgGraph, id: string, options: NeighborsOptions, where: string): Collected {
  assertEntity(graph, id, where);
  const depth = positiveInteger(options.depth ?? 1, 'depth', where);
  const limit = positiveInteger(options.limit ?? 100, 'limit', where);
  const filter = resolveFilter(options, where, CLAIMED_MODALITIES);
  const passes = edgeTest(filter);
  const checkTypes = filter.types !== null;
  const mode = MODE[options.direction ?? 'both'];
  const depths = new Map<string, number>([[id, 0]]);
  const edges = new Map<string, NeighborhoodEdge>();
  const addEdge = (
    key: string,
    source: string,
    target: string,
    attributes: RelationAttributes,
  ): void => {
    if (!edges.has(key)) edges.set(key, { key, source, target, attributes });
  };
  // The callbacks share the node being expanded and its level.
  let level = 1;
  let steps: {
    edge: string;
    other: string;
    source: string;
    target: string;
    attributes: RelationAttributes;
  }[] = [];
  const step = (
    edge: string,
    attributes: RelationAttributes,
    source: string,
    target: string,
    other: string,
  ): void => {
    if (!passes(attributes)) return;
    const known = depths.get(other);
    if (known !== undefined && known < level) {
      addEdge(edge, source, target, attributes);
      return;
    }
    if (checkTypes && !nodePasses(filter, graph.getNodeAttributes(other))) return;
    steps.push({ edge, other, source, target, attributes });
  };
  let node = id;
  const out = (edge: string, attributes: RelationAttributes, source: string, target: string) => {
    if (mode === 'in' && !SYMMETRIC_RELATIONS.has(attributes.predicate)) return;
    step(edge, attributes, source, target, target);
  };
  const into = (edge: string, attributes: RelationAttributes, source: string, target: string) => {
    if (source === node) return; // a self-loop, seen as an out edge
    if (mode === 'out' && !SYMMETRIC_RELATIONS.has(attributes.predicate)) return;
    step(edge, attributes, source, target, source);
  };
  let frontier = [id];
  let truncated = false;
  for (; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const current of frontier) {
      node = current;
      steps = [];
      graph.forEachOutEdge(current, out);
      graph.forEachInEdge(current, into);
      // Strongest relations first, so a limit keeps the best-supported neighbours.
      if (steps.length > 1) steps.sort((a, b) => b.attributes.weight - a.attributes.weight);
      for (const s of steps) {
        if (!depths.has(s.other)) {
          if (depths.size - 1 >= limit) {
            truncated = true;
            continue;
          }
          depths.set(s.other, level);
          next.push(s.other);
        }
        addEdge(s.edge, s.source, s.target, s.attributes);
      }
    }
    frontier = next;
  }
  // Relations among the neighbours themselves (same filter), so the subgraph reads as a whole.
  for (const current of depths.keys()) {
    graph.forEachOutEdge(current, (edge, attributes, source, target) => {
      if (edges.has(edge) || !depths.has(target)) return;
      if (passes(attributes)) edges.set(edge, { key: edge, source, target, attributes });
    });
  }
  return { depths, edges, truncated };
}

/**
 * Entities within `depth` hops of `id` and the relations among them (negated relations
 * excluded unless `modalities` includes them). Throws `NOT_FOUND` for an unknown id.
 */
export function neighbors(
  graph: KgGraph,
  id: string,
  options: NeighborsOptions = {},
): Neighborhood {
  const { depths, edges, truncated } = collect(graph, id, options, 'graph.neighbors');
  const nodes: NeighborhoodNode[] = [];
  for (const [key, depth] of depths) {
    nodes.push({ key, attributes: graph.getNodeAttributes(key), depth });
  }
  return { center: entityRef(graph, id), nodes, edges: [...edges.values()], truncated };
}

/** The neighbourhood of `id` as a new graph (radius = `depth`, default 1). */
export function egoNetwork(graph: KgGraph, id: string, options: NeighborsOptions = {}): OwnedGraph {
  const { depths, edges } = collect(graph, id, options, 'graph.egoNetwork');
  return buildSubgraph(graph, depths.keys(), edges.keys());
}

export interface LinkEdge {
  key: string;
  predicate: RelationType;
  label?: string;
  /** `forward`: from the queried entity to the neighbour. */
  direction: StepDirection;
  weight: number;
  modality: Modality;
  evidence: EvidenceRecord[];
}

export interface CommonNeighbor {
  entity: EntityRef;
  /** Relations between the first entity and this neighbour, strongest first. */
  viaA: LinkEdge[];
  viaB: LinkEdge[];
  /** Sum of the weights on both sides. */
  weight: number;
}

export interface CommonNeighborsResult {
  a: EntityRef;
  b: EntityRef;
  neighbors: CommonNeighbor[];
}

/**
 * Entities related to both `a` and `b` (in either direction, negated relations excluded by
 * default), strongest first, with the relations on each side.
 */
export function commonNeighbors(
  graph: KgGraph,
  a: string,
  b: string,
  options: GraphFilter & { limit?: number } = {},
): CommonNeighborsResult {
  const where = 'graph.commonNeighbors';
  assertEntity(graph, a, where);
  assertEntity(graph, b, where);
  const filter = resolveFilter(options, where, CLAIMED_MODALITIES);
  const links = (from: string): Map<string, LinkEdge[]> => {
    const byNode = new Map<string, LinkEdge[]>();
    forEachStep(graph, from, filter, 'undirected', (key, other, direction, attributes) => {
      if (other === a || other === b) return;
      if (!nodePasses(filter, graph.getNodeAttributes(other))) return;
      const link: LinkEdge = {
        key,
        predicate: attributes.predicate,
        direction,
        weight: attributes.weight,
        modality: attributes.modality,
        evidence: keptEvidence(filter, attributes),
      };
      if (attributes.label !== undefined) link.label = attributes.label;
      const list = byNode.get(other);
      if (list) list.push(link);
      else byNode.set(other, [link]);
    });
    for (const list of byNode.values()) list.sort((x, y) => y.weight - x.weight);
    return byNode;
  };
  const fromA = links(a);
  const fromB = links(b);
  const common: CommonNeighbor[] = [];
  for (const [node, viaA] of fromA) {
    const viaB = fromB.get(node);
    if (!viaB) continue;
    const weight = [...viaA, ...viaB].reduce((sum, link) => sum + link.weight, 0);
    common.push({ entity: entityRef(graph, node), viaA, viaB, weight });
  }
  common.sort((x, y) => y.weight - x.weight || x.entity.label.localeCompare(y.entity.label));
  return {
    a: entityRef(graph, a),
    b: entityRef(graph, b),
    neighbors: options.limit === undefined ? common : common.slice(0, options.limit),
  };
}
