// Graph core and store (graph-store).
export { createStoreGraph, mergeExtraction } from './merge.js';
export { entityKey, normaliseName, relationKey } from './names.js';
export { openStore, ingestExtraction } from './store/store.js';
export { SCHEMA_VERSION } from './store/migrations.js';
export { ingestDocuments } from './ingest.js';
export type { StoreGraph, DocumentMeta, MergeSummary } from './merge.js';
export type { CurationRule, CurationOp } from './curation.js';
export type {
  Store,
  StoreOptions,
  StoredDocument,
  StoreStats,
  IngestResult,
  IngestStatus,
  RemoveResult,
  CurationResult,
  CurationRecord,
} from './store/store.js';
export type {
  IngestInput,
  ExtractFunction,
  IngestOptions,
  IngestProgress,
  IngestFailure,
  IngestSummary,
} from './ingest.js';
