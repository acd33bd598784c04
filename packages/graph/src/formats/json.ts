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

/** The graph as a graphology serialised graph (object form). */
export function toSerializedGraph(
  graph: KgGraph,
  options: JsonExportOptions = {},
): SerializedGraph {
  const full = options.full ?? false;
  return {
    attributes: { ...graph.getAttributes() },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
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

/** The graph as graphology JSON text (flat for Gephi Lite unless `full`). */
export function exportJson(graph: KgGraph, options: JsonExportOptions = {}): string {
  return `${JSON.stringify(toSerializedGraph(graph, options), null, options.indent)}\n`;
}
