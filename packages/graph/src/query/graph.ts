/**
 * The graph shape every query, metric and format works on: any graphology graph whose nodes
 * carry `EntityAttributes` and edges `RelationAttributes` (the store's `MultiDirectedGraph`,
 * or a subgraph built from it), plus small helpers shared by the query modules.
 */
import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { EntityAttributes, EntityType, GraphAttributes, RelationAttributes } from '@kg/schema';
import { KgError } from '@kg/schema';

export type KgGraph = AbstractGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** A graph a query builds and hands over (subgraphs, parsed imports). */
export type OwnedGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** The few node fields a query result needs to name an entity. */
export interface EntityRef {
  id: string;
  label: string;
  type: EntityType;
}

export function entityRef(graph: KgGraph, id: string): EntityRef {
  const attributes = graph.getNodeAttributes(id);
  return { id, label: attributes.label, type: attributes.type };
}

export function assertEntity(graph: KgGraph, id: string, where: string): void {
  if (!graph.hasNode(id)) throw new KgError('NOT_FOUND', `${where}: entity "${id}" not found.`);
}

export function createKgGraph(): OwnedGraph {
  return new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
}

/** Copies the given nodes and edges (attributes shallow-copied) into a new graph. */
export function buildSubgraph(
  graph: KgGraph,
  nodes: Iterable<string>,
  edges: Iterable<string>,
): OwnedGraph {
  const sub = createKgGraph();
  for (const node of nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const edge of edges) {
    sub.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
      ...graph.getEdgeAttributes(edge),
    });
  }
  return sub;
}
