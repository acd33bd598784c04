/**
 * Ingest orchestration: documents in, store updated, summary out. The extractor is injected
 * (graph knows nothing of wink-nlp): up to `jobs` extractions run at once, results are
 * committed in input order (so resolution is deterministic), one transaction per document.
 * Known content hashes are skipped before extraction, so a second run is fast.
 */
import { createHash } from 'node:crypto';
import type { Extraction } from '@kg/schema';
import { KgError, isKgError } from '@kg/schema';
import type { IngestResult, Store } from './store/store.js';

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
  /** Extractions in flight at once (e.g. the size of a worker pool). Default 1. */
  jobs?: number;
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

type Pending = {
  source: string;
  hash?: string;
  settle: () => Promise<IngestResult | IngestFailure | 'unchanged'>;
};

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

  const settleOldest = async (): Promise<void> => {
    const pending = window.shift();
    if (!pending) return;
    const outcome = await pending.settle();
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
    report(pending.source);
  };

  const plan = async (input: T): Promise<Pending> => {
    const { source } = input;
    if (input.error !== undefined) {
      const failed = failure(source, input.error);
      return { source, settle: () => Promise.resolve(failed) };
    }
    let hash: string;
    try {
      hash = contentHash(input);
    } catch (err) {
      const failed = failure(source, err);
      return { source, settle: () => Promise.resolve(failed) };
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
      if (!replace) return { source, hash, settle: () => Promise.resolve('unchanged' as const) };
    }
    inFlight.add(hash);
    // Start extracting now; commit when this document reaches the head of the window.
    const extraction = Promise.resolve()
      .then(() => extract({ ...input, hash }))
      .then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    return {
      source,
      hash,
      settle: async () => {
        const result = await extraction;
        inFlight.delete(hash);
        if (!result.ok) return failure(source, result.error);
        try {
          const meta: Parameters<Store['ingestExtraction']>[1] = { id: hash, source };
          if (input.title !== undefined) meta.title = input.title;
          if (input.date !== undefined) meta.date = input.date;
          if (input.site !== undefined) meta.site = input.site;
          if (input.text !== undefined) meta.text = input.text;
          return await store.ingestExtraction(result.value, meta, { replace });
        } catch (err) {
          return failure(source, err);
        }
      },
    };
  };

  for await (const input of inputs) {
    if (options.signal?.aborted) break;
    window.push(await plan(input));
    while (window.length >= jobs) await settleOldest();
  }
  while (window.length > 0) await settleOldest();
  summary.elapsedMs = Date.now() - started;
  return summary;
}
