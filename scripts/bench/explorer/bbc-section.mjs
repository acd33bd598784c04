/**
 * Explorer bench on the BBC store (issue 11): the store is built once through the real
 * `kg ingest` of ../shared/corpus/bbc and cached under .cache/bench-stores (keyed by the
 * newest build of the packages that write it). The viewer served by the real server is
 * timed against the bare sigma page on the same `/api/graph` JSON (same nodes, same
 * positions): time to the first labelled frame and until the layout is stable; then
 * requests per second of `/api/graph` (compressed, and revalidated by ETag as a reload does)
 * and `/api/paths` against a bare Express `res.json` of the same payloads.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer } from '../lib/child.mjs';
import { hasCorpus } from '../lib/corpus.mjs';
import { load } from '../lib/http-load.mjs';
import { ms, num, quantiles, ratio, table, verdict } from '../lib/report.mjs';
import { prng } from '../lib/synthetic.mjs';
import { BBC_DIR, ROOT } from '../lib/workspace.mjs';
import { firstRender } from './render.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const CACHE = path.join(ROOT, '.cache', 'bench-stores');
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

/** Newest file time under the dist folders that decide what the store holds. */
function buildStamp() {
  let newest = 0;
  for (const pkg of ['parse', 'extract', 'graph']) {
    const dir = path.join(ROOT, 'packages', pkg, 'dist');
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile())
        newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return Math.round(newest).toString(36);
}

/** The BBC store for the current build, ingested when missing. */
async function bbcStore(log) {
  mkdirSync(CACHE, { recursive: true });
  const db = path.join(CACHE, `bbc-${buildStamp()}.db`);
  if (existsSync(db)) return db;
  log(`explorer: ingesting the BBC corpus into ${path.relative(ROOT, db)} (once per build)`);
  const started = performance.now();
  await promisify(execFile)(
    process.execPath,
    [
      path.join(ROOT, 'packages', 'cli', 'dist', 'main.js'),
      'ingest',
      BBC_DIR,
      '--db',
      `${db}.part`,
    ],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(`${db}.part${suffix}`)) {
      const { renameSync } = await import('node:fs');
      renameSync(`${db}.part${suffix}`, `${db}${suffix}`);
    }
  }
  log(`explorer: BBC store built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return db;
}

async function getJson(port, url) {
  const response = await fetch(`http://127.0.0.1:${port}${url}`);
  return response.ok ? response.json() : undefined;
}

function loadRow(endpoint, side, result, base) {
  return [
    endpoint,
    side,
    num(result.rps, 1) + (result.errors ? ` (${result.errors} errors: ${result.statuses})` : ''),
    base ? ratio(result.rps, base.rps) : '1.00×',
    ms(result.latency.median),
    ms(result.latency.p95),
    num(result.bytesPerResponse / 1024, 1),
  ];
}

/** Runs the BBC rows; resolves with Markdown (or a line saying why not). */
export async function bbcSection({ browser, bundle, quick, log, tmp }) {
  if (!hasCorpus()) return `### Explorer on the BBC store\n\nn/a: ${BBC_DIR} is missing.\n`;
  const db = await bbcStore(log);
  const kg = await startServer(here('./serve-store.mjs'), { db });
  if (kg.error) throw new Error(`BBC server: ${kg.error}`);
  const repeats = quick ? 2 : 5;
  try {
    const warm = await firstRender(browser, `http://127.0.0.1:${kg.port}/`, {
      signal: 'data-labelled',
      waitLayout: true,
    });
    if (warm.error) throw new Error(`viewer: ${warm.error}`);
    const graphUrl = warm.graphUrl ?? '/api/graph';
    const graph = await getJson(kg.port, graphUrl);
    const keys = graph.nodes.map((node) => node.key);
    const random = prng(23);
    const responses = { [graphUrl]: graph };
    const pathUrls = [];
    for (let i = 0; i < 20 && keys.length > 1; i++) {
      const from = keys[Math.floor(random() * keys.length)];
      const to = keys[Math.floor(random() * keys.length)];
      const url = `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
      const body = await getJson(kg.port, url);
      if (body) {
        responses[url] = body;
        pathUrls.push(url);
      }
    }
    const file = path.join(tmp, 'responses-bbc.json');
    writeFileSync(file, JSON.stringify(responses));
    const bare = await startServer(here('./bare-server.mjs'), { static: bundle, responses: file });
    if (bare.error) throw new Error(bare.error);
    const sides = { bare: { labelled: [], layout: [] }, kg: { labelled: [], layout: [] } };
    try {
      for (let i = 0; i < repeats; i++) {
        log(`explorer: BBC first labelled frame, run ${i + 1}/${repeats}`);
        const b = await firstRender(browser, `http://127.0.0.1:${bare.port}/`, {
          waitLayout: true,
        });
        if (b.error) throw new Error(`bare sigma page: ${b.error}`);
        sides.bare.labelled.push(b.ms);
        sides.bare.layout.push(Math.max(b.ms, b.layoutMs ?? b.ms));
        const v = await firstRender(browser, `http://127.0.0.1:${kg.port}/`, {
          signal: 'data-labelled',
          waitLayout: true,
        });
        if (v.error) throw new Error(`viewer: ${v.error}`);
        sides.kg.labelled.push(v.ms);
        sides.kg.layout.push(Math.max(v.ms, v.layoutMs ?? v.ms));
      }
      const med = (list) => quantiles(list).median;
      const bareLabelled = med(sides.bare.labelled);
      const bareLayout = med(sides.bare.layout);
      const kgLabelled = med(sides.kg.labelled);
      const kgLayout = med(sides.kg.layout);
      const clientLayout = Math.max(
        ...sides.kg.layout.map((t, i) => t - (sides.kg.labelled[i] ?? 0)),
      );
      const drawn = `${num(graph.nodes.length)} / ${num(graph.edges.length)}`;
      const renderRows = [
        ['bare sigma (baseline)', drawn, ms(bareLabelled), '1.00×', ms(bareLayout), '1.00×', ''],
        [
          'kg viewer + server',
          drawn,
          ms(kgLabelled),
          ratio(kgLabelled, bareLabelled),
          ms(kgLayout),
          ratio(kgLayout, bareLayout),
          `labelled ≤ 1.2×: ${verdict(kgLabelled / bareLabelled <= 1.2)}; client layout ≤ 3 s: ${verdict(clientLayout <= 3000)} (${ms(clientLayout)} at most)`,
        ],
      ];
      const seconds = quick ? 3 : 5;
      const loadRows = [];
      const revalidate = { ...BROWSER_HEADERS };
      {
        const res = await fetch(`http://127.0.0.1:${kg.port}${graphUrl}`, {
          headers: BROWSER_HEADERS,
        });
        const etag = res.headers.get('etag');
        await res.arrayBuffer();
        if (etag) revalidate['if-none-match'] = etag;
      }
      log('explorer: BBC load GET /api/graph');
      const bareGraph = await load({
        port: bare.port,
        paths: [graphUrl],
        seconds,
        connections: 2,
        headers: BROWSER_HEADERS,
      });
      const kgGraph = await load({
        port: kg.port,
        paths: [graphUrl],
        seconds,
        connections: 2,
        headers: BROWSER_HEADERS,
      });
      const kgRevalidated = await load({
        port: kg.port,
        paths: [graphUrl],
        seconds,
        connections: 2,
        headers: revalidate,
        ok: [304],
      });
      loadRows.push(loadRow('GET /api/graph', 'bare Express `res.json` (baseline)', bareGraph));
      loadRows.push(loadRow('GET /api/graph', 'kg, first visit (brotli)', kgGraph, bareGraph));
      loadRows.push(loadRow('GET /api/graph', 'kg, reload (ETag → 304)', kgRevalidated, bareGraph));
      if (pathUrls.length > 0) {
        log('explorer: BBC load GET /api/paths');
        const barePaths = await load({
          port: bare.port,
          paths: pathUrls,
          seconds,
          connections: 8,
          headers: BROWSER_HEADERS,
        });
        const kgPaths = await load({
          port: kg.port,
          paths: pathUrls,
          seconds,
          connections: 8,
          headers: BROWSER_HEADERS,
        });
        loadRows.push(loadRow('GET /api/paths', 'bare Express `res.json` (baseline)', barePaths));
        loadRows.push(loadRow('GET /api/paths', 'kg server `createApp`', kgPaths, barePaths));
      }
      return [
        `### Explorer on the BBC store (${path.basename(db)}): first labelled frame, headless Chromium`,
        '',
        `The store of the 2,225 BBC articles (built by \`kg ingest\`), its overview as the viewer opens it (\`${graphUrl}\`). Median of ${repeats} loads per side, alternating, fresh browser context each, 1280×800, after one untimed viewer load. First labelled frame = the second animation frame after the page says its labels are placed (viewer: \`data-labelled\`, set once the label placer ran; bare sigma: \`data-ready\` right after \`new Sigma(…)\`, whose first frame draws sigma's own labels). Layout stable = the page's \`data-layout="done"\` (the bare page has no layout to run; the viewer runs none when the server sent positions). Both pages draw the same nodes at the same positions. Ratio = viewer / bare.`,
        '',
        table(
          [
            'side',
            'nodes / edges',
            'first labelled frame',
            'ratio',
            'layout stable',
            'ratio',
            'targets',
          ],
          renderRows,
        ),
        '',
        `### Explorer on the BBC store: API requests per second`,
        '',
        `Keep-alive connections from the bench process (2 for the graph, 8 for paths), ${seconds} s after 1 s of warm-up per row, every request with a browser's \`accept-encoding: gzip, deflate, br\`; the bare handler returns the JSON the real server gave (uncompressed, as \`res.json\` does). "Reload" sends the ETag back (\`if-none-match\`) as a browser revalidating \`Cache-Control: no-cache\` does. Paths: 20 seeded random pairs of overview entities, cycled. KB/response as sent on the wire.`,
        '',
        table(['endpoint', 'side', 'req/s', 'ratio', 'median', 'p95', 'KB/response'], loadRows),
        '',
      ].join('\n');
    } finally {
      await bare.stop();
    }
  } finally {
    await kg.stop();
  }
}
