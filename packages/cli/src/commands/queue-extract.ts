/**
 * What `kg ingest` and `kg worker` share about a document: turning a read file into what the
 * queue carries, and an extractor pool's answer into an extraction with its document record.
 */
import type { DecodedDocument, ExtractorPool } from '@kg/extract';
import type { QueuedDocument } from '@kg/queue';
import type { Extraction } from '@kg/schema';

/**
 * A read file or page as a queue entry: the text travels with the job, for workers on any
 * machine, and so do its title, date and (a fetched page's) site, which the worker stores.
 */
export function toQueued(source: string, doc: DecodedDocument, site?: string): QueuedDocument {
  const queued: QueuedDocument = { hash: doc.hash, source, text: doc.text };
  if (doc.format) queued.format = doc.format;
  if (doc.title) queued.title = doc.title;
  if (doc.date) queued.date = doc.date;
  if (site) queued.site = site;
  return queued;
}

/** Extracts one document with the pool, as `kg ingest` does. */
export async function extractWith(
  pool: ExtractorPool,
  doc: { id: string; hash: string; text: string; format?: string },
): Promise<Extraction> {
  const format = doc.format === 'html' || doc.format === 'text' ? doc.format : 'auto';
  const extraction = await pool.extract({ id: doc.id, text: doc.text, format });
  if (extraction.documents.length === 0) {
    extraction.documents.push({
      id: doc.id,
      hash: doc.hash,
      format: doc.format === 'html' ? 'html' : 'text',
      chars: doc.text.length,
    });
  }
  return extraction;
}
