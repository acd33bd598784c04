import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { createConverterThread } from './documents/convert-thread.js';
import { fetchDocument, isDocumentUrl } from './fetch.js';
import { DECODE_ASIDE_BYTES } from './input.js';
import { buildDocx, buildPdf } from './testing/documents.js';

const PAGE = `<!doctype html><html><head><title>Drones | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2026-12-01T09:00:00Z"></head>
<body><nav>Home World</nav><article><h1>Drones</h1><p>Iran sent drones to Russia.</p></article></body></html>`;

/** A page over DECODE_ASIDE_BYTES, its date only in the body. */
const LONG_PAGE = `<!doctype html><html><head><title>Talks</title></head><body>${'<p>Talks in Minsk ended.</p>'.repeat(DECODE_ASIDE_BYTES / 20)}<time datetime="2026-11-30">30 Nov</time></body></html>`;

/** The test's own server is on 127.0.0.1: allowed by address, nothing else is. */
const LOCAL = { urlPolicy: { allowPrivate: false, allow: ['127.0.0.1'] } };

let server: Server;
let base = '';
const pending = new Set<() => void>();

beforeAll(async () => {
  const pdf = buildPdf([['Iran sent drones to Russia.']], { title: 'A PDF report' });
  const docx = await buildDocx(['Officials in Kyiv said so.']);
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (path === '/long-article') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LONG_PAGE);
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/article' }).end();
    } else if (path === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf);
    } else if (path === '/memo') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(docx);
    } else if (path === '/notes.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Iran sent drones to Russia.');
    } else if (path === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50]));
    } else if (path === '/huge') {
      // No content-length: the limit must hold while the body streams.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(1000)}</p>`;
      let sent = 0;
      const push = () => {
        while (sent < 500 && res.write(chunk)) sent++;
        if (sent < 500) res.once('drain', push);
        else res.end();
      };
      res.on('error', () => undefined);
      push();
    } else if (path === '/declared-huge') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '900000' });
      res.write('<p>start</p>');
      pending.add(() => res.destroy());
    } else if (path === '/slow') {
      pending.add(() => res.destroy());
    } else if (path === '/empty') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('  ');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const end of pending) end();
  await new Promise((resolve) => server.close(resolve));
});

async function failure(url: string, options = {}): Promise<string> {
  try {
    await fetchDocument(url, { ...LOCAL, ...options });
  } catch (err) {
    if (isKgError(err)) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'no error';
}

describe('fetchDocument', () => {
  it('keeps the page as HTML with its title, date and site', async () => {
    const doc = await fetchDocument(`${base}/article#top`, LOCAL);
    expect(doc).toMatchObject({
      id: `${base}/article`,
      source: `${base}/article`,
      url: `${base}/article`,
      format: 'html',
      title: 'Drones | Example News',
      date: '2026-12-01',
      site: 'Example News',
    });
    expect(doc.text).toBe(PAGE);
  });

  it('decodes a large page and reads its metadata in the decoding thread, as in this one', async () => {
    const converter = createConverterThread();
    const here = await fetchDocument(`${base}/long-article`, LOCAL);
    expect(here).toMatchObject({ format: 'html', title: 'Talks', date: '2026-11-30' });
    expect(here).not.toHaveProperty('page');
    const there = await fetchDocument(`${base}/long-article`, {
      ...LOCAL,
      decode: converter.decode,
    });
    expect(there).toEqual(here);
    expect(converter.threadId).toBeTypeOf('number');
    await converter.close();
  });

  it('follows redirects and names the document by where it ended', async () => {
    const doc = await fetchDocument(`${base}/moved`, LOCAL);
    expect(doc.id).toBe(`${base}/article`);
  });

  it('reads PDF, DOCX and plain text by content type and signature; the site is the host', async () => {
    const pdf = await fetchDocument(`${base}/report.pdf`, LOCAL);
    expect(pdf).toMatchObject({ converted: 'pdf', title: 'A PDF report', site: '127.0.0.1' });
    expect(pdf.text).toBe('Iran sent drones to Russia.');
    const docx = await fetchDocument(`${base}/memo`, LOCAL);
    expect(docx).toMatchObject({ converted: 'docx', text: 'Officials in Kyiv said so.' });
    const text = await fetchDocument(`${base}/notes.txt`, LOCAL);
    expect(text).toMatchObject({ format: 'text', text: 'Iran sent drones to Russia.' });
  });

  const refusals: [string, string, object, RegExp][] = [
    [
      'a 404',
      '/missing',
      {},
      /^FETCH_ERROR: extract: http:\/\/127\.0\.0\.1:\d+\/missing: HTTP 404 Not Found, skipped\.$/,
    ],
    [
      'an image',
      '/image.png',
      {},
      /^UNSUPPORTED_FORMAT: .*content type image\/png is not a document kg reads \(HTML, text, PDF, DOCX\), skipped\.$/,
    ],
    [
      'a body over the limit, streamed',
      '/huge',
      { maxBytes: 100_000 },
      /^INPUT_TOO_LARGE: .*the body is over the 0\.1 MB limit, skipped\.$/,
    ],
    [
      'a body declared over the limit',
      '/declared-huge',
      { maxBytes: 100_000 },
      /^INPUT_TOO_LARGE: .*0\.9 MB is over the 0\.1 MB limit, skipped\.$/,
    ],
    [
      'a server that never answers',
      '/slow',
      { timeoutMs: 300 },
      /^FETCH_ERROR: .*\/slow: no answer within 0\.3 s, skipped\.$/,
    ],
    ['an empty page', '/empty', {}, /^EMPTY_INPUT: /],
  ];
  it.each(refusals)('refuses %s with a code', async (_name, path, options, expected) => {
    expect(await failure(`${base}${path}`, options)).toMatch(expected);
  });

  it('refuses what is not an http URL, and a closed port', async () => {
    expect(await failure('ftp://example.com/a')).toMatch(
      /^INVALID_ARGUMENT: .*only http and https/,
    );
    expect(await failure('http://user:pw@127.0.0.1/')).toMatch(
      /^INVALID_ARGUMENT: .*user name or password/,
    );
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await failure(`http://127.0.0.1:${port}/`)).toBe(
      `FETCH_ERROR: extract: http://127.0.0.1:${port}/: connection refused (ECONNREFUSED), skipped.`,
    );
  });

  it('tells URLs from paths', () => {
    expect(isDocumentUrl('https://bbc.co.uk/news')).toBe(true);
    expect(isDocumentUrl('HTTP://x')).toBe(true);
    expect(isDocumentUrl('data/http.txt')).toBe(false);
  });
});
