/**
 * The analyst's workflow in a real browser (issue 12): the documents panel with per-file
 * uploads and their outcomes, the reader with highlighted mentions and its jump from an
 * evidence sentence, and curation in the viewer — merge, rename, reject, undo — kept as rules
 * that survive `kg ingest --reextract` in another process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { buildDocx, buildPdf } from '@kg/extract/testing';
import type {
  ApiDocumentSummary,
  CurationListResponse,
  DocumentReaderResponse,
  EntityDetailsResponse,
  SearchResponse,
} from '@kg/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_PATH, startTestServer, type TestServer } from '../api/harness.js';
import { launchBrowser, VIEWER_DIST } from './browser.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'packages/cli/dist/main.js');

interface KgWindow {
  __kg: {
    graph: { hasNode(key: string): boolean; order: number };
  };
}

let server: TestServer;
let browser: Browser;
let dir: string;
const pageErrors: string[] = [];

async function openViewer(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.base}/${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return page;
}

async function api<T>(path: string): Promise<T> {
  const { status, body } = await server.json<T>(path);
  expect(status, path).toBe(200);
  return body;
}

async function entityId(q: string): Promise<string> {
  const { results } = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
  const first = results[0];
  if (!first) throw new Error(`no entity matches "${q}"`);
  return first.id;
}

const documents = async () =>
  (await api<{ documents: ApiDocumentSummary[] }>('/api/documents')).documents;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kg-workflow-'));
  // The page "added by address" is served by this test on 127.0.0.1: allowed explicitly.
  server = await startTestServer({ viewerDir: VIEWER_DIST, urlAllow: ['127.0.0.1'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('documents panel', () => {
  it('uploads files with an outcome each; a failed file shows its error and stores nothing', async () => {
    const page = await openViewer();
    await page.getByTestId('panel-documents').locator('summary').click();
    await expect.poll(() => page.getByTestId('document').count()).toBe(1);
    const before = await documents();
    const counts = await api<{ nodes: number; edges: number }>('/api/health');

    const good = join(dir, 'scholz.txt');
    writeFileSync(
      good,
      'Chancellor Olaf Scholz of Germany met President Emmanuel Macron in Paris on Monday.\n',
    );
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '   \n');
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
    await page.getByTestId('ingest-files').setInputFiles([empty, binary]);

    const uploads = page.getByTestId('upload');
    await expect
      .poll(() => uploads.evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.state)))
      .toEqual(['failed', 'failed']);
    const errors = await page.getByTestId('upload-error').allTextContents();
    expect(errors[0]).toMatch(/empty/i);
    expect(errors[1]).toMatch(/binary/i);
    // Nothing stored: the same documents and the same graph.
    expect((await documents()).map((d) => d.id)).toEqual(before.map((d) => d.id));
    expect(await api<{ nodes: number; edges: number }>('/api/health')).toMatchObject({
      nodes: counts.nodes,
      edges: counts.edges,
    });

    await page.getByTestId('ingest-files').setInputFiles([good]);
    await expect.poll(() => uploads.nth(2).getAttribute('data-state')).toBe('added');
    await expect.poll(() => page.getByTestId('document').count()).toBe(2);
    const row = page.getByTestId('document').filter({ hasText: 'scholz.txt' });
    await expect.poll(() => row.getByTestId('document-counts').textContent()).toMatch(/entit/);
    expect(await row.getByTestId('document-status').textContent()).toBe('ingested');

    // Remove it from the panel; the graph follows.
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId('document-remove').click();
    await expect.poll(() => page.getByTestId('document').count()).toBe(1);
    expect((await documents()).map((d) => d.id)).toEqual(before.map((d) => d.id));
    await page.close();
  });

  it('re-extracts a document from its stored text', async () => {
    const page = await openViewer();
    await page.getByTestId('panel-documents').locator('summary').click();
    const row = page.getByTestId('document').first();
    const response = page.waitForResponse((r) => r.url().includes('/reextract'));
    await row.getByTestId('document-reextract').click();
    expect((await response).status()).toBe(200);
    await expect.poll(async () => (await documents()).length).toBe(1);
    await page.close();
  });
});

describe('reader', () => {
  it('highlights mentions by type, lists relations and selects an entity from a mention', async () => {
    const [doc] = await documents();
    if (!doc) throw new Error('no document');
    const page = await openViewer();
    await page.getByTestId('panel-documents').locator('summary').click();
    await page.getByTestId('document-read').first().click();
    const reader = page.getByTestId('reader');
    await reader.getByTestId('reader-mention').first().waitFor();
    const read = await api<DocumentReaderResponse>(`/api/documents/${doc.id}`);
    expect(await reader.getByTestId('reader-mention').count()).toBe(read.mentions.length);
    // Every highlight is the text of its mention, coloured by its type.
    const marks = await reader.getByTestId('reader-mention').evaluateAll((nodes) =>
      nodes.map((n) => ({
        text: n.textContent,
        entity: (n as HTMLElement).dataset.entity,
        color: (n as HTMLElement).style.getPropertyValue('--type-color'),
      })),
    );
    expect(marks.every((m) => m.color !== '')).toBe(true);
    const iran = marks.find((m) => m.text === 'Iran');
    expect(iran?.entity).toBe(await entityId('Iran'));
    expect(await reader.getByTestId('reader-relation').count()).toBeGreaterThan(5);

    await reader
      .getByTestId('reader-mention')
      .filter({ hasText: /^Russia$/ })
      .first()
      .click();
    const russia = await entityId('Russia');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.selected))
      .toBe(russia);
    await page.close();
  });

  it('opens at the sentence of an evidence item clicked in the details panel', async () => {
    const iran = await entityId('Iran');
    const details = await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(iran)}`);
    const page = await openViewer(`#sel=${encodeURIComponent(iran)}`);
    const sentence = page.getByTestId('details').getByTestId('evidence-sentence').first();
    await sentence.waitFor();
    const text = (await sentence.textContent()) ?? '';
    await sentence.click();
    const current = page.getByTestId('reader').locator('.evidence-sentence.current');
    await current.first().waitFor();
    const shown = (await current.allTextContents()).join('');
    expect(text.length).toBeGreaterThan(10);
    expect(shown.replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
    expect(details.relations.length).toBeGreaterThan(0);
    // The sentence is scrolled into the reader's view.
    const inView = await current.first().evaluate((node) => {
      const box = node.getBoundingClientRect();
      const body = node.closest('[data-testid="reader-body"]')?.getBoundingClientRect();
      return body !== undefined && box.top >= body.top && box.bottom <= body.bottom;
    });
    expect(inView).toBe(true);
    await page.close();
  });
});

describe('curation in the viewer', () => {
  it('merges two entities; the merge survives kg ingest --reextract in another process', async () => {
    const into = await entityId('Ukraine');
    const from = await entityId('Crimea');
    const page = await openViewer(`#sel=${encodeURIComponent(from)}`);
    const panel = page.getByTestId('curation-entity');
    await panel.locator('summary').click();
    await page.getByTestId('merge-input').fill('Ukraine');
    await page.getByTestId('merge-options').getByRole('option').first().waitFor();
    await page.getByTestId('merge-input').press('Enter');
    await expect
      .poll(() =>
        page.evaluate((key) => (window as unknown as KgWindow).__kg.graph.hasNode(key), from),
      )
      .toBe(false);
    const { rules } = await api<CurationListResponse>('/api/curation');
    expect(rules.at(-1)?.rule).toMatchObject({ op: 'merge', key: from, into });
    await page.getByTestId('panel-curation').locator('summary').click();
    await expect(page.getByTestId('curation-record').first()).toBeDefined();
    expect(await page.getByTestId('curation-record').first().textContent()).toMatch(/Merged/);

    // Another process re-extracts the store's documents (made older so --reextract runs).
    const db = server.store.path;
    if (!db) throw new Error('the test store has no path');
    const sqlite = new Database(db);
    sqlite.prepare(`UPDATE documents SET extractor_version = '0.0.1'`).run();
    sqlite.close();
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [CLI, 'ingest', SAMPLE_PATH, '--db', db, '--reextract', '--json', '--jobs', '1'],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout)).toMatchObject({ reextracted: 1 });
    await server.store.sync();
    const after = await server.json(`/api/entities/${encodeURIComponent(from)}`);
    expect(after.status).toBe(404);
    const merged = await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(into)}`);
    expect(merged.entity.aliases).toContain('Crimea');
    await page.close();
  });

  it('rejects a relation that stays hidden after re-extraction, and undoes it', async () => {
    const iran = await entityId('Iran');
    const details = await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(iran)}`);
    const relation =
      details.relations.find((r) => r.predicate === 'SUPPLIES') ?? details.relations[0];
    if (!relation) throw new Error('Iran has no relation');
    const page = await openViewer(`#edge=${encodeURIComponent(relation.key)}`);
    await page.getByTestId('curate-reject').click();
    await expect
      .poll(
        async () =>
          (await server.json(`/api/relations/${encodeURIComponent(relation.key)}`)).status,
      )
      .toBe(404);

    // Re-extraction through the documents panel brings the sentence back, not the relation.
    await page.getByTestId('panel-documents').locator('summary').click();
    const response = page.waitForResponse((r) => r.url().includes('/reextract'));
    await page.getByTestId('document-reextract').first().click();
    expect((await response).status()).toBe(200);
    expect((await server.json(`/api/relations/${encodeURIComponent(relation.key)}`)).status).toBe(
      404,
    );

    // Undo from the history: the relation is back.
    await page.getByTestId('panel-curation').locator('summary').click();
    const record = page.getByTestId('curation-record').filter({ hasText: 'Rejected' });
    await record.getByTestId('curation-undo').click();
    await expect
      .poll(
        async () =>
          (await server.json(`/api/relations/${encodeURIComponent(relation.key)}`)).status,
        {
          timeout: 30_000,
        },
      )
      .toBe(200);
    await expect.poll(() => record.count()).toBe(0);
    await page.close();
  });

  it('renames from the entity panel and undoes the rename', async () => {
    const kirby = await entityId('John Kirby');
    const page = await openViewer(`#sel=${encodeURIComponent(kirby)}`);
    await page.getByTestId('curation-entity').locator('summary').click();
    await page.getByTestId('curate-rename-input').fill('Admiral John Kirby');
    await page.getByTestId('curate-rename').click();
    await expect
      .poll(
        async () =>
          (await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(kirby)}`)).entity
            .label,
      )
      .toBe('Admiral John Kirby');
    await expect
      .poll(() => page.getByTestId('details-title').textContent())
      .toBe('Admiral John Kirby');

    await page.getByTestId('panel-curation').locator('summary').click();
    await page
      .getByTestId('curation-record')
      .filter({ hasText: 'Renamed' })
      .getByTestId('curation-undo')
      .click();
    await expect
      .poll(
        async () =>
          (await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(kirby)}`)).entity
            .label,
      )
      .toBe('John Kirby');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe('more inputs from the viewer', () => {
  it('ingests a PDF and a DOCX chosen as files, and a web page by its address', async () => {
    const page = await openViewer();
    await page.getByTestId('panel-documents').locator('summary').click();
    await expect.poll(() => page.getByTestId('document').count()).toBeGreaterThan(0);
    const before = (await documents()).length;

    const pdf = join(dir, 'report.pdf');
    writeFileSync(
      pdf,
      buildPdf(
        [['Prime Minister Erna Solberg met President Vladimir Putin in Moscow on Monday.']],
        {
          title: 'Oslo and Moscow',
        },
      ),
    );
    const docx = join(dir, 'memo.docx');
    writeFileSync(
      docx,
      await buildDocx(
        ['The Norwegian government said that Statoil signed a deal with Gazprom in Oslo.'],
        { title: 'Statoil memo' },
      ),
    );
    const uploads = page.getByTestId('upload');
    const already = await uploads.count();
    await page.getByTestId('ingest-files').setInputFiles([pdf, docx]);
    await expect
      .poll(
        () =>
          uploads.evaluateAll((rows) =>
            rows.slice(-2).map((r) => (r as HTMLElement).dataset.state),
          ),
        { timeout: 30_000 },
      )
      .toEqual(['added', 'added']);
    expect(await uploads.count()).toBe(already + 2);

    // A page served by this test on 127.0.0.1, fetched by the server.
    const listener = createServer((req, res) => {
      if (req.url !== '/news/oslo') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><html><head><title>Talks in Oslo</title>` +
          `<meta property="og:site_name" content="Fjord Herald">` +
          `<meta property="article:published_time" content="2026-11-20T08:00:00Z"></head>` +
          `<body><nav>Home · World</nav><article><h1>Talks in Oslo</h1>` +
          `<p>President Sauli Niinisto of Finland met King Harald in Oslo on Friday.</p>` +
          `</article></body></html>`,
      );
    });
    await new Promise<void>((done) => listener.listen(0, '127.0.0.1', done));
    try {
      const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/news/oslo`;
      await page.getByTestId('ingest-url').fill(url);
      await page.getByTestId('ingest-url-submit').click();
      await expect
        .poll(() => page.getByTestId('ingest-url-status').getAttribute('data-status'), {
          timeout: 30_000,
        })
        .toBe('added');
      const stored = await documents();
      expect(stored).toHaveLength(before + 3);
      const fetched = stored.find((d) => d.source === url);
      expect(fetched).toMatchObject({
        title: 'Talks in Oslo',
        date: expect.stringMatching(/^2026-11-20/),
        site: 'Fjord Herald',
      });
      // The panel shows the page's site beside its address.
      const row = page.locator(`[data-testid="document"][data-doc="${fetched?.id}"]`);
      await expect
        .poll(() => row.getByTestId('document-site').textContent(), { timeout: 10_000 })
        .toBe('Fjord Herald');
      expect(stored.find((d) => d.source === 'report.pdf')).toMatchObject({
        title: 'Oslo and Moscow',
      });
      expect(stored.find((d) => d.source === 'memo.docx')).toMatchObject({
        title: 'Statoil memo',
      });
      // Their entities reach the graph on the page.
      const shown = async (q: string) => {
        const id = await entityId(q);
        return page.evaluate((key) => (window as unknown as KgWindow).__kg.graph.hasNode(key), id);
      };
      await expect.poll(() => shown('Gazprom'), { timeout: 10_000 }).toBe(true);
      await expect.poll(() => shown('Niinisto'), { timeout: 10_000 }).toBe(true);

      // An address that answers 404 says so and stores nothing.
      await page.getByTestId('ingest-url').fill(url.replace('/news/oslo', '/missing'));
      await page.getByTestId('ingest-url-submit').click();
      await expect
        .poll(() => page.getByTestId('ingest-url-status').getAttribute('data-status'), {
          timeout: 30_000,
        })
        .toBe('failed');
      expect(await page.getByTestId('ingest-url-status').textContent()).toMatch(/404/);
      expect(await documents()).toHaveLength(before + 3);
    } finally {
      await new Promise((done) => listener.close(done));
    }
    await page.close();
    expect(pageErrors).toEqual([]);
    // Three conversions, a fetch and three 30 s waits in a row: past the default 60 s when the
    // machine is shared (it timed out at load 20–32 on 2 cores).
  }, 180_000);
});
