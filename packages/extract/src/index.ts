export { createExtractor, EXTRACTOR_VERSION } from './extractor.js';
export { SEGMENT_CHARS } from './segments.js';
export type { ExtractInput, Extractor, ExtractorOptions } from './extractor.js';
export {
  decodeDocument,
  loadDocument,
  readDocument,
  listInputFiles,
  formatForPath,
  TEXT_EXTENSIONS,
  DOCUMENT_EXTENSIONS,
  DEFAULT_MAX_BYTES,
} from './input.js';
export { fetchDocument, isDocumentUrl, DEFAULT_FETCH_TIMEOUT_MS, MAX_REDIRECTS } from './fetch.js';
export { forbiddenAddressClass, parseUrlAllow, PUBLIC_ONLY } from './url-guard.js';
export type { HostResolver, ResolvedAddress, UrlPolicy } from './url-guard.js';
export type { FetchOptions, FetchedDocument } from './fetch.js';
export { htmlMetadata } from './documents/html-meta.js';
export { createConverterThread } from './documents/convert-thread.js';
export type { ConverterThread, ConverterThreadOptions } from './documents/convert-thread.js';
export type { ConvertedDocument } from './documents/converted.js';
export type { PageMetadata } from './documents/html-meta.js';
export type {
  DecodedDocument,
  DocumentConverter,
  DocumentDecoder,
  InputListing,
  ReadOptions,
  TextEncoding,
} from './input.js';
export { normalise, looksLikeHtml, isBoilerplateLine } from './normalise.js';
export { readerText } from './reader.js';
export type { ReaderText } from './reader.js';
export type { InputFormat, Normalised } from './normalise.js';
export { mergeExtractions } from './merge.js';
export { createExtractorPool, DEFAULT_BUDGET, resolveBudget } from './pool.js';
export type { ExtractionBudget, ExtractorPool, PoolOptions } from './pool.js';
export type { ExtractLimits } from './limits.js';
export { loadNlp } from './nlp.js';
export type { Nlp } from './nlp.js';
export { analyse } from './pipeline.js';
export { findRelations } from './relations/index.js';
export type {
  Analysis,
  EntityCluster,
  MentionKind,
  MentionSpan,
  RelationCandidate,
  RelationFinder,
  RoleSpan,
  Sentence,
  Token,
} from './analysis.js';
export {
  loadSharedParser,
  parseConlluSentences,
  parseText,
  parseTokens,
  tagWords,
} from './parse-stage.js';
export type { ParseScope } from './parse-stage.js';
export { setStageClock } from './stage-clock.js';
export type { StageClock } from './stage-clock.js';
