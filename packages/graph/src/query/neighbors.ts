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
import { KgError } from '@kg/schema';
import type { EntityRef, KgGraph, OwnedGraph } from './graph.js';
import { assertEntity, buildSubgraph, entityRef } from './graph.js';
import type { GraphFilter } from './filters.js';
import { CLAIMED_MODALITIES, keptEvidence, nodePasses, resolveFilter } from './filters.js';
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

function collect(
  graph: KgGraph,
  id: string,
  options: NeighborsOptions,
  where: string,
): { depths: Map<string, number>; edges: string[]; truncated: boolean } {
  assertEntity(graph, id, where);
  const depth = positiveInteger(options.depth ?? 1, 'depth', where);
  const limit = positiveInteger(options.limit ?? 100, 'limit', where);
  const filter = resolveFilter(options, where, CLAIMED_MODALITIES);
  const mode = MODE[options.direction ?? 'both'];
  const depths = new Map<string, number>([[id, 0]]);
  const edges = new Set<string>();
  let frontier = [id];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const next: string[] = [];
    for (const node of frontier) {
      // Strongest relations first, so a limit keeps the best-supported neighbours.
      const steps: { edge: string; other: string; weight: number }[] = [];
      forEachStep(graph, node, filter, mode, (edge, other, _direction, attributes) => {
        if (depths.has(other) && depths.get(other)! < level) {
          edges.add(edge);
          return;
        }
        if (nodePasses(filter, graph.getNodeAttributes(other))) {
          steps.push({ edge, other, weight: attributes.weight });
        }
      });
      steps.sort((a, b) => b.weight - a.weight);
      for (const step of steps) {
        if (!depths.has(step.other)) {
          if (depths.size - 1 >= limit) {
            truncated = true;
            continue;
          }
          depths.set(step.other, level);
          next.push(step.other);
        }
        edges.add(step.edge);
      }
    }
    frontier = next;
  }
  // Relations among the neighbours themselves (same filter), so the subgraph reads as a whole.
  for (const node of depths.keys()) {
    forEachStep(graph, node, filter, 'out', (edge, other, direction) => {
      if (direction === 'forward' && depths.has(other)) edges.add(edge);
    });
  }
  return { depths, edges: [...edges], truncated };
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
  return {
    center: entityRef(graph, id),
    nodes: [...depths].map(([key, depth]) => ({
      key,
      attributes: graph.getNodeAttributes(key),
      depth,
    })),
    edges: edges.map((key) => ({
      key,
      source: graph.source(key),
      target: graph.target(key),
      attributes: graph.getEdgeAttributes(key),
    })),
    truncated,
  };
}

/** The neighbourhood of `id` as a new graph (radius = `depth`, default 1). */
export function egoNetwork(graph: KgGraph, id: string, options: NeighborsOptions = {}): OwnedGraph {
  const { depths, edges } = collect(graph, id, options, 'graph.egoNetwork');
  return buildSubgraph(graph, depths.keys(), edges);
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
