/**
 * First labelled frame of two or more viewer builds and bare sigma, side by side in one run, on
 * one store: `node scripts/bench/explorer/compare-builds.mjs --db=STORE [--runs=N] DIR...`
 * where each DIR is a viewer build (`vite build --outDir DIR`). The same measure as
 * `pnpm bench --only explorer:bbc` (the second animation frame after `data-labelled`, bare
 * sigma's after `new Sigma(…)`), alternating the sides load by load; prints the medians and
 * their ratios to bare sigma, so a change to the viewer is judged within one run.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childArgs, startServer } from '../lib/child.mjs';
import { quantiles } from '../lib/report.mjs';
import { bundleBareSigma } from './bundle.mjs';
import { firstRender, launchBrowser } from './render.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const args = childArgs();
const builds = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (!args.db || builds.length === 0) {
  console.error('usage: compare-builds.mjs --db=STORE [--runs=N] VIEWER_DIST...');
  process.exit(2);
}
const runs = Number(args.runs ?? 7);
const browser = await launchBrowser();
const servers = [];
try {
  for (const viewer of builds) {
    const server = await startServer(here('./serve-store.mjs'), { db: args.db, viewer });
    if (server.error) throw new Error(server.error);
    servers.push(server);
  }
  const base = `http://127.0.0.1:${servers[0].port}`;
  const graph = await (await fetch(`${base}/api/graph`)).json();
  const responses = path.join(os.tmpdir(), `kg-compare-${process.pid}.json`);
  writeFileSync(responses, JSON.stringify({ '/api/graph': graph }));
  const bare = await startServer(here('./bare-server.mjs'), {
    static: await bundleBareSigma(),
    responses,
  });
  if (bare.error) throw new Error(bare.error);
  servers.push(bare);
  const url = (server) => `http://127.0.0.1:${server.port}/`;
  for (const server of servers.slice(0, -1))
    await firstRender(browser, url(server), { signal: 'data-labelled' });
  const times = new Map([['bare sigma', []], ...builds.map((build) => [build, []])]);
  for (let i = 0; i < runs; i++) {
    const b = await firstRender(browser, url(bare));
    if (b.error) throw new Error(`bare: ${b.error}`);
    times.get('bare sigma').push(b.ms);
    for (const [j, build] of builds.entries()) {
      const v = await firstRender(browser, url(servers[j]), { signal: 'data-labelled' });
      if (v.error) throw new Error(`${build}: ${v.error}`);
      times.get(build).push(v.ms);
    }
  }
  const bareMedian = quantiles(times.get('bare sigma')).median;
  console.log(`${graph.nodes.length} nodes / ${graph.edges.length} edges, ${runs} loads per side`);
  for (const [side, list] of times) {
    const median = quantiles(list).median;
    const all = list.map((t) => Math.round(t)).join(' ');
    console.log(`${side}: ${Math.round(median)} ms, ${(median / bareMedian).toFixed(2)}× (${all})`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.stop()));
}
