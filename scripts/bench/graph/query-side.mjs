/**
 * The query-latency bench, in one process so both sides query the very same graph:
 * a seeded random MultiDirectedGraph (--nodes, --edges) with domain attributes; shortest path
 * between random pairs (graphology-shortest-path's `bidirectional` vs the graph package's
 * `shortestPath`) and neighbours of random nodes (graphology's `graph.neighbors` vs the package's
 * `neighbors`), interleaved pair by pair so drift hits both sides alike.
 */
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { quantiles } from '../lib/report.mjs';
import { fillRandomGraph, randomNodePairs } from '../lib/synthetic.mjs';
import { importBuilt, importFrom } from '../lib/workspace.mjs';

const args = childArgs();
const nodes = Number(args.nodes ?? 100_000);
const edges = Number(args.edges ?? 1_000_000);
const pairs = randomNodePairs(nodes, Number(args.queries ?? 200));

const { MultiDirectedGraph } = await importFrom('graph', 'graphology');
const { bidirectional } = await importFrom('graph', 'graphology-shortest-path');
const kg = await importBuilt('graph');

const buildStart = performance.now();
const graph = kg?.createStoreGraph ? kg.createStoreGraph() : new MultiDirectedGraph();
fillRandomGraph(graph, { nodes, edges });
const buildSeconds = (performance.now() - buildStart) / 1000;

const hasPath = typeof kg?.shortestPath === 'function';
const ours = {
  // Directed, like graphology's `bidirectional`; the undirected default is timed apart.
  path: hasPath ? (s, t) => kg.shortestPath(graph, s, t, { directed: true }) : undefined,
  pathUndirected: hasPath ? (s, t) => kg.shortestPath(graph, s, t) : undefined,
  neighbors:
    typeof kg?.neighbors === 'function'
      ? (n) => kg.neighbors(graph, n, { depth: 1, limit: 100_000 })
      : undefined,
};
/** The same answer as a depth-1 `neighbors`, in plain graphology: the ego network. */
function egoNetwork(center) {
  const keys = new Set([center]);
  graph.forEachNeighbor(center, (key) => keys.add(key));
  const nodes = [...keys].map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
  const edges = [];
  for (const key of keys) {
    graph.forEachOutEdge(key, (edge, attributes, source, target) => {
      if (keys.has(target)) edges.push({ key: edge, source, target, attributes });
    });
  }
  return { nodes, edges };
}

const bare = {
  path: (s, t) => bidirectional(graph, s, t),
  neighbors: (n) => graph.neighbors(n),
  ego: egoNetwork,
};

/** Times fn() in ms; a thrown KgError (e.g. no path) still counts as an answered query. */
function time(fn) {
  const start = performance.now();
  let found = true;
  try {
    found = fn() != null;
  } catch (error) {
    if (error?.name !== 'KgError') throw error;
    found = false;
  }
  return { ms: performance.now() - start, found };
}

const samples = {
  barePath: [],
  oursPath: [],
  oursPathUndirected: [],
  bareNeighbors: [],
  bareEgo: [],
  oursNeighbors: [],
};
let found = { bare: 0, ours: 0 };
for (const [s, t] of pairs.slice(0, 10)) {
  bare.path(s, t);
  ours.path?.(s, t);
}
for (const [s, t] of pairs) {
  const b = time(() => bare.path(s, t));
  samples.barePath.push(b.ms);
  found.bare += b.found ? 1 : 0;
  if (ours.path) {
    const o = time(() => ours.path(s, t));
    samples.oursPath.push(o.ms);
    found.ours += o.found ? 1 : 0;
    samples.oursPathUndirected.push(time(() => ours.pathUndirected(s, t)).ms);
  }
  samples.bareNeighbors.push(time(() => bare.neighbors(s)).ms);
  samples.bareEgo.push(time(() => bare.ego(s)).ms);
  if (ours.neighbors) samples.oursNeighbors.push(time(() => ours.neighbors(s)).ms);
}
emitResult({
  nodes: graph.order,
  edges: graph.size,
  buildSeconds,
  queries: pairs.length,
  found,
  barePath: quantiles(samples.barePath),
  oursPath: ours.path ? quantiles(samples.oursPath) : undefined,
  oursPathUndirected: ours.path ? quantiles(samples.oursPathUndirected) : undefined,
  bareNeighbors: quantiles(samples.bareNeighbors),
  bareEgo: quantiles(samples.bareEgo),
  oursNeighbors: ours.neighbors ? quantiles(samples.oursNeighbors) : undefined,
  peakRss: peakRss(),
});
