/**
 * CSV export for spreadsheets and other tools: `nodes.csv`, `edges.csv` and `evidence.csv`
 * (one row per supporting sentence), RFC 4180 with the formula-injection guard.
 */
import type { KgGraph } from '../query/graph.js';
import type { CsvValue } from './csv-codec.js';
import { writeCsv } from './csv-codec.js';
import { flattenEntity, flattenRelation } from './flatten.js';

export const NODE_COLUMNS = [
  'id',
  'label',
  'type',
  'aliases',
  'mentionCount',
  'documentCount',
  'firstSeen',
  'lastSeen',
] as const;

export const EDGE_COLUMNS = [
  'key',
  'source',
  'target',
  'predicate',
  'relationLabel',
  'weight',
  'modality',
  'evidenceCount',
  'firstSeen',
  'lastSeen',
] as const;

export const EVIDENCE_COLUMNS = [
  'edge',
  'docId',
  'docSource',
  'start',
  'end',
  'sentence',
  'modality',
  'attribution',
  'confidence',
  'extractorVersion',
  'date',
  'subjectStart',
  'subjectEnd',
  'objectStart',
  'objectEnd',
  'triggerStart',
  'triggerEnd',
] as const;

/** File name → CSV text. */
export type CsvFiles = Record<string, string>;

/** `nodes.csv`, `edges.csv` and `evidence.csv` for the graph. */
export function exportCsv(graph: KgGraph): CsvFiles {
  const nodes = graph.mapNodes((key, attributes): CsvValue[] => {
    const flat = flattenEntity(attributes);
    return [key, ...NODE_COLUMNS.slice(1).map((name) => flat[name as keyof typeof flat])];
  });
  const edges = graph.mapEdges((key, attributes, source, target): CsvValue[] => {
    const flat = flattenRelation(attributes);
    return [
      key,
      source,
      target,
      ...EDGE_COLUMNS.slice(3).map((name) => flat[name as keyof typeof flat]),
    ];
  });
  const evidence: CsvValue[][] = [];
  graph.forEachEdge((key, attributes) => {
    for (const item of attributes.evidence ?? []) {
      evidence.push([
        key,
        item.docId,
        item.docSource,
        item.start,
        item.end,
        item.sentence,
        item.modality,
        item.attribution,
        item.confidence,
        item.extractorVersion,
        item.date,
        item.subjectSpan?.start,
        item.subjectSpan?.end,
        item.objectSpan?.start,
        item.objectSpan?.end,
        item.trigger?.start,
        item.trigger?.end,
      ]);
    }
  });
  return {
    'nodes.csv': writeCsv(NODE_COLUMNS, nodes),
    'edges.csv': writeCsv(EDGE_COLUMNS, edges),
    'evidence.csv': writeCsv(EVIDENCE_COLUMNS, evidence),
  };
}
