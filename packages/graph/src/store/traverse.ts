/**
 * Traversals over a store whose projection is not loaded (a one-off command on a large store):
 * the neighbourhoods a traversal needs are read from the store, level by level, into a small
 * graph, and the ordinary query runs on that graph. A shortest path expands both ends a level at
 * a time until they meet (every relation of every expanded entity is read, so the small graph
 * holds every shortest path); neighbours read what they keep until nothing new is kept; common
 * neighbours read the two ends. With the projection loaded, the same queries run on it.
 */
import { KgError } from '@kg/schema';
import type { StoreGraph } from '../merge.js';
import { createStoreGraph } from '../query/graph.js';
import type { StepMode } from '../query/adjacency.js';
import { forEachStep } from '../query/adjacency.js';
import { CLAIMED_MODALITIES, nodePasses, resolveFilter } from '../query/filters.js';
import type { GraphFilter } from '../query/filters.js';
import { commonNeighbors, neighbors } from '../query/neighbors.js';
import type { CommonNeighborsResult, Neighborhood, NeighborsOptions } from '../query/neighbors.js';
import { shortestPath } from '../query/paths.js';
import type { GraphPath, PathOptions } from '../query/paths.js';
import type { Store } from './store.js';

/** A small graph filled with the store's neighbourhoods on demand. */
class PartialGraph {
  readonly graph: StoreGraph = createStoreGraph();
  private readonly expanded = new Set<string>();

  constructor(private readonly store: Store) {}

  /** Reads the relations of the entities not read yet (and the entities at their ends). */
  async expand(keys: Iterable<string>): Promise<void> {
    const wanted = [...keys].filter((key) => !this.expanded.has(key));
    if (wanted.length === 0) return;
    const hood = await this.store.neighborhood(wanted);
    for (const key of wanted) this.expanded.add(key);
    for (const [key, attributes] of hood.entities) {
      if (!this.graph.hasNode(key)) this.graph.addNode(key, attributes);
    }
    for (const { key, source, target, attributes } of hood.relations) {
      if (!this.graph.hasEdge(key)) this.graph.addEdgeWithKey(key, source, target, attributes);
    }
  }

  isExpanded(key: string): boolean {
    return this.expanded.has(key);
  }

  /** Throws NOT_FOUND unless the store holds the entity. */
  async require(key: string, where: string): Promise<void> {
    if (this.graph.hasNode(key)) return;
    const entity = await this.store.entity(key);
    if (!entity) throw new KgError('NOT_FOUND', `${where}: entity "${key}" not found.`);
    const { id: _id, degree: _degree, weightedDegree: _weighted, ...attributes } = entity;
    this.graph.addNode(key, attributes);
  }
}

/**
 * `shortestPath` over a store: on the projection when it is loaded, else on the part of the
 * graph a bidirectional search reads from the store. Evidence is not read (`attachEvidence`).
 *
 * @example
 * const path = await shortestPathInStore(store, 'org:irgc', 'gpe:ukraine');
 * if (path) await attachEvidence(store, path.hops);
 */
export async function shortestPathInStore(
  store: Store,
  a: string,
  b: string,
  options: PathOptions = {},
): Promise<GraphPath | null> {
  if (store.graphLoaded) return shortestPath(store.graph, a, b, options);
  const where = 'graph.shortestPath';
  const partial = new PartialGraph(store);
  await partial.require(a, where);
  await partial.require(b, where);
  const maxHops = options.maxHops ?? 8;
  const filter = resolveFilter(options, where, CLAIMED_MODALITIES);
  const directed = options.directed ?? false;
  interface Side {
    seen: Set<string>;
    frontier: string[];
    mode: StepMode;
  }
  const one: Side = { seen: new Set([a]), frontier: [a], mode: directed ? 'out' : 'undirected' };
  const other: Side = { seen: new Set([b]), frontier: [b], mode: directed ? 'in' : 'undirected' };
  let met = a === b;
  for (let hops = 0; !met && hops < maxHops; hops++) {
    if (one.frontier.length === 0 || other.frontier.length === 0) break;
    const side = one.frontier.length <= other.frontier.length ? one : other;
    const opposite = side === one ? other : one;
    await partial.expand(side.frontier);
    const next: string[] = [];
    for (const node of side.frontier) {
      forEachStep(partial.graph, node, filter, side.mode, (_edge, reached) => {
        if (side.seen.has(reached)) return;
        if (opposite.seen.has(reached)) met = true;
        else if (!nodePasses(filter, partial.graph.getNodeAttributes(reached))) return;
        side.seen.add(reached);
        next.push(reached);
      });
    }
    side.frontier = next;
  }
  if (!met) return null;
  return shortestPath(partial.graph, a, b, options);
}

/**
 * `neighbors` over a store: on the projection when loaded, else on what it reads: the query
 * runs on what was read so far, and every entity it keeps that was not read yet is read (its
 * relations may reach further, or link two kept neighbours), until nothing is left to read.
 */
export async function neighborsInStore(
  store: Store,
  id: string,
  options: NeighborsOptions = {},
): Promise<Neighborhood> {
  if (store.graphLoaded) return neighbors(store.graph, id, options);
  const partial = new PartialGraph(store);
  await partial.require(id, 'graph.neighbors');
  await partial.expand([id]);
  for (;;) {
    const result = neighbors(partial.graph, id, options);
    const unread = result.nodes.map((node) => node.key).filter((key) => !partial.isExpanded(key));
    if (unread.length === 0) return result;
    await partial.expand(unread);
  }
}

/** `commonNeighbors` over a store: the two ends' relations are all it needs. */
export async function commonNeighborsInStore(
  store: Store,
  a: string,
  b: string,
  options: GraphFilter & { limit?: number } = {},
): Promise<CommonNeighborsResult> {
  if (store.graphLoaded) return commonNeighbors(store.graph, a, b, options);
  const partial = new PartialGraph(store);
  await partial.require(a, 'graph.commonNeighbors');
  await partial.require(b, 'graph.commonNeighbors');
  await partial.expand([a, b]);
  return commonNeighbors(partial.graph, a, b, options);
}
