/**
 * GraphML for Cytoscape and yEd (graphology-graphml only parses, so this writes it): typed
 * `<key>` declarations named by `attr.name`, directed edges. GraphML ids must be XML NMTOKENs,
 * which kg's keys are not (`gpe:iran|SUPPLIES|gpe:russia`, or a key made of punctuation or
 * emoji), so elements are numbered (`n0`, `e0`, in graph order) and the original key travels as
 * the `key` attribute, which `kg import` reads back.
 */
import type { KgGraph } from '../query/graph.js';
import type { FlatEntity, FlatRelation } from './flatten.js';
import { escapeXml, flattenEntity, flattenRelation } from './flatten.js';

type AttrType = 'string' | 'int' | 'double';

const NODE_KEYS: [keyof FlatEntity | 'key', AttrType][] = [
  ['key', 'string'],
  ['label', 'string'],
  ['type', 'string'],
  ['aliases', 'string'],
  ['mentionCount', 'int'],
  ['documentCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
];

const EDGE_KEYS: [keyof FlatRelation | 'key', AttrType][] = [
  ['key', 'string'],
  ['predicate', 'string'],
  ['relationLabel', 'string'],
  ['weight', 'double'],
  ['modality', 'string'],
  ['evidenceCount', 'int'],
  ['firstSeen', 'string'],
  ['lastSeen', 'string'],
];

/** The graph as a GraphML document, line by line. */
export function* graphmlLines(graph: KgGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const [name, type] of NODE_KEYS) {
    yield `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  for (const [name, type] of EDGE_KEYS) {
    yield `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>\n`;
  }
  yield '  <graph id="kg" edgedefault="directed">\n';
  const data = (prefix: string, name: string, value: string | number): string =>
    value === '' ? '' : `<data key="${prefix}_${name}">${escapeXml(String(value))}</data>`;
  const ids = new Map<string, string>();
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const id = `n${ids.size}`;
    ids.set(key, id);
    const flat = { key, ...flattenEntity(attributes) };
    const values = NODE_KEYS.map(([name]) => data('n', name, flat[name])).join('');
    yield `    <node id="${id}">${values}</node>\n`;
  }
  let edges = 0;
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const flat = { key, ...flattenRelation(attributes) };
    const values = EDGE_KEYS.map(([name]) => data('e', name, flat[name])).join('');
    yield `    <edge id="e${edges++}" source="${ids.get(source)}" target="${ids.get(target)}">${values}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

/** The graph as a GraphML document. */
export function exportGraphml(graph: KgGraph): string {
  return [...graphmlLines(graph)].join('');
}
