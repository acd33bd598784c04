/**
 * One entry point for every export format, used by `kg export` and the API: single-file
 * formats return one text with its extension and media type, CSV formats a set of files.
 */
import { KgError } from '@kg/schema';
import type { KgGraph } from '../query/graph.js';
import { exportCsv } from './csv.js';
import { exportGexf } from './gexf.js';
import { exportGraphml } from './graphml.js';
import { exportJson } from './json.js';
import { exportCypher, exportNeo4jCsv } from './neo4j.js';

export type ExportFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'cypher' | 'neo4j-csv';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'json',
  'gexf',
  'graphml',
  'csv',
  'cypher',
  'neo4j-csv',
];

export type ExportOutput =
  | { kind: 'file'; extension: string; mediaType: string; text: string }
  | { kind: 'files'; files: Record<string, string> };

export interface ExportOptions {
  /** JSON only: keep aliases as arrays and all evidence (default: flat, for Gephi Lite). */
  full?: boolean;
}

/** The graph in the given format. Throws `UNSUPPORTED_FORMAT` for an unknown one. */
export function exportGraph(
  graph: KgGraph,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportOutput {
  switch (format) {
    case 'json':
      return {
        kind: 'file',
        extension: 'json',
        mediaType: 'application/json',
        text: exportJson(graph, { full: options.full ?? false }),
      };
    case 'gexf':
      return {
        kind: 'file',
        extension: 'gexf',
        mediaType: 'application/xml',
        text: exportGexf(graph),
      };
    case 'graphml':
      return {
        kind: 'file',
        extension: 'graphml',
        mediaType: 'application/xml',
        text: exportGraphml(graph),
      };
    case 'cypher':
      return {
        kind: 'file',
        extension: 'cypher',
        mediaType: 'text/plain',
        text: exportCypher(graph),
      };
    case 'csv':
      return { kind: 'files', files: exportCsv(graph) };
    case 'neo4j-csv':
      return { kind: 'files', files: exportNeo4jCsv(graph) };
    default:
      throw new KgError(
        'UNSUPPORTED_FORMAT',
        `graph.export: unknown format "${String(format)}" (expected ${EXPORT_FORMATS.join(', ')}).`,
      );
  }
}
