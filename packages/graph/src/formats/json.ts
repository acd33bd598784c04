/**
 * graphology JSON (the `graph.export()` shape). The default flat form opens in Gephi Lite:
 * scalar attributes only (aliases joined, evidence as a count). The full form keeps aliases as
 * arrays and every evidence item, for moving a graph between kg stores without loss.
 */
import type { SerializedGraph } from 'graphology-types';
import type { KgGraph } from '../query/graph.js';
import { flattenEntity, flattenRelation } from './flatten.js';

export interface JsonExportOptions {
  /** Keep aliases as arrays and every evidence item (not Gephi Lite-friendly). Default false. */
  full?: boolean;
  /** Indentation (default none). */
  indent?: number;
}

/** graphology's options for every kg graph. */
export const GRAPH_OPTIONS = { type: 'directed', multi: true, allowSelfLoops: true } as const;

/** The graph as a graphology serialised graph (object form). */
export function toSerializedGraph(
  graph: KgGraph,
  options: JsonExportOptions = {},
): SerializedGraph {
  const full = options.full ?? false;
  return {
    attributes: { ...graph.getAttributes() },
    options: { ...GRAPH_OPTIONS },
    nodes: graph.mapNodes((key, attributes) => ({
      key,
      attributes: full ? { ...attributes } : { ...flattenEntity(attributes) },
    })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes: full ? { ...attributes } : { ...flattenRelation(attributes) },
    })),
  };
}

/**
 * The graph as graphology JSON text, a node or an edge at a time: the same bytes as
 * `JSON.stringify(toSerializedGraph(graph))` and a newline, without ever holding them as one
 * string. Unindented.
 */
export function* jsonLines(
  graph: KgGraph,
  options: Omit<JsonExportOptions, 'indent'> = {},
): Generator<string> {
  const full = options.full ?? false;
  yield `{"attributes":${JSON.stringify({ ...graph.getAttributes() })},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`;
  let first = true;
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const node = { key, attributes: full ? { ...attributes } : { ...flattenEntity(attributes) } };
    yield `${first ? '' : ','}${JSON.stringify(node)}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const edge = {
      key,
      source,
      target,
      attributes: full ? { ...attributes } : { ...flattenRelation(attributes) },
    };
    yield `${first ? '' : ','}${JSON.stringify(edge)}`;
    first = false;
  }
  yield ']}\n';
}

/** The graph as graphology JSON text (flat for Gephi Lite unless `full`). */
export function exportJson(graph: KgGraph, options: JsonExportOptions = {}): string {
  if (options.indent) {
    return `${JSON.stringify(toSerializedGraph(graph, options), null, options.indent)}\n`;
  }
  return [...jsonLines(graph, options)].join('');
}
