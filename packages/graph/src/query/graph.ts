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

/** The stored knowledge graph's shape: a multi-directed graph of entities and relations. */
export type StoreGraph = MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>;

/** A graph a query builds and hands over (subgraphs, parsed imports): the same shape, owned. */
export type OwnedGraph = StoreGraph;

/** Graphology's methods that change a graph. */
type Mutator =
  | 'addNode'
  | 'mergeNode'
  | 'updateNode'
  | 'dropNode'
  | `${'add' | 'merge' | 'update'}${'' | 'Directed' | 'Undirected'}Edge${'' | 'WithKey'}`
  | `drop${'' | 'Directed' | 'Undirected'}Edge`
  | 'clear'
  | 'clearEdges'
  | 'import'
  | `${'set' | 'update' | 'remove' | 'replace' | 'merge'}Attribute${'' | 's'}`
  | `${'set' | 'update' | 'remove' | 'replace' | 'merge'}${'Node' | 'Edge' | 'DirectedEdge' | 'UndirectedEdge'}Attribute${'' | 's'}`
  | `updateEach${'Node' | 'Edge'}Attributes`;

/**
 * A graph that may be read, not changed: every mutating method is typed `never`, so
 * `store.graph.addNode(…)` fails to compile, while the graph still goes to any reading query.
 */
export type ReadonlyGraph<G> = G & { readonly [M in Mutator & keyof G]: never };

/** The store's in-memory projection as its users see it (the store alone keeps it in step). */
export type ReadonlyStoreGraph = ReadonlyGraph<StoreGraph>;

/** The read-only view a store hands out of the graph it owns (a type, not a copy). */
export function readonlyView(graph: StoreGraph): ReadonlyStoreGraph {
  return graph as ReadonlyStoreGraph;
}

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

/** A new, empty graph of the model: the one constructor every module uses. */
export function createStoreGraph(): StoreGraph {
  return new MultiDirectedGraph<EntityAttributes, RelationAttributes, GraphAttributes>();
}

/** Copies the given nodes and edges (attributes shallow-copied) into a new graph. */
export function buildSubgraph(
  graph: KgGraph,
  nodes: Iterable<string>,
  edges: Iterable<string>,
): OwnedGraph {
  const sub = createStoreGraph();
  for (const node of nodes) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const edge of edges) {
    sub.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
      ...graph.getEdgeAttributes(edge),
    });
  }
  return sub;
}
