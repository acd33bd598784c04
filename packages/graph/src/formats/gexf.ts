/**
 * GEXF for Gephi, written by graphology-gexf: node label and edge weight in GEXF's own fields,
 * the other attributes as declared GEXF attributes (scalars; aliases joined).
 */
import { write } from 'graphology-gexf';
import type { KgGraph } from '../query/graph.js';
import { flattenEntity, flattenRelation, xmlSafe } from './flatten.js';

function safeStrings<T extends object>(record: T): T {
  return Object.fromEntries(
    Object.entries(record).map(([key, value]) => [
      key,
      typeof value === 'string' ? xmlSafe(value) : value,
    ]),
  ) as T;
}

/** The graph as a GEXF 1.3 document. */
export function exportGexf(graph: KgGraph): string {
  return write(graph, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attributes) => {
      const { label, ...rest } = safeStrings(flattenEntity(attributes));
      return { label, attributes: rest };
    },
    formatEdge: (_key, attributes) => {
      const { weight, ...rest } = safeStrings(flattenRelation(attributes));
      return { label: rest.relationLabel || rest.predicate, weight, attributes: rest };
    },
  });
}
