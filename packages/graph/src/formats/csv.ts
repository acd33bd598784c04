/**
 * CSV export for spreadsheets and other tools: `nodes.csv`, `edges.csv` and `evidence.csv`
 * (one row per supporting sentence), RFC 4180 with the formula-injection guard.
 */
import type { KgGraph } from '../query/graph.js';
import type { CsvValue } from './csv-codec.js';
import { csvLines } from './csv-codec.js';
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

/** File name → the file's lines, made as they are read. */
export type CsvFileLines = Record<string, () => Iterable<string>>;

function* nodeRows(graph: KgGraph): Generator<CsvValue[]> {
  for (const { node: key, attributes } of graph.nodeEntries()) {
    const flat = flattenEntity(attributes);
    yield [key, ...NODE_COLUMNS.slice(1).map((name) => flat[name as keyof typeof flat])];
  }
}

function* edgeRows(graph: KgGraph): Generator<CsvValue[]> {
  for (const { edge: key, attributes, source, target } of graph.edgeEntries()) {
    const flat = flattenRelation(attributes);
    yield [
      key,
      source,
      target,
      ...EDGE_COLUMNS.slice(3).map((name) => flat[name as keyof typeof flat]),
    ];
  }
}

function* evidenceRows(graph: KgGraph): Generator<CsvValue[]> {
  for (const { edge: key, attributes } of graph.edgeEntries()) {
    for (const item of attributes.evidence ?? []) {
      yield [
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
      ];
    }
  }
}

/** `nodes.csv`, `edges.csv` and `evidence.csv`, each written line by line when asked for. */
export function csvFileLines(graph: KgGraph): CsvFileLines {
  return {
    'nodes.csv': () => csvLines(NODE_COLUMNS, nodeRows(graph)),
    'edges.csv': () => csvLines(EDGE_COLUMNS, edgeRows(graph)),
    'evidence.csv': () => csvLines(EVIDENCE_COLUMNS, evidenceRows(graph)),
  };
}

/** `nodes.csv`, `edges.csv` and `evidence.csv` for the graph. */
export function exportCsv(graph: KgGraph): CsvFiles {
  return joinFiles(csvFileLines(graph));
}

/** Each file's lines joined into its text. */
export function joinFiles(files: CsvFileLines): CsvFiles {
  return Object.fromEntries(
    Object.entries(files).map(([name, lines]) => [name, [...lines()].join('')]),
  );
}
