/**
 * A stored document as the reader shows it: its text as a person reads it (`readerText` from
 * `@kg/extract`: the page text for HTML, the original for plain text), every mention with the
 * entity it resolved to, and every evidence sentence with its relation, all at offsets into
 * that text. Documents stored before kg kept texts are read again from their source file when
 * it is still there and unchanged (same content hash).
 */
import { readDocument, readerText } from '@kg/extract';
import type { DocumentContent } from '@kg/graph';
import { KgError } from '@kg/schema';
import type { DocumentReaderResponse, ReaderMention, ReaderRelation } from '@kg/schema';

/** The stored text, or the source file's when it still holds the same content. */
export async function storedText(content: DocumentContent, maxBytes: number): Promise<string> {
  if (content.text !== undefined) return content.text;
  const { document } = content;
  try {
    const doc = await readDocument(document.source, { maxBytes });
    if (doc.hash === document.id) return doc.text;
  } catch {
    // Not a readable file (pasted text, an upload, a moved file): said below.
  }
  throw new KgError(
    'NOT_FOUND',
    `server: document ${document.id.slice(0, 12)} (${document.source}) has no stored text; it was ingested before kg kept texts and its file is gone or changed. Ingest the file again.`,
  );
}

export function readerResponse(content: DocumentContent, text: string): DocumentReaderResponse {
  const format = content.document.format === 'html' ? 'html' : 'text';
  const reader = readerText(text, format);
  const mentions: ReaderMention[] = [];
  for (const m of content.mentions) {
    const at = reader.toReader(m.start, m.end);
    if (!at) continue;
    mentions.push({
      ...at,
      entity: m.entity,
      label: m.label,
      type: m.type,
      mentionType: m.mentionType,
    });
  }
  const relations: ReaderRelation[] = [];
  for (const ev of content.evidence) {
    const at = reader.toReader(ev.start, ev.end);
    if (!at) continue;
    const relation: ReaderRelation = {
      ...at,
      evidenceStart: ev.start,
      key: ev.key,
      predicate: ev.predicate,
      subject: ev.subject,
      subjectLabel: ev.subjectLabel,
      object: ev.object,
      objectLabel: ev.objectLabel,
      modality: ev.modality,
    };
    if (ev.label) relation.label = ev.label;
    if (ev.attribution) relation.attribution = ev.attribution;
    relations.push(relation);
  }
  return { document: content.document, format, text: reader.text, mentions, relations };
}
