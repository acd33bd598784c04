/**
 * `kg extract FILE|DIR...`: extracts entities and relations from plain-text and HTML files and
 * prints the extraction contract (../shared/eval/README.md) as one merged JSON object, one JSON
 * line per document, or readable tables. Documents go through a pool of worker threads; a bad
 * input gets one line on stderr naming the file while the others go through, and the exit code
 * says that something failed.
 */
import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import {
  createExtractorPool,
  DEFAULT_MAX_BYTES,
  fetchDocument,
  isDocumentUrl,
  listInputFiles,
  looksLikeHtml,
  mergeExtractions,
  readDocument,
  DOCUMENT_EXTENSIONS,
} from '@kg/extract';
import type { DecodedDocument } from '@kg/extract';
import { isKgError } from '@kg/schema/core';
import type { Entity, Extraction } from '@kg/schema';
import type { ExtractionBudget, UrlPolicy } from '@kg/extract';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { jobsFlag, maxSizeFlag } from '../options.js';
import { URL_POLICY_FLAGS, urlPolicyFlag, urlPolicyHelp } from '../url-options.js';
import { BUDGET_OPTIONS, budgetHelp, parseBudget } from './budget-options.js';

const FORMATS = ['json', 'jsonl', 'table'] as const;
type Format = (typeof FORMATS)[number];

/** Progress shows by itself on a terminal from this many files. */
const PROGRESS_MIN_FILES = 20;
const PROGRESS_INTERVAL_MS = 250;
const PROGRESS_LOG_INTERVAL_MS = 2000;

const USAGE = `Usage: kg extract FILE|DIR|URL... [options]

Extracts entities (PERSON, ORG, GPE, LOC, FACILITY, WEAPON, PRODUCT, EVENT) and typed relations
with evidence from English news in plain text, HTML, PDF (its text layer) or Word (.docx), or
from a web page (an http or https URL: its main content). Directories are read recursively for
${DOCUMENT_EXTENSIONS.join(' ')} files (hidden files are skipped).
Entities are merged across documents by name and alias.

Options:
  --format FORMAT  json (default): one merged object, the contract in the README;
                   jsonl: one extraction per document per line; table: readable tables
  --out FILE       write the output to FILE instead of stdout
  --jobs N         worker threads (default: the smaller of cores and files)
  --max-size MB    skip documents larger than MB megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
${budgetHelp(19)}
${urlPolicyHelp(19)}
  --progress       report progress on stderr even when it is not a terminal
  -h, --help       this text

A file or URL that cannot be read (missing, unreadable, not a regular file, empty, binary, not
UTF-8, too large, unsupported format, a broken or password-protected PDF, a zip that is not a
Word document, an HTTP error or a timeout) or that goes over its time or memory limit
(INPUT_TOO_COMPLEX) gets one line on stderr naming it; the other files still go through.
Exit status: 0 all documents extracted, 1 some input failed, 2 usage error.
`;

interface Options {
  format: Format;
  out?: string;
  jobs?: number;
  maxBytes: number;
  budget: Partial<ExtractionBudget>;
  urlPolicy: UrlPolicy;
  progress: boolean;
  paths: string[];
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseFlags(argv, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    jobs: { type: 'string' },
    'max-size': { type: 'string' },
    ...BUDGET_OPTIONS,
    ...URL_POLICY_FLAGS,
    progress: { type: 'boolean', default: false },
  });
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    throw new UsageError(`unknown --format "${values.format}" (use ${FORMATS.join(', ')})`);
  }
  const options: Options = {
    format,
    maxBytes: DEFAULT_MAX_BYTES,
    budget: parseBudget(values),
    urlPolicy: urlPolicyFlag(values),
    progress: values.progress,
    paths: positionals,
  };
  if (values.out !== undefined) {
    const dir = dirname(resolve(values.out));
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      throw new UsageError(`--out ${values.out}: the directory ${dir} does not exist`);
    }
    options.out = values.out;
  }
  if (values.jobs !== undefined) options.jobs = jobsFlag(values.jobs, 1);
  if (values['max-size'] !== undefined) {
    options.maxBytes = maxSizeFlag(values['max-size'], DEFAULT_MAX_BYTES);
  }
  if (positionals.length === 0) throw new UsageError('no FILE or DIR given');
  return options;
}

/** Makes sure the document has its DocumentInfo, with the hash of the bytes read. */
function withDocumentInfo(extraction: Extraction, doc: DecodedDocument): Extraction {
  const info = extraction.documents.find((d) => d.id === doc.id);
  if (info) {
    // The store keys documents by the hash of the bytes as read (BOM and encoding included).
    info.hash = doc.hash;
    return extraction;
  }
  const html = doc.format === 'html' || (doc.format !== 'text' && looksLikeHtml(doc.text));
  extraction.documents.push({
    id: doc.id,
    hash: doc.hash,
    format: html ? 'html' : 'text',
    chars: doc.text.length,
  });
  return extraction;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Documents done/total, rate and ETA on stderr: rewritten in place on a terminal. */
function createProgress(io: CommandIo, total: number, enabled: boolean) {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const started = Date.now();
  let last = 0;
  let shown = false;
  const line = (done: number) => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
    return `extract: ${done}/${total} documents, ${rate.toFixed(1)}/s, ETA ${formatDuration(eta)}`;
  };
  return {
    update(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < (tty ? PROGRESS_INTERVAL_MS : PROGRESS_LOG_INTERVAL_MS)) {
        return;
      }
      last = now;
      shown = true;
      io.stderr.write(tty ? `\r${line(done)}\u001b[K` : `${line(done)}\n`);
    },
    /** Clears the in-place line before another message goes to stderr. */
    interrupt() {
      if (enabled && tty && shown) io.stderr.write('\r\u001b[K');
    },
    finish() {
      if (enabled && tty && shown) io.stderr.write('\n');
    },
  };
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)].join('\n');
}

function renderTables(extraction: Extraction): string {
  const byId = new Map<string, Entity>(extraction.entities.map((e) => [e.id, e]));
  const name = (id: string) => truncate(byId.get(id)?.name ?? id, 32);
  const entities = table(
    ['id', 'type', 'name', 'mentions', 'aliases'],
    extraction.entities.map((e) => [
      e.id,
      e.type,
      truncate(e.name, 40),
      String(e.mentions.length),
      truncate(e.aliases.join(', '), 60),
    ]),
  );
  const relations = table(
    ['subject', 'predicate', 'object', 'modality', 'conf', 'evidence'],
    extraction.relations.map((r) => [
      name(r.subject),
      r.label ? `${r.predicate} (${truncate(r.label, 24)})` : r.predicate,
      name(r.object),
      r.modality,
      r.confidence.toFixed(2),
      truncate((r.evidence[0]?.text ?? '').replace(/\s+/g, ' '), 70),
    ]),
  );
  return [
    `Documents: ${extraction.documents.length}`,
    '',
    `Entities (${extraction.entities.length})`,
    entities,
    '',
    `Relations (${extraction.relations.length})`,
    relations,
    '',
  ].join('\n');
}

function reason(err: unknown): string {
  if (isKgError(err)) return err.message;
  return `extract: ${err instanceof Error ? err.message : String(err)}`;
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const options = parseOptions(argv);

  const urls = options.paths.filter(isDocumentUrl);
  const listing = await listInputFiles(options.paths.filter((p) => !isDocumentUrl(p)));
  for (const err of listing.errors) io.stderr.write(`kg ${err.message}\n`);
  const chunks: string[] = [];
  const emit = (chunk: string) => {
    if (options.out === undefined) io.stdout.write(chunk);
    else chunks.push(chunk);
  };
  const files = [...listing.files, ...urls];
  const { extracted, failed } = await extractFiles(files, options, io, emit);

  if (options.format === 'json') {
    // Always one JSON document on stdout in json mode, empty if nothing could be read.
    emit(`${JSON.stringify(mergeExtractions(extracted), null, 2)}\n`);
  } else if (options.format === 'table' && extracted.length > 0) {
    emit(renderTables(mergeExtractions(extracted)));
  }
  if (options.out !== undefined) await writeFile(options.out, chunks.join(''));
  return failed + listing.errors.length > 0 ? 1 : 0;
}

/** Documents this small, alone, are extracted at once in this thread: no worker to start. */
const ONE_SMALL_FILE_BYTES = 1024 * 1024;

/** One regular file of at most `ONE_SMALL_FILE_BYTES`. */
function inOneGo(files: readonly string[]): boolean {
  if (files.length !== 1) return false;
  const info = statSync(files[0] ?? '', { throwIfNoEntry: false });
  return info !== undefined && info.isFile() && info.size <= ONE_SMALL_FILE_BYTES;
}

/**
 * Reads and extracts the files through a worker pool, reporting each failure on stderr. jsonl
 * lines are emitted as they come (in input order); other formats get the extractions back.
 */
async function extractFiles(
  files: readonly string[],
  options: Options,
  io: CommandIo,
  emit: (chunk: string) => void,
): Promise<{ extracted: Extraction[]; failed: number }> {
  if (files.length === 0) return { extracted: [], failed: 0 };
  const jobs = options.jobs ?? Math.min(availableParallelism(), files.length);
  const pool = createExtractorPool({
    jobs,
    budget: options.budget,
    inCallingThread: options.jobs === undefined && inOneGo(files),
  });
  const progress = createProgress(
    io,
    files.length,
    options.progress ||
      (files.length >= PROGRESS_MIN_FILES && (io.stderr as { isTTY?: boolean }).isTTY === true),
  );

  const results: (Extraction | undefined)[] = new Array<Extraction | undefined>(files.length);
  const settled = new Set<number>();
  let failed = 0;
  let done = 0;
  let written = 0;
  // jsonl goes out in input order as soon as the documents before it are settled.
  const flushLines = () => {
    while (written < files.length && settled.has(written)) {
      const result = results[written];
      if (result) emit(`${JSON.stringify(result)}\n`);
      results[written] = undefined; // written out: let it go
      written++;
    }
  };

  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index] ?? '';
      try {
        const doc = isDocumentUrl(file)
          ? await fetchDocument(file, { maxBytes: options.maxBytes, urlPolicy: options.urlPolicy })
          : await readDocument(file, { maxBytes: options.maxBytes });
        if (doc.notice) {
          progress.interrupt();
          io.stderr.write(`kg extract: ${doc.notice}\n`);
        }
        results[index] = withDocumentInfo(await pool.extract(doc), doc);
      } catch (err) {
        failed++;
        progress.interrupt();
        io.stderr.write(`kg ${reason(err)}\n`);
      }
      settled.add(index);
      done++;
      progress.update(done);
      if (options.format === 'jsonl') flushLines();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(files.length, jobs * 2) }, worker));
  } finally {
    progress.finish();
    await pool.close();
  }
  return { extracted: results.filter((r): r is Extraction => r !== undefined), failed };
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'extract entities and relations from text or HTML files',
  usage: USAGE,
  run,
};
