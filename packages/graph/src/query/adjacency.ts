/**
 * Filtered adjacency: the relations a traversal may follow from a node. Undirected by default;
 * directed traversals follow relations subject → object, and symmetric relations (MEETS,
 * COOPERATES_WITH) both ways.
 */
import type { RelationAttributes } from '@kg/schema';
import { SYMMETRIC_RELATIONS } from '@kg/schema';
import type { KgGraph } from './graph.js';
import type { ResolvedFilter } from './filters.js';
import { edgePasses } from './filters.js';

/** `forward`: the relation's subject is the node we came from. */
export type StepDirection = 'forward' | 'backward';

/** Which relations a traversal follows from a node. */
export type StepMode = 'undirected' | 'out' | 'in';

export type StepCallback = (
  edge: string,
  other: string,
  direction: StepDirection,
  attributes: RelationAttributes,
) => void;

/** Like `forEachStep`, but stops as soon as the callback returns true; returns whether it did. */
export function someStep(
  graph: KgGraph,
  node: string,
  filter: ResolvedFilter,
  mode: StepMode,
  callback: (
    edge: string,
    other: string,
    direction: StepDirection,
    attributes: RelationAttributes,
  ) => boolean,
): boolean {
  const stopped = graph.someOutEdge(node, (edge, attributes, _source, target) => {
    if (mode === 'in' && !SYMMETRIC_RELATIONS.has(attributes.predicate)) return false;
    return edgePasses(filter, attributes) && callback(edge, target, 'forward', attributes);
  });
  if (stopped) return true;
  return graph.someInEdge(node, (edge, attributes, source) => {
    if (source === node) return false; // self-loop, seen above
    if (mode === 'out' && !SYMMETRIC_RELATIONS.has(attributes.predicate)) return false;
    return edgePasses(filter, attributes) && callback(edge, source, 'backward', attributes);
  });
}

export function forEachStep(
  graph: KgGraph,
  node: string,
  filter: ResolvedFilter,
  mode: StepMode,
  callback: StepCallback,
): void {
  someStep(graph, node, filter, mode, (edge, other, direction, attributes) => {
    callback(edge, other, direction, attributes);
    return false;
  });
}
