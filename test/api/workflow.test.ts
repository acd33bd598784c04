/**
 * The workflow API (issue 12) on the real app and store: the documents list with counts, the
 * reader's view of a document (plain text and HTML), re-extraction, curation rules with their
 * errors, and undo.
 */
import type {
  ApiError,
  CurationListResponse,
  CurationResponse,
  DocumentReaderResponse,
  DocumentsResponse,
  EntityDetailsResponse,
  IngestResponse,
  UndoCurationResponse,
} from '@kg/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

let server: TestServer;

const HTML = `<!doctype html><html><head><title>Sanctions</title></head><body><article>
<p>The <a href="/eu">European Union</a> imposed sanctions on <b>Iran</b> on Monday.</p>
</article></body></html>`;

beforeAll(async () => {
  server = await startTestServer();
  const res = await server.postJson('/api/documents', {
    text: HTML,
    source: 'sanctions.html',
    format: 'html',
  });
  expect(res.status).toBe(201);
}, 120_000);

afterAll(async () => {
  await server?.close();
});

const send = (method: string, path: string, body?: unknown) =>
  server.get(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });

describe('documents and the reader', () => {
  it('lists every document with its counts of entities and relations', async () => {
    const { body } = await server.json<DocumentsResponse>('/api/documents');
    expect(body.documents).toHaveLength(2);
    for (const doc of body.documents) {
      expect(doc.entityCount).toBeGreaterThan(1);
      expect(doc.relationCount).toBeGreaterThan(0);
      expect(doc.textStored).toBe(true);
    }
  });

  it('gives the reader the text with mentions and relations at offsets into it', async () => {
    const { body: list } = await server.json<DocumentsResponse>('/api/documents');
    for (const doc of list.documents) {
      const { status, body } = await server.json<DocumentReaderResponse>(
        `/api/documents/${doc.id}`,
      );
      expect(status).toBe(200);
      expect(body.mentions.length).toBeGreaterThan(0);
      for (const m of body.mentions) {
        const shown = body.text.slice(m.start, m.end);
        // The highlighted text is a name of the entity it resolved to (or of its alias).
        expect(shown.length).toBeGreaterThan(1);
        expect(shown).not.toMatch(/[<>]/);
      }
      for (const r of body.relations) {
        expect(r.end).toBeGreaterThan(r.start);
        expect(body.text.slice(r.start, r.end)).not.toMatch(/<\/?[a-z]/);
      }
    }
    const html = list.documents.find((d) => d.source === 'sanctions.html');
    if (!html) throw new Error('the HTML document is not listed');
    const { body } = await server.json<DocumentReaderResponse>(`/api/documents/${html.id}`);
    expect(body.format).toBe('html');
    expect(body.text).toContain('The European Union imposed sanctions on Iran on Monday.');
    const names = body.mentions.map((m) => body.text.slice(m.start, m.end));
    expect(names).toEqual(expect.arrayContaining(['European Union', 'Iran']));
  });

  it('answers an unknown or malformed document id with the JSON error shape', async () => {
    const missing = await server.json<ApiError>('/api/documents/abcdef0123');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const bad = await server.json<ApiError>('/api/documents/not%20an%20id');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('INVALID_ARGUMENT');
  });

  it('re-extracts a document from its kept text and keeps its id', async () => {
    const { body: before } = await server.json<DocumentsResponse>('/api/documents');
    const doc = before.documents.find((d) => d.source === 'sanctions.html');
    if (!doc) throw new Error('no HTML document');
    const res = await send('POST', `/api/documents/${doc.id}/reextract`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as IngestResponse;
    expect(body.results).toMatchObject([{ docId: doc.id, status: 'added' }]);
    const { body: after } = await server.json<DocumentsResponse>('/api/documents');
    expect(after.documents.map((d) => d.id).sort()).toEqual(
      before.documents.map((d) => d.id).sort(),
    );
  });
});

describe('curation', () => {
  it('refuses bad bodies, unknown entities and unknown rules with the JSON error shape', async () => {
    const cases: [unknown, number, string][] = [
      [{ op: 'explode', entity: 'gpe:iran' }, 400, 'INVALID_ARGUMENT'],
      [{ op: 'rename', entity: 'gpe:iran', label: '   ' }, 400, 'INVALID_ARGUMENT'],
      [{ op: 'retype', entity: 'gpe:iran', type: 'PLANET' }, 400, 'INVALID_ARGUMENT'],
      [{ op: 'reject', relation: 'not a key' }, 400, 'INVALID_ARGUMENT'],
      [{ op: 'merge', into: 'gpe:iran', from: 'gpe:atlantis' }, 404, 'NOT_FOUND'],
      [{ op: 'reject', relation: 'gpe:iran|ATTACKS|gpe:atlantis' }, 404, 'NOT_FOUND'],
      [{ op: 'merge', into: 'gpe:iran', from: 'gpe:iran' }, 400, 'INVALID_ARGUMENT'],
    ];
    for (const [body, status, code] of cases) {
      const res = await send('POST', '/api/curation', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(((await res.json()) as ApiError).error.code).toBe(code);
    }
    const undo = await send('DELETE', '/api/curation/999');
    expect(undo.status).toBe(404);
    const badId = await send('DELETE', '/api/curation/abc');
    expect(badId.status).toBe(400);
    expect((await server.json<CurationListResponse>('/api/curation')).body.rules).toEqual([]);
  });

  it('splits an alias off and undoes it by extracting the documents again', async () => {
    const iran = await server.json<EntityDetailsResponse>('/api/entities/gpe:iran');
    const alias =
      iran.body.entity.aliases.find((a) => a === 'Tehran') ?? iran.body.entity.aliases[0];
    if (!alias) throw new Error('Iran has no alias');
    const res = await send('POST', '/api/curation', { op: 'split', entity: 'gpe:iran', alias });
    expect(res.status).toBe(201);
    const made = (await res.json()) as CurationResponse;
    expect(made.rule).toMatchObject({ op: 'split', key: 'gpe:iran', alias });
    expect(made.mentionsMoved).toBeGreaterThan(0);
    const split = await server.json<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(made.key)}`,
    );
    expect(split.status).toBe(200);

    const { body: list } = await server.json<CurationListResponse>('/api/curation');
    const rule = list.rules.at(-1);
    if (!rule) throw new Error('no rule listed');
    const undo = await send('DELETE', `/api/curation/${rule.id}`);
    expect(undo.status).toBe(200);
    const undone = (await undo.json()) as UndoCurationResponse;
    expect(undone.undone.rule).toMatchObject({ op: 'split', alias });
    expect(undone.results.length).toBeGreaterThan(0);
    expect(undone.results.every((r) => r.status === 'added')).toBe(true);
    expect((await server.json(`/api/entities/${encodeURIComponent(made.key)}`)).status).toBe(404);
    const back = await server.json<EntityDetailsResponse>('/api/entities/gpe:iran');
    expect(back.body.entity.aliases).toContain(alias);
    expect(back.body.entity.mentionCount).toBe(iran.body.entity.mentionCount);
  });
});
