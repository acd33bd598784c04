/**
 * Documents: list (with counts), read (the text with its mentions and relations), ingest (a
 * JSON body with text or a URL to fetch, or multipart uploads in field `files`: text, HTML, PDF,
 * DOCX), re-extract and remove; on a PostgreSQL store, the documents `kg ingest --queue` put in
 * its queue, and a retry of one that failed. Ingest is rate-limited per client; every change is
 * announced on `/api/events`.
 */
import express from 'express';
import type { Request, RequestHandler, Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import multer from 'multer';
import { KgError, ingestBodySchema, ingestUrlBodySchema, queueRetryBodySchema } from '@kg/schema';
import { isPostgresUrl } from '@kg/graph';
import type { Store } from '@kg/graph';
import type { QueueEntry } from '@kg/queue';
import type {
  ApiQueuedDocument,
  DocumentReaderResponse,
  DocumentsResponse,
  IngestResponse,
  IngestResult,
  QueueRetryResponse,
} from '@kg/schema';
import { readerResponse, storedText } from '../reader.js';
import { errorBody, HTTP_STATUS } from '../errors.js';
import type { IngestItem, Ingester, UrlItem } from '../ingest.js';
import type { ServerSettings } from '../settings.js';
import { parseBody } from '../validate.js';
import type { GraphService } from '../service.js';

/** A content hash or a unique prefix of one (the store also accepts paths; the API does not). */
const DOC_ID_PATTERN = /^[A-Za-z0-9:._-]{1,200}$/;

function ingestLimiter(settings: ServerSettings): RequestHandler {
  return rateLimit({
    windowMs: settings.ingestRateWindowMs,
    limit: settings.ingestRateLimit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      res
        .status(429)
        .json(
          errorBody(
            'RATE_LIMITED',
            `POST /api/documents: more than ${settings.ingestRateLimit} ingest requests in ${Math.round(settings.ingestRateWindowMs / 1000)} s; retry later.`,
          ),
        );
    },
  });
}

/** The uploaded file's base name (browsers send no directories, other clients might). */
function uploadName(file: Express.Multer.File, index: number): string {
  const name = (file.originalname.split(/[\\/]/).pop() ?? '').trim();
  return name || `upload-${index + 1}`;
}

/** A JSON body naming a URL to fetch, or undefined for any other request. */
function urlFromRequest(req: Request): UrlItem | undefined {
  if (!req.is('application/json')) return undefined;
  const body = req.body as Record<string, unknown> | undefined;
  if (!body || typeof body !== 'object' || !('url' in body)) return undefined;
  if ('text' in body) {
    throw new KgError(
      'INVALID_ARGUMENT',
      'POST /api/documents: send either "text" or "url", not both.',
    );
  }
  const parsed = parseBody(ingestUrlBodySchema, body, 'POST /api/documents');
  return { url: parsed.url, title: parsed.title, date: parsed.date };
}

function itemsFromRequest(req: Request): IngestItem[] {
  if (req.is('multipart/form-data')) {
    const files = (req.files as Express.Multer.File[] | undefined) ?? [];
    if (files.length === 0) {
      throw new KgError('INVALID_ARGUMENT', 'POST /api/documents: no files in field "files".');
    }
    return files.map((file, index) => ({
      name: uploadName(file, index),
      bytes: file.buffer,
    }));
  }
  if (!req.is('application/json')) {
    throw new KgError(
      'UNSUPPORTED_FORMAT',
      'POST /api/documents: send application/json { text } or multipart/form-data with "files".',
    );
  }
  const body = parseBody(ingestBodySchema, req.body, 'POST /api/documents');
  return [
    {
      name: body.source ?? body.title ?? 'pasted text',
      bytes: Buffer.from(body.text, 'utf8'),
      format: body.format,
      title: body.title,
      source: body.source,
      date: body.date,
    },
  ];
}

function statusOf(results: readonly IngestResult[]): number {
  if (results.some((r) => r.status === 'added')) return 201;
  if (results.every((r) => r.status === 'failed')) {
    const only = results.length === 1 ? results[0]?.error?.code : undefined;
    if (only === 'INPUT_TOO_LARGE' || only === 'FETCH_ERROR' || only === 'URL_FORBIDDEN') {
      return HTTP_STATUS[only];
    }
    return 422;
  }
  return 200;
}

export function documentRoutes(
  service: GraphService,
  store: Store,
  ingester: Ingester,
  settings: ServerSettings,
): Router {
  const router = express.Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers send UTF-8 file names without saying so; busboy would read them as latin1.
    defParamCharset: 'utf8',
    limits: {
      fileSize: settings.uploadLimitBytes,
      files: settings.maxUploadFiles,
      fields: 20,
      fieldSize: 64 * 1024,
    },
  });

  router.get('/documents', async (_req, res) => {
    const body: DocumentsResponse = { documents: await service.documents() };
    if (isPostgresUrl(store.path)) body.queue = await queuedDocuments(store.path);
    res.json(body);
  });

  router.post(
    '/documents',
    ingestLimiter(settings),
    upload.array('files', settings.maxUploadFiles),
    async (req, res) => {
      const url = urlFromRequest(req);
      const results = url
        ? await ingester.ingestUrls([url])
        : await ingester.ingest(itemsFromRequest(req));
      const body: IngestResponse = { results };
      res.status(statusOf(results)).json(body);
    },
  );

  const documentId = (req: Request, where: string): string => {
    const id = String(req.params.id);
    if (!DOC_ID_PATTERN.test(id)) {
      throw new KgError('INVALID_ARGUMENT', `${where}: "${id.slice(0, 80)}" is not a document id.`);
    }
    return id;
  };

  router.get('/documents/:id', async (req, res) => {
    const id = documentId(req, 'GET /api/documents');
    const content = await store.documentContent(id);
    if (!content) throw new KgError('NOT_FOUND', `GET /api/documents: no document "${id}".`);
    const body: DocumentReaderResponse = readerResponse(
      content,
      await storedText(content, settings.uploadLimitBytes),
    );
    res.json(body);
  });

  router.post('/documents/:id/reextract', ingestLimiter(settings), async (req, res) => {
    const id = documentId(req, 'POST /api/documents/:id/reextract');
    const doc = await store.getDocument(id);
    if (!doc) {
      throw new KgError('NOT_FOUND', `POST /api/documents/:id/reextract: no document "${id}".`);
    }
    const results = await ingester.reextract([doc.id]);
    const body: IngestResponse = { results };
    res.status(statusOf(results) === 201 ? 200 : statusOf(results)).json(body);
  });

  router.delete('/documents/:id', async (req, res) => {
    res.json(await ingester.remove(documentId(req, 'DELETE /api/documents')));
  });

  router.post('/queue/retry', ingestLimiter(settings), async (req, res) => {
    const { id } = parseBody(queueRetryBodySchema, req.body, 'POST /api/queue/retry');
    if (!isPostgresUrl(store.path)) {
      throw new KgError(
        'NOT_FOUND',
        `POST /api/queue/retry: no queued document ${id}: this store has no queue (kg ingest --queue needs a PostgreSQL store).`,
      );
    }
    const { requeueDocument } = await import('@kg/queue');
    const body: QueueRetryResponse = { requeued: apiQueued(await requeueDocument(store.path, id)) };
    res.json(body);
  });

  return router;
}

/**
 * The documents `kg ingest --queue` put in a PostgreSQL store's queue and the workers have not
 * merged yet (pg-boss loads only for such a store).
 */
async function queuedDocuments(url: string): Promise<ApiQueuedDocument[]> {
  const { queueEntries } = await import('@kg/queue');
  return (await queueEntries(url)).map(apiQueued);
}

/** A queue entry as the API shows it. */
function apiQueued(entry: QueueEntry): ApiQueuedDocument {
  return {
    id: entry.hash,
    source: entry.source,
    status: entry.state,
    ...(entry.error ? { error: entry.error } : {}),
    attempts: entry.attempts,
    enqueuedAt: entry.enqueuedAt,
  };
}
