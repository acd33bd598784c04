/**
 * Time and evidence through the API: a document's date comes from the article (HTML metadata,
 * a "Published" line) or it stays undated; the timeline counts evidence by document day; date
 * ranges are exact and never hold undated evidence; HTML evidence is plain text with its
 * subject and object marked in it. Real app, real store, real extraction, real HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiGraph,
  DocumentsResponse,
  EntityDetailsResponse,
  SearchResponse,
  TimelineResponse,
} from '@kg/schema';
import { startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

const HTML = `<!doctype html><html><head><title>Scholz meets Macron</title>
<meta property="article:published_time" content="2023-03-14T09:30:00Z"></head>
<body><article><h1>Scholz meets Macron</h1>
<p>Chancellor <a href="/people/scholz">Olaf Scholz</a> of Germany met President
<a href="/people/macron">Emmanuel Macron</a> in Paris on Monday.</p>
<p>Scholz later accused <b>Russia</b> of attacking <a href="https://example.org/ua">Ukraine</a>.</p>
</article></body></html>`;

const TEXT = `Talks in Ankara
Published: 12 March 2023

President Recep Tayyip Erdogan met Prime Minister Mark Rutte in Ankara on Sunday.`;

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
  for (const body of [
    { text: HTML, format: 'html', source: 'https://news.example.org/scholz' },
    { text: TEXT, source: 'ankara.txt' },
  ]) {
    const res = await t.postJson('/api/documents', body);
    expect(res.status).toBe(201);
  }
});

afterAll(async () => {
  await t.close();
  expect(t.logged).toEqual([]);
});

async function idOf(name: string): Promise<string> {
  const { body } = await t.json<SearchResponse>(`/api/search?q=${encodeURIComponent(name)}`);
  const first = body.results[0];
  if (!first) throw new Error(`no entity for "${name}"`);
  return first.id;
}

describe('document dates', () => {
  it('come from the article, or the document stays undated', async () => {
    const { body } = await t.json<DocumentsResponse>('/api/documents');
    const bySource = new Map(body.documents.map((doc) => [doc.source, doc.date]));
    expect(bySource.get('https://news.example.org/scholz')).toBe('2023-03-14T09:30:00.000Z');
    expect(bySource.get('ankara.txt')).toBe('2023-03-12');
    expect(bySource.get('iran-drones-crimea.txt')).toBeUndefined();
  });

  it('never show the ingest time as an evidence date', async () => {
    const iran = await idOf('Iran');
    const { body } = await t.json<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(iran)}`,
    );
    const evidence = body.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) expect(item.date).toBeUndefined();
  });
});

describe('HTML evidence', () => {
  it('is plain text with the subject and object marked', async () => {
    const scholz = await idOf('Olaf Scholz');
    const { body } = await t.json<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(scholz)}`,
    );
    const evidence = body.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.sentence).not.toMatch(/<|>|href=/);
      expect(item.date).toBe('2023-03-14T09:30:00.000Z');
      for (const span of [item.subjectSpan, item.objectSpan]) {
        if (!span) continue;
        const marked = item.sentence.slice(span.start, span.end);
        expect(marked.length).toBeGreaterThan(1);
        expect(marked).toMatch(/^[A-Z]/);
      }
    }
    const met = evidence.find((item) => item.sentence.includes('met President'));
    expect(met?.sentence).toBe(
      'Chancellor Olaf Scholz of Germany met President Emmanuel Macron in Paris on Monday.',
    );
  });
});

describe('timeline and date ranges', () => {
  it('counts evidence per document day, undated apart', async () => {
    const { body } = await t.json<TimelineResponse>('/api/timeline');
    const days = new Map(body.days.map((d) => [d.day, d.count]));
    expect([...days.keys()]).toEqual(['2023-03-12', '2023-03-14']);
    expect(body.dated).toBe([...days.values()].reduce((a, b) => a + b, 0));
    expect(body.undated).toBeGreaterThan(10);
  });

  it('keeps exactly the relations with evidence in the range', async () => {
    const range = await t.json<ApiGraph>('/api/graph?from=2023-03-13&to=2023-03-31');
    const labels = new Set(range.body.nodes.map((n) => n.attributes.label));
    expect(labels.has('Olaf Scholz')).toBe(true);
    expect(labels.has('Mark Rutte')).toBe(false);
    expect(labels.has('Iran')).toBe(false);
    expect(range.body.edges.length).toBeGreaterThan(0);

    const asOf = await t.json<ApiGraph>('/api/graph?to=2023-03-12');
    const before = new Set(asOf.body.nodes.map((n) => n.attributes.label));
    expect([...before].some((label) => /Rutte|Erdogan/.test(label))).toBe(true);
    expect(before.has('Olaf Scholz')).toBe(false);

    const linked = new Set(range.body.edges.flatMap((e) => [e.source, e.target]));
    expect(range.body.nodes.every((n) => linked.has(n.key))).toBe(true);
  });
});
