/**
 * The ingest path shared by `POST /api/documents` and `kg serve --seed`: bytes → `decodeDocument`
 * (from `@kg/extract`: empty, binary and encoding checks, content hash) → the injected extractor
 * → the store. One result per document; a failure is reported and the others still go in.
 * Every change is published to open event streams.
 */
import { decodeDocument } from '@kg/extract';
import type { Extractor } from '@kg/extract';
import type { Store } from '@kg/graph';
import { isKgError } from '@kg/schema';
import type { IngestResult, RemoveDocumentResponse } from '@kg/schema';
import type { EventHub } from './events.js';

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

export interface Ingester {
  ingest(items: readonly IngestItem[]): Promise<IngestResult[]>;
  remove(docId: string): Promise<RemoveDocumentResponse>;
}

export interface IngesterDeps {
  store: Store;
  extractor: Extractor;
  events?: EventHub;
  /** Largest document, in bytes. */
  maxBytes: number;
  log?: (message: string) => void;
}

function failed(source: string, error: NonNullable<IngestResult['error']>): IngestResult {
  return { docId: '', source, status: 'failed', error, nodesAdded: 0, edgesAdded: 0 };
}

/** Lets the event loop breathe between documents (extraction is synchronous). */
const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function createIngester(deps: IngesterDeps): Ingester {
  const { store, extractor, events } = deps;
  const log = deps.log ?? ((message: string) => process.stderr.write(`${message}\n`));

  const ingestOne = async (item: IngestItem): Promise<IngestResult> => {
    const source = item.source ?? item.name;
    try {
      const decoded = decodeDocument(item.bytes, item.name, {
        maxBytes: deps.maxBytes,
        ...(item.format ? { format: item.format } : {}),
      });
      if (await store.hasDocument(decoded.hash)) {
        // Known content: nothing to extract (the store would report it unchanged anyway).
        return { docId: decoded.hash, source, status: 'unchanged', nodesAdded: 0, edgesAdded: 0 };
      }
      const extraction = extractor.extract({
        id: decoded.id,
        text: decoded.text,
        format: decoded.format,
        source,
        ...(item.title ? { title: item.title } : {}),
        ...(item.date ? { date: item.date } : {}),
      });
      const outcome = await store.ingestExtraction(extraction, {
        id: decoded.hash,
        source,
        format: extraction.documents[0]?.format ?? (decoded.format === 'html' ? 'html' : 'text'),
        chars: decoded.text.length,
        ...(item.title ? { title: item.title } : {}),
        ...(item.date ? { date: item.date } : {}),
      });
      const added = outcome.status !== 'unchanged';
      const result: IngestResult = {
        docId: decoded.hash,
        source,
        status: added ? 'added' : 'unchanged',
        nodesAdded: outcome.nodesAdded,
        edgesAdded: outcome.edgesAdded,
      };
      if (added) {
        const counts = store.counts();
        events?.publish({
          reason: 'ingest',
          docId: decoded.hash,
          nodesAdded: outcome.nodesAdded,
          edgesAdded: outcome.edgesAdded,
          nodesRemoved: 0,
          edgesRemoved: 0,
          nodes: counts.entities,
          edges: counts.relations,
        });
      }
      return result;
    } catch (err) {
      if (isKgError(err)) {
        return failed(source, { code: err.code, message: err.message });
      }
      // A bug, not bad input: keep the stack in the log, not in the response.
      log(`kg server: ingest of ${item.name} failed: ${(err as Error)?.stack ?? String(err)}`);
      return failed(source, {
        code: 'INTERNAL',
        message: `server: ${item.name}: extraction failed.`,
      });
    }
  };

  return {
    async ingest(items) {
      const results: IngestResult[] = [];
      for (const [index, item] of items.entries()) {
        if (index > 0) await yieldToLoop();
        results.push(await ingestOne(item));
      }
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
