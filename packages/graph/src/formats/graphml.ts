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

/** The graph as a GraphML document. */
export function exportGraphml(graph: KgGraph): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of NODE_KEYS) {
    lines.push(`  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`);
  }
  for (const [name, type] of EDGE_KEYS) {
    lines.push(`  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`);
  }
  lines.push('  <graph id="kg" edgedefault="directed">');
  const data = (prefix: string, name: string, value: string | number): string =>
    value === '' ? '' : `<data key="${prefix}_${name}">${escapeXml(String(value))}</data>`;
  const ids = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const id = `n${ids.size}`;
    ids.set(key, id);
    const flat = { key, ...flattenEntity(attributes) };
    const values = NODE_KEYS.map(([name]) => data('n', name, flat[name])).join('');
    lines.push(`    <node id="${id}">${values}</node>`);
  });
  let edges = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    const flat = { key, ...flattenRelation(attributes) };
    const values = EDGE_KEYS.map(([name]) => data('e', name, flat[name])).join('');
    lines.push(
      `    <edge id="e${edges++}" source="${ids.get(source)}" target="${ids.get(target)}">${values}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
