/**
 * Explorer bench: on the BBC store (issue 11, bbc-section.mjs), and (issue 4) first render of
 * the real viewer served by the real server against
 * a bare sigma page on the same synthetic graphs (5,000 / 20,000 and 20,000 / 100,000), and
 * requests per second of `GET /api/graph` and `GET /api/paths` against a bare Express handler
 * returning the very same JSON. Servers run in child processes; loads go to 127.0.0.1 only.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../lib/child.mjs';
import { load } from '../lib/http-load.mjs';
import { NOT_BUILT, ms, num, quantiles, ratio, table, verdict } from '../lib/report.mjs';
import { apiGraphBody, fillRandomGraph, prng } from '../lib/synthetic.mjs';
import { ROOT, importBuilt, importFrom } from '../lib/workspace.mjs';
import { bbcSection } from './bbc-section.mjs';
import { bundleBareSigma } from './bundle.mjs';
import { CHROMIUM, firstRender, launchBrowser } from './render.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
/** Entities the synthetic rows ask the viewer for (`#top=`): the server's most. */
const LARGE_VIEW = 5_000;
const SIZES = [
  { nodes: 5_000, edges: 20_000 },
  { nodes: 20_000, edges: 100_000 },
];

/** Why our side cannot run yet, or undefined when server, graph and viewer are all built. */
async function missingOurSide() {
  const server = await importBuilt('server');
  const graph = await importBuilt('graph');
  if (!server || typeof server.createApp !== 'function') return '@kg/server createApp';
  if (!graph || typeof graph.openStore !== 'function') return '@kg/graph openStore';
  if (!existsSync(path.join(ROOT, 'packages', 'viewer', 'dist', 'index.html')))
    return 'viewer dist';
  return undefined;
}

async function getJson(port, url) {
  const response = await fetch(`http://127.0.0.1:${port}${url}`);
  return response.ok ? response.json() : undefined;
}

/** Records the graph and path responses of our server (or synthesises the graph body). */
async function recordResponses({ kgPort, graphUrl, size }) {
  if (kgPort === undefined) {
    const { MultiDirectedGraph } = await importFrom('graph', 'graphology');
    const graph = fillRandomGraph(new MultiDirectedGraph(), size);
    return { responses: { '/api/graph': apiGraphBody(graph) }, pathUrls: [] };
  }
  const responses = {};
  const url = graphUrl ?? '/api/graph';
  responses[url] = await getJson(kgPort, url);
  const keys = (responses[url]?.nodes ?? []).map((node) => node.key);
  const random = prng(17);
  const pathUrls = [];
  for (let i = 0; i < 20 && keys.length > 1; i++) {
    const from = keys[Math.floor(random() * keys.length)];
    const to = keys[Math.floor(random() * keys.length)];
    const pathUrl = `/api/paths?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const body = await getJson(kgPort, pathUrl);
    if (body) {
      responses[pathUrl] = body;
      pathUrls.push(pathUrl);
    }
  }
  return { responses, pathUrls, graphUrl: url };
}

/**
 * Runs the explorer rows and returns them as Markdown: `bbc` (the BBC store, issue 11) and
 * `synthetic` (the synthetic 5,000 / 20,000 and 20,000 / 100,000 stores, issue 4).
 */
export async function run({ quick, log, sections }) {
  if (!existsSync(CHROMIUM)) {
    return `### Explorer\n\nn/a: ${CHROMIUM} is missing (apt-get install -y chromium).\n`;
  }
  const wanted = sections ?? ['bbc', 'synthetic'];
  const unknown = wanted.filter((name) => name !== 'bbc' && name !== 'synthetic');
  if (unknown.length > 0)
    throw new Error(`explorer: unknown section ${unknown.join(', ')} (bbc, synthetic)`);
  const texts = [];
  if (wanted.includes('bbc')) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-bbc-'));
    const bundle = await bundleBareSigma();
    const browser = await launchBrowser();
    try {
      texts.push(await bbcSection({ browser, bundle, quick, log, tmp }));
    } finally {
      await browser.close();
      rmSync(tmp, { recursive: true, force: true });
      rmSync(bundle, { recursive: true, force: true });
    }
  }
  if (wanted.includes('synthetic')) texts.push(await synthetic({ quick, log }));
  return texts.join('\n');
}

async function synthetic({ quick, log }) {
  const repeats = quick ? 1 : 3;
  const missing = await missingOurSide();
  if (missing) log(`explorer: our side not built (${missing}); baselines only`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-explorer-'));
  const bundle = await bundleBareSigma();
  const browser = await launchBrowser();
  const chromiumVersion = browser.version();
  const renderRows = [];
  let recordedGraphUrl;
  const loadRows = [];
  try {
    for (const [index, size] of (quick ? SIZES.slice(0, 1) : SIZES).entries()) {
      const label = `${num(size.nodes)} nodes / ${num(size.edges)} edges`;
      let kg;
      if (!missing) {
        log(`explorer: building a ${label} store and starting the server`);
        kg = await startServer(
          here('./kg-server.mjs'),
          { ...size, dir: tmp },
          {
            nodeArgs: ['--max-old-space-size=8192'],
          },
        );
        if (kg.error) log(`explorer: ${kg.error}`);
      }
      const kgPort = kg && !kg.error ? kg.port : undefined;
      const viewerTimes = [];
      const viewerReady = [];
      let graphUrl;
      let viewerError;
      if (kgPort !== undefined) {
        // One untimed load warms the server's caches and records which graph URL the viewer asks.
        // The large view, as a user asks for it (the overview alone is 150 entities).
        const warm = await firstRender(browser, `http://127.0.0.1:${kgPort}/#top=${LARGE_VIEW}`);
        graphUrl = warm.graphUrl;
        recordedGraphUrl = graphUrl;
        viewerError = warm.error;
      }
      const { responses, pathUrls } = await recordResponses({ kgPort, graphUrl, size });
      const responsesFile = path.join(tmp, `responses-${index}.json`);
      writeFileSync(responsesFile, JSON.stringify(responses));
      const bare = await startServer(here('./bare-server.mjs'), {
        static: bundle,
        responses: responsesFile,
      });
      if (bare.error) throw new Error(bare.error);
      const search = graphUrl ? new URL(graphUrl, 'http://x').search : '';
      const bareTimes = [];
      const bareReady = [];
      const runs = index === 0 ? repeats : Math.min(repeats, 2);
      for (let i = 0; i < runs; i++) {
        log(`explorer: first render ${label}, run ${i + 1}/${runs}`);
        const b = await firstRender(browser, `http://127.0.0.1:${bare.port}/${search}`);
        if (b.error) throw new Error(`bare sigma page: ${b.error}`);
        bareTimes.push(b.ms);
        bareReady.push(b.readyMs);
        if (kgPort !== undefined && !viewerError) {
          const v = await firstRender(browser, `http://127.0.0.1:${kgPort}/#top=${LARGE_VIEW}`);
          if (v.error) viewerError = v.error;
          else {
            viewerTimes.push(v.ms);
            viewerReady.push(v.readyMs);
          }
        }
      }
      const bareMs = quantiles(bareTimes).median;
      const graphBody = responses[graphUrl ?? '/api/graph'];
      const drawn = graphBody
        ? `${num(graphBody.nodes.length)} / ${num(graphBody.edges.length)}`
        : '';
      const bareReadyMs = quantiles(bareReady).median;
      renderRows.push([
        label,
        'bare sigma (baseline)',
        drawn,
        ms(bareReadyMs),
        '1.00×',
        ms(bareMs),
        '1.00×',
        '',
      ]);
      if (viewerTimes.length > 0) {
        const viewerMs = quantiles(viewerTimes).median;
        const viewerReadyMs = quantiles(viewerReady).median;
        renderRows.push([
          label,
          'kg viewer + server',
          drawn,
          ms(viewerReadyMs),
          ratio(viewerReadyMs, bareReadyMs),
          ms(viewerMs),
          ratio(viewerMs, bareMs),
          `≤ 1.5×: ${verdict(viewerMs / bareMs <= 1.5)}`,
        ]);
      } else {
        const why = missing ? NOT_BUILT : `error: ${viewerError ?? kg?.error ?? 'no run'}`;
        renderRows.push([label, 'kg viewer + server', why, '', '', '', '', '']);
      }

      if (index === 0) {
        const seconds = quick ? 3 : 5;
        const endpoints = [
          ['GET /api/graph', [graphUrl ?? '/api/graph']],
          ['GET /api/paths', pathUrls],
        ];
        for (const [name, urls] of endpoints) {
          // Megabyte graph bodies: 2 connections keep latency meaningful; small bodies: 8.
          const connections = name === 'GET /api/graph' ? 2 : 8;
          if (kgPort === undefined || urls.length === 0) {
            if (name === 'GET /api/graph') {
              log(`explorer: load ${name}, bare`);
              const b = await load({ port: bare.port, paths: urls, seconds, connections });
              loadRows.push(loadRow(name, 'bare Express `res.json` (baseline)', b));
            }
            loadRows.push([
              name,
              'kg server `createApp`',
              missing ? NOT_BUILT : 'n/a (no responses)',
              '',
              '',
              '',
              '',
            ]);
            continue;
          }
          log(`explorer: load ${name}, bare`);
          const b = await load({ port: bare.port, paths: urls, seconds, connections });
          log(`explorer: load ${name}, kg`);
          const k = await load({ port: kgPort, paths: urls, seconds, connections });
          loadRows.push(loadRow(name, 'bare Express `res.json` (baseline)', b));
          loadRows.push(loadRow(name, 'kg server `createApp`', k, b));
        }
      }
      await bare.stop();
      await kg?.stop?.();
    }
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
    rmSync(bundle, { recursive: true, force: true });
  }
  return [
    '### Explorer: first render, headless Chromium',
    '',
    `Median of ${repeats} load(s) per side (${quick ? 1 : 2} on the large graph), alternating viewer and bare page, after one untimed viewer load that warms the server; a fresh browser context each, 1280×800, Chromium ${chromiumVersion} (software WebGL, \`--disable-gpu\`). Both pages fetch the same \`/api/graph\` JSON over 127.0.0.1 (viewer URL: \`${recordedGraphUrl ?? '/api/graph'}\`). Ready signal = navigation start → the page's own mark (viewer: \`data-ready\` on <html>, set right after \`new Sigma(…)\`; bare page: \`data-ready\` right after \`new Sigma(…)\`). First frame drawn = the second animation frame after that signal, once the frame holding the first render has been produced; the target applies to it. Ratio = viewer / bare (lower is better).`,
    '',
    table(
      [
        'graph',
        'side',
        'nodes / edges sent',
        'ready signal',
        'ratio',
        'first frame drawn',
        'ratio',
        'target',
      ],
      renderRows,
    ),
    '',
    `### Explorer: API requests per second (${num(SIZES[0].nodes)} / ${num(SIZES[0].edges)} store)`,
    '',
    `Keep-alive connections from the bench process (2 for the multi-megabyte graph, 8 for paths), ${quick ? 3 : 5} s after 1 s of warm-up per row; the bare handler returns the JSON the real server gave for the same URLs (graph: the viewer's URL; paths: 20 seeded random pairs, cycled). Ratio = kg / bare.`,
    '',
    table(['endpoint', 'side', 'req/s', 'ratio', 'median', 'p95', 'KB/response'], loadRows),
    '',
  ].join('\n');
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
