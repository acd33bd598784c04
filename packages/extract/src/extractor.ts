/**
 * The public extraction API (placeholder bodies until the pipeline lands; the signatures
 * are the contract other packages build against).
 */
import type { Extraction } from '@kg/schema';

export interface ExtractInput {
  /** Document id: the path or name the text came from. */
  id: string;
  text: string;
  /** 'auto' sniffs HTML by its markup. Default 'auto'. */
  format?: 'text' | 'html' | 'auto';
  source?: string;
  title?: string;
  date?: string;
}

export interface Extractor {
  readonly version: string;
  extract(input: ExtractInput): Extraction;
}

export const EXTRACTOR_VERSION = '0.1.0';

export function createExtractor(): Extractor {
  return {
    version: EXTRACTOR_VERSION,
    extract: (_input) => ({
      extractorVersion: EXTRACTOR_VERSION,
      documents: [],
      entities: [],
      relations: [],
    }),
  };
}
