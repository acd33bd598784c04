/**
 * The HTTP API contract between `@kg/server` and the viewer: zod schemas for every query string
 * and body the server accepts, and the TypeScript shapes of every JSON response. The viewer
 * imports the response types with `import type` only, so zod stays out of its bundle.
 *
 * Lists in query strings are comma-separated (`?types=PERSON,ORG`) or repeated
 * (`?types=PERSON&types=ORG`); both parse to the same array.
 */
import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors.js';
import type {
  EntityAttributes,
  EvidenceRecord,
  RelationAttributes,
  StoredDocument,
  GraphCounts,
} from './graph-types.js';
import { ENTITY_TYPES, MODALITIES, RELATION_TYPES } from './types.js';
import type { EntityType, Modality, RelationType } from './types.js';

// ---------------------------------------------------------------------------------------------
// Query-string building blocks

/** Splits `a,b` and repeated keys into one trimmed, non-empty list. */
function splitList(value: unknown): unknown {
  if (value === undefined) return undefined;
  const parts = Array.isArray(value) ? value : [value];
  if (!parts.every((part) => typeof part === 'string')) return value;
  return parts
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

const listOf = <T extends z.ZodType>(item: T) => z.preprocess(splitList, z.array(item).optional());

/** A query-string integer within bounds. */
const queryInt = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** `YYYY-MM-DD` or a full ISO timestamp. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'expected an ISO date')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'expected a valid date');

const entityId = z.string().min(1).max(500);

/** A query-string flag: `true`/`1` or `false`/`0`. */
const queryFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

export const entityTypeListSchema = listOf(z.enum(ENTITY_TYPES));
export const relationTypeListSchema = listOf(z.enum(RELATION_TYPES));
export const modalityListSchema = listOf(z.enum(MODALITIES));

/** Filters shared by `/api/graph`, `/api/export` and (in part) `/api/paths`. */
const graphFilterShape = {
  /** Keep only entities of these types. */
  types: entityTypeListSchema,
  /** Keep only relations with these predicates. */
  predicates: relationTypeListSchema,
  /** Keep only relations with these modalities. */
  modalities: modalityListSchema,
  /** Keep relations with evidence dated on or after this date. */
  from: isoDate.optional(),
  /** Keep relations with evidence dated on or before this date. */
  to: isoDate.optional(),
  /** Keep relations whose weight (evidence count) is at least this. */
  minWeight: z.coerce.number().min(0).optional(),
  /** Keep only the N entities with the highest weighted degree. */
  top: queryInt(1, 100_000).optional(),
  /** Centre the subgraph on this entity (ego network). */
  focus: entityId.optional(),
  /** Hops around `focus` (default 1). */
  depth: queryInt(0, 6).optional(),
  /** Also send entities left without a relation by the other filters (default false). */
  isolated: queryFlag.optional(),
};

// ---------------------------------------------------------------------------------------------
// Requests

/** `GET /api/graph` query. */
export const graphQuerySchema = z.object(graphFilterShape);
export type GraphQuery = z.infer<typeof graphQuerySchema>;

/** `GET /api/timeline` query: the filters that decide which relations' evidence is counted. */
export const timelineQuerySchema = z.object({
  types: entityTypeListSchema,
  predicates: relationTypeListSchema,
  modalities: modalityListSchema,
});
export type TimelineQuery = z.infer<typeof timelineQuerySchema>;

/** `GET /api/search` query. */
export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: queryInt(1, 100).default(10),
  types: entityTypeListSchema,
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** `GET /api/entities/:id/neighbors` query. */
export const neighborsQuerySchema = z.object({
  depth: queryInt(1, 4).default(1),
  /** Most neighbours returned, strongest relations first. */
  limit: queryInt(1, 10_000).default(500),
  /** Same filters as `/api/graph`, so an expansion respects the current view. */
  types: entityTypeListSchema,
  predicates: relationTypeListSchema,
  modalities: modalityListSchema,
});
export type NeighborsQuery = z.infer<typeof neighborsQuerySchema>;

/** `GET /api/entities/:id` query. */
export const entityQuerySchema = z.object({
  /** Evidence items returned per relation (the rest are counted in `moreEvidence`). */
  evidenceLimit: queryInt(1, 10_000).default(50),
  /** Relations returned, strongest first (the rest are counted in `moreRelations`). */
  relationLimit: queryInt(1, 100_000).default(200),
  /** Documents returned, most recent first (the rest are counted in `moreDocuments`). */
  documentLimit: queryInt(1, 100_000).default(200),
});
export type EntityQuery = z.infer<typeof entityQuerySchema>;

/** `GET /api/paths` query. */
export const pathsQuerySchema = z.object({
  /** Entity id, or a name or alias (resolved to the best match). */
  from: entityId,
  /** Entity id, or a name or alias (resolved to the best match). */
  to: entityId,
  k: queryInt(1, 20).default(3),
  predicates: relationTypeListSchema,
  types: entityTypeListSchema,
  modalities: modalityListSchema,
});
export type PathsQuery = z.infer<typeof pathsQuerySchema>;

export const EXPORT_FORMATS = [
  'json',
  'gexf',
  'graphml',
  'csv-nodes',
  'csv-edges',
  'csv-evidence',
  'cypher',
  'neo4j-entities',
  'neo4j-relations',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `GET /api/export` query: a format plus the same optional filters as `/api/graph`. */
export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS).default('json'),
  ...graphFilterShape,
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** Largest text accepted in a JSON ingest body (characters). */
export const MAX_INGEST_TEXT_CHARS = 4_000_000;

/** `POST /api/documents` JSON body (uploads use multipart field `files` instead). */
export const ingestBodySchema = z.object({
  text: z.string().min(1).max(MAX_INGEST_TEXT_CHARS),
  title: z.string().trim().min(1).max(500).optional(),
  format: z.enum(['text', 'html']).optional(),
  /** Where the text came from (URL, path, name); shown with its evidence. */
  source: z.string().trim().min(1).max(2000).optional(),
  /** Publication date, when known. */
  date: isoDate.optional(),
});
export type IngestBody = z.infer<typeof ingestBodySchema>;

/**
 * `POST /api/documents` JSON body naming a web page or document for the server to fetch; the
 * page's own title and date are kept unless these say otherwise.
 */
export const ingestUrlBodySchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .regex(/^https?:\/\//i, 'expected an http or https URL'),
  title: z.string().trim().min(1).max(500).optional(),
  date: isoDate.optional(),
});
export type IngestUrlBody = z.infer<typeof ingestUrlBodySchema>;

// ---------------------------------------------------------------------------------------------
// Responses

/** Every error response: `{ "error": { "code", "message" } }`. */
export interface ApiError {
  error: { code: ErrorCode; message: string };
}
export const apiErrorSchema = z.object({
  error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }),
});

/** `GET /api/health`. */
export interface HealthResponse {
  status: 'ok';
  version: string;
  documents: number;
  nodes: number;
  edges: number;
  /**
   * Whether the in-memory graph is loaded. Until it is, everything answers from the store's
   * tables except filtered views, k shortest paths and exports, which wait for it.
   */
  graphLoaded: boolean;
}

/** One entity in rankings (stats, search). */
export interface EntitySummary {
  id: string;
  label: string;
  type: EntityType;
  /** Sum of the weights of its relations, both directions. */
  weightedDegree: number;
  /** Number of relations, both directions. */
  degree: number;
}

/** `GET /api/stats`. */
export interface StatsResponse extends GraphCounts {
  /** Stored documents. */
  documents: number;
  /** Highest weighted degree first (ten). */
  topEntities: EntitySummary[];
}

/** Node attributes on the wire: stored attributes plus the weighted degree (for sizing). */
export interface ApiNodeAttributes extends EntityAttributes {
  weightedDegree: number;
  /**
   * Position in the server's layout of this view (about 1,000 units across), when the view was
   * small enough to lay out (`/api/graph` only). Not stored: computed once per store version.
   */
  x?: number;
  y?: number;
  /** Louvain community within the view (0 = the largest), with the layout. */
  community?: number;
}

/** How many documents and sources back a relation, and whether they disagree. */
export interface RelationSupport {
  /** Distinct documents with evidence for the relation. */
  documentCount: number;
  /**
   * Distinct sources: who the sentence attributes the claim to ("according to CNN"), else the
   * publisher (the host of a URL source), else the document itself.
   */
  sourceCount: number;
  /** One source asserts (or reports) the relation and another denies it. */
  contradicted: boolean;
}

/** Edge attributes on the wire: the evidence array is left out (fetch it per relation). */
export interface ApiEdgeAttributes
  extends Omit<RelationAttributes, 'evidence'>, Partial<RelationSupport> {
  evidenceCount: number;
}

/**
 * graphology's serialized JSON (`graph.export()` shape), readable by `Graph.from()` and Gephi
 * Lite. Returned by `/api/graph` and `/api/entities/:id/neighbors`.
 */
export interface ApiGraph {
  attributes: {
    name?: string;
    /** Size of the whole store, so the viewer can tell a subgraph from everything. */
    totalNodes: number;
    totalEdges: number;
    /** True when `top`, `limit` or a filter left entities out. */
    truncated: boolean;
    /** Whether the nodes carry the server's layout (`x`, `y`, `community`). */
    layout?: boolean;
    /**
     * The store version the view was read at (`/api/graph`): a viewer whose events stream opens
     * on a newer `EventsHello.storeVersion` missed a change and reads the view again.
     */
    storeVersion?: number;
  };
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  nodes: Array<{ key: string; attributes: ApiNodeAttributes }>;
  edges: Array<{ key: string; source: string; target: string; attributes: ApiEdgeAttributes }>;
}

/** `GET /api/timeline`: evidence per document day (dated documents only). */
export interface TimelineResponse {
  /** Days with evidence, oldest first (`YYYY-MM-DD`). */
  days: Array<{ day: string; count: number }>;
  /** Evidence items on those days. */
  dated: number;
  /** Evidence items of undated documents (never placed on the timeline). */
  undated: number;
}

/** `GET /api/search`. */
export interface SearchResult {
  id: string;
  label: string;
  type: EntityType;
  aliases: string[];
  /** Higher is better; 1 is an exact name match. */
  score: number;
}
export interface SearchResponse {
  results: SearchResult[];
}

/** A stored document as listed by the API. */
export type ApiDocument = StoredDocument;

/** A document in `GET /api/documents`, with what it brought. */
export interface ApiDocumentSummary extends StoredDocument {
  /** Distinct entities it mentions. */
  entityCount: number;
  /** Distinct relations it gives evidence for. */
  relationCount: number;
  /** Whether its text is kept (to read and re-extract it). */
  textStored: boolean;
}

/** A relation with its endpoints and evidence (entity details, paths). */
export interface ApiRelation extends Partial<RelationSupport> {
  /** `subject|predicate|object`. */
  key: string;
  source: string;
  target: string;
  predicate: RelationType;
  label?: string;
  modality: Modality;
  weight: number;
  firstSeen: string;
  lastSeen: string;
  evidence: EvidenceRecord[];
  /** Evidence items left out by `evidenceLimit` (fetch them from `/api/relations/:key`). */
  moreEvidence?: number;
}

/** `GET /api/entities/:id`. */
export interface EntityDetailsResponse {
  entity: { id: string } & ApiNodeAttributes;
  /** Documents that mention the entity, most recent first. */
  documents: ApiDocument[];
  /** Documents left out by `documentLimit`. */
  moreDocuments?: number;
  /** Strongest first within each relation type and direction. */
  relations: ApiRelation[];
  /** Relations left out by `relationLimit` (the weakest). */
  moreRelations?: number;
  /** Labels and types of the other ends of `relations`, keyed by id. */
  neighbors: Record<string, { label: string; type: EntityType }>;
}

/** One hop of a path; `direction` says whether the edge runs along the path or against it. */
export interface PathHop {
  key: string;
  source: string;
  target: string;
  predicate: RelationType;
  /** Verb phrase of an open (`RELATED_TO`) relation. */
  label?: string;
  modality: Modality;
  weight: number;
  direction: 'forward' | 'backward';
  evidence: EvidenceRecord[];
  /** Evidence items not sent (fetch them from `/api/relations/:key`). */
  moreEvidence?: number;
}

/** `GET /api/paths`: shortest paths first. */
export interface PathsResponse {
  paths: Array<{ nodes: string[]; hops: PathHop[] }>;
  /** Labels and types of every entity on any path, keyed by id. */
  entities: Record<string, { label: string; type: EntityType }>;
}

/** `GET /api/relations/:key`. */
export interface RelationResponse {
  relation: Omit<ApiRelation, 'evidence'> & {
    evidenceCount: number;
    sourceLabel: string;
    targetLabel: string;
  };
  evidence: EvidenceRecord[];
}

/**
 * A document queued for ingest (`kg ingest --queue` into a PostgreSQL store) and not in the
 * store yet: waiting, being extracted, extracted and waiting to be merged, or failed.
 */
export interface ApiQueuedDocument {
  /** Content hash: its id in the store once merged. */
  id: string;
  source: string;
  status: 'queued' | 'active' | 'extracted' | 'failed';
  /** Why its last attempt failed (for a failed document, why it failed for good). */
  error?: string;
  /** Attempts begun so far. */
  attempts: number;
  enqueuedAt: string;
}

/** `POST /api/queue/retry` body: the failed queued document to put back in the queue. */
export const queueRetryBodySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[0-9a-f]{64}$/u, 'expected a document id (the 64 hex digits of its content hash)'),
});
export type QueueRetryBody = z.infer<typeof queueRetryBodySchema>;

/** `POST /api/queue/retry`: the document as it is queued again (its attempts start afresh). */
export interface QueueRetryResponse {
  requeued: ApiQueuedDocument;
}

/** `GET /api/documents`: every document, newest first, with what it brought. */
export interface DocumentsResponse {
  documents: ApiDocumentSummary[];
  /** Documents queued for ingest and not stored yet, in queue order (a PostgreSQL store only). */
  queue?: ApiQueuedDocument[];
}

/** Outcome of ingesting one document. */
export interface IngestResult {
  /** Content hash, or empty when the document failed before it was hashed. */
  docId: string;
  source: string;
  status: 'added' | 'unchanged' | 'failed';
  error?: { code: ErrorCode; message: string };
  nodesAdded: number;
  edgesAdded: number;
}

/** `POST /api/documents`. Status 201 when anything was added, else 200 (422 if all failed). */
export interface IngestResponse {
  results: IngestResult[];
}

/** `DELETE /api/documents/:id`. */
export interface RemoveDocumentResponse {
  docId: string;
  removed: true;
  nodesRemoved: number;
  edgesRemoved: number;
}

/**
 * Data of a `graph` server-sent event on `/api/events`, sent after every change: an ingest or a
 * removal through this server, or (`external`) a write by another process to the store it serves
 * (`docId` is then empty and the counts are the differences in the store's size).
 */
export interface GraphChangeEvent {
  /**
   * `curation`: a rule was made or undone (entities may have moved; `docId` is empty);
   * `external`: another process wrote to the store (`docId` is empty).
   */
  reason: 'ingest' | 'remove' | 'curation' | 'external';
  docId: string;
  nodesAdded: number;
  edgesAdded: number;
  nodesRemoved: number;
  edgesRemoved: number;
  /** Store size after the change. */
  nodes: number;
  edges: number;
}

/** Data of the `hello` event sent when an `/api/events` stream opens. */
export interface EventsHello {
  /** The server's software version. */
  version: string;
  /** The store's version when the stream opened (see `ApiGraph.attributes.storeVersion`). */
  storeVersion: number;
  nodes: number;
  edges: number;
}
