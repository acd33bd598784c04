/**
 * Ingest orchestration: documents in, store updated, summary out. The extractor is injected
 * (graph knows nothing of wink-nlp): up to `jobs` extractions run at once, results are
 * committed in input order (so resolution is deterministic), one transaction per document.
 * Known content hashes are skipped before extraction, so a second run is fast.
 */
import { createHash } from 'node:crypto';
import type { Extraction } from '@kg/schema';
import { KgError, isKgError } from '@kg/schema';
import type { DocumentMeta } from './merge.js';
import type { ExtractionWrite, IngestResult, Store } from './store/store.js';

/** One document to ingest. `hash` is computed from `bytes` (or `text`) when missing. */
export interface IngestInput {
  /** Path, URL or name of the document; shown in progress and failures. */
  source: string;
  /** SHA-256 hex of the raw bytes: the document's id in the store. */
  hash?: string;
  bytes?: Uint8Array;
  text?: string;
  title?: string;
  date?: string;
  /** The site a web page came from. */
  site?: string;
  /** Set when the document could not even be read; it is reported as failed. */
  error?: unknown;
  /** Extract and write it again even when it is stored with the same extractor version. */
  replace?: boolean;
}

export type ExtractFunction<T extends IngestInput> = (
  input: T & { hash: string },
) => Promise<Extraction> | Extraction;

export interface IngestProgress {
  /** Documents settled so far (new, unchanged, re-extracted or failed). */
  done: number;
  /** Number of documents in all, when the caller said (`options.total`). */
  total?: number;
  new: number;
  unchanged: number;
  reextracted: number;
  failed: number;
  /** The document just settled. */
  source: string;
  elapsedMs: number;
}

export interface IngestOptions {
  /**
   * Extractions in flight at once (e.g. the size of a worker pool). Default 1. Documents are
   * handed to the extractor while earlier ones are merged and written: besides these, up to
   * as many extracted documents wait for their turn to be committed.
   */
  jobs?: number;
  /**
   * Documents committed in one store write at most (`Store.ingestExtractions`: one transaction
   * on SQLite). Default 1. Above 1, a document waits for the extractions right behind it to
   * finish, up to this many, before it is committed with them.
   */
  batch?: number;
  /** Re-extract stored documents whose extractor version is older than `extractorVersion`. */
  reextract?: boolean;
  /** The version of the injected extractor; needed by `reextract`. */
  extractorVersion?: string;
  /** Number of inputs, when known, for progress. */
  total?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Each document's outcome as it is settled, in input order. */
  onDocument?: (outcome: DocumentOutcome) => void;
  /** Stops taking new documents; those in flight are finished and committed. */
  signal?: AbortSignal;
}

/** What happened to one document. */
export interface DocumentOutcome {
  source: string;
  /** The document's id in the store (its content hash), when it could be computed. */
  docId?: string;
  status: 'new' | 'reextracted' | 'unchanged' | 'failed';
  /** What the store did, for a document it wrote. */
  result?: IngestResult;
  /** Why it failed, for a failed document. */
  failure?: IngestFailure;
}

export interface IngestFailure {
  source: string;
  error: string;
  code?: string;
}

export interface IngestSummary {
  documents: number;
  new: number;
  unchanged: number;
  reextracted: number;
  failed: IngestFailure[];
  nodesAdded: number;
  nodesMerged: number;
  edgesAdded: number;
  edgesMerged: number;
  evidenceAdded: number;
  elapsedMs: number;
}

/** Compares dotted version strings numerically ("0.10.0" > "0.9.1"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/u).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split(/[.-]/u).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function contentHash(input: IngestInput): string {
  if (input.hash) return input.hash;
  if (input.bytes) return createHash('sha256').update(input.bytes).digest('hex');
  if (input.text !== undefined)
    return createHash('sha256').update(input.text, 'utf8').digest('hex');
  throw new KgError('INVALID_ARGUMENT', `graph.ingest: ${input.source}: no bytes, text or hash.`);
}

function failure(source: string, err: unknown): IngestFailure {
  const message = err instanceof Error ? err.message : String(err);
  return isKgError(err) ? { source, error: message, code: err.code } : { source, error: message };
}

type Extracted = { ok: true; value: Extraction } | { ok: false; error: unknown };

/** A document handed on: settled at once (unreadable, already stored), or being extracted. */
type Pending = {
  source: string;
  hash?: string;
  outcome?: IngestFailure | 'unchanged';
  extraction?: Promise<Extracted>;
  /** The extraction's outcome once it has finished. */
  extracted?: Extracted;
  meta?: DocumentMeta;
  replace?: boolean;
};

/**
 * Documents `kg ingest` commits in one store write (`IngestOptions.batch`): enough that a
 * commit's fixed cost is shared, few enough that progress moves steadily.
 */
export const INGEST_BATCH = 16;

/** Rows (entities and relations) of the documents one batch may hold at most, past its first. */
const BATCH_ROWS = 20_000;

/**
 * Ingests documents into the store with an injected extractor and returns what happened.
 * Failures (unreadable input, extractor error, store error) are collected, not thrown; each
 * failed document leaves the store as it was.
 *
 * @example
 * const summary = await ingestDocuments(store, [{ source: 'a.txt', text }], async (input) =>
 *   extractor.extract({ id: input.source, text: input.text ?? '' }),
 * );
 * console.log(summary.new, summary.unchanged, summary.failed);
 */
export async function ingestDocuments<T extends IngestInput>(
  store: Store,
  inputs: Iterable<T> | AsyncIterable<T>,
  extract: ExtractFunction<T>,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const jobs = Math.max(1, Math.floor(options.jobs ?? 1));
  const batch = Math.max(1, Math.floor(options.batch ?? 1));
  if (options.reextract && !options.extractorVersion) {
    throw new KgError('INVALID_ARGUMENT', 'graph.ingest: reextract needs the extractor version.');
  }
  const summary: IngestSummary = {
    documents: 0,
    new: 0,
    unchanged: 0,
    reextracted: 0,
    failed: [],
    nodesAdded: 0,
    nodesMerged: 0,
    edgesAdded: 0,
    edgesMerged: 0,
    evidenceAdded: 0,
    elapsedMs: 0,
  };
  const inFlight = new Set<string>();
  const window: Pending[] = [];
  /** Extractions started and not finished. */
  let extracting = 0;
  /** Whoever waits for an extraction to finish or the window to move. */
  let waiting: (() => void)[] = [];
  const changed = (): void => {
    const resume = waiting;
    waiting = [];
    for (const wake of resume) wake();
  };
  const waitForChange = (): Promise<void> =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
    });

  const report = (source: string): void => {
    summary.documents++;
    if (!options.onProgress) return;
    const progress: IngestProgress = {
      done: summary.documents,
      new: summary.new,
      unchanged: summary.unchanged,
      reextracted: summary.reextracted,
      failed: summary.failed.length,
      source,
      elapsedMs: Date.now() - started,
    };
    if (options.total !== undefined) progress.total = options.total;
    options.onProgress(progress);
  };

  const settled = (pending: Pending, outcome: IngestResult | IngestFailure | 'unchanged'): void => {
    const docId = pending.hash === undefined ? {} : { docId: pending.hash };
    const source = pending.source;
    if (outcome === 'unchanged') {
      summary.unchanged++;
      options.onDocument?.({ source, ...docId, status: 'unchanged' });
    } else if ('error' in outcome) {
      summary.failed.push(outcome);
      options.onDocument?.({ source, ...docId, status: 'failed', failure: outcome });
    } else {
      options.onDocument?.({ source, ...docId, status: outcome.status, result: outcome });
      if (outcome.status === 'new') summary.new++;
      else if (outcome.status === 'reextracted') summary.reextracted++;
      else summary.unchanged++;
      summary.nodesAdded += outcome.nodesAdded;
      summary.nodesMerged += outcome.nodesMerged;
      summary.edgesAdded += outcome.edgesAdded;
      summary.edgesMerged += outcome.edgesMerged;
      summary.evidenceAdded += outcome.evidenceAdded;
    }
    report(source);
  };

  /** How many documents at the head of the window are ready to commit, up to a batch. */
  const readyAtHead = (): number => {
    let rows = 0;
    let count = 0;
    for (const pending of window) {
      if (count >= batch || (pending.extraction && !pending.extracted)) break;
      const value = pending.extracted?.ok ? pending.extracted.value : undefined;
      rows += value ? value.entities.length + value.relations.length : 0;
      if (count > 0 && rows > BATCH_ROWS) break;
      count++;
    }
    return count;
  };

  /**
   * Commits the documents at the head of the window, in input order: the head once its
   * extraction is in and, with `batch` above 1, the documents after it that are extracted by
   * then or still being extracted, up to `batch` of them, in one store write.
   */
  const settleHead = async (): Promise<void> => {
    const head = window[0];
    if (!head) return;
    if (head.extraction) await head.extraction;
    let count = readyAtHead();
    // Wait for the next document's extraction while there is one in flight right behind.
    while (count < batch && window[count]?.extraction && !window[count]?.extracted) {
      await waitForChange();
      count = readyAtHead();
    }
    const taken = window.splice(0, Math.max(1, count));
    const writes: ExtractionWrite[] = [];
    for (const pending of taken) {
      if (pending.extracted?.ok && pending.meta) {
        writes.push({
          extraction: pending.extracted.value,
          meta: pending.meta,
          replace: pending.replace ?? false,
        });
      }
    }
    const [only] = writes;
    const written: PromiseSettledResult<IngestResult>[] =
      writes.length > 1
        ? await store.ingestExtractions(writes)
        : only
          ? [
              await store
                .ingestExtraction(only.extraction, only.meta, { replace: only.replace ?? false })
                .then(
                  (value) => ({ status: 'fulfilled', value }) as const,
                  (reason: unknown) => ({ status: 'rejected', reason }) as const,
                ),
            ]
          : [];
    // Known as in flight until written: the store answers `hasDocument` from its last commit
    // while it writes (see `Store.hasDocument`), so a copy planned meanwhile is caught here.
    for (const pending of taken) if (pending.hash !== undefined) inFlight.delete(pending.hash);
    let next = 0;
    for (const pending of taken) {
      if (pending.outcome !== undefined) settled(pending, pending.outcome);
      else if (!pending.extracted?.ok) {
        settled(pending, failure(pending.source, pending.extracted?.error));
      } else {
        const result = written[next++];
        settled(
          pending,
          result?.status === 'fulfilled'
            ? result.value
            : failure(pending.source, result?.reason ?? 'not written'),
        );
      }
    }
  };

  const plan = async (input: T): Promise<Pending> => {
    const { source } = input;
    if (input.error !== undefined) return { source, outcome: failure(source, input.error) };
    let hash: string;
    try {
      hash = contentHash(input);
    } catch (err) {
      return { source, outcome: failure(source, err) };
    }
    let replace = false;
    if (inFlight.has(hash) || (await store.hasDocument(hash))) {
      const stored =
        (options.reextract || input.replace) && !inFlight.has(hash)
          ? await store.getDocument(hash)
          : undefined;
      replace =
        stored !== undefined &&
        (input.replace === true ||
          compareVersions(stored.extractorVersion, options.extractorVersion ?? '') < 0);
      if (!replace) return { source, hash, outcome: 'unchanged' };
    }
    inFlight.add(hash);
    const meta: DocumentMeta = { id: hash, source };
    if (input.title !== undefined) meta.title = input.title;
    if (input.date !== undefined) meta.date = input.date;
    if (input.site !== undefined) meta.site = input.site;
    if (input.text !== undefined) meta.text = input.text;
    // Start extracting now; commit when this document reaches the head of the window.
    extracting++;
    const pending: Pending = { source, hash, meta, replace };
    pending.extraction = Promise.resolve()
      .then(() => extract({ ...input, hash }))
      .then(
        (value): Extracted => ({ ok: true, value }),
        (error: unknown): Extracted => ({ ok: false, error }),
      )
      .then((extracted) => {
        pending.extracted = extracted;
        extracting--;
        changed();
        return extracted;
      });
    return pending;
  };

  // Two loops overlap: one hands documents to the extractor (at most `jobs` extracting, at most
  // twice that planned and not yet committed), the other commits them in input order. So the
  // extractor works on the next documents while the store merges and writes the last one. An
  // error in either (the inputs, the store's look-up, a callback) stops both and is thrown.
  let producing = true;
  let stopped: { error: unknown } | undefined;
  const limit = Math.max(jobs * 2, jobs + batch);
  const produce = async (): Promise<void> => {
    try {
      for await (const input of inputs) {
        if (options.signal?.aborted) break;
        while (!stopped && (extracting >= jobs || window.length >= limit)) await waitForChange();
        if (stopped) break;
        window.push(await plan(input));
        changed();
      }
    } catch (error) {
      stopped ??= { error };
    } finally {
      producing = false;
      changed();
    }
  };
  const commit = async (): Promise<void> => {
    try {
      while (!stopped) {
        if (window.length > 0) {
          await settleHead();
          changed();
        } else if (producing) await waitForChange();
        else return;
      }
    } catch (error) {
      stopped ??= { error };
      changed();
    }
  };
  await Promise.all([produce(), commit()]);
  if (stopped) throw stopped.error;
  summary.elapsedMs = Date.now() - started;
  return summary;
}
