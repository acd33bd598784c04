/**
 * What `kg ingest` and `kg worker` share about a document: turning a read file into what the
 * queue carries, and an extractor pool's answer into an extraction with its document record.
 */
import type { DecodedDocument, ExtractorPool } from '@kg/extract';
import type { QueuedDocument } from '@kg/queue';
import type { Extraction } from '@kg/schema';

/** A read file as a queue entry: the text travels with the job, for workers on any machine. */
export function toQueued(source: string, doc: DecodedDocument): QueuedDocument {
  const queued: QueuedDocument = { hash: doc.hash, source, text: doc.text };
  if (doc.format) queued.format = doc.format;
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
