/**
 * One entry point for every export format, used by `kg export` and the API: single-file
 * formats give one text with its extension and media type, CSV formats a set of files; either
 * as whole texts (`exportGraph`) or as pieces made on demand for streaming (`exportGraphLines`).
 */
import { KgError } from '@kg/schema';
import type { KgGraph } from '../query/graph.js';
import type { CsvFileLines } from './csv.js';
import { csvFileLines, joinFiles } from './csv.js';
import { gexfLines } from './gexf.js';
import { graphmlLines } from './graphml.js';
import { jsonLines } from './json.js';
import { cypherLines, neo4jCsvLines } from './neo4j.js';

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

/**
 * An export not yet written: the file's text (or each file's) as pieces made as they are asked
 * for, a node or a relation at a time, so a writer can stream any size to a file or a socket.
 */
export type ExportLines =
  | { kind: 'file'; extension: string; mediaType: string; lines: () => Iterable<string> }
  | { kind: 'files'; files: CsvFileLines };

export interface ExportOptions {
  /** JSON only: keep aliases as arrays and all evidence (default: flat, for Gephi Lite). */
  full?: boolean;
}

/**
 * The graph in the given format, piece by piece (see `ExportLines`). Throws
 * `UNSUPPORTED_FORMAT` for an unknown format.
 */
export function exportGraphLines(
  graph: KgGraph,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportLines {
  const file = (extension: string, mediaType: string, lines: () => Iterable<string>) =>
    ({ kind: 'file', extension, mediaType, lines }) as const;
  switch (format) {
    case 'json':
      return file('json', 'application/json', () =>
        jsonLines(graph, { full: options.full ?? false }),
      );
    case 'gexf':
      return file('gexf', 'application/xml', () => gexfLines(graph));
    case 'graphml':
      return file('graphml', 'application/xml', () => graphmlLines(graph));
    case 'cypher':
      return file('cypher', 'text/plain', () => cypherLines(graph));
    case 'csv':
      return { kind: 'files', files: csvFileLines(graph) };
    case 'neo4j-csv':
      return { kind: 'files', files: neo4jCsvLines(graph) };
    default:
      throw new KgError(
        'UNSUPPORTED_FORMAT',
        `graph.export: unknown format "${String(format)}" (expected ${EXPORT_FORMATS.join(', ')}).`,
      );
  }
}

/** The graph in the given format, as text. Throws `UNSUPPORTED_FORMAT` for an unknown one. */
export function exportGraph(
  graph: KgGraph,
  format: ExportFormat,
  options: ExportOptions = {},
): ExportOutput {
  const output = exportGraphLines(graph, format, options);
  if (output.kind === 'files') return { kind: 'files', files: joinFiles(output.files) };
  const { lines, ...rest } = output;
  return { ...rest, text: [...lines()].join('') };
}
