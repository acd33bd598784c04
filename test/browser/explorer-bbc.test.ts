/**
 * The explorer at corpus scale, in a real browser: a store built once per run from the 2,225
 * BBC articles (../shared/corpus/bbc, read-only evaluation text) through the real `kg ingest`,
 * plus a few dated stories this test writes itself (the BBC files carry no dates), served by
 * the real app. Properties only (counts, overlaps, what is on screen), since extraction keeps
 * improving: the one entity named is Tony Blair. The same store is also exported, since it is
 * built only here: GEXF and GraphML against the official grammars (test/schemas.ts), and the
 * lossless `--full` dump restored into an empty store and dumped again, byte for byte.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createExtractorPool } from '@kg/extract';
import type { ExtractorPool } from '@kg/extract';
import { openStore } from '@kg/graph';
import type { Store } from '@kg/graph';
import type { ApiGraph, PathsResponse, SearchResponse } from '@kg/schema';
import { createApp } from '@kg/server';
import type { KgApp } from '@kg/server';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS, validateGexf, validateGraphml } from '../schemas.js';
import { launchBrowser, VIEWER_DIST } from './browser.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BBC = join(ROOT, '..', 'shared', 'corpus', 'bbc');
const CLI = join(ROOT, 'packages', 'cli', 'dist', 'main.js');
const ARTIFACT = join(ROOT, 'artifacts', 'viewer-bbc.png');
const DOC_SCREENSHOT = join(ROOT, 'docs', 'screenshot-bbc.png');

/** Dated stories (written for this test) so the timeline has something to brush. */
const DATED = [
  {
    date: '2005-01-12',
    text: 'Prime Minister Tony Blair met Chancellor Gordon Brown in London to discuss the budget.',
  },
  {
    date: '2005-02-20',
    text: 'Conservative leader Michael Howard criticised Tony Blair over the Iraq war.',
  },
  {
    date: '2005-04-02',
    text: 'President George W Bush met Prime Minister Tony Blair at the White House in Washington.',
  },
  {
    date: '2005-06-15',
    text: 'France and Germany criticised the United States over its trade sanctions on the European Union.',
  },
];

interface Box {
  key: string;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

let dir: string;
let db: string;
let store: Store;
let pool: ExtractorPool;
let app: KgApp;
let server: Server;
let base: string;
let browser: Browser;
const pageErrors: string[] = [];

async function json<T>(path: string): Promise<T> {
  const res = await fetch(base + path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function openViewer(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${base}/${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.labelled === 'true');
  await page.waitForFunction(() => document.documentElement.dataset.layout === 'done');
  return page;
}

/** Waits for the camera and the label placer to settle. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const kg = (window as unknown as KgWindow).__kg;
    return !kg.renderer.getCamera().isAnimating();
  });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** The slice of `window.__kg` the tests read. */
interface KgWindow {
  __kg: {
    renderer: {
      getCamera(): { isAnimating(): boolean; getState(): { x: number; y: number; ratio: number } };
      getDimensions(): { width: number; height: number };
      getNodeDisplayedLabels(): Set<string>;
      getNodeDisplayData(key: string): { x: number; y: number; size: number } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      labelRenderer?: { nodeLabelBox(data: object, radius: number): Omit<Box, 'key'> | null };
    };
    graph: {
      order: number;
      size: number;
      nodes(): string[];
      degree(key: string): number;
      hasNode(key: string): boolean;
      getNodeAttribute(key: string, name: string): unknown;
    };
  };
}

/** Node count, entities without a relation, and the displayed labels' boxes (sigma's own). */
function viewFacts(page: Page) {
  return page.evaluate(() => {
    const { renderer, graph } = (window as unknown as KgWindow).__kg;
    const { width, height } = renderer.getDimensions();
    const boxes: Box[] = [];
    for (const key of renderer.getNodeDisplayedLabels()) {
      const data = renderer.getNodeDisplayData(key);
      if (!data) continue;
      const p = renderer.framedGraphToViewport(data);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) continue;
      const rel = renderer.labelRenderer?.nodeLabelBox(data, renderer.scaleSize(data.size));
      if (!rel) continue;
      boxes.push({
        key,
        minX: p.x + rel.minX,
        maxX: p.x + rel.maxX,
        minY: p.y + rel.minY,
        maxY: p.y + rel.maxY,
      });
    }
    return {
      order: graph.order,
      size: graph.size,
      isolated: graph.nodes().filter((key) => graph.degree(key) === 0),
      boxes,
    };
  });
}

function overlapping(boxes: Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as Box;
      const b = boxes[j] as Box;
      if (a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY)
        pairs.push([a.key, b.key]);
    }
  return pairs;
}

/** Where nodes are on the canvas, in pixels (undefined for nodes not in the view). */
function positions(page: Page, keys: string[]) {
  return page.evaluate((wanted) => {
    const { renderer } = (window as unknown as KgWindow).__kg;
    const { width, height } = renderer.getDimensions();
    return {
      width,
      height,
      at: wanted.map((key) => {
        const data = renderer.getNodeDisplayData(key);
        return data ? renderer.framedGraphToViewport(data) : undefined;
      }),
    };
  }, keys);
}

/** Picks an entity in a combobox by typing its label and clicking the option for its id. */
async function chooseEntity(page: Page, testid: string, id: string): Promise<void> {
  const label = await page.evaluate(
    (key) => String((window as unknown as KgWindow).__kg.graph.getNodeAttribute(key, 'label')),
    id,
  );
  await page.getByTestId(`${testid}-input`).fill(label);
  const option = page.getByTestId(`${testid}-options`).locator(`[data-entity="${id}"]`);
  await option.waitFor();
  await option.click();
}

beforeAll(async () => {
  if (!existsSync(BBC)) {
    throw new Error(
      `explorer tests: the BBC corpus is missing at ${BBC} (../shared beside the clone).`,
    );
  }
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kg-bbc-'));
  db = join(dir, 'bbc.db');
  // The real ingest, as a user runs it.
  await promisify(execFile)(process.execPath, [CLI, 'ingest', BBC, '--db', db], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  store = await openStore({ path: db });
  pool = createExtractorPool({ jobs: 1 });
  app = createApp({
    store,
    extractor: pool,
    config: { viewerDir: VIEWER_DIST },
    log: (message) => pageErrors.push(`server: ${message}`),
  });
  server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const story of DATED) {
    const res = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...story, source: `dated-${story.date}.txt` }),
    });
    expect(res.status).toBe(201);
  }
}, 900_000);

afterAll(async () => {
  await browser?.close();
  app?.events.closeAll();
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store?.close();
  await pool?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('explorer on the BBC corpus', () => {
  it('opens on at most 300 connected entities with 30+ labels, none overlapping', async () => {
    const page = await openViewer();
    await settled(page);
    const facts = await viewFacts(page);
    expect(facts.order).toBeGreaterThan(30);
    expect(facts.order).toBeLessThanOrEqual(300);
    expect(facts.isolated).toEqual([]);
    expect(facts.boxes.length).toBeGreaterThanOrEqual(30);
    expect(overlapping(facts.boxes)).toEqual([]);
    const counts = (await page.getByTestId('counts').textContent()) ?? '';
    expect(counts).toMatch(/^[\d,]+ of [\d,]+ entities · [\d,]+ of [\d,]+ relations$/);

    // The picture is of the full scene (shapes, arrows, label plates), not the first frame's.
    await page.waitForFunction(() => document.documentElement.dataset.scene === 'full');
    const png = await page.screenshot();
    mkdirSync(dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, png);
    if (process.env.KG_UPDATE_SCREENSHOT === '1') writeFileSync(DOC_SCREENSHOT, png);
    await page.close();
  });

  it('puts the camera on Tony Blair when searching "blair"', async () => {
    const { results } = await json<SearchResponse>('/api/search?q=blair');
    expect(results[0]?.label).toBe('Tony Blair');
    const blair = results[0]?.id ?? '';
    const page = await openViewer();
    await page.getByTestId('search-input').fill('blair');
    await page.getByTestId('search-options').getByRole('option').first().waitFor();
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Tony Blair');
    await settled(page);
    // The camera's target is Tony Blair himself (graph coordinates, whatever the layout), and
    // he is in the view.
    const { target, node } = await page.evaluate((key) => {
      const { renderer } = (window as unknown as KgWindow).__kg;
      const { x, y } = renderer.getCamera().getState();
      const data = renderer.getNodeDisplayData(key);
      return { target: { x, y }, node: data ? { x: data.x, y: data.y } : undefined };
    }, blair);
    expect(node).toBeDefined();
    expect(target.x).toBeCloseTo(node?.x ?? NaN, 6);
    expect(target.y).toBeCloseTo(node?.y ?? NaN, 6);
    const { width, height, at } = await positions(page, [blair]);
    const p = at[0];
    expect(p && p.x > 0 && p.x < width && p.y > 0 && p.y < height).toBe(true);
    await page.close();
  });

  it('shows a path between two actors fully on screen, clearing the selection', async () => {
    const overview = await json<ApiGraph>('/api/graph');
    const keys = overview.nodes.map((n) => n.key);
    // Two well-connected actors of the overview linked through at least one other entity.
    let chosen: { from: string; to: string; response: PathsResponse } | undefined;
    for (let i = 0; i < keys.length && !chosen; i++) {
      for (let j = keys.length - 1; j > i && !chosen; j -= 7) {
        const from = keys[i] as string;
        const to = keys[j] as string;
        const response = await json<PathsResponse>(
          `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&k=3`,
        );
        if ((response.paths[0]?.hops.length ?? 0) >= 2) chosen = { from, to, response };
      }
    }
    if (!chosen) throw new Error('no two overview entities are linked through a third');
    const page = await openViewer(`#sel=${encodeURIComponent(chosen.from)}`);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.selected))
      .toBe(chosen.from);
    await page.getByTestId('panel-paths').locator('summary').click();
    await chooseEntity(page, 'path-from', chosen.from);
    await chooseEntity(page, 'path-to', chosen.to);
    await page.getByTestId('path-result').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.path ?? ''))
      .not.toBe('');
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.dataset.selected)).toBeUndefined();
    const nodes = [...new Set(chosen.response.paths.flatMap((path) => path.nodes))];
    const { width, height, at } = await positions(page, nodes);
    for (const [i, p] of at.entries()) {
      expect(p, nodes[i]).toBeDefined();
      expect(p?.x).toBeGreaterThan(0);
      expect(p?.x).toBeLessThan(width);
      expect(p?.y).toBeGreaterThan(0);
      expect(p?.y).toBeLessThan(height);
    }
    await page.close();
  });

  it('places expanded neighbours near the entity', async () => {
    const overview = await json<ApiGraph>('/api/graph');
    const shown = new Set(overview.nodes.map((n) => n.key));
    // An entity of the overview with neighbours outside it.
    let target: { key: string; outside: number } | undefined;
    for (const node of overview.nodes) {
      const around = await json<ApiGraph>(
        `/api/entities/${encodeURIComponent(node.key)}/neighbors`,
      );
      const outside = around.nodes.filter((n) => !shown.has(n.key)).length;
      if (outside >= 3) {
        target = { key: node.key, outside };
        break;
      }
    }
    if (!target) throw new Error('no overview entity has neighbours outside the overview');
    const page = await openViewer(`#sel=${encodeURIComponent(target.key)}`);
    await page.getByTestId('expand-button').click();
    const order = () => page.evaluate(() => (window as unknown as KgWindow).__kg.graph.order);
    await expect.poll(order).toBeGreaterThanOrEqual(overview.nodes.length + target.outside);
    await settled(page);
    const added = await page.evaluate(
      (before) =>
        (window as unknown as KgWindow).__kg.graph.nodes().filter((key) => !before.includes(key)),
      [...shown],
    );
    expect(added.length).toBeGreaterThanOrEqual(target.outside);
    const { width, height, at } = await positions(page, [target.key, ...added]);
    const centre = at[0];
    if (!centre) throw new Error('the expanded entity is not drawn');
    for (const p of at.slice(1)) {
      if (!p) throw new Error('an added neighbour is not drawn');
      // Within a short distance of it, and on screen.
      expect(Math.hypot(p.x - centre.x, p.y - centre.y)).toBeLessThan(320);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(height);
    }
    await page.close();
  });

  it('leaves no entity without a relation when filtering relations', async () => {
    const overview = await json<ApiGraph>('/api/graph');
    const counts = new Map<string, number>();
    for (const edge of overview.edges)
      counts.set(edge.attributes.predicate, (counts.get(edge.attributes.predicate) ?? 0) + 1);
    const keep = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!keep) throw new Error('the overview has no relations');
    const page = await openViewer();
    const before = (await viewFacts(page)).order;
    await page.getByTestId('panel-filters').locator('summary').click();
    const boxes = page.getByTestId('filter-predicates').locator('input');
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      if ((await box.getAttribute('value')) !== keep) await box.uncheck();
    }
    await page.getByTestId('filter-apply').click();
    await expect.poll(async () => (await viewFacts(page)).order).toBeLessThan(before);
    const facts = await viewFacts(page);
    expect(facts.order).toBeGreaterThan(0);
    expect(facts.isolated).toEqual([]);
    expect(new URL(page.url()).hash).toContain(`predicates=${keep}`);
    await page.close();
  });

  it('filters the graph with the timeline brush', async () => {
    const page = await openViewer();
    const chart = page.getByTestId('timeline-chart');
    await expect.poll(() => chart.locator('.timeline-bar').count()).toBeGreaterThan(1);
    const before = await page.evaluate(() =>
      (window as unknown as KgWindow).__kg.graph.nodes().sort(),
    );
    const box = await chart.boundingBox();
    if (!box) throw new Error('the timeline is not drawn');
    // Brush the first half of the dated months.
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).hash).toContain('from=');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as KgWindow).__kg.graph.nodes().sort()))
      .not.toEqual(before);
    const facts = await viewFacts(page);
    expect(facts.order).toBeGreaterThan(0);
    expect(facts.order).toBeLessThan(before.length);
    expect(facts.isolated).toEqual([]);
    await page.close();
  });

  it('lists the BBC store in the documents panel, with status and counts', async () => {
    const { documents } = await json<{
      documents: { id: string; title?: string; source: string; entityCount: number }[];
    }>('/api/documents');
    const health = await json<{ documents: number }>('/api/health');
    expect(documents.length).toBe(health.documents);
    expect(documents.length).toBeGreaterThan(2000);
    const page = await openViewer();
    await page.getByTestId('panel-documents').locator('summary').click();
    await expect
      .poll(() => page.getByTestId('documents-count').textContent())
      .toBe(`${documents.length.toLocaleString('en')} documents`);
    // The first page of the list, each with its status and counts; a filter finds the rest.
    const rows = page.getByTestId('document');
    expect(await rows.count()).toBe(100);
    expect(new Set(await page.getByTestId('document-status').allTextContents())).toEqual(
      new Set(['ingested']),
    );
    expect(await rows.first().getByTestId('document-counts').textContent()).toMatch(
      /^\d[\d,]* entit(y|ies) · \d[\d,]* relations?$/,
    );
    const last = documents[documents.length - 1];
    if (!last) throw new Error('no documents');
    await page.getByTestId('documents-filter').fill(last.source);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-doc')).toBe(last.id);
    await page.close();
  });

  it('raised no page or server errors', () => {
    expect(pageErrors).toEqual([]);
  });
});

/** Runs the built CLI, as a user would, and returns its standard output. */
async function kg(...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
  });
  return stdout;
}

describe("kg's formats on the BBC store", () => {
  // Runs when KG_EXPORT_SCHEMAS names the official grammars (scripts/fetch-export-schemas.sh).
  it.skipIf(SCHEMAS === undefined)(
    'exports GEXF and GraphML that validate against the official grammars',
    async () => {
      for (const [format, validate] of [
        ['gexf', validateGexf],
        ['graphml', validateGraphml],
      ] as const) {
        const file = join(dir, `bbc.${format}`);
        await kg('export', '--format', format, '--out', file, '--db', db);
        const result = await validate(readFileSync(file, 'utf8'));
        expect(result.errors.slice(0, 5), format).toEqual([]);
        expect(result.valid, format).toBe(true);
      }
    },
    300_000,
  );

  it('restores its --full dump into an empty store byte for byte', async () => {
    const dump = join(dir, 'bbc-dump.json');
    await kg('export', '--format', 'json', '--full', '--out', dump, '--db', db);
    const restored = join(dir, 'restored.db');
    const imported = JSON.parse(await kg('import', dump, '--db', restored, '--json')) as {
      restored?: boolean;
    };
    expect(imported.restored).toBe(true);
    const again = join(dir, 'bbc-dump-again.json');
    await kg('export', '--format', 'json', '--full', '--out', again, '--db', restored);
    const [first, second] = [readFileSync(dump), readFileSync(again)];
    expect(first.length).toBeGreaterThan(1_000_000);
    expect(second.equals(first)).toBe(true);
  }, 600_000);
});
