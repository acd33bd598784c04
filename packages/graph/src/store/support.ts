/**
 * How well a relation is supported: distinct documents, distinct sources and whether sources
 * disagree. A source is who the sentence attributes the claim to ("according to CNN"), else the
 * publisher of the document (the host of a URL source), else the document itself: two stories
 * of one agency quoting nobody are one source each, a wire quoted by two papers is one.
 */
import type { Modality, RelationSupport } from '@kg/schema';

/** One evidence item, reduced to what support needs. */
export interface SupportItem {
  docId: string;
  docSource: string;
  attribution?: string | null;
  modality: Modality;
}

/** The publisher of a document source: a URL's host (without `www.`), else undefined. */
function publisherOf(docSource: string): string | undefined {
  if (!/^https?:\/\//i.test(docSource)) return undefined;
  try {
    return new URL(docSource).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return undefined;
  }
}

/** The source an evidence item speaks for (see the file comment). */
export function sourceOf(item: SupportItem): string {
  const attribution = item.attribution?.trim();
  if (attribution) return `said:${attribution.toLowerCase().replace(/\s+/g, ' ')}`;
  const publisher = publisherOf(item.docSource);
  return publisher ? `site:${publisher}` : `doc:${item.docId}`;
}

/**
 * Documents, sources and contradiction over a relation's evidence: contradicted when some
 * source claims it (any modality but negated) and a different source denies it.
 *
 * @example
 * supportOf([{ docId: 'a', docSource: 'a.txt', modality: 'asserted' },
 *            { docId: 'b', docSource: 'b.txt', modality: 'negated' }]);
 * // { documentCount: 2, sourceCount: 2, contradicted: true }
 */
export function supportOf(items: readonly SupportItem[]): RelationSupport {
  const documents = new Set<string>();
  const claiming = new Set<string>();
  const denying = new Set<string>();
  for (const item of items) {
    documents.add(item.docId);
    (item.modality === 'negated' ? denying : claiming).add(sourceOf(item));
  }
  const sources = new Set([...claiming, ...denying]);
  let contradicted = false;
  for (const denier of denying) {
    if ([...claiming].some((claimer) => claimer !== denier)) contradicted = true;
  }
  return { documentCount: documents.size, sourceCount: sources.size, contradicted };
}
