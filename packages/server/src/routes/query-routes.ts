/**
 * Read-only routes over the graph: health, stats, the (filtered) graph, search, entity details,
 * neighbours, paths, one relation's evidence, and export. Every query string is parsed by its
 * zod schema from `@kg/schema`; the work is done by the graph service.
 */
import express from 'express';
import type { Router } from 'express';
import {
  entityQuerySchema,
  exportQuerySchema,
  graphQuerySchema,
  neighborsQuerySchema,
  pathsQuerySchema,
  searchQuerySchema,
  timelineQuerySchema,
} from '@kg/schema';
import type { HealthResponse, PathsResponse, SearchResponse, TimelineResponse } from '@kg/schema';
import type { GraphViews } from '../graph-views.js';
import type { VersionedCache } from '../versioned-cache.js';
import { parseQuery, refuseUnknownParameters } from '../validate.js';
import type { GraphService } from '../service.js';
import { writePieces } from '@kg/graph';

/** `text` without '-' and '.' at either end: a scan, since /[-.]+$/ backtracks on inner runs. */
function trimDashesAndDots(text: string): string {
  const edge = (c: string | undefined) => c === '-' || c === '.';
  let start = 0;
  let end = text.length;
  while (start < end && edge(text[start])) start++;
  while (end > start && edge(text[end - 1])) end--;
  return text.slice(start, end);
}

/** A file name made of safe characters only, whatever the user put in the query. */
export function safeFileName(base: string, extension: string): string {
  const cleaned = trimDashesAndDots(base.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-')).slice(
    0,
    80,
  );
  return `${cleaned || 'kg-graph'}.${extension}`;
}

export interface QueryRouteDeps {
  service: GraphService;
  views: GraphViews;
  /** Path answers per store version, keyed by the canonical query. */
  paths: VersionedCache<PathsResponse>;
}

export function queryRoutes({ service, views, paths }: QueryRouteDeps, version: string): Router {
  const router = express.Router();

  router.get('/health', (req, res) => {
    refuseUnknownParameters(req.query, [], 'GET /api/health');
    const body: HealthResponse = { status: 'ok', version, ...service.counts() };
    res.json(body);
  });

  router.get('/stats', async (req, res) => {
    refuseUnknownParameters(req.query, [], 'GET /api/stats');
    res.json(await service.stats());
  });

  router.get('/graph', async (req, res) => {
    // Built once per store version and query; compressed, revalidated by ETag.
    await views.send(req, res, parseQuery(graphQuerySchema, req.query, 'GET /api/graph'));
  });

  router.get('/timeline', async (req, res) => {
    const query = parseQuery(timelineQuerySchema, req.query, 'GET /api/timeline');
    const body: TimelineResponse = await views.timeline(query);
    res.json(body);
  });

  router.get('/search', async (req, res) => {
    const query = parseQuery(searchQuerySchema, req.query, 'GET /api/search');
    const body: SearchResponse = { results: await service.search(query) };
    res.json(body);
  });

  router.get('/entities/:id', async (req, res) => {
    const query = parseQuery(entityQuerySchema, req.query, 'GET /api/entities/:id');
    const details = await service.entity(req.params.id, query);
    await views.withSupport(details.relations);
    res.json(details);
  });

  router.get('/entities/:id/neighbors', async (req, res) => {
    const query = parseQuery(neighborsQuerySchema, req.query, 'GET /api/entities/:id/neighbors');
    const around = await service.neighbors(req.params.id, query);
    const support = await views.support(around.edges.map((edge) => edge.key));
    for (const edge of around.edges) Object.assign(edge.attributes, support.get(edge.key));
    res.json(around);
  });

  router.get('/paths', async (req, res) => {
    const query = parseQuery(pathsQuerySchema, req.query, 'GET /api/paths');
    const key = JSON.stringify([
      query.from,
      query.to,
      query.k,
      query.predicates,
      query.types,
      query.modalities,
    ]);
    res.json(await paths.get(key, () => service.paths(query)));
  });

  router.get('/relations/:key', async (req, res) => {
    refuseUnknownParameters(req.query, [], 'GET /api/relations/:key');
    const found = await service.relation(req.params.key);
    await views.withSupport([found.relation]);
    res.json(found);
  });

  router.get('/export', async (req, res) => {
    const { format, ...filters } = parseQuery(exportQuerySchema, req.query, 'GET /api/export');
    const file = await service.export(format, filters);
    const day = new Date().toISOString().slice(0, 10);
    const base = [
      'kg',
      filters.focus,
      format.includes('-') ? format.replace(/^csv-/, '') : undefined,
      day,
    ]
      .filter(Boolean)
      .join('-');
    // The name is made of safe characters only, so it can be quoted as is.
    res.set('Content-Disposition', `attachment; filename="${safeFileName(base, file.extension)}"`);
    res.type(file.contentType);
    // Streamed in chunks as it is made (chunked transfer encoding): a large export never sits
    // in memory as one text, and other requests are answered between its chunks.
    try {
      await writePieces(file.lines(), res);
    } catch {
      // The client went away: nothing more to send it.
      res.destroy();
      return;
    }
    res.end();
  });

  return router;
}
