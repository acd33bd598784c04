/**
 * The server's ingest, the path `kg ingest` takes: documents (bytes uploaded or pasted, pages
 * fetched from a URL, or files named by `kg serve --seed`) are decoded (`loadDocument`,
 * `fetchDocument`, `readDocument` from `@kg/extract`: PDF and DOCX converted, and large text
 * documents decoded, in a thread of their own; empty, binary, encoding and size checks, content
 * hash), extracted by the injected
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
import type {
  ConverterThread,
  DecodedDocument,
  DocumentConverter,
  ExtractInput,
  UrlPolicy,
} from '@kg/extract';
import { ingestDocuments } from '@kg/graph';
import type { DocumentMeta, DocumentOutcome, IngestInput, Store } from '@kg/graph';
import { ERROR_CODES, isKgError, KgError } from '@kg/schema';
import type {
  ErrorCode,
  Extraction,
  IngestResult,
  RemoveDocumentResponse,
  UndoCurationResponse,
} from '@kg/schema';
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
   * when all succeeded does each document replace its stored version (one transaction each,
   * old rows out before the new ones resolve). When any extraction fails nothing changes and
   * that document's result says why.
   */
  reextract(docIds: readonly string[]): Promise<IngestResult[]>;
  /**
   * Undoes a curation rule: the documents it touched are extracted again first (CONFLICT, and
   * nothing changes, when one cannot be), then the rule goes and those documents are replaced
   * in one transaction of the store's (`Store.undoCuration`), so a crash leaves either.
   */
  undoCuration(id: number): Promise<UndoCurationResponse>;
  /**
   * Parses a large JSON request body (UTF-8) in the conversion thread, where its documents are
   * decoded (in this thread when the ingester was given a converter); malformed JSON rejects
   * with `PARSE_ERROR`.
   */
  parseJson(bytes: Uint8Array): Promise<unknown>;
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
   * PDF.js and mammoth never run on the event loop; that thread also decodes text and HTML
   * documents of 64 KB or more, as `ReadOptions.decode`).
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

/** A stored document read and extracted again. */
interface Planned {
  input: ServerInput & { hash: string };
  extraction: Extraction;
}

/** The document metadata a store keeps, as `ingestDocuments` gives it. */
function documentMeta(input: ServerInput & { hash: string }): DocumentMeta {
  const meta: DocumentMeta = { id: input.hash, source: input.source };
  if (input.title !== undefined) meta.title = input.title;
  if (input.date !== undefined) meta.date = input.date;
  if (input.site !== undefined) meta.site = input.site;
  if (input.text !== undefined) meta.text = input.text;
  return meta;
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
  const thread = deps.convert ? undefined : createConverterThread();
  const convert = deps.convert ?? (thread as ConverterThread).convert;
  // Large text and HTML documents are decoded in that thread too (not one given with `convert`).
  const decode = thread?.decode;
  const reading = { maxBytes: deps.maxBytes, convert, ...(decode ? { decode } : {}) };

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

  /**
   * Reads stored documents and extracts them again, changing nothing: the extractions, or why
   * a document could not be read or extracted.
   */
  const extractStored = async (
    docIds: readonly string[],
  ): Promise<{ planned: Planned[]; failures: IngestResult[] }> => {
    const inputs: (ServerInput & { hash: string })[] = [];
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
        if (document.site) input.site = document.site;
        inputs.push(input);
      } catch (error) {
        failures.push(
          failed(document.source, {
            code: isKgError(error) ? error.code : 'INTERNAL',
            message: isKgError(error) ? error.message : `server: ${document.source}: unreadable.`,
          }),
        );
      }
    }
    const planned: Planned[] = [];
    await Promise.all(
      inputs.map(async (input) => {
        try {
          planned.push({ input, extraction: await extract(input) });
        } catch (error) {
          failures.push(
            failed(input.source, {
              code: isKgError(error) ? error.code : 'INTERNAL',
              message: isKgError(error) ? error.message : 'extraction failed.',
            }),
          );
        }
      }),
    );
    // In the order asked for, whatever order the extractions finished in.
    const order = new Map(docIds.map((id, i) => [id, i]));
    planned.sort((a, b) => (order.get(a.input.hash) ?? 0) - (order.get(b.input.hash) ?? 0));
    return { planned, failures };
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
                ...reading,
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
                ...(decode ? { decode } : {}),
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
              const doc = await readDocument(path, reading);
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
    async reextract(docIds) {
      const { planned, failures } = await extractStored(docIds);
      if (failures.length > 0) return failures;
      const results: IngestResult[] = [];
      const byHash = new Map(planned.map((p) => [p.input.hash, p.extraction]));
      await ingestDocuments(
        store,
        planned.map((p) => p.input),
        (input) => byHash.get(input.hash) as Extraction,
        {
          jobs: 1,
          extractorVersion: EXTRACTOR_VERSION,
          onDocument: (outcome) => results.push(resultOf(outcome)),
        },
      );
      return results;
    },
    async undoCuration(id) {
      const scope = await store.curationScope(id);
      const { planned, failures } = await extractStored(scope.documents);
      const first = failures[0];
      if (first) {
        throw new KgError(
          'CONFLICT',
          `DELETE /api/curation: rule ${id} was kept: ${first.source} could not be extracted again (${first.error?.message ?? 'failed'}).`,
        );
      }
      const { undone, documents } = await store.undoCuration(id, {
        documents: planned.map(({ input, extraction }) => ({
          extraction,
          meta: documentMeta(input),
        })),
      });
      return {
        undone: { id: undone.id, rule: undone.rule },
        results: documents.map((result) => ({
          docId: result.docId,
          source: result.source,
          status: 'added',
          nodesAdded: result.nodesAdded,
          edgesAdded: result.edgesAdded,
        })),
      };
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
    async parseJson(bytes) {
      if (thread) return thread.parseJson(bytes, 'server: request body');
      try {
        return JSON.parse(new TextDecoder('utf-8').decode(bytes)) as unknown;
      } catch (err) {
        throw new KgError('PARSE_ERROR', `server: request body: ${(err as Error).message}`);
      }
    },
  };
}
