/**
 * `kg import FILE|DIR`: merges an exported graph (graphology JSON, GEXF, GraphML or the CSV
 * files of `kg export --format csv`) into the store, or restores a dump (JSON `--full` or
 * NDJSON). The file is validated in full before anything is written; its evidence goes in under
 * the documents it cites, so importing the same file twice changes nothing. An NDJSON dump is
 * read a line at a time, twice: once to check it all, once to write its documents.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  IMPORT_FORMATS,
  createNdjsonDumpReader,
  detectFormat,
  importSourceId,
  ingestGraph,
  isNdjsonDump,
  ndjsonDocuments,
  NdjsonEvidenceIndex,
  openStore,
  parseImport,
  restoreDump,
  restoreDumpStream,
} from '@kg/graph';
import type { ImportFormat, ImportSource, NdjsonDump, OwnedGraph, RestoreResult } from '@kg/graph';
import { ENTITY_TYPES, KgError } from '@kg/schema';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { DB_HELP, showStore, storePath } from './store-path.js';

/** What `--format` takes: the graph formats, and the NDJSON dump. */
type CliImportFormat = ImportFormat | 'ndjson';
const FORMATS: readonly CliImportFormat[] = [...IMPORT_FORMATS, 'ndjson'];

const USAGE = `Usage: kg import FILE|DIR [--format json|ndjson|gexf|graphml|csv] [--db FILE|URL] [--dry-run] [--json]

Merges a graph file into the store: graphology JSON (kg export --format json, with or without
--full; Gephi Lite), an NDJSON dump (kg export --format ndjson, read a line at a time, any
size), GEXF, GraphML, or CSV (a directory, or its nodes.csv, holding nodes.csv
and optionally edges.csv and evidence.csv as kg export --format csv writes them).

Every entity needs a type (${ENTITY_TYPES.join(', ')});
relation types kg does not know become RELATED_TO with their name kept. The file is checked in full before anything is
written. Evidence sentences go in under the documents they cite; relations without evidence and
lone entities go in under one document named after the file (kg docs remove undoes it).
Importing the same file again changes nothing. A dump (kg export --format json --full or
--format ndjson of a whole store) into an empty store is restored exactly as it was, without
resolving anything again; into a store that holds documents it is merged like any other file.

Options:
  --format F   ${FORMATS.join(', ')} (default: from the file name or its contents)
  --db FILE|URL  ${DB_HELP}
  --dry-run    check the file and print what it holds, write nothing
  --json       print the result as JSON
  -h, --help   this text

Examples:
  kg import graph.gexf
  kg import export/ --format csv --db other.db
  kg import kg-dump.ndjson --db new.db
`;

const MAX_BYTES = 512 * 1024 * 1024;

function readText(path: string): string {
  const size = statSync(path).size;
  if (size > MAX_BYTES) {
    throw new KgError('INPUT_TOO_LARGE', `${path} is ${size} bytes; the limit is ${MAX_BYTES}.`);
  }
  return readFileSync(path, 'utf8');
}

/** The CSV files beside (or inside) PATH: nodes.csv, edges.csv, evidence.csv. */
function csvFiles(path: string): Record<string, string> {
  const dir = statSync(path).isDirectory() ? path : dirname(path);
  const prefix = statSync(path).isDirectory() ? '' : basename(path).replace(/nodes\.csv$/i, '');
  const files: Record<string, string> = {};
  for (const name of ['nodes.csv', 'edges.csv', 'evidence.csv']) {
    const file = join(dir, `${prefix}${name}`);
    if (existsSync(file)) files[name] = readText(file);
  }
  if (!files['nodes.csv']) {
    const found = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    throw new KgError(
      'NOT_FOUND',
      `no nodes.csv in ${dir} (found ${found.join(', ') || 'no CSV files'}).`,
    );
  }
  return files;
}

/** The first bytes of a file, as text (to tell its format). */
function head(path: string, bytes = 4096): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const read = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * A file's lines with the byte offset each starts at, read as a stream (split at "\n", a "\r"
 * before it dropped); `onBytes` sees every byte read (for a hash).
 */
async function* fileLinesAt(
  path: string,
  onBytes?: (chunk: Buffer) => void,
): AsyncGenerator<{ text: string; offset: number }> {
  const stream = createReadStream(path);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  const take = (tail: Buffer): { text: string; offset: number } => {
    const bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    const line = { text: bytes.toString('utf8').replace(/\r$/, ''), offset };
    offset += pendingBytes + tail.length + 1;
    pending = [];
    pendingBytes = 0;
    return line;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes?.(chunk);
      let start = 0;
      for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
        yield take(chunk.subarray(start, end));
        start = end + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
      }
    }
    if (pendingBytes > 0) yield take(Buffer.alloc(0));
  } finally {
    stream.destroy();
  }
}

/** A file's lines, read as a stream. */
async function* fileLines(path: string): AsyncGenerator<string> {
  for await (const { text } of fileLinesAt(path)) yield text;
}

/**
 * First pass over an NDJSON dump: checks every line, keeps the graph without its evidence (the
 * index says where each evidence line is, read back from `fd`); the file's hash too.
 */
async function readNdjson(
  path: string,
  fd: number,
  where: string,
): Promise<NdjsonDump & { hash: string; evidence: NdjsonEvidenceIndex }> {
  const evidence = new NdjsonEvidenceIndex((offset, length) => {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, offset);
    return buffer.subarray(0, read).toString('utf8');
  }, where);
  const reader = createNdjsonDumpReader(where, { evidenceIndex: evidence });
  const hash = createHash('sha256');
  let at = 0;
  for await (const { text, offset } of fileLinesAt(path, (chunk) => hash.update(chunk))) {
    reader.line(text, ++at, offset);
  }
  return { ...reader.finish(), hash: hash.digest('hex'), evidence };
}

function evidenceCount(graph: OwnedGraph): number {
  return graph.reduceEdges((sum, _key, attributes) => sum + (attributes.evidence?.length ?? 0), 0);
}

function restoredLine(path: string, db: string, restored: RestoreResult): string {
  return `Restored ${path} into ${showStore(db)}: ${restored.documents} documents, ${restored.entities} entities, ${restored.relations} relations, ${restored.evidence} evidence sentences.\n`;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string' },
    db: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length !== 1) {
    throw new UsageError(`give one FILE or DIR`);
  }
  const path = positionals[0] as string;
  if (!existsSync(path)) throw new KgError('NOT_FOUND', `${path} does not exist.`);
  const isDir = statSync(path).isDirectory();
  const asked = values.format as CliImportFormat | undefined;
  if (asked !== undefined && !FORMATS.includes(asked)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${asked}"`);
  }
  const lower = path.toLowerCase();
  if (
    asked === 'ndjson' ||
    (asked === undefined &&
      !isDir &&
      (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || isNdjsonDump(head(path))))
  ) {
    return importNdjson(path, values, io);
  }
  let format = asked as ImportFormat | undefined;
  let source: ImportSource;
  if (isDir || format === 'csv' || (!format && path.toLowerCase().endsWith('.csv'))) {
    format = 'csv';
    source = csvFiles(path);
  } else {
    const text = readText(path);
    format ??= detectFormat(path, text);
    source = text;
  }
  const name = basename(path);
  // Checked in full before the store is even opened: a bad file leaves no trace.
  const { graph, dump } = parseImport(source, format, name);
  if (values['dry-run']) {
    const evidence = evidenceCount(graph);
    const documents = dump?.documents.length;
    const result = {
      format,
      ...(dump ? { dump: true, documents } : {}),
      entities: graph.order,
      relations: graph.size,
      evidence,
    };
    io.stdout.write(
      values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${path}: ${format}${dump ? ` dump of ${documents} documents` : ''}, ${graph.order} entities, ${graph.size} relations, ${evidence} evidence sentences (nothing written).\n`,
    );
    return 0;
  }
  const store = await openStore({ path: storePath(values.db) });
  try {
    if (dump && store.counts().documents === 0) {
      // A dump into an empty store is restored as it was: nothing is resolved again.
      const restored = await restoreDump(store, graph, dump, `graph.import: ${name}`);
      if (values.json)
        io.stdout.write(`${JSON.stringify({ restored: true, ...restored }, null, 2)}\n`);
      else io.stdout.write(restoredLine(path, storePath(values.db), restored));
      return 0;
    }
    const result = await ingestGraph(store, graph, { id: importSourceId(source), source: name });
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout.write(
        `Imported ${path} (${format}) into ${showStore(storePath(values.db))}: ${result.documentsNew} new documents, ${result.documentsUnchanged} already stored; ` +
          `${result.nodesAdded} entities added, ${result.nodesMerged} merged; ${result.edgesAdded} relations added, ${result.edgesMerged} merged; ${result.evidenceAdded} evidence sentences added.\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

interface ImportValues {
  db?: string | undefined;
  'dry-run': boolean;
  json: boolean;
}

/**
 * An NDJSON dump: checked line by line first (nothing is opened before it passes), then into an
 * empty store its documents are read again and restored one by one; into a store that holds
 * documents its graph is merged like any other file.
 */
async function importNdjson(path: string, values: ImportValues, io: CommandIo): Promise<number> {
  const name = basename(path);
  const where = `graph.import: ${name}`;
  // Read twice: the first pass keeps where each evidence line is, and the restore reads them back.
  const fd = openSync(path, 'r');
  try {
    return await restoreNdjson(path, fd, values, io, where);
  } finally {
    closeSync(fd);
  }
}

async function restoreNdjson(
  path: string,
  fd: number,
  values: ImportValues,
  io: CommandIo,
  where: string,
): Promise<number> {
  const name = basename(path);
  const dump = await readNdjson(path, fd, where);
  const { graph, counts } = dump;
  if (values['dry-run']) {
    const result = { format: 'ndjson', dump: true, ...counts };
    io.stdout.write(
      values.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${path}: ndjson dump of ${counts.documents} documents, ${counts.entities} entities, ${counts.relations} relations, ${counts.evidence} evidence sentences, ${counts.curation} curation rules (nothing written).\n`,
    );
    return 0;
  }
  const db = storePath(values.db);
  const store = await openStore({ path: db });
  try {
    if (store.counts().documents === 0) {
      const restored = await restoreDumpStream(
        store,
        graph,
        () => ndjsonDocuments(fileLines(path), dump.firstDocumentLine, where),
        dump.curation,
        where,
        dump.evidence,
      );
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ restored: true, ...restored }, null, 2)}\n`);
      } else io.stdout.write(restoredLine(path, db, restored));
      return 0;
    }
    // Merged like any graph file: that needs the evidence on the graph.
    dump.evidence.attachTo(graph);
    const result = await ingestGraph(store, graph, { id: dump.hash, source: name });
    if (values.json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else {
      io.stdout.write(
        `Imported ${path} (ndjson) into ${showStore(db)}: ${result.documentsNew} new documents, ${result.documentsUnchanged} already stored; ` +
          `${result.nodesAdded} entities added, ${result.nodesMerged} merged; ${result.edgesAdded} relations added, ${result.edgesMerged} merged; ${result.evidenceAdded} evidence sentences added.\n`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}

export const importCommand: Command = {
  name: 'import',
  summary: 'merge a graph file (JSON, GEXF, GraphML, CSV) into the store',
  usage: USAGE,
  run,
};
