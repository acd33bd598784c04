/**
 * Graph metrics from graphology's standard library: degree, weighted degree, PageRank
 * (graphology-metrics), betweenness (graphology-metrics, on the undirected simple view) and
 * Louvain communities (graphology-communities-louvain, seeded so runs repeat); `stats` for
 * counts and distributions. Metrics read the graph as given: filter it first (`filterGraph`)
 * to leave out, say, negated relations.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import louvainModule from 'graphology-communities-louvain';
import type { GraphCounts } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { EntityRef, KgGraph } from './query/graph.js';

/**
 * These packages are CommonJS with `export default` typings: under NodeNext the default import
 * is `module.exports` at run time but typed as the namespace. Take whichever holds the function.
 */
function commonJsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}

const pagerank = commonJsDefault(pagerankModule);
const betweennessCentrality = commonJsDefault(betweennessModule);
const louvain = commonJsDefault(louvainModule);

export type MetricName = 'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community';

export const METRIC_NAMES: readonly MetricName[] = [
  'degree',
  'weightedDegree',
  'pagerank',
  'betweenness',
  'community',
];

export interface NodeMetrics extends EntityRef {
  degree: number;
  weightedDegree: number;
  pagerank?: number;
  betweenness?: number;
  community?: number;
}

export interface MetricsOptions {
  /** Metrics to compute (default all). Degree and weighted degree are always included. */
  metrics?: readonly MetricName[];
  /** Sort by this metric, highest first (default: pagerank if computed, else weightedDegree). */
  sortBy?: Exclude<MetricName, 'community'>;
  /** Keep the first N entities after sorting. */
  limit?: number;
  /** Louvain resolution (default 1). */
  resolution?: number;
}

export interface MetricsResult {
  nodes: NodeMetrics[];
  /** Present when communities were computed. */
  communities?: { count: number; modularity: number; sizes: number[] };
}

/** Sum of the weights of every relation touching each entity. */
export function weightedDegrees(graph: KgGraph): Map<string, number> {
  const result = new Map<string, number>();
  graph.forEachNode((node) => result.set(node, 0));
  graph.forEachEdge((_edge, attributes, source, target) => {
    const weight = attributes.weight ?? 1;
    result.set(source, (result.get(source) ?? 0) + weight);
    if (target !== source) result.set(target, (result.get(target) ?? 0) + weight);
  });
  return result;
}

/** PageRank over the directed multigraph, relation weights as edge weights. */
export function pagerankScores(graph: KgGraph): Record<string, number> {
  if (graph.order === 0) return {};
  try {
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 200, tolerance: 1e-8 });
  } catch {
    // Slow convergence on odd topologies: a looser tolerance still ranks well.
    return pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 2000, tolerance: 1e-5 });
  }
}

/** The undirected simple graph underneath: parallel relations merged, weights summed, no self-loops. */
function simpleUndirected(graph: KgGraph): UndirectedGraph {
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    simple.updateEdge(source, target, (current) => ({
      weight: ((current.weight as number | undefined) ?? 0) + (attributes.weight ?? 1),
    }));
  });
  return simple;
}

/** Small seeded generator (mulberry32) so Louvain gives the same communities every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Normalised betweenness over the connected part only: isolated entities (most of a news graph)
 * lie on no path, and leaving them out of Brandes' loop changes no score. Scaled by the full
 * entity count, as graphology-metrics' `normalized` would.
 */
function betweenness(simple: UndirectedGraph): Record<string, number> {
  const n = simple.order;
  const connected = simple.copy();
  connected.forEachNode((node) => {
    if (connected.degree(node) === 0) connected.dropNode(node);
  });
  const scores: Record<string, number> = {};
  simple.forEachNode((node) => {
    scores[node] = 0;
  });
  if (connected.order < 3) return scores;
  // Unnormalised undirected scores are halved; normalised ones are divided by (n − 1)(n − 2).
  const raw = betweennessCentrality(connected, { normalized: false, getEdgeWeight: null });
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 1;
  for (const [node, value] of Object.entries(raw)) scores[node] = value * scale;
  return scores;
}

/**
 * Per-entity metrics. Betweenness is O(V·E): fine to a few tens of thousands of relations,
 * leave it out (`metrics`) on larger graphs.
 */
export function computeMetrics(graph: KgGraph, options: MetricsOptions = {}): MetricsResult {
  const wanted = new Set<MetricName>(options.metrics ?? METRIC_NAMES);
  for (const name of wanted) {
    if (!METRIC_NAMES.includes(name)) {
      throw new KgError('INVALID_ARGUMENT', `graph.computeMetrics: unknown metric "${name}".`);
    }
  }
  const weighted = weightedDegrees(graph);
  const ranks = wanted.has('pagerank') ? pagerankScores(graph) : null;
  const simple =
    wanted.has('betweenness') || wanted.has('community') ? simpleUndirected(graph) : null;
  const between = simple && wanted.has('betweenness') ? betweenness(simple) : null;
  let communities: MetricsResult['communities'];
  let membership: Record<string, number> | null = null;
  if (simple && wanted.has('community') && simple.size > 0) {
    const detailed = louvain.detailed(simple, {
      getEdgeWeight: 'weight',
      resolution: options.resolution ?? 1,
      rng: seededRandom(42),
    });
    membership = detailed.communities;
    const sizes = new Map<number, number>();
    for (const community of Object.values(membership)) {
      sizes.set(community, (sizes.get(community) ?? 0) + 1);
    }
    communities = {
      count: detailed.count,
      modularity: detailed.modularity,
      sizes: [...sizes.values()].sort((a, b) => b - a),
    };
  }
  const nodes: NodeMetrics[] = graph.mapNodes((id, attributes) => {
    const row: NodeMetrics = {
      id,
      label: attributes.label,
      type: attributes.type,
      degree: graph.degree(id),
      weightedDegree: weighted.get(id) ?? 0,
    };
    if (ranks) row.pagerank = ranks[id] ?? 0;
    if (between) row.betweenness = between[id] ?? 0;
    if (membership) row.community = membership[id] ?? -1;
    return row;
  });
  const sortBy = options.sortBy ?? (ranks ? 'pagerank' : 'weightedDegree');
  nodes.sort((a, b) => (b[sortBy] ?? 0) - (a[sortBy] ?? 0) || a.id.localeCompare(b.id));
  const result: MetricsResult = {
    nodes: options.limit === undefined ? nodes : nodes.slice(0, options.limit),
  };
  if (communities) result.communities = communities;
  return result;
}

/** Entity ids ranked by weighted degree, degree or PageRank, highest first (ties by id). */
export function rankEntities(graph: KgGraph, by: 'weight' | 'degree' | 'pagerank'): string[] {
  let score: (id: string) => number;
  if (by === 'pagerank') {
    const ranks = pagerankScores(graph);
    score = (id) => ranks[id] ?? 0;
  } else if (by === 'degree') {
    score = (id) => graph.degree(id);
  } else {
    const weighted = weightedDegrees(graph);
    score = (id) => weighted.get(id) ?? 0;
  }
  const scored = graph.mapNodes((id) => ({ id, value: score(id) }));
  scored.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.map((entry) => entry.id);
}

export interface GraphStats extends GraphCounts {
  /** Distinct documents cited by the evidence (0 when the evidence is not in memory). */
  documents: number;
  /** Ten entities with the highest weighted degree. */
  top: (EntityRef & { degree: number; weightedDegree: number })[];
}

/** Edges over the most a directed graph of `nodes` entities could have (0 under two nodes). */
export function density(nodes: number, edges: number): number {
  return nodes > 1 ? edges / (nodes * (nodes - 1)) : 0;
}

/** The largest of many numbers (no argument spread: there may be hundreds of thousands). */
export function largest(values: Iterable<number>): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}

function count<K extends string>(into: Partial<Record<K, number>>, key: K): void {
  into[key] = (into[key] ?? 0) + 1;
}

/** Counts, distributions, components and the best-connected entities. Linear in the graph size. */
export function stats(graph: KgGraph): GraphStats {
  const entityTypes: GraphStats['entityTypes'] = {};
  const predicates: GraphStats['predicates'] = {};
  const modalities: GraphStats['modalities'] = {};
  const documents = new Set<string>();
  let evidence = 0;
  const index = new Map<string, number>();
  let isolated = 0;
  graph.forEachNode((node, attributes) => {
    index.set(node, index.size);
    count(entityTypes, attributes.type);
    if (graph.degree(node) === 0) isolated++;
  });
  const parent = Int32Array.from({ length: index.size }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    count(predicates, attributes.predicate);
    count(modalities, attributes.modality);
    if (attributes.evidence) {
      for (const item of attributes.evidence) {
        evidence++;
        documents.add(item.docId);
      }
    } else {
      // A store's projection: the evidence stays in the store, its count is the weight.
      evidence += attributes.weight;
    }
    const a = find(index.get(source) as number);
    const b = find(index.get(target) as number);
    if (a !== b) parent[a] = b;
  });
  const sizes = new Map<number, number>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    sizes.set(root, (sizes.get(root) ?? 0) + 1);
  }
  const weighted = weightedDegrees(graph);
  const top = rankEntities(graph, 'weight')
    .slice(0, 10)
    .map((id) => {
      const attributes = graph.getNodeAttributes(id);
      return {
        id,
        label: attributes.label,
        type: attributes.type,
        degree: graph.degree(id),
        weightedDegree: weighted.get(id) ?? 0,
      };
    });
  const n = graph.order;
  return {
    nodes: n,
    edges: graph.size,
    evidence,
    documents: documents.size,
    entityTypes,
    predicates,
    modalities,
    density: density(n, graph.size),
    components: sizes.size,
    largestComponent: largest(sizes.values()),
    isolated,
    top,
  };
}
