/**
 * Server bench (issues 12 and 16): does the server keep answering while it ingests? One
 * `startServer` child (the `kg serve` job: store, worker pool, budget) on 127.0.0.1; this process
 * uploads, and a prober in a process of its own (`prober.mjs`) times the requests, so the
 * uploader's own work (encoding a body) is never part of a latency. Measured:
 *   - `GET /api/health` latency, idle and while a 1 MB worst-case body (the adversarial families
 *     that cost most per KB) is being extracted and written (target: under 50 ms);
 *   - `GET /api/search` latency with no ingest running and during a 200-document ingest
 *     (BBC articles uploaded 20 to a request, two requests at a time; target: well under 100 ms).
 * Each probe is a new request every 10 ms on a keep-alive socket, for as long as the ingest runs;
 * the server notes when it read and answered each probe, so the slowest splits into time before
 * the server read it, in the server, and back to the prober.
 */
import http from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startChild, startServer } from '../lib/child.mjs';
import { corpusFiles, hasCorpus, readCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, ms, num, quantiles, table, verdict } from '../lib/report.mjs';
import { ROOT, isBuilt } from '../lib/workspace.mjs';

const SERVER = new URL('./kg-server.mjs', import.meta.url).pathname;
const PROBER = new URL('./prober.mjs', import.meta.url).pathname;
const WORST_CASE = ['unicode', 'names', 'quotes'];
const KB = 1024;
const PROBE_EVERY_MS = 10;
/** The idle baselines probe for this long: 200 probes' worth. */
const IDLE_PROBES = 200;
const BASE_DOCS = 100;
const INGEST_DOCS = 200;
const FILES_PER_REQUEST = 20;

/** The uploading client for one server (the prober is `prober.mjs`). */
function client(port) {
  // A connection per request: a kept-alive socket left idle while the prober starts (seconds, on
  // a loaded machine) is closed by the server after its 5 s keep-alive timeout, and an upload
  // sent on it as it closes fails with EPIPE.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 16 });
  const request = (method, urlPath, body, headers = {}) =>
    new Promise((resolve) => {
      const start = performance.now();
      const req = http.request(
        { host: '127.0.0.1', port, path: urlPath, method, agent, headers },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode,
              ms: performance.now() - start,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', (error) =>
        resolve({ status: error.code ?? 'error', ms: performance.now() - start, body: '' }),
      );
      if (body) req.end(body);
      else req.end();
    });
  return {
    get: (urlPath) => request('GET', urlPath),
    postJson: (urlPath, value) =>
      request('POST', urlPath, JSON.stringify(value), { 'content-type': 'application/json' }),
    /** Multipart upload of `files` ([name, text]) in field "files". */
    upload(urlPath, files) {
      const boundary = `kgbench${Math.random().toString(16).slice(2)}`;
      const parts = files.map(
        ([name, text]) =>
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${name}"\r\n` +
          `Content-Type: text/plain\r\n\r\n${text}\r\n`,
      );
      const body = Buffer.from(`${parts.join('')}--${boundary}--\r\n`, 'utf8');
      return request('POST', urlPath, body, {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(body.length),
      });
    },
    close: () => agent.destroy(),
  };
}

/**
 * Probes `urlPath` every PROBE_EVERY_MS from a process of its own (`prober.mjs`) while `work()`
 * runs (or for `idleMs`): the prober's records ({ id, sent, answered, status }, ms on the machine's monotonic clock), its
 * latencies and failures, and its own longest event-loop gap.
 */
async function probe(port, urlPath, { work, idleMs }) {
  const prober = await startChild(PROBER, { port, path: urlPath, every: PROBE_EVERY_MS });
  if (prober.error) throw new Error(`prober: ${prober.error}`);
  const outcome = work ? await work() : await new Promise((r) => setTimeout(r, idleMs));
  const seen = await prober.stop();
  if (seen.error) throw new Error(`prober: ${seen.error}`);
  const latencies = seen.probes.map((p) => p.answered - p.sent);
  const failures = seen.probes.filter((p) => p.status !== 200).map((p) => p.status);
  return { outcome, probes: seen.probes, latencies, failures, proberGap: seen.maxGap };
}

function latencyRow(label, r, target) {
  const q = quantiles(r.latencies);
  const max = Math.max(...r.latencies);
  return [
    label,
    num(q.n),
    ms(q.median),
    ms(q.p95),
    ms(max),
    r.failures.length ? `${r.failures.length} failed` : '',
    target ? `${target.label}: ${verdict(target.ok(q, max))}` : '',
  ];
}

/**
 * What the server saw of its own event loop since the last call (see kg-server.mjs): asks it
 * with SIGUSR2 and reads the file it writes; undefined where it cannot tell (not Linux).
 */
async function loopSeen(server, dir) {
  const file = path.join(dir, 'loop.json');
  rmSync(file, { force: true });
  try {
    process.kill(server.pid, 'SIGUSR2');
  } catch {
    return undefined;
  }
  for (let waited = 0; waited < 3000; waited += 20) {
    if (existsSync(file)) {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // Still being written.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

/** The loop columns of a row: the longest gap split, the most CPU in one gap, gaps over 50 ms. */
function loopCells(seen) {
  if (!seen?.maxGap) return ['n/a', 'n/a', 'n/a'];
  const g = seen.maxGap;
  return [
    `${ms(g.wall)}: ${ms(g.cpu)} CPU, ${ms(g.wait)} waiting for a core`,
    ms(seen.maxCpuMs),
    `${num(seen.gapsOver)} (${num(seen.cpuOver)})`,
  ];
}

/**
 * Where the slowest probe's time went, from the prober's and the server's readings of the
 * machine's monotonic clock: before the server read it (the server's loop busy, or its thread
 * waiting for a core), in the server (read to answered), and on the way back (the prober waiting
 * for a core); then the prober's own longest loop gap and the server's longest collector pause.
 */
function splitCells(r, seen) {
  const slowest = r.probes.reduce((a, b) => (b.answered - b.sent > a.answered - a.sent ? b : a));
  const server = seen?.probes?.[String(slowest.id)];
  const split = server?.answered
    ? [
        ms(server.received - slowest.sent),
        ms(server.answered - server.received),
        ms(slowest.answered - server.answered),
      ]
    : ['n/a', 'n/a', 'n/a'];
  const gc = seen?.gc;
  return [
    ms(slowest.answered - slowest.sent),
    ...split,
    ms(r.proberGap),
    gc ? `${ms(gc.maxMs)} (${num(gc.count)}, ${ms(gc.totalMs)} in all)` : 'n/a',
  ];
}

/** 1 MB bodies: the costliest adversarial families, and BBC articles joined for comparison. */
async function worstCaseBodies(docs) {
  const url = pathToFileURL(path.join(ROOT, 'packages/extract/dist/testing/adversarial.js')).href;
  const { ADVERSARIAL_FAMILIES } = await import(url);
  const bodies = ADVERSARIAL_FAMILIES.filter((f) => WORST_CASE.includes(f.name)).map((f) => ({
    name: f.name,
    label: `\`${f.name}\``,
    text: f.generate(1024 * KB, 16),
    format: f.format,
  }));
  if (docs.length > 0) {
    const joined = docs.map((d) => d.text.trim()).join('\n\n');
    bodies.push({
      name: 'bbc',
      label: 'BBC articles',
      text: joined.repeat(Math.ceil((1024 * KB) / joined.length)).slice(0, 1024 * KB),
      format: 'text',
    });
  }
  return bodies;
}

/** Runs the server bench and returns it as Markdown. */
export async function run({ quick, log }) {
  if (!isBuilt('server') || !isBuilt('extract')) return `### Server\n\n${NOT_BUILT}\n`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-server-'));
  const server = await startServer(SERVER, { dir });
  if (server.error) return `### Server\n\nerror: ${server.error}\n`;
  const api = client(server.port);
  const sections = [];
  try {
    const docs = hasCorpus() ? readCorpus(corpusFiles(quick ? 150 : 0)) : [];
    const base = docs.slice(0, quick ? 50 : BASE_DOCS);
    const ingest = docs.slice(base.length, base.length + (quick ? 100 : INGEST_DOCS));
    log(`server: seeding the store with ${base.length} BBC articles`);
    for (let i = 0; i < base.length; i += FILES_PER_REQUEST) {
      const batch = base.slice(i, i + FILES_PER_REQUEST).map((d) => [path.basename(d.id), d.text]);
      const res = await api.upload('/api/documents', batch);
      if (res.status !== 201) throw new Error(`seeding: ${res.status} ${res.body.slice(0, 200)}`);
    }

    // Health while extracting a 1 MB worst-case body.
    const healthRows = [];
    const splitRows = [];
    log('server: /api/health idle');
    await loopSeen(server, dir);
    const idleHealth = await probe(server.port, '/api/health', {
      idleMs: IDLE_PROBES * PROBE_EVERY_MS,
    });
    const idleSeen = await loopSeen(server, dir);
    healthRows.push([...latencyRow('idle (baseline)', idleHealth), ...loopCells(idleSeen)]);
    splitRows.push(['idle (baseline)', ...splitCells(idleHealth, idleSeen)]);
    const outcomes = [];
    for (const body of await worstCaseBodies(docs.slice(-400))) {
      log(`server: /api/health while ingesting 1 MB of ${body.name}`);
      await loopSeen(server, dir);
      const started = performance.now();
      const during = await probe(server.port, '/api/health', {
        work: () =>
          api.postJson('/api/documents', {
            text: body.text,
            format: body.format,
            source: `${body.name}-1mb`,
          }),
      });
      const res = during.outcome;
      const result = JSON.parse(res.body || '{}').results?.[0];
      outcomes.push(
        `${body.label} ${res.status} ${result?.status ?? ''}${result?.error ? ` (${result.error.code})` : ''} in ${num((performance.now() - started) / 1000, 1)} s`,
      );
      const seen = await loopSeen(server, dir);
      const label = `while ingesting 1 MB of ${body.label}`;
      healthRows.push([
        ...latencyRow(label, during, { label: 'max < 50 ms', ok: (_q, max) => max < 50 }),
        ...loopCells(seen),
      ]);
      splitRows.push([label, ...splitCells(during, seen)]);
    }
    sections.push(
      '### Server: `/api/health` while a 1 MB worst-case body is ingested',
      '',
      `\`startServer\` (the \`kg serve\` job, its worker pool at the default size: the cores but one) on a store of ${num(base.length)} BBC articles. Each body is POSTed as JSON text by the bench, one at a time; meanwhile a prober in a process of its own (\`prober.mjs\`: a client that shares no work with the uploader) sends a new \`GET /api/health\` every ${PROBE_EVERY_MS} ms on a keep-alive socket, until the POST returns. Bodies: 1 MB of the adversarial families that cost most per KB, and 1 MB of BBC articles (others than the store's) — ${outcomes.join('; ')}. Extraction runs in the worker pool, the write in the store's writer thread; the event loop reads the body and hands it on.`,
      '',
      'The last three columns are what the server saw of its own event loop meanwhile (a 2 ms timer in the server process, Linux `/proc/thread-self/schedstat`): the longest gap between two turns of the loop, split into CPU time of the main thread and time it waited for a core (the rest: blocked, e.g. on I/O); the most CPU the main thread spent in any one gap; and the gaps over 50 ms (in brackets, those with over 50 ms of CPU). On a machine with cores to spare, the wall-clock columns approach the CPU ones; on a loaded one, they measure the load.',
      '',
      table(
        [
          'probe',
          'requests',
          'median',
          'p95',
          'max',
          'errors',
          'target',
          'longest loop gap',
          'most CPU in a gap',
          'gaps > 50 ms (CPU > 50 ms)',
        ],
        healthRows,
      ),
      '',
      "Where the slowest probe's time went, from the prober's clock and the server's (the server notes when it read each probe and when its handler called `end`, before the answer's bytes reach the socket, on the machine's monotonic clock, which the prober reads too): before the server read it (its event loop busy, or its thread waiting for a core), in the server, and back to the prober (the prober waiting for a core); beside it the prober's own longest event-loop gap (the time the prober itself could not run) and the server main thread's collector pauses (`PerformanceObserver` 'gc': the longest, how many, their total).",
      '',
      table(
        [
          'probe',
          'slowest',
          'before the server read it',
          'in the server',
          'back to the prober',
          "prober's longest gap",
          'server GC: longest (count, total)',
        ],
        splitRows,
      ),
      '',
    );

    // Search during a 200-document ingest.
    if (ingest.length === 0) {
      sections.push(
        '### Server: search during an ingest',
        '',
        'n/a: ../shared/corpus/bbc is missing.',
        '',
      );
    } else {
      const query = '/api/search?q=minister&limit=10';
      log('server: /api/search idle');
      const idleSearch = await probe(server.port, query, { idleMs: IDLE_PROBES * PROBE_EVERY_MS });
      log(`server: /api/search during a ${ingest.length}-document ingest`);
      const started = performance.now();
      const batches = [];
      for (let i = 0; i < ingest.length; i += FILES_PER_REQUEST) {
        batches.push(
          ingest.slice(i, i + FILES_PER_REQUEST).map((d) => [path.basename(d.id), d.text]),
        );
      }
      let next = 0;
      const statuses = [];
      const lane = async () => {
        while (next < batches.length)
          statuses.push((await api.upload('/api/documents', batches[next++])).status);
      };
      const during = await probe(server.port, query, { work: () => Promise.all([lane(), lane()]) });
      const seconds = (performance.now() - started) / 1000;
      const idleMedian = quantiles(idleSearch.latencies).median;
      const rows = [
        latencyRow('no ingest running (baseline)', idleSearch),
        latencyRow(`during the ${ingest.length}-document ingest`, during, {
          label: 'p95 < 100 ms',
          ok: (q) => q.p95 < 100,
        }),
      ];
      rows[1].push(`${(quantiles(during.latencies).median / idleMedian).toFixed(2)}×`);
      rows[0].push('1.00×');
      sections.push(
        '### Server: `/api/search` during a 200-document ingest',
        '',
        `The same server and store. \`GET ${query}\` every ${PROBE_EVERY_MS} ms on a keep-alive socket, from the prober's own process: first with nothing else running, then while ${num(ingest.length)} further BBC articles are uploaded ${FILES_PER_REQUEST} to a request, two requests at a time (${num(ingest.length / seconds, 1)} documents/s; statuses ${[...new Set(statuses)].join(', ')}).`,
        '',
        table(
          ['probe', 'requests', 'median', 'p95', 'max', 'errors', 'target', 'median vs idle'],
          rows,
        ),
        '',
      );
    }
  } finally {
    api.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return sections.join('\n');
}
