/**
 * HTTP client for the kg server. The viewer reaches the store only through these calls and
 * shares the server's response types with `import type`, so no server code enters the bundle.
 */
import type {
  ApiGraph,
  CurationBody,
  CurationListResponse,
  CurationResponse,
  DocumentReaderResponse,
  DocumentsResponse,
  EntityDetailsResponse,
  ExportFormat,
  IngestResponse,
  PathsResponse,
  QueueRetryResponse,
  RelationResponse,
  SearchResponse,
  RemoveDocumentResponse,
  StatsResponse,
  TimelineResponse,
  UndoCurationResponse,
} from '@kg/schema';
import type { GraphFilters } from './filters.js';

/** An error response of the API, with its stable code. */
export class ApiRequestError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
  }
}

type Params = Record<string, string | number | readonly string[] | undefined>;

function query(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function readJson<T>(response: Response): Promise<T> {
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiRequestError(
      response.status,
      error?.code ?? 'INTERNAL',
      error?.message ?? `HTTP ${response.status} ${response.statusText}`,
    );
  }
  return body as T;
}

async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  return readJson<T>(await fetch(`${path}${query(params)}`, { signal }));
}

/** The query parameters `/api/graph` and `/api/export` share. */
export function filterParams(filters: GraphFilters): Params {
  return {
    types: filters.types,
    predicates: filters.predicates,
    modalities: filters.modalities,
    from: filters.from,
    to: filters.to,
    minWeight: filters.minWeight || undefined,
    top: filters.top,
    isolated: filters.isolated ? 'true' : undefined,
  };
}

export const api = {
  graph: (filters: GraphFilters, signal?: AbortSignal) =>
    get<ApiGraph>('/api/graph', filterParams(filters), signal),
  neighbors: (id: string, depth = 1) =>
    get<ApiGraph>(`/api/entities/${encodeURIComponent(id)}/neighbors`, { depth }),
  search: (q: string, limit = 8, signal?: AbortSignal) =>
    get<SearchResponse>('/api/search', { q, limit }, signal),
  entity: (id: string) => get<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(id)}`),
  relation: (key: string) => get<RelationResponse>(`/api/relations/${encodeURIComponent(key)}`),
  paths: (from: string, to: string, k = 3) => get<PathsResponse>('/api/paths', { from, to, k }),
  stats: () => get<StatsResponse>('/api/stats'),
  timeline: (filters: GraphFilters) =>
    get<TimelineResponse>('/api/timeline', {
      types: filters.types,
      predicates: filters.predicates,
      modalities: filters.modalities,
    }),

  async ingestText(text: string, title?: string): Promise<IngestResponse> {
    const response = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(title ? { text, title } : { text }),
    });
    return readJson<IngestResponse>(response);
  },

  /**
   * A web page, PDF or DOCX by URL: the server fetches it. A fetch or extraction that failed
   * answers an error status with the per-document results, which are returned as they are.
   */
  async ingestUrl(url: string): Promise<IngestResponse> {
    const response = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url }),
    });
    if (!response.ok) {
      const body = (await response
        .clone()
        .json()
        .catch(() => undefined)) as Partial<IngestResponse> | undefined;
      if (Array.isArray(body?.results)) return body as IngestResponse;
    }
    return readJson<IngestResponse>(response);
  },

  async ingestFiles(files: readonly File[]): Promise<IngestResponse> {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    return readJson<IngestResponse>(await fetch('/api/documents', { method: 'POST', body: form }));
  },

  documents: () => get<DocumentsResponse>('/api/documents'),
  document: (id: string) => get<DocumentReaderResponse>(`/api/documents/${encodeURIComponent(id)}`),

  async reextractDocument(id: string): Promise<IngestResponse> {
    const response = await fetch(`/api/documents/${encodeURIComponent(id)}/reextract`, {
      method: 'POST',
    });
    return readJson<IngestResponse>(response);
  },

  async removeDocument(id: string): Promise<RemoveDocumentResponse> {
    const response = await fetch(`/api/documents/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    });
    return readJson<RemoveDocumentResponse>(response);
  },

  /** Puts a queued document that failed back in the queue (a PostgreSQL store's). */
  async retryQueued(id: string): Promise<QueueRetryResponse> {
    const response = await fetch('/api/queue/retry', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id }),
    });
    return readJson<QueueRetryResponse>(response);
  },

  curation: () => get<CurationListResponse>('/api/curation'),

  async curate(body: CurationBody): Promise<CurationResponse> {
    const response = await fetch('/api/curation', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return readJson<CurationResponse>(response);
  },

  async undoCuration(id: number): Promise<UndoCurationResponse> {
    const response = await fetch(`/api/curation/${id}`, { method: 'DELETE' });
    return readJson<UndoCurationResponse>(response);
  },

  exportUrl: (format: ExportFormat, filters: GraphFilters) =>
    `/api/export${query({ format, ...filterParams(filters) })}`,
};
