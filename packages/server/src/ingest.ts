/**
 * The server's ingest, the path `kg ingest` takes: documents (bytes uploaded or pasted, pages
 * fetched from a URL, or files named by `kg serve --seed`) are decoded (`loadDocument`,
 * `fetchDocument`, `readDocument` from `@kg/extract`: PDF and DOCX converted in a thread of
 * their own, empty, binary, encoding and size checks, content hash), extracted by the injected
 * extractor — a worker pool, so the event loop never runs extraction — and written by `ingestDocuments` from
 * `@kg/graph` (known content skipped before extraction, one transaction per document, results in
 * input order). One result per document; a failure is reported and the others still go in.
 * Every document added is announced on open event streams.
 */
import {
  createConverterThread,
  decodeDocument,
  EXTRACTOR_VERSION,
  fetchDocument,
  loadDocument,
  readDocument,
} from '@kg/extract';
import type { DecodedDocument, DocumentConverter, ExtractInput, UrlPolicy } from '@kg/extract';
import { ingestDocuments } from '@kg/graph';
import type { DocumentOutcome, IngestInput, Store } from '@kg/graph';
import { ERROR_CODES, isKgError, KgError } from '@kg/schema';
import type { ErrorCode, Extraction, IngestResult, RemoveDocumentResponse } from '@kg/schema';
import type { EventHub } from './events.js';
import { storedText } from './reader.js';

/** One document to ingest, as it arrived. */
export interface IngestItem {
  /** File name, source or title: names the document in results and error messages. */
  name: string;
  bytes: Uint8Array;
  format?: 'text' | 'html' | undefined;
  title?: string | undefined;
  source?: string | undefined;
  date?: string | undefined;
}

/**
 * Extraction off the event loop: `createExtractorPool()` from `@kg/extract` (a rejection with a
 * `KgError` fails that document with its code).
 */
export interface DocumentExtractor {
  /** Extractions it runs at once; the ingest keeps twice as many documents in flight. */
  readonly jobs: number;
  extract(input: ExtractInput): Promise<Extraction>;
}

/** A web page or document to fetch; `title` and `date` override what the page declares. */
export interface UrlItem {
  url: string;
  title?: string | undefined;
  date?: string | undefined;
}

export interface Ingester {
  /** Ingests documents that arrived over HTTP. */
  ingest(items: readonly IngestItem[]): Promise<IngestResult[]>;
  /** Fetches pages or documents and ingests them (a failed fetch fails that URL only). */
  ingestUrls(items: readonly UrlItem[]): Promise<IngestResult[]>;
  /** Ingests files (the `--seed` paths, already listed), read as `kg ingest` reads them. */
  ingestFiles(paths: readonly string[]): Promise<IngestResult[]>;
  remove(docId: string): Promise<RemoveDocumentResponse>;
  /**
   * Extracts stored documents again from their kept texts. Every extraction runs first; only
   * when all succeeded does `between` run (an undo takes its rule out there), then the old
   * documents go and the new extractions go in, so resolution starts afresh for them. When any
   * extraction fails nothing changes and that document's result says why.
   */
  reextract(docIds: readonly string[], between?: () => Promise<unknown>): Promise<IngestResult[]>;
}

export interface IngesterDeps {
  store: Store;
  extractor: DocumentExtractor;
  events?: EventHub;
  /** Largest document, in bytes. */
  maxBytes: number;
  /** Time limit of one URL's fetch, in ms. */
  fetchTimeoutMs?: number;
  /** What URLs may reach (default: public addresses only). */
  urlPolicy?: UrlPolicy;
  /**
   * Converts PDF and DOCX documents (default: a conversion thread of the ingester's own, so
   * PDF.js and mammoth never run on the event loop).
   */
  convert?: DocumentConverter;
  log?: (message: string) => void;
}

/** A document on its way into `ingestDocuments`: decoded, or the reason it could not be. */
interface ServerInput extends IngestInput {
  name: string;
  doc?: DecodedDocument;
  item?: IngestItem;
}

function failed(source: string, error: NonNullable<IngestResult['error']>): IngestResult {
  return { docId: '', source, status: 'failed', error, nodesAdded: 0, edgesAdded: 0 };
}

/** The title and date a document declares (PDF, DOCX, web page), unless the request gave them. */
function withDocumentMeta(meta: ServerInput, doc: DecodedDocument): ServerInput {
  const out = { ...meta };
  if (!out.title && doc.title) out.title = doc.title;
  if (!out.date && doc.date) out.date = doc.date;
  return out;
}

function codeOf(code: string | undefined): ErrorCode | undefined {
  return ERROR_CODES.find((c) => c === code);
}

export function createIngester(deps: IngesterDeps): Ingester {
  const { store, extractor, events } = deps;
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const convert = deps.convert ?? createConverterThread().convert;

  /** Extracts in the pool; a bug (not bad input) is logged with its stack, not sent back. */
  const extract = async (input: ServerInput & { hash: string }): Promise<Extraction> => {
    const doc = input.doc as DecodedDocument;
    try {
      return await extractor.extract({
        id: doc.id,
        text: doc.text,
        format: doc.format ?? 'auto',
        source: input.source,
        ...(input.title ? { title: input.title } : {}),
        ...(input.date ? { date: input.date } : {}),
      });
    } catch (err) {
      if (isKgError(err) && err.code !== 'INTERNAL') throw err;
      log(`kg server: ingest of ${input.name} failed: ${(err as Error)?.stack ?? String(err)}`);
      throw new KgError('INTERNAL', `server: ${input.name}: extraction failed.`);
    }
  };

  const resultOf = (outcome: DocumentOutcome): IngestResult => {
    if (outcome.status === 'failed') {
      const failure = outcome.failure;
      const code = codeOf(failure?.code);
      if (code) return failed(outcome.source, { code, message: failure?.error ?? '' });
      // No code: a bug below (the store, most likely), not bad input; its words stay in the log.
      log(`kg server: ingest of ${outcome.source} failed: ${failure?.error ?? 'unknown error'}`);
      return failed(outcome.source, {
        code: 'INTERNAL',
        message: `server: ${outcome.source}: ingest failed.`,
      });
    }
    const docId = outcome.docId ?? '';
    const added = outcome.status === 'new' || outcome.status === 'reextracted';
    const nodesAdded = outcome.result?.nodesAdded ?? 0;
    const edgesAdded = outcome.result?.edgesAdded ?? 0;
    if (added) publishIngest(docId, nodesAdded, edgesAdded);
    return {
      docId,
      source: outcome.source,
      status: added ? 'added' : 'unchanged',
      nodesAdded,
      edgesAdded,
    };
  };

  const publishIngest = (docId: string, nodesAdded: number, edgesAdded: number): void => {
    // Announced to open viewers, which fetch their view again.
    const counts = store.counts();
    events?.publish({
      reason: 'ingest',
      docId,
      nodesAdded,
      edgesAdded,
      nodesRemoved: 0,
      edgesRemoved: 0,
      nodes: counts.entities,
      edges: counts.relations,
    });
  };

  const run = async (inputs: AsyncIterable<ServerInput>): Promise<IngestResult[]> => {
    const results: IngestResult[] = [];
    await ingestDocuments(store, inputs, extract, {
      jobs: Math.max(1, extractor.jobs * 2),
      extractorVersion: EXTRACTOR_VERSION,
      onDocument: (outcome) => results.push(resultOf(outcome)),
    });
    return results;
  };

  return {
    ingest(items) {
      return run(
        (async function* decoded(): AsyncGenerator<ServerInput> {
          for (const item of items) {
            const source = item.source ?? item.name;
            const meta: ServerInput = { source, name: item.name };
            if (item.title) meta.title = item.title;
            if (item.date) meta.date = item.date;
            try {
              const doc = await loadDocument(item.bytes, item.name, {
                maxBytes: deps.maxBytes,
                convert,
                ...(item.format ? { format: item.format } : {}),
              });
              yield { ...withDocumentMeta(meta, doc), hash: doc.hash, doc, text: doc.text };
            } catch (error) {
              yield { ...meta, error };
            }
          }
        })(),
      );
    },
    ingestUrls(items) {
      return run(
        (async function* fetched(): AsyncGenerator<ServerInput> {
          for (const item of items) {
            const meta: ServerInput = { source: item.url, name: item.url };
            if (item.title) meta.title = item.title;
            if (item.date) meta.date = item.date;
            try {
              const doc = await fetchDocument(item.url, {
                maxBytes: deps.maxBytes,
                convert,
                ...(deps.fetchTimeoutMs ? { timeoutMs: deps.fetchTimeoutMs } : {}),
                ...(deps.urlPolicy ? { urlPolicy: deps.urlPolicy } : {}),
              });
              yield {
                ...withDocumentMeta({ ...meta, source: doc.url, site: doc.site }, doc),
                hash: doc.hash,
                doc,
                text: doc.text,
              };
            } catch (error) {
              yield { ...meta, error };
            }
          }
        })(),
      );
    },
    ingestFiles(paths) {
      return run(
        (async function* read(): AsyncGenerator<ServerInput> {
          for (const path of paths) {
            try {
              const doc = await readDocument(path, { maxBytes: deps.maxBytes, convert });
              yield {
                ...withDocumentMeta({ source: path, name: path }, doc),
                hash: doc.hash,
                doc,
                text: doc.text,
              };
            } catch (error) {
              yield { source: path, name: path, error };
            }
          }
        })(),
      );
    },
    async reextract(docIds, between) {
      // Read and extract everything before changing anything.
      const planned: { input: ServerInput & { hash: string }; extraction?: Extraction }[] = [];
      const failures: IngestResult[] = [];
      for (const id of docIds) {
        const content = await store.documentContent(id);
        if (!content) {
          failures.push(
            failed(id, { code: 'NOT_FOUND', message: `server: document ${id} not found.` }),
          );
          continue;
        }
        const { document } = content;
        try {
          const text = await storedText(content, deps.maxBytes);
          const doc = decodeDocument(Buffer.from(text, 'utf8'), document.source, {
            maxBytes: deps.maxBytes,
            ...(document.format === 'html' || document.format === 'text'
              ? { format: document.format }
              : {}),
          });
          // The stored id stays the document's id (a transcoded upload hashes differently).
          const input: ServerInput & { hash: string } = {
            source: document.source,
            name: document.source,
            hash: document.id,
            doc: { ...doc, hash: document.id },
            text,
            replace: true,
          };
          if (document.title) input.title = document.title;
          if (document.date) input.date = document.date;
          planned.push({ input });
        } catch (error) {
          failures.push(
            failed(document.source, {
              code: isKgError(error) ? error.code : 'INTERNAL',
              message: isKgError(error) ? error.message : `server: ${document.source}: unreadable.`,
            }),
          );
        }
      }
      await Promise.all(
        planned.map(async (item) => {
          try {
            item.extraction = await extract(item.input);
          } catch (error) {
            failures.push(
              failed(item.input.source, {
                code: isKgError(error) ? error.code : 'INTERNAL',
                message: isKgError(error) ? error.message : 'extraction failed.',
              }),
            );
          }
        }),
      );
      if (failures.length > 0) return failures;
      await between?.();
      // The old rows go first: the documents resolve afresh, not onto what they made before.
      for (const { input } of planned) {
        await store.removeDocument(input.hash);
      }
      const results: IngestResult[] = [];
      const byHash = new Map(planned.map((p) => [p.input.hash, p.extraction as Extraction]));
      await ingestDocuments(
        store,
        planned.map((p) => ({ ...p.input, replace: false })),
        (input) => byHash.get(input.hash) as Extraction,
        {
          jobs: 1,
          extractorVersion: EXTRACTOR_VERSION,
          onDocument: (outcome) => results.push(resultOf(outcome)),
        },
      );
      return results;
    },
    async remove(docId) {
      const outcome = await store.removeDocument(docId);
      const counts = store.counts();
      events?.publish({
        reason: 'remove',
        docId: outcome.docId,
        nodesAdded: 0,
        edgesAdded: 0,
        nodesRemoved: outcome.nodesRemoved,
        edgesRemoved: outcome.edgesRemoved,
        nodes: counts.entities,
        edges: counts.relations,
      });
      return {
        docId: outcome.docId,
        removed: true,
        nodesRemoved: outcome.nodesRemoved,
        edgesRemoved: outcome.edgesRemoved,
      };
    },
  };
}
