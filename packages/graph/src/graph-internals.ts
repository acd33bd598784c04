/**
 * Single look-ups into graphology's own maps. graphology 0.26 keeps its nodes and edges in
 * `_nodes` and `_edges`, maps from a key to a record holding `attributes` (a node's record also
 * holds its adjacency, `in` and `out`, plain objects keyed by the neighbour's key). Its typed API
 * answers "is it there?" and "its attributes" with two look-ups (`hasNode`, then
 * `getNodeAttributes`, which throws when absent); a merge asks both of every entity and relation
 * it meets. Not part of graphology's typed API, so the shape is checked on every call and the
 * typed calls are used when it does not match.
 */
import type { EntityAttributes, RelationAttributes } from '@kg/schema';
import type { StoreGraph } from './query/graph.js';

interface NodeRecord {
  attributes?: EntityAttributes;
  in?: unknown;
  out?: unknown;
}

interface EdgeRecord {
  attributes?: RelationAttributes;
}

function nodesOf(graph: StoreGraph): Map<string, NodeRecord> | undefined {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  return nodes instanceof Map ? (nodes as Map<string, NodeRecord>) : undefined;
}

function edgesOf(graph: StoreGraph): Map<string, EdgeRecord> | undefined {
  const edges = (graph as unknown as { _edges?: unknown })._edges;
  return edges instanceof Map ? (edges as Map<string, EdgeRecord>) : undefined;
}

/** A node's attributes, or undefined when the graph has no such node: one look-up. */
export function nodeAttributesIn(graph: StoreGraph, key: string): EntityAttributes | undefined {
  const nodes = nodesOf(graph);
  if (nodes) {
    const attributes = nodes.get(key)?.attributes;
    if (attributes !== undefined || !graph.hasNode(key)) return attributes;
  }
  return graph.hasNode(key) ? graph.getNodeAttributes(key) : undefined;
}

/** An edge's attributes, or undefined when the graph has no such edge: one look-up. */
export function edgeAttributesIn(graph: StoreGraph, key: string): RelationAttributes | undefined {
  const edges = edgesOf(graph);
  if (edges) {
    const attributes = edges.get(key)?.attributes;
    if (attributes !== undefined || !graph.hasEdge(key)) return attributes;
  }
  return graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
}

/**
 * Makes one node's adjacency objects dictionaries before any relation goes in. V8 gives an
 * object that gains properties by computed keys a new hidden class per key added, until about
 * sixteen; those classes are garbage once the object turns into a dictionary, and each small
 * object keeps a chain of its own. Adding two properties and deleting the first makes the
 * object a dictionary at once (deleting a property that is not the last one added does), so
 * every later neighbour is a dictionary entry. Left as it is when it already has neighbours or
 * graphology keeps its nodes otherwise.
 */
export function adjacencyAsDictionary(record: NodeRecord): void {
  for (const adjacency of [record.in, record.out]) {
    if (adjacency === null || typeof adjacency !== 'object') continue;
    const object = adjacency as Record<string, unknown>;
    if (hasKeys(object)) continue;
    object['\u0000a'] = 0;
    object['\u0000b'] = 0;
    delete object['\u0000a'];
    delete object['\u0000b'];
  }
}

function hasKeys(object: Record<string, unknown>): boolean {
  for (const key in object) if (Object.hasOwn(object, key)) return true;
  return false;
}

/** `adjacencyAsDictionary` for every node of a graph (before a bulk load of its relations). */
export function adjacencyAsDictionaries(graph: StoreGraph): void {
  const nodes = nodesOf(graph);
  if (nodes) for (const record of nodes.values()) adjacencyAsDictionary(record);
}

/** `adjacencyAsDictionary` for a node just added. */
export function newNodeAdjacencyAsDictionary(graph: StoreGraph, key: string): void {
  const record = nodesOf(graph)?.get(key);
  if (record) adjacencyAsDictionary(record);
}
