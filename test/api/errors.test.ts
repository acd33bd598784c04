/**
 * Bad requests get the error envelope `{ error: { code, message } }` with the right status and
 * no stack trace: invalid queries and bodies (400), unknown things (404), oversize bodies and
 * uploads (413), wrong media types (415), too many ingests (429). Also the built-viewer route.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@kg/schema';
import { HTTP_STATUS } from '@kg/server';
import { startTestServer } from './harness.js';
import type { TestServer } from './harness.js';

const ONE_KB = 1024;
let t: TestServer;

beforeAll(async () => {
  // Small limits so oversize cases stay small; no seed: errors do not need a graph.
  t = await startTestServer({ jsonLimitBytes: 64 * ONE_KB, uploadLimitBytes: 32 * ONE_KB }, []);
});

afterAll(async () => {
  await t.close();
  expect(t.logged).toEqual([]);
});

function expectEnvelope(body: unknown, code: string): void {
  expect(body).toEqual({ error: { code, message: expect.any(String) } });
  const message = (body as { error: { message: string } }).error.message;
  expect(message).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
}

describe('error envelope', () => {
  const badQueries: [string, number, string][] = [
    ['/api/graph?types=PERSONS', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?predicates=LIKES', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?modalities=maybe', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?top=0', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?top=ten', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?minWeight=-1', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?from=yesterday', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?from=2024-05-01&to=2024-01-01', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?depth=99&focus=x', 400, 'INVALID_ARGUMENT'],
    ['/api/graph?focus=gpe%3Aatlantis', 404, 'NOT_FOUND'],
    ['/api/search', 400, 'INVALID_ARGUMENT'],
    ['/api/search?q=%20%20', 400, 'INVALID_ARGUMENT'],
    ['/api/search?q=iran&limit=1000', 400, 'INVALID_ARGUMENT'],
    ['/api/paths?from=a', 400, 'INVALID_ARGUMENT'],
    ['/api/paths?from=a&to=b&k=0', 400, 'INVALID_ARGUMENT'],
    ['/api/entities/x/neighbors?depth=0', 400, 'INVALID_ARGUMENT'],
    ['/api/export?format=pdf', 400, 'INVALID_ARGUMENT'],
    ['/api/entities/gpe%3Aatlantis', 404, 'NOT_FOUND'],
    ['/api/relations/nope', 404, 'NOT_FOUND'],
    ['/api/nothing-here', 404, 'NOT_FOUND'],
  ];
  it.each(badQueries)('GET %s → %i %s', async (path, status, code) => {
    const res = await t.get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expectEnvelope(await res.json(), code);
  });

  const badBodies: [string, RequestInit, number, string][] = [
    ['no text', { body: JSON.stringify({ title: 'x' }) }, 400, 'INVALID_ARGUMENT'],
    ['empty text', { body: JSON.stringify({ text: '' }) }, 400, 'INVALID_ARGUMENT'],
    ['text not a string', { body: JSON.stringify({ text: 42 }) }, 400, 'INVALID_ARGUMENT'],
    ['bad format', { body: JSON.stringify({ text: 'a', format: 'pdf' }) }, 400, 'INVALID_ARGUMENT'],
    ['bad date', { body: JSON.stringify({ text: 'a', date: 'soon' }) }, 400, 'INVALID_ARGUMENT'],
    ['malformed JSON', { body: '{"text": "unterminated' }, 400, 'PARSE_ERROR'],
    ['whitespace only', { body: JSON.stringify({ text: ' \n\t ' }) }, 422, 'EMPTY_INPUT'],
    [
      'oversize JSON',
      { body: JSON.stringify({ text: 'a'.repeat(80 * ONE_KB) }) },
      413,
      'INPUT_TOO_LARGE',
    ],
  ];
  it.each(badBodies)('POST /api/documents with %s → %i %s', async (_name, init, status, code) => {
    const res = await t.get('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...init,
    });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error?: unknown; results?: { error: unknown }[] };
    // A document that decodes to nothing is a per-document failure inside `results`.
    expectEnvelope(body.results ? { error: body.results[0]?.error } : body, code);
  });

  it('refuses a body that is neither JSON nor multipart with 415', async () => {
    const res = await t.get('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'Iran sent drones to Russia.',
    });
    expect(res.status).toBe(415);
    expectEnvelope(await res.json(), 'UNSUPPORTED_FORMAT');
  });

  it('refuses an oversize upload with 413', async () => {
    const form = new FormData();
    form.append('files', new Blob(['word '.repeat(10 * ONE_KB)]), 'big.txt');
    const res = await t.get('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(413);
    expectEnvelope(await res.json(), 'INPUT_TOO_LARGE');
  });

  it('refuses uploads in another field with 400', async () => {
    const form = new FormData();
    form.append('file', new Blob(['Iran sent drones to Russia.']), 'a.txt');
    const res = await t.get('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(400);
    expectEnvelope(await res.json(), 'INVALID_ARGUMENT');
  });

  it('refuses a document id that cannot be one', async () => {
    const res = await t.get(`/api/documents/${encodeURIComponent('../../etc/passwd')}`, {
      method: 'DELETE',
    });
    expect(res.status).toBe(400);
    expectEnvelope(await res.json(), 'INVALID_ARGUMENT');
  });

  it('maps every error code to an HTTP error status', () => {
    for (const code of ERROR_CODES) {
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code]).toBeLessThan(600);
    }
  });
});

describe('a failing extractor', () => {
  it('reports the document as failed with INTERNAL, logs the stack, leaks nothing', async () => {
    const broken = await startTestServer({}, [], {
      jobs: 1,
      extract: () =>
        Promise.reject(new TypeError('cannot read x of undefined at /home/secret/extract.ts:12')),
    });
    try {
      const res = await broken.postJson('/api/documents', { text: 'Iran sent drones to Russia.' });
      expect(res.status).toBe(422);
      const raw = await res.text();
      expect(raw).not.toMatch(/secret|TypeError/);
      const { results } = JSON.parse(raw) as { results: { status: string; error: unknown }[] };
      expect(results[0]?.status).toBe('failed');
      expectEnvelope({ error: results[0]?.error }, 'INTERNAL');
      expect(broken.logged.join('\n')).toContain('TypeError: cannot read x');
      expect((await broken.get('/api/health')).status).toBe(200);
    } finally {
      broken.logged.length = 0;
      await broken.close();
    }
  });
});

describe('rate limit on ingest', () => {
  it('answers 429 RATE_LIMITED past the limit, and reads stay open', async () => {
    const limited = await startTestServer({ ingestRateLimit: 2 }, []);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await limited.postJson('/api/documents', { text: ' ' });
        statuses.push(res.status);
        if (res.status === 429) expectEnvelope(await res.json(), 'RATE_LIMITED');
      }
      expect(statuses).toEqual([422, 422, 429]);
      expect((await limited.get('/api/health')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('built viewer', () => {
  it('serves index.html at / and for view URLs, assets as files, once it is built', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viewer-'));
    const served = await startTestServer({ viewerDir: dir }, []);
    expect((await served.get('/')).status).toBe(503);
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>kg viewer</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);');
    try {
      for (const path of ['/', '/view/gpe:iran']) {
        const res = await served.get(path);
        expect(res.status).toBe(200);
        expect(await res.text()).toContain('kg viewer');
      }
      const asset = await served.get('/assets/app.js');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect((await served.get('/assets/missing.js')).status).toBe(404);
      expect((await served.get('/api/nope')).status).toBe(404);
    } finally {
      await served.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
