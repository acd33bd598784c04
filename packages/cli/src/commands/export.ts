/**
 * `kg export --format …`: the graph (or a filtered or top-N view of it) as graphology JSON
 * (Gephi Lite), GEXF (Gephi), GraphML (Cytoscape, yEd), CSV, a Cypher script or neo4j-admin CSV,
 * or the whole store as a lossless dump (JSON `--full`, or NDJSON a record per line). Every
 * format is streamed: written in chunks as it is made, waiting on the disk or the pipe, so no
 * string ever holds the whole export; a file appears under its name only once it is complete.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  dumpJsonLines,
  dumpNdjsonLines,
  EXPORT_FORMATS,
  exportGraphLines,
  filterGraph,
  topSubgraph,
  withEvidence,
  writePieces,
} from '@kg/graph';
import type { ExportFormat, KgGraph, TextSink, TopBy, WriteResult } from '@kg/graph';
import { isKgError, KgError } from '@kg/schema';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import {
  FILTER_HELP,
  FILTER_OPTIONS,
  intFlag,
  openExistingStore,
  parseFilter,
} from './graph-options.js';
import { DB_HELP, storePath } from './store-path.js';

/** What `--format` takes: the graph formats, and the NDJSON dump of the whole store. */
type CliExportFormat = ExportFormat | 'ndjson';
const FORMATS: readonly CliExportFormat[] = [...EXPORT_FORMATS, 'ndjson'];

const USAGE = `Usage: kg export --format FORMAT [--out FILE|DIR] [--db FILE|URL] [--progress] [filters]

Writes the graph in the store to a file (or to standard output), or, for the CSV formats,
to a directory. Every format is written as it is made (a store of any size streams).

Formats:
  json       graphology JSON; opens in Gephi Lite (scalar attributes: aliases joined with
             "; ", evidence as a count). --full keeps alias lists and every evidence sentence;
             without filters it is a lossless dump of the store (documents, texts, mentions)
             that kg import restores exactly into an empty store.
  ndjson     the lossless dump of the whole store, one JSON record per line (header, entities,
             relations, evidence, documents, curation, end): for stores too large for one JSON
             text; kg import reads it a line at a time. No filters.
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
  --format FORMAT  ${FORMATS.join(', ')}
  --out PATH       file (default: standard output) or directory (required for csv, neo4j-csv)
  --full           json only: aliases as lists, all evidence; the whole store: a dump
  --db FILE|URL    ${DB_HELP}
  --progress       report progress on stderr even when it is not a terminal (a line every 2 s)
  -h, --help       this text

Examples:
  kg export --format gexf --out kg.gexf
  kg export --format csv --out export/ --modalities asserted,reported
  kg export --format json --top 200 --by pagerank > top.json
  kg export --format json --full --out kg-dump.json   # then: kg import kg-dump.json --db new.db
  kg export --format ndjson --out kg-dump.ndjson      # the same for any size of store
`;

const PROGRESS_LOG_INTERVAL_MS = 2000;

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

/** Opens a file for writing; `WRITE_ERROR` in words when it cannot be. */
async function openFile(path: string, shown: string): Promise<WriteStream> {
  const stream = createWriteStream(path);
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (err) => fail(writeError(shown, err)));
  });
  return stream;
}

/**
 * Writes the pieces to PATH, or to standard output for none or `-`. A file is written beside
 * its name and renamed when complete, so a failed or interrupted export leaves no half file.
 */
async function writeTo(
  path: string | undefined,
  pieces: Iterable<string> | AsyncIterable<string>,
  io: CommandIo,
  progress: ProgressReport,
): Promise<WriteResult> {
  const onChunk = (written: WriteResult) => progress.bytes(written.bytes);
  if (path === undefined || path === '-') {
    return writePieces(pieces, io.stdout as unknown as TextSink, { onChunk });
  }
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const stream = await openFile(partial, path);
  try {
    const written = await writePieces(pieces, stream, { onChunk });
    await new Promise<void>((done, fail) => {
      stream.once('error', fail);
      stream.end(() => done());
    });
    renameSync(partial, path);
    return written;
  } catch (err) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw isKgError(err) ? err : writeError(path, err);
  }
}

/** Progress on stderr: rewritten in place on a terminal, a line every 2 s with --progress. */
interface ProgressReport {
  records(done: number, total: number): void;
  bytes(written: number): void;
  finish(): void;
}

function createProgressReport(io: CommandIo, asked: boolean): ProgressReport {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const mode = tty ? 'bar' : asked ? 'lines' : 'off';
  let records = '';
  let written = 0;
  let last = 0;
  let shown = false;
  const show = (force = false) => {
    if (mode === 'off') return;
    const now = Date.now();
    if (!force && now - last < (mode === 'bar' ? 100 : PROGRESS_LOG_INTERVAL_MS)) return;
    last = now;
    shown = true;
    const text = `kg export: ${records}${(written / 1024 / 1024).toFixed(1)} MB written`;
    io.stderr.write(mode === 'bar' ? `\r${text}\u001b[K` : `${text}\n`);
  };
  return {
    records(done, total) {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      records = `${percent}% (${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} records), `;
    },
    bytes(bytes) {
      written = bytes;
      show();
    },
    finish() {
      if (shown) show(true);
      if (mode === 'bar' && shown) io.stderr.write('\n');
    },
  };
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
    progress: { type: 'boolean', default: false },
    'min-weight': { type: 'string' },
    top: { type: 'string' },
    by: { type: 'string' },
    ...FILTER_OPTIONS,
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const format = values.format as CliExportFormat | undefined;
  if (!format || !FORMATS.includes(format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}${format ? `, got "${format}"` : ''}`,
    );
  }
  const filter = parseFilter(values);
  const whole =
    Object.keys(filter).length === 0 &&
    values.top === undefined &&
    values['min-weight'] === undefined;
  if (format === 'ndjson' && !whole) {
    throw new UsageError(
      '--format ndjson is a dump of the whole store: no filters, --top or --min-weight (use json --full for a view)',
    );
  }
  const progress = createProgressReport(io, values.progress);
  const store = await openExistingStore(storePath(values.db));
  try {
    if (format === 'ndjson' || (format === 'json' && values.full && whole)) {
      // The whole store, lossless: a dump that kg import restores as it was.
      const onProgress = (done: number, total: number) => progress.records(done, total);
      const pieces =
        format === 'ndjson' ? dumpNdjsonLines(store, onProgress) : dumpJsonLines(store, onProgress);
      const written = await writeTo(values.out, pieces, io, progress);
      progress.finish();
      const { documents, entities, relations } = store.counts();
      const summary = `${format === 'ndjson' ? 'ndjson ' : ''}dump: ${documents} documents, ${entities} entities, ${relations} relations, ${megabytes(written.bytes)}`;
      if (values.out !== undefined && values.out !== '-') {
        io.stderr.write(`kg export: wrote ${values.out} (${summary}).\n`);
      }
      return 0;
    }
    const graph = await withEvidence(store, view(await store.loadGraph(), values), filter);
    const output = exportGraphLines(graph, format, { full: values.full });
    const summary = `${graph.order} entities, ${graph.size} relations`;
    if (output.kind === 'file') {
      const written = await writeTo(values.out, output.lines(), io, progress);
      progress.finish();
      if (values.out !== undefined && values.out !== '-') {
        io.stderr.write(
          `kg export: wrote ${values.out} (${format}, ${summary}, ${megabytes(written.bytes)}).\n`,
        );
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
    for (const [fileName, lines] of Object.entries(output.files)) {
      await writeTo(join(values.out, fileName), lines(), io, progress);
    }
    progress.finish();
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

function megabytes(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph as JSON (Gephi Lite), GEXF, GraphML, CSV or for Neo4j',
  usage: USAGE,
  run,
};
