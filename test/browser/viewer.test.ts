/**
 * The viewer in a real browser: the real app on a real store seeded with the sample article,
 * serving the built viewer, driven through Chromium like a user would.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiGraph, EntityDetailsResponse, SearchResponse } from '@kg/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../api/harness.js';
import { launchBrowser, VIEWER_DIST } from './browser.js';

const ARTIFACT = fileURLToPath(new URL('../../artifacts/viewer.png', import.meta.url));
const DOC_SCREENSHOT = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

/** The slice of `window.__kg` the tests read. */
interface KgWindow {
  __kg: {
    ready: Promise<void>;
    renderer: {
      getStageCanvas(): HTMLCanvasElement;
      once(event: 'afterRender', listener: () => void): void;
      refresh(): void;
    };
    graph: {
      order: number;
      nodes(): string[];
      hasNode(key: string): boolean;
      getNodeAttribute(key: string, name: string): unknown;
    };
  };
  __xss?: number;
}

/** What the full-scene test reads of `window.__kg`. */
interface SceneHandle {
  fullScene: Promise<void>;
  renderer: {
    getStageCanvas(): HTMLCanvasElement;
    once(event: 'afterRender', listener: () => void): void;
    refresh(): void;
    getNodeDisplayData(
      key: string,
    ): { x: number; y: number; size: number; color: string } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    scaleSize(size: number): number;
  };
  graph: { nodes(): string[]; getNodeAttribute(key: string, name: string): unknown };
}

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

async function openViewer(hash = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${server.base}/${hash}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  return page;
}

const layoutDone = (page: Page) =>
  page.waitForFunction(() => document.documentElement.dataset.layout === 'done', null, {
    timeout: 60_000,
  });

async function api<T>(path: string): Promise<T> {
  const { status, body } = await server.json<T>(path);
  expect(status, path).toBe(200);
  return body;
}

async function findEntity(q: string): Promise<string> {
  const { results } = await api<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}`);
  const first = results[0];
  if (!first) throw new Error(`no entity matches "${q}" in the store`);
  return first.id;
}

/** Chooses an entity in a combobox with the keyboard. */
async function choose(page: Page, testid: string, text: string): Promise<void> {
  await page.getByTestId(`${testid}-input`).fill(text);
  await page.getByTestId(`${testid}-options`).getByRole('option').first().waitFor();
  await page.getByTestId(`${testid}-input`).press('Enter');
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startTestServer({ viewerDir: VIEWER_DIST });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('viewer', () => {
  it('renders a non-blank canvas whose node count matches the API', async () => {
    const page = await openViewer();
    const graph = await api<ApiGraph>('/api/graph');
    expect(graph.nodes.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as KgWindow).__kg.graph.order)).toBe(
      graph.nodes.length,
    );
    await expect
      .poll(() => page.getByTestId('counts').textContent())
      .toMatch(new RegExp(`^${graph.nodes.length} (of [\\d,]+ )?entities`));
    await layoutDone(page);

    // Copy the WebGL frame right after sigma draws it, and count pixels that are not background.
    const painted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const { renderer } = (window as unknown as KgWindow).__kg;
          renderer.once('afterRender', () => {
            const stage = renderer.getStageCanvas();
            const copy = document.createElement('canvas');
            copy.width = stage.width;
            copy.height = stage.height;
            const context = copy.getContext('2d');
            if (!context) return resolve(0);
            context.drawImage(stage, 0, 0);
            const { data } = context.getImageData(0, 0, copy.width, copy.height);
            let count = 0;
            for (let i = 0; i < data.length; i += 4) {
              const dark = (data[i] ?? 255) < 200 || (data[i + 1] ?? 255) < 200;
              if ((data[i + 3] ?? 0) > 0 && dark) count++;
            }
            resolve(count);
          });
          renderer.refresh();
        }),
    );
    expect(painted).toBeGreaterThan(2_000);

    // The picture is of the full scene (shapes, arrows, label plates), not the first frame's.
    await page.waitForFunction(() => document.documentElement.dataset.scene === 'full');
    const png = await page.screenshot();
    mkdirSync(dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, png);
    if (process.env.KG_UPDATE_SCREENSHOT === '1') writeFileSync(DOC_SCREENSHOT, png);
    await page.close();
  });

  it('draws the full scene once the first frame is on screen: organisations as squares', async () => {
    const page = await openViewer();
    // The first frame's programs draw every node as a disc; the full scene draws organisations
    // as squares. Coverage = the share of a node's bounding box in its own colour (a disc fills
    // about 0.79 of it, a square all of it), read from a copy of the WebGL frame taken right
    // after sigma draws it, for nodes no other node touches.
    const coverage = await page.evaluate(async () => {
      const kg = (window as unknown as { __kg: SceneHandle }).__kg;
      await kg.fullScene;
      const { renderer, graph } = kg;
      return new Promise<{ squares: number[]; discs: number[]; scene?: string }>((resolve) => {
        renderer.once('afterRender', () => {
          const stage = renderer.getStageCanvas();
          const copy = document.createElement('canvas');
          copy.width = stage.width;
          copy.height = stage.height;
          const context = copy.getContext('2d');
          const found = { squares: [] as number[], discs: [] as number[] };
          const scene = document.documentElement.dataset.scene;
          if (!context) return resolve({ ...found, scene });
          context.drawImage(stage, 0, 0);
          const scale = stage.width / stage.clientWidth;
          const nodes = graph.nodes().flatMap((key) => {
            const data = renderer.getNodeDisplayData(key);
            if (!data) return [];
            const p = renderer.framedGraphToViewport(data);
            const type = String(graph.getNodeAttribute(key, 'type'));
            return [{ key, type, ...p, r: renderer.scaleSize(data.size), color: data.color }];
          });
          for (const node of nodes) {
            const kind =
              node.type === 'ORG' ? found.squares : node.type === 'GPE' ? found.discs : undefined;
            const alone = nodes.every(
              (o) =>
                o.key === node.key || Math.hypot(o.x - node.x, o.y - node.y) > node.r + o.r + 3,
            );
            if (!kind || !alone || node.r < 5) continue;
            const want = node.color.match(/[\da-f]{2}/gi)?.map((h) => parseInt(h, 16)) ?? [];
            const side = Math.round(2 * node.r * scale);
            const { data } = context.getImageData(
              Math.round((node.x - node.r) * scale),
              Math.round((node.y - node.r) * scale),
              side,
              side,
            );
            let own = 0;
            for (let i = 0; i < data.length; i += 4) {
              if ([0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (want[c] ?? -99)) < 24))
                own++;
            }
            kind.push(own / (side * side));
          }
          resolve({ ...found, scene });
        });
        renderer.refresh();
      });
    });
    expect(coverage.scene).toBe('full');
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(coverage.squares.length, 'organisations clear of other nodes').toBeGreaterThan(0);
    expect(coverage.discs.length, 'places clear of other nodes').toBeGreaterThan(0);
    expect(mean(coverage.squares)).toBeGreaterThan(mean(coverage.discs) + 0.1);
    await page.close();
  });

  it('selects Iran when searching "Tehran" and shows its evidence', async () => {
    const iran = await findEntity('Iran');
    const details = await api<EntityDetailsResponse>(`/api/entities/${encodeURIComponent(iran)}`);
    const sentence = details.relations.flatMap((r) => r.evidence)[0]?.sentence;
    expect(sentence, 'Iran has evidence in the sample').toBeTruthy();

    const page = await openViewer();
    await choose(page, 'search', 'Tehran');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Iran');
    expect(await page.evaluate(() => document.documentElement.dataset.selected)).toBe(iran);
    expect(new URL(page.url()).hash).toContain(`sel=${encodeURIComponent(iran)}`);

    const shown = await page.getByTestId('evidence-sentence').allTextContents();
    expect(shown).toContain(sentence);
    await page.close();
  });

  it('opens a shared view from the URL with the same selection and filters', async () => {
    const iran = await findEntity('Iran');
    const filtered = await api<ApiGraph>('/api/graph?types=GPE');
    const page = await openViewer(`#sel=${encodeURIComponent(iran)}&types=GPE`);
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Iran');
    expect(await page.evaluate(() => (window as unknown as KgWindow).__kg.graph.order)).toBe(
      filtered.nodes.length,
    );
    expect(await page.getByTestId('filter-types').locator('input:checked').count()).toBe(1);
    await page.close();
  });

  it('expands neighbours into a filtered view and keeps them in the URL', async () => {
    const filtered = await api<ApiGraph>('/api/graph?types=GPE');
    const page = await openViewer('#types=GPE');
    await choose(page, 'search', 'Iran');
    await expect.poll(() => page.getByTestId('details-title').textContent()).toBe('Iran');
    const order = () => page.evaluate(() => (window as unknown as KgWindow).__kg.graph.order);
    expect(await order()).toBe(filtered.nodes.length);
    await page.getByTestId('expand-button').click();
    await expect.poll(order).toBeGreaterThan(filtered.nodes.length);
    expect(new URL(page.url()).hash).toContain('expand=');
    await page.close();
  });

  it('exports the view as PNG and SVG at a chosen size, legend included', async () => {
    const page = await openViewer();
    await layoutDone(page);
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-size').selectOption('1920x1080');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-png').click(),
    ]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1920, 1080]);
    expect(bytes.length).toBeGreaterThan(10_000);

    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-svg').click(),
    ]);
    expect(svg.suggestedFilename()).toBe('kg-view.svg');
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toMatch(/^<svg [^>]*width="1920" height="1080"/);
    expect(text).toContain('data-part="legend"');
    expect(text).toContain('Country / city');
    expect(text).toContain('>Russia</text>');
    expect(text).not.toContain('<script');
    await page.close();
  });

  it('zooms, fits and resets from the camera controls and keys', async () => {
    const page = await openViewer();
    await layoutDone(page);
    const ratio = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { __kg: { renderer: { getCamera(): { ratio: number } } } }
          ).__kg.renderer.getCamera().ratio,
      );
    const start = await ratio();
    await page.getByTestId('zoom-in').click();
    await expect.poll(ratio).toBeLessThan(start * 0.8);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(ratio).toBeGreaterThan(start);
    await page.keyboard.press('0');
    await expect.poll(async () => Math.abs((await ratio()) - start)).toBeLessThan(start * 0.01);
    await page.getByTestId('zoom-fit').click();
    await expect.poll(ratio).toBeGreaterThan(0);
    await page.close();
  });

  it('links the IRGC to Ukraine in the path finder, with evidence per hop', async () => {
    const page = await openViewer();
    await page.getByTestId('panel-paths').locator('summary').click();
    await choose(page, 'path-from', 'IRGC');
    await choose(page, 'path-to', 'Ukraine');
    const first = page.getByTestId('path-result').first();
    await first.waitFor();
    const summary = (await first.locator('summary').textContent()) ?? '';
    expect(summary).toMatch(/Revolutionary Guard|IRGC/);
    expect(summary).toMatch(/Ukraine$/);
    const hops = first.getByTestId('path-hop');
    expect(await hops.count()).toBeGreaterThan(0);
    expect(await first.getByTestId('evidence-sentence').count()).toBe(await hops.count());
    await page.close();
  });

  it('adds the entities of a pasted paragraph live, without moving the others', async () => {
    const page = await openViewer();
    const watcher = await openViewer();
    await layoutDone(page);
    const before = await page.evaluate(() => {
      const { graph } = (window as unknown as KgWindow).__kg;
      return Object.fromEntries(
        graph
          .nodes()
          .map((key) => [
            key,
            [graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')],
          ]),
      );
    });

    await page.getByTestId('panel-documents').locator('summary').click();
    await page
      .getByTestId('ingest-text')
      .fill(
        'Chancellor Olaf Scholz of Germany met President Emmanuel Macron in Paris on Monday. ' +
          'Scholz later accused Russia of attacking Ukraine.',
      );
    await page.getByTestId('ingest-submit').click();

    const hasScholz = (p: Page) =>
      p.evaluate(() => {
        const { graph } = (window as unknown as KgWindow).__kg;
        return graph
          .nodes()
          .some((key) => /Scholz/.test(String(graph.getNodeAttribute(key, 'label'))));
      });
    await expect.poll(() => hasScholz(page), { timeout: 20_000 }).toBe(true);
    // The second page never reloads: the server's event brought the new entities.
    await expect.poll(() => hasScholz(watcher), { timeout: 20_000 }).toBe(true);

    const after = await page.evaluate((keys) => {
      const { graph } = (window as unknown as KgWindow).__kg;
      return keys.map((key) =>
        graph.hasNode(key)
          ? [graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]
          : null,
      );
    }, Object.keys(before));
    expect(after).toEqual(Object.values(before));
    await page.close();
    await watcher.close();
  });

  it('shows markup in names and sentences as text and executes none of it', async () => {
    // No dots in the payloads, so the sentence splitter keeps each one inside its sentence.
    const source = `<img src=x onerror="window['__xss']=1">wire.txt`;
    const text =
      `The spokesman for <img src=x onerror="window['__xss']=2"> Acme Corp, John Smith, said ` +
      `Russia attacked Ukraine. Russia attacked Ukraine <script>window['__xss']=3</script> again.`;
    const res = await server.postJson('/api/documents', {
      text,
      source,
      title: source,
      format: 'text',
    });
    expect(res.status).toBe(201);
    const ukraine = await findEntity('Ukraine');
    const details = await api<EntityDetailsResponse>(
      `/api/entities/${encodeURIComponent(ukraine)}`,
    );
    const relation = details.relations.find((r) =>
      r.evidence.some((e) => e.sentence.includes('<img')),
    );
    if (!relation) throw new Error('the store kept no evidence sentence with markup to display');
    const sentences = relation.evidence
      .map((e) => e.sentence)
      .filter((sentence) => sentence.includes('<img') || sentence.includes('<script>'));

    // The shared-view URL opens the relation's evidence panel.
    const page = await openViewer(`#edge=${encodeURIComponent(relation.key)}`);
    const panel = page.getByTestId('details');
    await expect
      .poll(() => page.getByTestId('evidence-sentence').allTextContents())
      .toEqual(expect.arrayContaining(sentences));
    expect(await panel.textContent()).toContain('onerror=');

    // A query with markup comes back as text in the suggestions.
    await page.getByTestId('search-input').fill(`<script>window['__xss']=4</script>`);
    await expect.poll(() => page.getByTestId('search-options').textContent()).toContain('<script>');

    expect(await page.evaluate(() => (window as unknown as KgWindow).__xss)).toBeUndefined();
    expect(await page.locator('#app img, #app script').count()).toBe(0);
    await page.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
