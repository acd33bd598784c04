/**
 * `kg export --format …`: the graph (or a filtered or top-N view of it) as graphology JSON
 * (Gephi Lite), GEXF (Gephi), GraphML (Cytoscape, yEd), CSV, a Cypher script or neo4j-admin CSV.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  EXPORT_FORMATS,
  exportDump,
  exportGraph,
  filterGraph,
  topSubgraph,
  withEvidence,
} from '@kg/graph';
import type { ExportFormat, KgGraph, TopBy } from '@kg/graph';
import { KgError } from '@kg/schema';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import {
  FILTER_HELP,
  FILTER_OPTIONS,
  intFlag,
  openExistingStore,
  parseFilter,
} from './graph-options.js';
import { DB_HELP, storePath } from './store-path.js';

const USAGE = `Usage: kg export --format FORMAT [--out FILE|DIR] [--db FILE|URL] [filters]

Writes the graph in the store to a file (or to standard output), or, for the CSV formats,
to a directory.

Formats:
  json       graphology JSON; opens in Gephi Lite (scalar attributes: aliases joined with
             "; ", evidence as a count). --full keeps alias lists and every evidence sentence;
             without filters it is a lossless dump of the store (documents, texts, mentions)
             that kg import restores exactly into an empty store.
  gexf       GEXF 1.3 for Gephi
  graphml    GraphML for Cytoscape and yEd
  csv        DIR/nodes.csv, DIR/edges.csv, DIR/evidence.csv (RFC 4180; cells starting with
             = + - @ get a leading ' so spreadsheets do not run them)
  cypher     a Cypher script of MERGE statements: cypher-shell -f FILE
  neo4j-csv  DIR/entities.csv and DIR/relations.csv for
             neo4j-admin database import full --nodes=entities.csv --relationships=relations.csv

${FILTER_HELP}
  --min-weight N       relations with at least N supporting sentences
  --top N              only the N best-connected entities (and the relations among them)
  --by weight|degree|pagerank   ranking for --top (default weight: weighted degree)

Options:
  --format FORMAT  ${EXPORT_FORMATS.join(', ')}
  --out PATH       file (default: standard output) or directory (required for csv, neo4j-csv)
  --full           json only: aliases as lists, all evidence; the whole store: a dump
  --db FILE|URL    ${DB_HELP}
  -h, --help       this text

Examples:
  kg export --format gexf --out kg.gexf
  kg export --format csv --out export/ --modalities asserted,reported
  kg export --format json --top 200 --by pagerank > top.json
  kg export --format json --full --out kg-dump.json   # then: kg import kg-dump.json --db new.db
`;

/** A failed write as a KgError that names the path and says why, in words. */
function writeError(path: string, err: unknown): KgError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? `the folder ${dirname(resolve(path))} does not exist`
      : code === 'EISDIR'
        ? 'it is a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOTDIR'
            ? 'a part of the path is a file, not a folder'
            : code === 'ENOSPC'
              ? 'the disk is full'
              : String((err as Error).message);
  return new KgError('WRITE_ERROR', `cannot write ${path}: ${why}.`, { cause: err });
}

function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw writeError(path, err);
  }
}

function view(graph: KgGraph, values: Record<string, string | boolean | undefined>): KgGraph {
  const filter = parseFilter(values as Record<string, string | undefined>);
  const minWeight = values['min-weight'] === undefined ? undefined : Number(values['min-weight']);
  if (minWeight !== undefined && !Number.isFinite(minWeight)) {
    throw new UsageError(`--min-weight must be a number, not "${String(values['min-weight'])}"`);
  }
  let result: KgGraph = graph;
  if (Object.keys(filter).length > 0 || minWeight !== undefined) {
    result = filterGraph(graph, { ...filter, ...(minWeight === undefined ? {} : { minWeight }) });
  }
  if (values.top !== undefined) {
    const by = (values.by as string | undefined) ?? 'weight';
    result = topSubgraph(result, { n: intFlag(values.top as string, 100, 'top'), by: by as TopBy });
  }
  return result;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    full: { type: 'boolean', default: false },
    db: { type: 'string' },
    'min-weight': { type: 'string' },
    top: { type: 'string' },
    by: { type: 'string' },
    ...FILTER_OPTIONS,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, got "${format}"` : ''}`,
    );
  }
  const store = await openExistingStore(storePath(values.db));
  try {
    const filter = parseFilter(values);
    const whole =
      Object.keys(filter).length === 0 &&
      values.top === undefined &&
      values['min-weight'] === undefined;
    if (format === 'json' && values.full && whole) {
      // The whole store, lossless: a dump that kg import restores as it was.
      const text = await exportDump(store);
      const { documents, entities, relations } = store.counts();
      const summary = `dump: ${documents} documents, ${entities} entities, ${relations} relations`;
      if (values.out === undefined || values.out === '-') io.stdout.write(text);
      else {
        writeOut(values.out, text);
        io.stderr.write(`kg export: wrote ${values.out} (${summary}).\n`);
      }
      return 0;
    }
    const graph = await withEvidence(store, view(await store.loadGraph(), values), filter);
    const output = exportGraph(graph, format, { full: values.full });
    const summary = `${graph.order} entities, ${graph.size} relations`;
    if (output.kind === 'file') {
      if (values.out === undefined || values.out === '-') {
        io.stdout.write(output.text);
      } else {
        writeOut(values.out, output.text);
        io.stderr.write(`kg export: wrote ${values.out} (${format}, ${summary}).\n`);
      }
      return 0;
    }
    if (values.out === undefined || values.out === '-') {
      throw new UsageError(`--format ${format} writes several files: pass --out DIR`);
    }
    try {
      mkdirSync(values.out, { recursive: true });
    } catch (err) {
      throw writeError(values.out, err);
    }
    for (const [fileName, text] of Object.entries(output.files)) {
      writeOut(join(values.out, fileName), text);
    }
    io.stderr.write(
      `kg export: wrote ${Object.keys(output.files)
        .map((f) => join(values.out as string, f))
        .join(', ')} (${summary}).\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as JSON (Gephi Lite), GEXF, GraphML, CSV or for Neo4j',
  usage: USAGE,
  run,
};
