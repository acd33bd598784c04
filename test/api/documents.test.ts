/**
 * Documents over HTTP: list, ingest by JSON and by upload, re-ingest unchanged, remove, live
 * `graph` events on /api/events, and untrusted text coming back as escaped JSON data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiGraph,
  DocumentsResponse,
  EventsHello,
  GraphChangeEvent,
  HealthResponse,
  IngestResponse,
  RemoveDocumentResponse,
} from '@kg/schema';
import { SAMPLE_TEXT, startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});

afterAll(async () => {
  await t.close();
  expect(t.logged).toEqual([]);
});

const PARAGRAPH =
  'The Norwegian government said on Monday that Statoil signed a deal with Gazprom in Oslo. ' +
  'Prime Minister Erna Solberg met President Vladimir Putin in Moscow to discuss the agreement.';

/** Reads server-sent events until `want` returns true or the stream ends. */
async function readEvents(
  res: Response,
  want: (events: { event: string; data: unknown }[]) => boolean,
): Promise<{ event: string; data: unknown }[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  while (!want(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(frame)?.[1];
      const data = /^data: (.*)$/m.exec(frame)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe('GET /api/documents', () => {
  it('lists the sample article with its hash, size and counts', async () => {
    const { status, body } = await t.json<DocumentsResponse>('/api/documents');
    expect(status).toBe(200);
    expect(body.documents).toHaveLength(1);
    expect(body.documents[0]).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      source: 'iran-drones-crimea.txt',
      format: 'text',
    });
    expect(body.documents[0]?.chars).toBeGreaterThan(3000);
    expect(body.documents[0]?.evidence).toBeGreaterThan(0);
  });
});

describe('POST /api/documents', () => {
  it('reports the same text sent again as unchanged', async () => {
    const res = await t.postJson('/api/documents', { text: SAMPLE_TEXT, source: 'again.txt' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as IngestResponse;
    expect(body.results).toEqual([
      expect.objectContaining({ status: 'unchanged', nodesAdded: 0, edgesAdded: 0 }),
    ]);
  });

  it('ingests pasted text, grows the graph and announces it on /api/events', async () => {
    const before = (await t.json<HealthResponse>('/api/health')).body;
    const viewBefore = (await t.json<ApiGraph>('/api/graph')).body;
    const stream = await t.get('/api/events');
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const received = readEvents(stream, (events) => events.some((e) => e.event === 'graph'));
    const res = await t.postJson('/api/documents', {
      text: PARAGRAPH,
      title: 'Oslo talks',
      source: 'https://example.org/oslo',
      date: '2024-05-06',
    });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as IngestResponse;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'added', source: 'https://example.org/oslo' });
    expect(results[0]!.nodesAdded).toBeGreaterThan(0);
    expect(results[0]!.edgesAdded).toBeGreaterThan(0);

    const events = await received;
    expect(events[0]?.event).toBe('hello');
    const change = events.find((e) => e.event === 'graph')?.data as GraphChangeEvent;
    expect(change).toMatchObject({
      reason: 'ingest',
      docId: results[0]!.docId,
      nodesAdded: results[0]!.nodesAdded,
      edgesAdded: results[0]!.edgesAdded,
    });
    const after = (await t.json<HealthResponse>('/api/health')).body;
    expect(after.documents).toBe(before.documents + 1);
    const viewAfter = (await t.json<ApiGraph>('/api/graph')).body;
    expect(viewAfter.attributes.storeVersion).toBeGreaterThan(viewBefore.attributes.storeVersion!);
    expect(after.nodes).toBe(before.nodes + results[0]!.nodesAdded);
    expect(change.nodes).toBe(after.nodes);

    // The document date dates its evidence, so a date filter finds exactly its relations.
    const { body: dated } = await t.json<ApiGraph>('/api/graph?from=2024-05-06&to=2024-05-06');
    expect(dated.edges.length).toBe(results[0]!.edgesAdded);
    dated.edges.forEach((e) => expect(e.attributes.lastSeen.slice(0, 10)).toBe('2024-05-06'));
  });

  it('ingests uploaded files, one result per file, and refuses a broken PDF', async () => {
    const form = new FormData();
    form.append(
      'files',
      new Blob(
        [
          '<html><body><article><p>Chancellor Olaf Scholz visited Paris on Friday, Reuters reported.</p></article></body></html>',
        ],
        {
          type: 'text/html',
        },
      ),
      'visit.html',
    );
    form.append(
      'files',
      new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3])]),
      'scan.pdf',
    );
    const res = await t.get('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as IngestResponse;
    expect(results.map((r) => [r.source, r.status])).toEqual([
      ['visit.html', 'added'],
      ['scan.pdf', 'failed'],
    ]);
    expect(results[1]?.error?.code).toBe('PARSE_ERROR');
    expect(results[1]?.error?.message).toMatch(/^extract: scan\.pdf: not a readable PDF/);
    const docs = (await t.json<DocumentsResponse>('/api/documents')).body.documents;
    expect(docs.find((d) => d.source === 'visit.html')?.format).toBe('html');
  });

  it('keeps UTF-8 upload names and drops directories from them', async () => {
    const form = new FormData();
    form.append(
      'files',
      new Blob(['The mayor of Zürich met officials from Lyon on Tuesday.']),
      'notes/Zürich-報告.txt',
    );
    const res = await t.get('/api/documents', { method: 'POST', body: form });
    const { results } = (await res.json()) as IngestResponse;
    expect(results[0]?.source).toBe('Zürich-報告.txt');
  });

  it('returns markup and script in text as data, escaped in the JSON', async () => {
    const title = '<script>window.pwned=1</script>';
    const source = '<img src=x onerror=alert(1)>.txt';
    const text =
      'Officials in <b>Berlin</b> said <img src=x onerror=alert(1)> that Germany criticized Hungary. ' +
      '<script>alert("x")</script> The ministry rejected the claim.';
    const res = await t.postJson('/api/documents', { text, title, source, format: 'text' });
    expect(res.status).toBe(201);
    const raw = await (await t.get('/api/documents')).text();
    expect(raw).not.toMatch(/<script|<img/i);
    const { documents } = JSON.parse(raw) as DocumentsResponse;
    expect(documents.find((d) => d.title === title)?.source).toBe(source);
    const graph = await (await t.get('/api/graph')).text();
    expect(graph).not.toMatch(/<script|<img/i);
    expect((JSON.parse(graph) as ApiGraph).nodes.length).toBeGreaterThan(0);
  });
});

describe('documents over budget, and the event loop while extracting', () => {
  /** A news-like text of about `size` characters, a different sentence each line. */
  const news = (size: number) =>
    Array.from(
      { length: Math.ceil(size / 80) },
      (_, i) => `Officials in Tehran said on day ${i} that Russia sent ${i % 97} drones to Crimea.`,
    ).join('\n');

  it('answers a document over its time limit with INPUT_TOO_COMPLEX and stores nothing', async () => {
    const slow = await startTestServer({ extractTimeLimitMs: 1000 }, []);
    try {
      const res = await slow.postJson('/api/documents', { text: news(900_000), source: 'big' });
      expect(res.status).toBe(422);
      const { results } = (await res.json()) as IngestResponse;
      expect(results).toEqual([
        expect.objectContaining({
          source: 'big',
          status: 'failed',
          error: {
            code: 'INPUT_TOO_COMPLEX',
            message: 'extract: big: took longer than the 1 s CPU time limit, skipped.',
          },
        }),
      ]);
      const health = (await (await slow.get('/api/health')).json()) as HealthResponse;
      expect(health).toMatchObject({ documents: 0, nodes: 0, edges: 0 });
      const small = await slow.postJson('/api/documents', { text: PARAGRAPH });
      expect(small.status).toBe(201);
    } finally {
      await slow.close();
    }
  });

  it('answers HTML nested past 512 elements with INPUT_TOO_COMPLEX', async () => {
    const res = await t.postJson('/api/documents', {
      text: '<div>Iran '.repeat(600),
      format: 'html',
      source: 'deep.html',
    });
    expect(res.status).toBe(422);
    const { results } = (await res.json()) as IngestResponse;
    expect(results[0]?.error?.code).toBe('INPUT_TOO_COMPLEX');
    expect(results[0]?.error?.message).toMatch(/^extract: deep\.html: HTML elements nested/);
  });

  it('answers other requests while a large document is being extracted', async () => {
    let settled = false;
    const ingest = t.postJson('/api/documents', { text: news(400_000), source: 'large' });
    void ingest.finally(() => {
      settled = true;
    });
    // Extraction runs in a worker: health comes back first, while the ingest is still running.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await t.get('/api/health');
    expect(health.status).toBe(200);
    const search = await t.get('/api/search?q=iran');
    expect(search.status).toBe(200);
    expect(settled).toBe(false);
    expect((await ingest).status).toBe(201);
  });
});

describe('DELETE /api/documents/:id', () => {
  it('removes a document and what only it supported, and announces it', async () => {
    const res = await t.postJson('/api/documents', {
      text: 'Acme Robotics sued Globex Industries in Chicago over a patent, the company said.',
      source: 'acme.txt',
    });
    const docId = ((await res.json()) as IngestResponse).results[0]!.docId;
    const before = (await t.json<HealthResponse>('/api/health')).body;

    const stream = await t.get('/api/events');
    const received = readEvents(stream, (events) => events.some((e) => e.event === 'graph'));
    const { status, body } = await t.json<RemoveDocumentResponse>(`/api/documents/${docId}`, {
      method: 'DELETE',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ docId, removed: true });
    const after = (await t.json<HealthResponse>('/api/health')).body;
    expect(after.documents).toBe(before.documents - 1);
    expect(after.nodes).toBe(before.nodes - body.nodesRemoved);
    const change = (await received).find((e) => e.event === 'graph')?.data;
    expect(change).toMatchObject({ reason: 'remove', docId, nodesRemoved: body.nodesRemoved });

    const again = await t.json<{ error: { code: string } }>(`/api/documents/${docId}`, {
      method: 'DELETE',
    });
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('NOT_FOUND');
  });
});

describe('GET /api/events', () => {
  it('greets with the store size and keeps the stream alive with heartbeats', async () => {
    const quiet = await startTestServer({ heartbeatMs: 20 }, []);
    try {
      const stream = await quiet.get('/api/events');
      expect(stream.headers.get('cache-control')).toContain('no-cache');
      const events = await readEvents(
        stream,
        (list) => list.filter((e) => e.event === 'heartbeat').length >= 2,
      );
      expect(events[0]).toEqual({
        event: 'hello',
        data: { version: expect.any(String), storeVersion: expect.any(Number), nodes: 0, edges: 0 },
      });
      // The hello names the store version a view read now carries, so a viewer can tell.
      const view = (await quiet.json<ApiGraph>('/api/graph')).body;
      expect(view.attributes.storeVersion).toBe((events[0]?.data as EventsHello).storeVersion);
      expect(events.filter((e) => e.event === 'heartbeat')).toHaveLength(2);
    } finally {
      await quiet.close();
    }
  });
});
