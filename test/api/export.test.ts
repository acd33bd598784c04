/**
 * `GET /api/export` in every format: the files parse back (graphology JSON, GEXF and GraphML
 * through the graph package's importers, CSV by rows, Cypher by statements), node and edge counts
 * match `/api/graph` for the same filters, and the attachment name is sanitised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraph } from '@kg/graph';
import { EXPORT_FORMATS } from '@kg/schema';
import type { ApiGraph, ExportFormat, SearchResponse } from '@kg/schema';
import { startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

let t: TestServer;
let full: ApiGraph;

beforeAll(async () => {
  t = await startTestServer();
  full = (await t.json<ApiGraph>('/api/graph')).body;
});

afterAll(async () => {
  await t.close();
  expect(t.logged).toEqual([]);
});

/** Data rows of an RFC 4180 CSV (quoted fields may hold newlines). */
function csvRows(text: string): number {
  let rows = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) rows++;
  }
  if (text.length > 0 && !text.endsWith('\n')) rows++;
  return rows - 1;
}

const evidenceTotal = (): number =>
  full.edges.reduce((sum, edge) => sum + edge.attributes.evidenceCount, 0);

const checks: Record<ExportFormat, [RegExp, (body: string) => void]> = {
  json: [/^application\/json/, (body) => expectCounts(parseGraph(body, 'json'))],
  gexf: [/xml/, (body) => expectCounts(parseGraph(body, 'gexf'))],
  graphml: [/xml/, (body) => expectCounts(parseGraph(body, 'graphml'))],
  'csv-nodes': [/^text\/csv/, (body) => expect(csvRows(body)).toBe(full.nodes.length)],
  'csv-edges': [/^text\/csv/, (body) => expect(csvRows(body)).toBe(full.edges.length)],
  'csv-evidence': [/^text\/csv/, (body) => expect(csvRows(body)).toBe(evidenceTotal())],
  'neo4j-entities': [/^text\/csv/, (body) => expect(csvRows(body)).toBe(full.nodes.length)],
  'neo4j-relations': [/^text\/csv/, (body) => expect(csvRows(body)).toBe(full.edges.length)],
  cypher: [
    /^text\/plain/,
    (body) => {
      expect(body.match(/^MERGE \(n:Entity/gm)?.length).toBe(full.nodes.length);
      expect(body.match(/ MERGE \(s\)-\[r:/g)?.length ?? 0).toBe(full.edges.length);
    },
  ],
};

function expectCounts(graph: { order: number; size: number }): void {
  expect(graph.order).toBe(full.nodes.length);
  expect(graph.size).toBe(full.edges.length);
}

describe('GET /api/export', () => {
  it.each([...EXPORT_FORMATS])('exports %s as a file that parses back', async (format) => {
    const res = await t.get(`/api/export?format=${format}`);
    expect(res.status).toBe(200);
    const [type, check] = checks[format];
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="kg-[\w.-]+\.(json|gexf|graphml|csv|cypher)"$/,
    );
    check(await res.text());
  });

  it('streams the file as it is made (chunked, no length known in advance)', async () => {
    const res = await t.get('/api/export?format=gexf');
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    expect(await res.text()).toMatch(/<\/gexf>\n$/);
  });

  it('exports graphology JSON by default', async () => {
    const res = await t.get('/api/export');
    expect(res.headers.get('content-disposition')).toMatch(/\.json"$/);
  });

  it('exports the filtered subgraph the same query shows', async () => {
    const { body: view } = await t.json<ApiGraph>('/api/graph?types=GPE');
    const res = await t.get('/api/export?format=json&types=GPE');
    const graph = parseGraph(await res.text(), 'json');
    expect(graph.order).toBe(view.nodes.length);
    expect(graph.size).toBe(view.edges.length);
  });

  it('names the file after the focus entity with unsafe characters replaced', async () => {
    const { body } = await t.json<SearchResponse>('/api/search?q=Iran');
    const iran = body.results[0]!.id;
    const res = await t.get(`/api/export?format=gexf&focus=${encodeURIComponent(iran)}`);
    expect(res.status).toBe(200);
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="kg-[A-Za-z0-9._-]+\.gexf"$/);
    expect(disposition).not.toContain(':');
  });
});
