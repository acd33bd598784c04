/**
 * `kg ingest PATH|URL...`: reads text, HTML, PDF and DOCX files and web pages into the store. Files whose content is
 * already stored are skipped before extraction (content hash), extraction runs in a pool of
 * worker threads, and each document is committed in its own transaction, so an interrupted
 * run loses at most the documents in flight. Progress (documents, rate, ETA) goes to stderr;
 * the summary to stdout.
 */
import { availableParallelism } from 'node:os';
import {
  createExtractorPool,
  DEFAULT_FETCH_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  DOCUMENT_EXTENSIONS,
  EXTRACTOR_VERSION,
  fetchDocument,
  isDocumentUrl,
  listInputFiles,
  readDocument,
} from '@kg/extract';
import {
  INGEST_BATCH,
  compareVersions,
  ingestDocuments,
  isPostgresUrl,
  openStore,
} from '@kg/graph';
import type { DecodedDocument, UrlPolicy } from '@kg/extract';
import type { IngestInput, IngestProgress, IngestSummary } from '@kg/graph';
import { parseFlags, UsageError, type Command, type CommandIo } from '../command.js';
import { jobsFlag, maxSizeFlag } from '../options.js';
import { URL_POLICY_FLAGS, urlPolicyFlag, urlPolicyHelp } from '../url-options.js';
import { BUDGET_OPTIONS, budgetHelp, parseBudget } from './budget-options.js';
import { DB_HELP, showStore, storePath } from './store-path.js';

const PROGRESS_INTERVAL_MS = 200;
const PROGRESS_LOG_INTERVAL_MS = 5000;
const FAILURES_SHOWN = 20;

const USAGE = `Usage: kg ingest PATH|URL... [options]

Extracts entities and relations from text, HTML, PDF (its text layer) and Word (.docx) files
(directories are read recursively for ${DOCUMENT_EXTENSIONS.join(' ')} files) and from web
pages (http or https URLs: the main content, with the page's title and date), and merges them
into the graph store, resolving entities across documents. A file whose content is already stored is skipped (reported
unchanged); each document is written in one transaction.

Options:
  --db FILE|URL   ${DB_HELP}
  --jobs N        extraction worker threads (default: the number of cores)
  --queue         only enqueue the documents (PostgreSQL store): "kg worker" processes on any
                  machines extract and merge them, in this order; "kg queue status" follows
  --reextract     re-run stored documents whose extractor version is older than this one
  --max-size MB   skip documents larger than MB megabytes (default ${DEFAULT_MAX_BYTES / 1024 / 1024})
  --fetch-timeout S  give up on a URL after S seconds (default ${DEFAULT_FETCH_TIMEOUT_MS / 1000})
${budgetHelp(18)}
${urlPolicyHelp(18)}
  --json          print the summary as JSON
  --progress      report progress on stderr even when it is not a terminal (periodic lines)
  --quiet         no progress
  -h, --help      this text

Exit status: 0 all documents stored or unchanged, 1 some input failed, 2 usage error,
130 interrupted (Ctrl-C: the documents in flight are committed first).
`;

/** A file read and decoded, or the reason it could not be. */
interface FileInput extends IngestInput {
  doc?: DecodedDocument;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m${rest}s`;
  return m > 0 ? `${m}m${rest}s` : `${s}s`;
}

/** A bar rewritten in place on a terminal; a line every few seconds otherwise. */
function createProgressBar(io: CommandIo, total: number, mode: 'bar' | 'lines' | 'off') {
  const columns = (io.stderr as { columns?: number }).columns || 80;
  // A fixed width, so the bar does not jump as the figures after it grow.
  const width = Math.max(10, Math.min(30, columns - 75));
  let last = 0;
  let shown = false;
  // The rate is measured from the first document settled, so model loading does not skew it.
  let first: { at: number; done: number } | undefined;
  const render = (p: IngestProgress): string => {
    first ??= { at: p.elapsedMs, done: p.done };
    const seconds = (p.elapsedMs - first.at) / 1000;
    const rate = seconds > 0 ? (p.done - first.done) / seconds : 0;
    const eta = rate > 0 ? (total - p.done) / rate : Number.POSITIVE_INFINITY;
    const pct = total > 0 ? Math.floor((p.done / total) * 100) : 100;
    const counts = `new ${p.new}, unchanged ${p.unchanged}${p.reextracted ? `, re-extracted ${p.reextracted}` : ''}, failed ${p.failed}`;
    const figures = `${p.done}/${total} ${rate.toFixed(1)}/s ETA ${formatDuration(eta)}  ${counts}`;
    if (mode === 'lines') return `ingest: ${pct}% ${figures}`;
    const filled = total > 0 ? Math.round((p.done / total) * width) : width;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    return `${bar} ${String(pct).padStart(3)}% ${figures}`.slice(0, columns - 1);
  };
  return {
    update(p: IngestProgress): void {
      if (mode === 'off') return;
      const now = Date.now();
      const interval = mode === 'bar' ? PROGRESS_INTERVAL_MS : PROGRESS_LOG_INTERVAL_MS;
      if (p.done > 1 && p.done < total && now - last < interval) return;
      last = now;
      shown = true;
      io.stderr.write(mode === 'bar' ? `\r${render(p)}\u001b[K` : `${render(p)}\n`);
    },
    finish(): void {
      if (mode === 'bar' && shown) io.stderr.write('\n');
    },
  };
}

/** How inputs are read: size limit, and for URLs the time limit and what they may reach. */
interface ReadOptions {
  maxBytes: number;
  fetchTimeoutMs: number;
  urlPolicy: UrlPolicy;
}

/**
 * Reads files and fetches URLs one by one as the ingest asks for them: the hash is known before
 * extraction, and a document's own title and date (PDF, DOCX, web page) go with it.
 */
async function* readInputs(
  inputs: readonly string[],
  options: ReadOptions,
  onNotice: (notice: string) => void,
): AsyncGenerator<FileInput> {
  for (const input of inputs) {
    try {
      const fetched = isDocumentUrl(input)
        ? await fetchDocument(input, {
            maxBytes: options.maxBytes,
            timeoutMs: options.fetchTimeoutMs,
            urlPolicy: options.urlPolicy,
          })
        : undefined;
      const doc = fetched ?? (await readDocument(input, { maxBytes: options.maxBytes }));
      if (doc.notice) onNotice(doc.notice);
      const source = doc.source ?? input;
      yield {
        source,
        hash: doc.hash,
        doc,
        ...(doc.title ? { title: doc.title } : {}),
        ...(doc.date ? { date: doc.date } : {}),
        ...(fetched ? { site: fetched.site } : {}),
      };
    } catch (error) {
      yield { source: input, error };
    }
  }
}

function renderSummary(summary: IngestSummary, db: string, totals: string): string {
  const seconds = summary.elapsedMs / 1000;
  const rate = seconds > 0 ? summary.documents / seconds : 0;
  return [
    `ingest: ${summary.documents} documents in ${seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s) into ${db}`,
    `  new ${summary.new}, unchanged ${summary.unchanged}, re-extracted ${summary.reextracted}, failed ${summary.failed.length}`,
    `  entities: ${summary.nodesAdded} added, ${summary.nodesMerged} merged; relations: ${summary.edgesAdded} added, ${summary.edgesMerged} merged; evidence: ${summary.evidenceAdded} added`,
    `  store: ${totals}`,
    '',
  ].join('\n');
}

async function run(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseFlags(argv, {
    db: { type: 'string' },
    jobs: { type: 'string' },
    queue: { type: 'boolean', default: false },
    reextract: { type: 'boolean', default: false },
    'max-size': { type: 'string' },
    'fetch-timeout': { type: 'string' },
    ...BUDGET_OPTIONS,
    ...URL_POLICY_FLAGS,
    json: { type: 'boolean', default: false },
    progress: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if (positionals.length === 0) throw new UsageError('no PATH given');
  const jobs = jobsFlag(values.jobs, availableParallelism());
  const maxBytes = maxSizeFlag(values['max-size'], DEFAULT_MAX_BYTES);
  const urlPolicy = urlPolicyFlag(values);

  let fetchTimeoutMs = DEFAULT_FETCH_TIMEOUT_MS;
  if (values['fetch-timeout'] !== undefined) {
    const seconds = Number(values['fetch-timeout']);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError(
        `--fetch-timeout must be a positive number of seconds, not "${values['fetch-timeout']}"`,
      );
    }
    fetchTimeoutMs = Math.round(seconds * 1000);
  }

  // URLs are fetched in turn with the files; paths are listed (directories walked) first.
  const urls = positionals.filter(isDocumentUrl);
  const listing = await listInputFiles(positionals.filter((p) => !isDocumentUrl(p)));
  for (const err of listing.errors) io.stderr.write(`kg ingest: ${err.message}\n`);
  const files = [...listing.files, ...urls];

  if (values.queue)
    return enqueue(
      files,
      storePath(values.db),
      { maxBytes, fetchTimeoutMs, urlPolicy },
      listing.errors.length,
      io,
    );

  const store = await openStore({ path: storePath(values.db) });
  const budget = parseBudget(values);
  const pool = createExtractorPool({ jobs: Math.max(1, Math.min(jobs, files.length)), budget });
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const mode = values.quiet ? 'off' : tty ? 'bar' : values.progress ? 'lines' : 'off';
  const bar = createProgressBar(io, files.length, mode);
  // Stop taking documents on Ctrl-C; those in flight are committed, the store stays whole.
  const abort = new AbortController();
  const onSignal = (): void => abort.abort();
  process.once('SIGINT', onSignal);
  let summary: IngestSummary;
  try {
    summary = await ingestDocuments(
      store,
      readInputs(files, { maxBytes, fetchTimeoutMs, urlPolicy }, (notice) =>
        io.stderr.write(`${mode === 'bar' ? '\r\u001b[K' : ''}kg ingest: ${notice}\n`),
      ),
      async ({ doc }) => {
        if (!doc) throw new Error('kg ingest: document not read.');
        const extraction = await pool.extract({
          id: doc.id,
          text: doc.text,
          format: doc.format ?? 'auto',
          ...(doc.source ? { source: doc.source } : {}),
          ...(doc.title ? { title: doc.title } : {}),
          ...(doc.date ? { date: doc.date } : {}),
        });
        if (extraction.documents.length === 0) {
          extraction.documents.push({
            id: doc.id,
            hash: doc.hash,
            format: doc.format === 'html' ? 'html' : 'text',
            chars: doc.text.length,
          });
        }
        return extraction;
      },
      {
        // Several documents queued per worker: results commit in input order, and a slow
        // document at the head must not leave the workers idle behind it.
        jobs: pool.jobs * 4,
        // Extracted documents committed together, one transaction on SQLite (fewer commits
        // and full-text segments); PostgreSQL writes them one by one.
        batch: INGEST_BATCH,
        reextract: values.reextract,
        extractorVersion: EXTRACTOR_VERSION,
        total: files.length,
        onProgress: (p) => bar.update(p),
        signal: abort.signal,
      },
    );
  } finally {
    process.off('SIGINT', onSignal);
    bar.finish();
    await pool.close();
  }
  const stats = await store.stats();
  const older = values.reextract
    ? 0
    : (await store.listDocuments()).filter(
        (d) => compareVersions(d.extractorVersion, EXTRACTOR_VERSION) < 0,
      ).length;
  await store.close();

  for (const f of summary.failed.slice(0, FAILURES_SHOWN)) {
    io.stderr.write(
      `kg ingest: ${f.error.startsWith('extract:') ? '' : `${f.source}: `}${f.error}\n`,
    );
  }
  if (summary.failed.length > FAILURES_SHOWN) {
    io.stderr.write(`kg ingest: … and ${summary.failed.length - FAILURES_SHOWN} more failures\n`);
  }
  if (values.json) {
    io.stdout.write(`${JSON.stringify({ ...summary, store: stats }, null, 2)}\n`);
  } else {
    const totals = `${stats.documents} documents, ${stats.entities} entities, ${stats.relations} relations, ${stats.evidence} evidence`;
    io.stdout.write(renderSummary(summary, showStore(storePath(values.db)), totals));
  }
  if (older > 0) {
    io.stderr.write(
      `kg ingest: ${older} stored documents were extracted by an older extractor; --reextract re-runs them.\n`,
    );
  }
  if (abort.signal.aborted) io.stderr.write('kg ingest: interrupted; run again to continue.\n');
  if (abort.signal.aborted) return 130;
  return summary.failed.length > 0 || listing.errors.length > 0 ? 1 : 0;
}

/** `kg ingest --queue`: the files, read and hashed here, into the store's queue in order. */
async function enqueue(
  files: readonly string[],
  db: string,
  readOptions: ReadOptions,
  listingErrors: number,
  io: CommandIo,
): Promise<number> {
  if (!isPostgresUrl(db)) {
    throw new UsageError('--queue needs a PostgreSQL store: pass --db postgres://… (or KG_DB)');
  }
  const { enqueueDocuments } = await import('@kg/queue');
  const { toQueued } = await import('./queue-extract.js');
  const store = await openStore({ path: db });
  let failed = 0;
  async function* queued() {
    for await (const input of readInputs(files, readOptions, (notice) =>
      io.stderr.write(`kg ${notice}\n`),
    )) {
      if (input.doc) yield toQueued(input.source, input.doc, input.site);
      else {
        failed++;
        const message = input.error instanceof Error ? input.error.message : String(input.error);
        io.stderr.write(`kg ingest: ${input.source}: ${message}\n`);
      }
    }
  }
  try {
    const result = await enqueueDocuments(store, db, queued());
    io.stdout.write(
      `ingest: queued ${result.queued} documents in ${showStore(db)} (${result.known} already stored, ${result.alreadyQueued} already queued, ${failed} unreadable); "kg worker --db …" processes them\n`,
    );
  } finally {
    await store.close();
  }
  return failed > 0 || listingErrors > 0 ? 1 : 0;
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract files and merge them into the graph store',
  usage: USAGE,
  run,
};
