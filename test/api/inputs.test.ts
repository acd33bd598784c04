/**
 * More inputs over HTTP: PDF and DOCX uploads, and URLs the server fetches (served from
 * 127.0.0.1 by the test, no other network, allowed by the server's `urlAllow`). Each kind is
 * ingested with the metadata it declares; each failure is one result with a code and leaves the
 * store as it was. A server with the default policy refuses private addresses (URL_FORBIDDEN),
 * on a redirect too.
 */
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentsResponse, HealthResponse, IngestResponse } from '@kg/schema';
import { buildDocx, buildPdf, buildXlsxLikeZip } from '@kg/extract/testing';
import { startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

const PAGE = `<!doctype html><html><head><title>Scholz in Paris | Example News</title>
<meta property="og:title" content="Scholz in Paris">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-11-20T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Scholz in Paris</h1>
<p>Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Friday, Reuters reported.</p>
</article><footer>Copyright Example News</footer></body></html>`;

let t: TestServer;
let web: Server;
let site = '';
/** A second site on 127.0.0.2, which `t` does not allow; requests it answered. */
let inside: Server;
let insideSite = '';
const insideHits: string[] = [];
const hanging = new Set<() => void>();

beforeAll(async () => {
  t = await startTestServer({ fetchTimeoutMs: 500, urlAllow: ['127.0.0.1'] }, []);
  inside = createServer((req, res) => {
    insideHits.push(req.url ?? '/');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve) => inside.listen(0, '127.0.0.2', resolve));
  insideSite = `http://127.0.0.2:${(inside.address() as AddressInfo).port}`;
  web = createServer((req, res) => {
    if (req.url === '/inside') {
      res.writeHead(302, { location: `${insideSite}/scholz` }).end();
    } else if (req.url === '/scholz') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (req.url === '/photo.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff]));
    } else if (req.url === '/slow') {
      hanging.add(() => res.destroy());
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  site = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of hanging) end();
  await new Promise((resolve) => web.close(resolve));
  await new Promise((resolve) => inside.close(resolve));
  await t.close();
  expect(t.logged).toEqual([]);
});

async function health(): Promise<HealthResponse> {
  return (await t.json<HealthResponse>('/api/health')).body;
}

async function upload(name: string, bytes: Uint8Array): Promise<Response> {
  const form = new FormData();
  form.append('files', new Blob([Uint8Array.from(bytes)]), name);
  return t.get('/api/documents', { method: 'POST', body: form });
}

describe('PDF and DOCX uploads', () => {
  it('ingests a PDF with its title and date, and a DOCX', async () => {
    const pdf = buildPdf(
      [['Prime Minister Erna Solberg met President Vladimir Putin in Moscow on Monday.']],
      { title: 'Oslo and Moscow', creationDate: 'D:20261115080000Z' },
    );
    const docx = await buildDocx(
      ['The Norwegian government said that Statoil signed a deal with Gazprom in Oslo.'],
      { title: 'Statoil memo', created: '2026-11-16T09:00:00Z' },
    );
    const form = new FormData();
    form.append('files', new Blob([Uint8Array.from(pdf)]), 'report.pdf');
    form.append('files', new Blob([Uint8Array.from(docx)]), 'memo.docx');
    const res = await t.get('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as IngestResponse;
    expect(results.map((r) => [r.source, r.status])).toEqual([
      ['report.pdf', 'added'],
      ['memo.docx', 'added'],
    ]);
    expect(results.every((r) => r.nodesAdded > 0)).toBe(true);
    const { documents } = (await t.json<DocumentsResponse>('/api/documents')).body;
    expect(documents.find((d) => d.source === 'report.pdf')).toMatchObject({
      title: 'Oslo and Moscow',
      date: expect.stringMatching(/^2026-11-15/),
      format: 'text',
    });
    expect(documents.find((d) => d.source === 'memo.docx')).toMatchObject({
      title: 'Statoil memo',
    });
    const search = await t.json<{ results: { label: string }[] }>('/api/search?q=Gazprom');
    expect(search.body.results.map((r) => r.label)).toContain('Gazprom');
  });

  const failures: [string, string, () => Promise<Uint8Array> | Uint8Array, string, RegExp][] = [
    [
      'a password-protected PDF',
      'locked.pdf',
      () => buildPdf([['Iran sent drones to Russia.']], { encrypted: true }),
      'ENCRYPTED_INPUT',
      /^extract: locked\.pdf: password-protected PDF, skipped\.$/,
    ],
    [
      'a scanned PDF without text',
      'scan.pdf',
      () => buildPdf([['x']], { noText: true }),
      'EMPTY_INPUT',
      /^extract: scan\.pdf: no text layer in 1 page/,
    ],
    [
      'a zip that is not a Word document',
      'sheet.docx',
      buildXlsxLikeZip,
      'UNSUPPORTED_FORMAT',
      /^extract: sheet\.docx: an Excel workbook \(\.xlsx\), not a Word document/,
    ],
  ];
  it.each(failures)('refuses %s and stores nothing', async (_name, file, make, code, message) => {
    const before = await health();
    const res = await upload(file, await make());
    expect(res.status).toBe(422);
    const { results } = (await res.json()) as IngestResponse;
    expect(results).toEqual([
      expect.objectContaining({
        source: file,
        status: 'failed',
        error: { code, message: expect.stringMatching(message) },
      }),
    ]);
    expect(await health()).toMatchObject({
      documents: before.documents,
      nodes: before.nodes,
      edges: before.edges,
    });
  });
});

describe('POST /api/documents { url }', () => {
  it('fetches the page, keeps its main content, title, date, site and address', async () => {
    const res = await t.postJson('/api/documents', { url: `${site}/scholz` });
    expect(res.status).toBe(201);
    const { results } = (await res.json()) as IngestResponse;
    expect(results[0]).toMatchObject({ status: 'added', source: `${site}/scholz` });
    const { documents } = (await t.json<DocumentsResponse>('/api/documents')).body;
    expect(documents.find((d) => d.source === `${site}/scholz`)).toMatchObject({
      title: 'Scholz in Paris',
      date: expect.stringMatching(/^2026-11-20/),
      site: 'Example News',
      format: 'html',
    });
    const labels = (
      await t.json<{ results: { label: string }[] }>('/api/search?q=Macron')
    ).body.results.map((r) => r.label);
    expect(labels).toContain('Emmanuel Macron');
    // Navigation and footer are not main content: nothing is extracted from them.
    const copyright = await t.json<{ results: unknown[] }>('/api/search?q=Copyright');
    expect(copyright.body.results).toEqual([]);
  });

  const failures: [string, string, number, string, RegExp][] = [
    ['a 404', '/gone', 502, 'FETCH_ERROR', /\/gone: HTTP 404 Not Found, skipped\.$/],
    ['a timeout', '/slow', 502, 'FETCH_ERROR', /\/slow: no answer within 0\.5 s, skipped\.$/],
    [
      'an image',
      '/photo.jpg',
      422,
      'UNSUPPORTED_FORMAT',
      /content type image\/jpeg is not a document kg reads/,
    ],
  ];
  it.each(failures)(
    'answers %s with its code and stores nothing',
    async (_n, path, status, code, message) => {
      const before = await health();
      const res = await t.postJson('/api/documents', { url: `${site}${path}` });
      expect(res.status).toBe(status);
      const { results } = (await res.json()) as IngestResponse;
      expect(results[0]).toMatchObject({ status: 'failed', error: { code } });
      expect(results[0]?.error?.message).toMatch(message);
      expect(await health()).toMatchObject({ documents: before.documents, nodes: before.nodes });
    },
  );

  it('refuses what is not an http URL, and text with a URL', async () => {
    const ftp = await t.postJson('/api/documents', { url: 'file:///etc/passwd' });
    expect(ftp.status).toBe(400);
    expect(((await ftp.json()) as { error: { code: string } }).error.code).toBe('INVALID_ARGUMENT');
    const both = await t.postJson('/api/documents', { url: `${site}/scholz`, text: 'x' });
    expect(both.status).toBe(400);
  });
});

describe('POST /api/documents { url } and private addresses', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer({}, []);
  });
  afterAll(async () => {
    await guarded?.close();
  });

  async function refused(server: TestServer, url: string, message: RegExp): Promise<void> {
    const before = (await server.json<HealthResponse>('/api/health')).body;
    const res = await server.postJson('/api/documents', { url });
    expect(res.status).toBe(403);
    const { results } = (await res.json()) as IngestResponse;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'URL_FORBIDDEN' } });
    expect(results[0]?.error?.message).toMatch(message);
    const after = (await server.json<HealthResponse>('/api/health')).body;
    expect(after).toMatchObject({ documents: before.documents, nodes: before.nodes });
  }

  it('by default refuses loopback, link-local, private and IPv6 local addresses with 403', async () => {
    const port = new URL(site).port;
    const cases: [string, RegExp][] = [
      [`${site}/scholz`, /127\.0\.0\.1 is a loopback address; not fetched unless allowed/],
      ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a link-local address/],
      ['http://10.0.0.1/', /10\.0\.0\.1 is a private address/],
      [`http://[::1]:${port}/scholz`, /::1 is a loopback address/],
      [`http://[::ffff:127.0.0.1]:${port}/scholz`, /is a loopback address/],
      ['http://[fd00::1]/', /fd00::1 is a unique-local address/],
    ];
    for (const [url, message] of cases) await refused(guarded, url, message);
  });

  it('refuses a redirect from an allowed address to one that is not, and stores nothing', async () => {
    // The target is real and answers: only the guard keeps the server from it.
    expect((await fetch(`${insideSite}/scholz`)).status).toBe(200);
    const served = insideHits.length;
    await refused(
      t,
      `${site}/inside`,
      /^extract: http:\/\/127\.0\.0\.2:\d+\/scholz: 127\.0\.0\.2 is a loopback address/,
    );
    expect(insideHits.length).toBe(served);
  });
});
