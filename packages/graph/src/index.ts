// Graph core and store (graph-store).
export { mergeExtraction } from './merge.js';
export { createStoreGraph } from './query/graph.js';
export { entityKey, normaliseName, relationKey } from './names.js';
export { openStore, ingestExtraction } from './store/open-store.js';
export { isPostgresUrl } from './store/store.js';
export { withEvidence, attachEvidence } from './store/materialize.js';
export { shortestPathInStore, neighborsInStore, commonNeighborsInStore } from './store/traverse.js';
export type { EvidenceSlot } from './store/materialize.js';
export { SCHEMA_VERSION } from './store/sqlite/migrations.js';
export { INGEST_BATCH, compareVersions, ingestDocuments } from './ingest.js';
export type { StoreGraph, DocumentMeta, MergeSummary, MergeOptions } from './merge.js';
export type { CurationRule, CurationOp } from './curation.js';
export type {
  Store,
  StoreOptions,
  StoredDocument,
  StoreStats,
  StoreCounts,
  StoreChange,
  StoredEntity,
  Neighborhood as StoreNeighborhood,
  StoredRelation,
  StrongestView,
  EvidenceDates,
  StoreEntityDetailsOptions,
  DocumentListOptions,
  EvidenceOptions,
  EvidenceHit,
  RelationEvidence,
  ExtractionWrite,
  IngestResult,
  IngestStatus,
  RemoveResult,
  RestoredDocument,
  CurationResult,
  CurationRecord,
  CurationScope,
  Reextraction,
  UndoOptions,
  UndoResult,
  UndoStep,
  DocumentSummary,
  DocumentContent,
} from './store/store.js';
export type {
  IngestInput,
  ExtractFunction,
  IngestOptions,
  IngestProgress,
  DocumentOutcome,
  IngestFailure,
  IngestSummary,
} from './ingest.js';

// Queries, metrics and formats (graph-query).
export { search, resolveEntity } from './query/search.js';
export { entityDetails } from './query/entity.js';
export { countsOf } from './modalities.js';
export type { ModalityCounts } from './modalities.js';
export { neighbors, egoNetwork, commonNeighbors } from './query/neighbors.js';
export { shortestPath, kShortestPaths } from './query/paths.js';
export { filterGraph, topSubgraph } from './query/subgraph.js';
export { CLAIMED_MODALITIES } from './query/filters.js';
export { computeMetrics, stats, rankEntities, weightedDegrees, METRIC_NAMES } from './metrics.js';
export { exportGraph, exportGraphLines, EXPORT_FORMATS } from './formats/export.js';
export { writePieces, CHUNK_BYTES } from './formats/write.js';
export type { TextSink, WriteOptions, WriteResult } from './formats/write.js';
export { exportJson, jsonLines, toSerializedGraph } from './formats/json.js';
export { exportGexf } from './formats/gexf.js';
export { exportGraphml } from './formats/graphml.js';
export { exportCsv } from './formats/csv.js';
export { exportCypher, exportNeo4jCsv } from './formats/neo4j.js';
export {
  parseGraph,
  parseImport,
  importGraph,
  mergeGraph,
  detectFormat,
  IMPORT_FORMATS,
} from './formats/import.js';
export type { KgGraph, OwnedGraph, EntityRef } from './query/graph.js';
export type { GraphFilter } from './query/filters.js';
export type {
  SearchOptions,
  SearchHit,
  MatchKind,
  MatchField,
  EntityResolution,
  ResolvedVia,
} from './query/search.js';
export type {
  EntityDetails,
  EntityDetailsOptions,
  RelationVisit,
  EntityRelation,
  RelationGroup,
  RelationDirection,
} from './query/entity.js';
export type {
  NeighborsOptions,
  Neighborhood,
  NeighborhoodNode,
  NeighborhoodEdge,
  CommonNeighborsResult,
  CommonNeighbor,
  LinkEdge,
} from './query/neighbors.js';
export type { PathOptions, GraphPath, PathHop, HopRelation } from './query/paths.js';
export type { StepDirection } from './query/adjacency.js';
export type { FilterGraphOptions, TopSubgraphOptions, TopBy } from './query/subgraph.js';
export type {
  MetricName,
  MetricsOptions,
  MetricsResult,
  NodeMetrics,
  GraphStats,
} from './metrics.js';
export type { ExportFormat, ExportLines, ExportOutput, ExportOptions } from './formats/export.js';
export type { JsonExportOptions } from './formats/json.js';
export type { CsvFiles, CsvFileLines } from './formats/csv.js';
export type {
  ImportFormat,
  ImportSource,
  MergeGraphResult,
  ParsedImport,
} from './formats/import.js';
export {
  exportDump,
  dumpJsonLines,
  restoreDump,
  restoreDumpStream,
  DUMP_VERSION,
} from './formats/dump.js';
export type {
  StoreDump,
  DumpedDocument,
  DumpedMention,
  DumpProgress,
  DumpEvidence,
  CitedEvidence,
  RestoreResult,
} from './formats/dump.js';
export {
  dumpNdjsonLines,
  createNdjsonDumpReader,
  parseNdjsonDump,
  isNdjsonDump,
  ndjsonDocuments,
  NdjsonEvidenceIndex,
  NDJSON_DUMP_FORMAT,
} from './formats/ndjson.js';
export type { NdjsonCounts, NdjsonDump, NdjsonReaderOptions } from './formats/ndjson.js';
export {
  importIntoStore,
  ingestGraph,
  graphToDocuments,
  importSourceId,
} from './formats/store-import.js';
export type { StoreImportResult, ImportDocument } from './formats/store-import.js';
