/**
 * Store-scale bench (issue 17): one machine, a million relations. Seeded synthetic stores of
 * 10,000 / 100,000, 100,000 / 1,000,000 (and, with --full-scale, 300,000 / 3,000,000) entities /
 * relations, generated with the rows and aggregates the store's own `ingestExtraction` writes
 * (`generate-store.mjs`, checked against ingest by `check-generator.mjs`), and the BBC corpus
 * ingested by the real pipeline; each served by the real `kg serve` in a child process and queried over
 * HTTP from here: start-up until stats answer and until the graph is loaded, RSS, the default
 * graph view, search, entity details and neighbours (median and p95 of seeded random picks),
 * stats, health while other requests run, a cold `kg query path`, and BBC ingest into the
 * store against the same ingest into an empty one. Built stores are cached under
 * `.cache/bench-stores/` (git-ignored), keyed by size and generator version (an older schema is
 * migrated in place when the store opens).
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { runChild } from '../lib/child.mjs';
import { hasCorpus } from '../lib/corpus.mjs';
import { mb, ms, num, quantiles, ratio, table } from '../lib/report.mjs';
import { entityName, entityType, prng } from '../lib/synthetic.mjs';
import { ROOT, importBuilt, importFrom } from '../lib/workspace.mjs';

const here = (file) => new URL(file, import.meta.url).pathname;
const CACHE = path.join(ROOT, '.cache', 'bench-stores');
const KG = path.join(ROOT, 'packages', 'cli', 'dist', 'main.js');
/**
 * Bumped when the synthetic data or the stores built from it change (generating a store
 * directly instead of ingesting it changed neither: `check-generator.mjs`).
 */
const GENERATOR = 1;
const SAMPLES = 100;

const SIZES = [
  { name: '100k', label: '10k / 100k', entities: 10_000, relations: 100_000 },
  { name: '1m', label: '100k / 1M', entities: 100_000, relations: 1_000_000 },
  { name: '3m', label: '300k / 3M', entities: 300_000, relations: 3_000_000, full: true },
];

/** VmRSS or VmHWM of a process, in bytes (Linux). */
function procMemory(pid, field) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * CPU so far of a process (all threads) and of its main thread, and the main thread's time
 * waiting for a core (Linux /proc, milliseconds): on a shared machine the wall time of a start
 * is mostly this wait, so the CPU is reported beside it.
 */
function procCpu(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [run, wait] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'latin1')
      .split(' ')
      .map(Number);
    return {
      cpu: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100,
      main: run / 1e6,
      wait: wait / 1e6,
    };
  } catch {
    return undefined;
  }
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });

/** GET on 127.0.0.1: status, milliseconds and body size. */
function get(port, url) {
  return new Promise((resolve) => {
    const start = performance.now();
    const req = http.get({ host: '127.0.0.1', port, path: url, agent }, (res) => {
      let bytes = 0;
      const chunks = [];
      res.on('data', (chunk) => {
        bytes += chunk.length;
        if (bytes < 200_000) chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          ms: performance.now() - start,
          bytes,
          text: () => Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - start, bytes: 0 }));
  });
}

/** Polls `url` until it answers 200; the time since `since`. */
async function until(port, url, since, timeoutMs = 600_000) {
  for (;;) {
    const res = await get(port, url);
    if (res.status === 200) return performance.now() - since;
    if (performance.now() - since > timeoutMs) return undefined;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts `kg serve` on a store; resolves once it printed its URL. */
function serve(db, nodeArgs = []) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, KG, 'serve', '--db', db, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /serving http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (match) {
        const rssAtListen = procMemory(child.pid, 'VmRSS');
        resolve({
          child,
          port: Number(match[1]),
          started,
          listenMs: performance.now() - started,
          rssAtListen,
          stderr: () => err,
        });
      }
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('close', (code) => resolve({ error: `kg serve exited ${code}: ${err.slice(-500)}` }));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('close', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

async function timeAll(port, urls) {
  const samples = [];
  let failed = 0;
  for (const url of urls) {
    const res = await get(port, url);
    if (res.status !== 200) failed++;
    samples.push(res.ms);
  }
  return { ...quantiles(samples), max: Math.max(...samples), failed };
}

/** Health latency while `connections` lanes keep other requests running. */
async function healthUnderLoad(port, urls, seconds = 5, connections = 4) {
  const until = performance.now() + seconds * 1000;
  let turn = 0;
  let others = 0;
  const lane = async () => {
    while (performance.now() < until) {
      await get(port, urls[turn++ % urls.length]);
      others++;
    }
  };
  const health = [];
  const probe = async () => {
    while (performance.now() < until) {
      health.push((await get(port, '/api/health')).ms);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await Promise.all([...Array.from({ length: connections }, lane), probe()]);
  return { ...quantiles(health), max: Math.max(...health), others };
}

/** Seeded picks of entity keys, names and queries of a synthetic store. */
export async function syntheticPicks(entities, graph) {
  const random = prng(23);
  const keyOf = (i) => graph.entityKey(entityType(i), entityName(i));
  const ids = Array.from({ length: SAMPLES }, () => keyOf(Math.floor(random() * entities)));
  const queries = Array.from({ length: SAMPLES }, (_, k) => {
    const name = entityName(Math.floor(random() * entities));
    // Whole names, a first word, a prefix, and a typo.
    if (k % 4 === 0) return name;
    if (k % 4 === 1) return name.split(' ')[0];
    if (k % 4 === 2) return name.slice(0, Math.max(3, Math.floor(name.length / 2)));
    return `${name.slice(0, 2)}${name.slice(3)}`;
  });
  const pairs = Array.from({ length: 5 }, () => [
    keyOf(Math.floor(random() * entities)),
    keyOf(Math.floor(random() * entities)),
  ]);
  return { ids, queries, pairs };
}

/** Picks from a real store (the BBC one): keys read from the store itself. */
async function storePicks(db) {
  const Database = await importFrom('graph', 'better-sqlite3');
  const sqlite = new Database(db, { readonly: true });
  const keys = sqlite.prepare(`SELECT key, label FROM entities ORDER BY id`).all();
  sqlite.close();
  const random = prng(23);
  const pick = () => keys[Math.floor(random() * keys.length)];
  const ids = Array.from({ length: SAMPLES }, () => pick().key);
  const queries = Array.from({ length: SAMPLES }, (_, k) => {
    const label = pick().label;
    return k % 2 === 0 ? label : label.slice(0, Math.max(3, Math.floor(label.length / 2)));
  });
  const pairs = Array.from({ length: 5 }, () => [pick().key, pick().key]);
  return { ids, queries, pairs };
}

/** Opens the store once through the graph package (an older schema is migrated, untimed), then empties its cache of derived values, so every start measures the first computation. */
async function clearCache(db) {
  const graph = await importBuilt('graph');
  const store = await graph.openStore({ path: db });
  await store.close();
  const Database = await importFrom('graph', 'better-sqlite3');
  const sqlite = new Database(db);
  try {
    sqlite.exec(`DELETE FROM cache`);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
}

function fileBytes(db) {
  let bytes = 0;
  for (const suffix of ['', '-wal']) {
    try {
      bytes += statSync(`${db}${suffix}`).size;
    } catch {
      // No write-ahead log.
    }
  }
  return bytes;
}

/** Everything measured on one store. */
export async function measure(db, picks, log, label) {
  await clearCache(db);
  const result = { bytes: fileBytes(db) };
  log(`store-scale ${label}: kg serve`);
  const server = await serve(db);
  if (server.error) return { ...result, error: server.error };
  const { child, port, started } = server;
  try {
    result.listenMs = server.listenMs;
    result.rssAtListen = server.rssAtListen;
    result.healthMs = (await get(port, '/api/health')).ms;
    result.statsReadyMs = await until(port, '/api/stats', started);
    result.statsCpu = procCpu(child.pid);
    result.graphReadyMs = await until(port, '/api/graph', started);
    result.graphCpu = procCpu(child.pid);
    // Everything else is measured once the in-memory graph has loaded (health says when).
    for (;;) {
      const health = await get(port, '/api/health');
      if (health.status === 200 && JSON.parse(health.text()).graphLoaded) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    result.loadedMs = performance.now() - started;
    result.rssLoaded = procMemory(child.pid, 'VmRSS');
    // The peak so far (VmHWM) after each phase: which one sets the process's peak.
    const peaks = { loaded: procMemory(child.pid, 'VmHWM') };
    result.peaks = peaks;
    const first = await get(port, '/api/graph');
    const second = await get(port, '/api/graph');
    result.graphMs = [first.ms, second.ms];
    result.graphBytes = first.bytes;
    result.statsMs = (await get(port, '/api/stats')).ms;
    const enc = encodeURIComponent;
    result.search = await timeAll(
      port,
      picks.queries.map((q) => `/api/search?q=${enc(q)}`),
    );
    peaks.search = procMemory(child.pid, 'VmHWM');
    result.details = await timeAll(
      port,
      picks.ids.map((id) => `/api/entities/${enc(id)}`),
    );
    peaks.details = procMemory(child.pid, 'VmHWM');
    result.neighbors = await timeAll(
      port,
      picks.ids.map((id) => `/api/entities/${enc(id)}/neighbors`),
    );
    peaks.neighbors = procMemory(child.pid, 'VmHWM');
    const mixed = picks.ids.flatMap((id, i) => [
      `/api/search?q=${enc(picks.queries[i])}`,
      `/api/entities/${enc(id)}`,
      `/api/entities/${enc(id)}/neighbors`,
      ...(i % 10 === 0 ? ['/api/graph'] : []),
    ]);
    result.health = await healthUnderLoad(port, mixed);
    result.rssPeak = procMemory(child.pid, 'VmHWM');
  } finally {
    await stop(child);
  }
  log(`store-scale ${label}: cold kg query path`);
  const paths = [];
  for (const [a, b] of picks.pairs) {
    const r = await runChild(
      here('./cli-side.mjs'),
      {},
      {
        nodeArgs: [],
        extraArgs: ['--', 'query', 'path', a, b, '--db', db],
      },
    );
    if (!r.error) paths.push(r);
  }
  if (paths.length > 0) {
    result.path = {
      ...quantiles(paths.map((p) => p.ms)),
      cpu: quantiles(paths.map((p) => p.cpuMs ?? 0)).median,
      peakRss: Math.max(...paths.map((p) => p.peakRss)),
      found: paths.filter((p) => p.code === 0).length,
      n: paths.length,
    };
  }
  return result;
}

/** BBC ingest into a copy of `db` (or an empty store when `db` is undefined). */
async function ingestInto(db, { quick, log, label }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-scale-'));
  try {
    const target = path.join(tmp, 'kg.db');
    if (db) copyFileSync(db, target);
    log(`store-scale ${label}: BBC ingest into ${db ? 'a copy of the store' : 'an empty store'}`);
    return await runChild(
      here('./ingest-into.mjs'),
      { db: target, limit: quick ? 300 : 0 },
      { nodeArgs: ['--max-old-space-size=8192'] },
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * The cached synthetic store for a size, generated when missing (`generate-store.mjs`: the
 * rows ingest would write, written directly; `check-generator.mjs` compares the two).
 */
async function syntheticStore(size, log) {
  mkdirSync(CACHE, { recursive: true });
  // Not keyed by schema version: opening a store migrates it in place.
  const db = path.join(CACHE, `synthetic-${size.relations}-g${GENERATOR}.db`);
  if (existsSync(db)) return { db };
  log(`store-scale ${size.label}: generating the store (cached for later runs)`);
  const built = await runChild(
    here('./generate-store.mjs'),
    { relations: size.relations, entities: size.entities, out: db },
    { nodeArgs: ['--max-old-space-size=8192'], timeoutMs: 3 * 3600_000 },
  );
  return built.error ? { error: built.error } : { db, buildSeconds: built.seconds };
}

/** The cached BBC store, ingested by the real pipeline when missing. */
async function bbcStore(log, quick) {
  mkdirSync(CACHE, { recursive: true });
  const db = path.join(CACHE, `bbc${quick ? '-300' : ''}.db`);
  if (existsSync(db)) return { db };
  log('store-scale BBC: ingesting the corpus (cached for later runs)');
  const built = await runChild(
    here('./ingest-into.mjs'),
    { db: `${db}.partial`, limit: quick ? 300 : 0 },
    { nodeArgs: ['--max-old-space-size=8192'] },
  );
  if (built.error) return { error: built.error };
  const { renameSync } = await import('node:fs');
  renameSync(`${db}.partial`, db);
  rmSync(`${db}.partial-wal`, { force: true });
  rmSync(`${db}.partial-shm`, { force: true });
  return { db, buildSeconds: built.seconds };
}

const cell = {
  ms: (v) => (v === undefined ? 'n/a' : ms(v)),
  s: (v) => (v === undefined ? 'n/a' : `${(v / 1000).toFixed(2)} s`),
  q: (q) => (q ? `${ms(q.median)} / ${ms(q.p95)}` : 'n/a'),
};

/**
 * Runs the store-scale rows; `sections` picks columns (`bbc`, `100k`, `1m`, `3m`: e.g.
 * `--only store-scale:1m`), else the BBC store and every size (3M with --full-scale).
 */
export async function run({ quick, log, fullScale, sections }) {
  const graph = await importBuilt('graph');
  if (!graph?.openStore || !existsSync(KG)) return '### Store scale\n\nn/a (not built)\n';
  const full = fullScale || process.env.KG_BENCH_FULL_SCALE === '1';
  const sizes = sections
    ? SIZES.filter((s) => sections.includes(s.name))
    : quick
      ? SIZES.slice(0, 1)
      : SIZES.filter((s) => !s.full || full);
  const withBbc = !sections || sections.includes('bbc');
  const columns = [];
  if (hasCorpus() && withBbc) {
    const bbc = await bbcStore(log, quick);
    columns.push({
      label: quick ? 'BBC (300 articles)' : 'BBC corpus',
      ...(bbc.error
        ? { error: bbc.error }
        : await measure(bbc.db, await storePicks(bbc.db), log, 'BBC')),
      buildSeconds: bbc.buildSeconds,
    });
  }
  const empty =
    hasCorpus() && sizes.length > 0
      ? await ingestInto(undefined, { quick, log, label: 'empty' })
      : undefined;
  for (const size of sizes) {
    const built = await syntheticStore(size, log);
    if (built.error) {
      columns.push({ label: size.label, error: built.error });
      continue;
    }
    const measured = await measure(
      built.db,
      await syntheticPicks(size.entities, graph),
      log,
      size.label,
    );
    const ingest = hasCorpus()
      ? await ingestInto(built.db, { quick, log, label: size.label })
      : undefined;
    columns.push({ label: size.label, ...measured, ingest, buildSeconds: built.buildSeconds });
  }
  const rate = (r) => (r && !r.error ? r.docs / r.seconds : undefined);
  const rows = [
    ['SQLite file', (c) => mb(c.bytes)],
    ['`kg serve` listening', (c) => cell.s(c.listenMs)],
    ['`kg serve` until `/api/stats` answers', (c) => cell.s(c.statsReadyMs)],
    ['`kg serve` until `/api/graph` (default view) answers', (c) => cell.s(c.graphReadyMs)],
    [
      'CPU until `/api/graph` answers: process / main thread (main thread waiting for a core)',
      (c) =>
        c.graphCpu
          ? `${cell.s(c.graphCpu.cpu)} / ${cell.s(c.graphCpu.main)} (${cell.s(c.graphCpu.wait)})`
          : 'n/a',
    ],
    ['`kg serve` until the in-memory graph is loaded', (c) => cell.s(c.loadedMs)],
    [
      'RSS at listen / graph loaded / peak',
      (c) => `${mb(c.rssAtListen)} / ${mb(c.rssLoaded)} / ${mb(c.rssPeak)}`,
    ],
    [
      'peak RSS (VmHWM) once loaded / after searches / details / neighbours / mixed load',
      (c) =>
        c.peaks
          ? [c.peaks.loaded, c.peaks.search, c.peaks.details, c.peaks.neighbors, c.rssPeak]
              .map(mb)
              .join(' / ')
          : 'n/a',
    ],
    [
      '`/api/graph` default view, 1st / 2nd',
      (c) => (c.graphMs ? `${ms(c.graphMs[0])} / ${ms(c.graphMs[1])}` : 'n/a'),
    ],
    ['`/api/graph` default view size', (c) => mb(c.graphBytes)],
    ['search median / p95', (c) => cell.q(c.search)],
    [
      'entity details median / p95 (max)',
      (c) => (c.details ? `${cell.q(c.details)} (${ms(c.details.max)})` : 'n/a'),
    ],
    [
      'neighbours median / p95 (max)',
      (c) => (c.neighbors ? `${cell.q(c.neighbors)} (${ms(c.neighbors.max)})` : 'n/a'),
    ],
    ['`/api/stats`', (c) => cell.ms(c.statsMs)],
    [
      '`/api/health` while other requests run: median / p95 / max',
      (c) => (c.health ? `${cell.q(c.health)} / ${ms(c.health.max)}` : 'n/a'),
    ],
    [
      '`kg query path`, cold: median (CPU median; peak RSS)',
      (c) =>
        c.path ? `${cell.s(c.path.median)} (${cell.s(c.path.cpu)}; ${mb(c.path.peakRss)})` : 'n/a',
    ],
    [
      'BBC ingest into this store: docs/s (ratio to an empty store)',
      (c) => (c.ingest ? `${num(rate(c.ingest), 1)} (${ratio(rate(c.ingest), rate(empty))})` : '—'),
    ],
    ['store built in', (c) => (c.buildSeconds ? `${num(c.buildSeconds, 0)} s` : 'cached')],
  ];
  const body = rows.map(([name, fn]) => [
    name,
    ...columns.map((c) => (c.error ? `error: ${c.error.slice(0, 80)}` : fn(c))),
  ]);
  const emptyRate = rate(empty);
  return [
    '### Store scale: one machine, a million relations',
    '',
    `Synthetic stores: seeded \`relationBatches\` (100-relation documents, 30% re-told), entities / relations as labelled, resolved by the graph package's \`resolveExtraction\` and written directly with the aggregates ingest keeps (\`generate-store.mjs\`; the same rows and dump as \`ingestExtraction\` writes, checked by \`check-generator.mjs\`); the BBC store is the corpus ingested by the real pipeline. Each store is served by the real \`kg serve\` (Node's default heap) in a child process, with the store's cache of derived values emptied first (as on a first start after writes), and queried over HTTP from the bench process once its in-memory graph has loaded: ${SAMPLES} seeded random entities for details and neighbours, ${SAMPLES} searches (whole names, first words, prefixes, typos); health probed every 20 ms while 4 connections run searches, details, neighbours and default views. \`kg query path\` is a fresh process per pair (5 seeded pairs), node start-up included. BBC ingest into an empty store: ${num(emptyRate, 1)} docs/s.`,
    '',
    table(['measure', ...columns.map((c) => c.label)], body),
    '',
  ].join('\n');
}
