/**
 * A compact adjacency index over a graph, for traversals that visit many relations (shortest
 * paths, neighbourhoods): every entity numbered, each one's outgoing and incoming relations in
 * typed arrays (compressed rows), the relations' keys and attribute objects beside them. A
 * search then walks integers and flags instead of graphology's per-edge callbacks.
 *
 * It is derived from the graph and thrown away when the graph changes (graphology's events say
 * when). Rebuilding costs one pass over the graph, so it is rebuilt on first use when the graph
 * is small or has been still for a few seconds; otherwise traversals run on graphology itself.
 */
import type { RelationAttributes } from '@kg/schema';
import { SYMMETRIC_RELATIONS } from '@kg/schema';
import type { KgGraph } from './graph.js';

export interface TraversalIndex {
  /** Entity number → key, and back. */
  keys: string[];
  ids: Map<string, number>;
  /** Entity number → type (for type filters). */
  types: string[];
  /** Relations of entity i as subject: outEdge[outStart[i] .. outStart[i + 1]). */
  outStart: Int32Array;
  outEdge: Int32Array;
  /** Relations of entity i as object. */
  inStart: Int32Array;
  inEdge: Int32Array;
  /** Relation number → subject, object, key, attributes, symmetric predicate. */
  source: Int32Array;
  target: Int32Array;
  edgeKeys: string[];
  attributes: RelationAttributes[];
  symmetric: Uint8Array;
}

/**
 * When an index is built (internal; the tests turn it off to exercise the graphology search):
 * always below `alwaysBuild` relations, else once the graph has been still for `stillMs`.
 */
export const traversalIndexPolicy = { alwaysBuild: 200_000, stillMs: 5_000 };

interface Cached {
  index: TraversalIndex | undefined;
  changedAt: number;
}

const cache = new WeakMap<KgGraph, Cached>();

const EVENTS = [
  'nodeAdded',
  'nodeDropped',
  'nodeAttributesUpdated',
  'eachNodeAttributesUpdated',
  'edgeAdded',
  'edgeDropped',
  'edgeAttributesUpdated',
  'eachEdgeAttributesUpdated',
  'edgesCleared',
  'cleared',
] as const;

/**
 * The graph's traversal index, built if missing and worth it now; undefined when the graph is
 * large and still changing (the caller traverses graphology instead).
 */
export function traversalIndexOf(graph: KgGraph): TraversalIndex | undefined {
  let cached = cache.get(graph);
  if (!cached) {
    const created: Cached = { index: undefined, changedAt: 0 };
    const changed = (): void => {
      created.index = undefined;
      created.changedAt = Date.now();
    };
    for (const event of EVENTS) graph.on(event, changed);
    cache.set(graph, created);
    cached = created;
  }
  if (!cached.index) {
    const { alwaysBuild, stillMs } = traversalIndexPolicy;
    if (graph.size >= alwaysBuild && Date.now() - cached.changedAt < stillMs) return undefined;
    cached.index = buildIndex(graph);
  }
  return cached.index;
}

function buildIndex(graph: KgGraph): TraversalIndex {
  const keys: string[] = [];
  const types: string[] = [];
  const ids = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    ids.set(key, keys.length);
    keys.push(key);
    types.push(attributes.type);
  });
  const n = keys.length;
  const m = graph.size;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const symmetric = new Uint8Array(m);
  const edgeKeys: string[] = new Array<string>(m);
  const attributes: RelationAttributes[] = new Array<RelationAttributes>(m);
  const outStart = new Int32Array(n + 1);
  const inStart = new Int32Array(n + 1);
  let e = 0;
  graph.forEachEdge((key, attrs, s, t) => {
    const si = ids.get(s) as number;
    const ti = ids.get(t) as number;
    source[e] = si;
    target[e] = ti;
    edgeKeys[e] = key;
    attributes[e] = attrs;
    symmetric[e] = SYMMETRIC_RELATIONS.has(attrs.predicate) ? 1 : 0;
    outStart[si + 1] = (outStart[si + 1] as number) + 1;
    inStart[ti + 1] = (inStart[ti + 1] as number) + 1;
    e++;
  });
  for (let i = 0; i < n; i++) {
    outStart[i + 1] = (outStart[i + 1] as number) + (outStart[i] as number);
    inStart[i + 1] = (inStart[i + 1] as number) + (inStart[i] as number);
  }
  const outEdge = new Int32Array(m);
  const inEdge = new Int32Array(m);
  const outFill = outStart.slice(0, n);
  const inFill = inStart.slice(0, n);
  for (let j = 0; j < m; j++) {
    const si = source[j] as number;
    const ti = target[j] as number;
    outEdge[outFill[si] as number] = j;
    outFill[si] = (outFill[si] as number) + 1;
    inEdge[inFill[ti] as number] = j;
    inFill[ti] = (inFill[ti] as number) + 1;
  }
  return {
    keys,
    ids,
    types,
    outStart,
    outEdge,
    inStart,
    inEdge,
    source,
    target,
    edgeKeys,
    attributes,
    symmetric,
  };
}

/**
 * Marks over entity numbers reused from one search to the next (a search stamps them with its
 * own generation instead of clearing them), so a search allocates nothing proportional to the
 * graph.
 */
export class Marks {
  private stamp = new Int32Array(0);
  private generation = 0;
  value = new Int32Array(0);

  /** Starts a new search over `n` entities. */
  reset(n: number): void {
    if (this.stamp.length < n) {
      this.stamp = new Int32Array(n);
      this.value = new Int32Array(n);
      this.generation = 0;
    }
    this.generation++;
    if (this.generation === 0x7fffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
  }

  has(i: number): boolean {
    return this.stamp[i] === this.generation;
  }

  set(i: number, value: number): void {
    this.stamp[i] = this.generation;
    this.value[i] = value;
  }

  get(i: number): number {
    return this.value[i] as number;
  }
}
