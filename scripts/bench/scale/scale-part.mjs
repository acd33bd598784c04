/**
 * Part `scale`: distributed ingest throughput. The same BBC articles ingested by one SQLite
 * process (`kg ingest --jobs 1`, the baseline) and by 1, 2 and 4 `kg worker --jobs 1` processes
 * on PostgreSQL (a throwaway cluster, one database per run; the documents enqueued first with
 * `kg ingest --queue`, which is timed apart). Per run: wall time from the first process start to
 * the last document merged, documents per second, CPU seconds of the kg processes and of the
 * PostgreSQL server, cores busy (CPU ÷ wall), and the entities and relations the store ends with
 * (the same for every run: queue order makes the graph independent of the number of workers).
 * Steady docs/s counts from the first document stored to the last (the stores' own ingest
 * times), leaving out start-up (the wink-nlp model loading in each process): for one
 * `kg worker --jobs 1` against one `kg ingest --jobs 1` it is the queue's cost per document,
 * polling included (pg-boss's `work()` loop waited out its 0.5 s interval after every job: at
 * most 2 docs/s per worker slot, whatever the documents).
 *
 * CPU is read from /proc: the bench's reaped children (`cutime + cstime` of this process: every
 * kg process, worker threads included) and the cluster's postmaster with its reaped backends.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCluster } from '../../../test/postgres/cluster.mjs';
import { corpusFiles, hasCorpus } from '../lib/corpus.mjs';
import { mb, num, ratio, table } from '../lib/report.mjs';
import { ROOT, importBuilt, importFrom } from '../lib/workspace.mjs';

const KG = path.join(ROOT, 'packages', 'cli', 'dist', 'main.js');
const WORKER_COUNTS = [1, 2, 4];
const TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU seconds in /proc/PID/stat: own (utime + stime) and reaped children (cutime + cstime). */
function cpuOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields after the command, from `state` (field 3): utime is field 14, cstime field 17.
  const at = (field) => Number(fields[field - 3]);
  return { own: (at(14) + at(15)) / TICKS, children: (at(16) + at(17)) / TICKS };
}

/** CPU of the PostgreSQL server so far: the postmaster, its live and its reaped processes. */
function serverCpu(dataDir) {
  const pidFile = path.join(dataDir, 'data', 'postmaster.pid');
  const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  let total = 0;
  const { own, children } = cpuOf(postmaster);
  total += own + children;
  for (const entry of execFileSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)) {
    try {
      total += cpuOf(Number(entry)).own;
    } catch {
      // Gone between listing and reading: its time is in the postmaster's children now.
    }
  }
  return total;
}

/** Runs `kg ARGS…` to its end; rejects with its stderr when it fails. */
function kg(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [KG, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`kg ${args[0]} exited ${code}: ${stderr.trim().slice(-400)}`)),
    );
  });
}

/** Starts `kg worker` processes; `stop()` ends them (SIGTERM) and waits until they are reaped. */
function startWorkers(url, count) {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, [KG, 'worker', '--db', url, '--jobs', '1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  const exited = children.map((child) => new Promise((done) => child.on('close', done)));
  for (const child of children) child.stderr.resume();
  return {
    async stop() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
      await Promise.all(exited);
    },
  };
}

/** Wall and CPU seconds (kg processes, PostgreSQL server) of `work`. */
async function measured(dataDir, work) {
  const kgBefore = cpuOf(process.pid).children;
  const pgBefore = dataDir ? serverCpu(dataDir) : 0;
  const start = performance.now();
  const value = await work();
  const wall = (performance.now() - start) / 1000;
  // Backends of closed connections are reaped by the postmaster within moments.
  if (dataDir) await new Promise((resolve) => setTimeout(resolve, 500));
  return {
    value,
    wall,
    kgCpu: cpuOf(process.pid).children - kgBefore,
    pgCpu: dataDir ? serverCpu(dataDir) - pgBefore : 0,
  };
}

/** Documents per second from the first document stored to the last (the store's ingest times). */
function steadyRate(documents) {
  const times = documents.map((doc) => Date.parse(doc.ingestedAt)).sort((a, b) => a - b);
  const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
  return times.length > 1 && span > 0 ? (times.length - 1) / span : NaN;
}

async function storeTotals(graph, dbPath) {
  const store = await graph.openStore({ path: dbPath, readonly: true });
  try {
    const stats = await store.stats();
    return {
      steady: steadyRate(await store.listDocuments()),
      entities: stats.entities,
      relations: stats.relations,
      evidence: stats.evidence,
      documents: stats.documents,
      bytes: stats.bytes,
    };
  } finally {
    await store.close();
  }
}

export async function run({ quick, log }) {
  const title = '### scale: distributed ingest, 1/2/4 workers on PostgreSQL vs one SQLite process';
  if (!hasCorpus()) return `${title}\n\nn/a (no BBC corpus at ../shared/corpus/bbc)\n`;
  const graph = await importBuilt('graph');
  const queue = await importBuilt('queue');
  if (!graph || !queue || !existsSync(KG)) {
    return `${title}\n\nn/a (not built: run \`npx tsc -b\`)\n`;
  }
  const pg = await importFrom('graph', 'pg');
  const files = corpusFiles(quick ? 100 : 300);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-scale-'));
  log(`scale: starting a throwaway PostgreSQL cluster`);
  const cluster = await startCluster();
  const rows = [];
  try {
    log(`scale: SQLite, one process, ${files.length} documents`);
    const sqlitePath = path.join(tmp, 'scale.db');
    const sqlite = await measured(undefined, () =>
      kg(['ingest', ...files, '--db', sqlitePath, '--jobs', '1', '--quiet']),
    );
    rows.push({
      name: 'SQLite, 1 process (`kg ingest --jobs 1`)',
      ...sqlite,
      totals: await storeTotals(graph, sqlitePath),
    });
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    try {
      for (const workers of WORKER_COUNTS) {
        const database = `scale_${workers}`;
        await admin.query(`CREATE DATABASE ${database}`);
        const url = cluster.urlFor(database);
        const empty = Number(
          (await admin.query(`SELECT pg_database_size('${database}') AS bytes`)).rows[0].bytes,
        );
        log(`scale: PostgreSQL, enqueueing ${files.length} documents`);
        const enqueue = await measured(cluster.dataDir, () =>
          kg(['ingest', ...files, '--db', url, '--queue', '--quiet']),
        );
        log(`scale: PostgreSQL, ${workers} worker process(es)`);
        const ingest = await measured(cluster.dataDir, async () => {
          const running = startWorkers(url, workers);
          let drained = false;
          let failed = 0;
          while (!drained) {
            await new Promise((resolve) => setTimeout(resolve, 250));
            const { counts } = await queue.queueStatus(url);
            drained = counts.merged + counts.failed >= files.length;
            failed = counts.failed;
          }
          const wall = performance.now();
          await running.stop();
          return { failed, stopMs: performance.now() - wall };
        });
        rows.push({
          name: `PostgreSQL, ${workers} \`kg worker --jobs 1\``,
          ...ingest,
          // Stopping the workers is not ingest time.
          wall: ingest.wall - ingest.value.stopMs / 1000,
          enqueue,
          totals: await storeTotals(graph, url),
          emptyBytes: empty,
        });
      }
    } finally {
      await admin.end();
    }
  } finally {
    cluster.destroy();
    rmSync(tmp, { recursive: true, force: true });
  }
  const base = rows[0];
  const rate = (row) => files.length / row.wall;
  const cores = (row) => (row.kgCpu + row.pgCpu) / row.wall;
  const header = [
    'setup',
    'wall s',
    'docs/s',
    'docs/s ÷ SQLite',
    'steady docs/s',
    'steady ÷ SQLite',
    'CPU s kg',
    'CPU s PostgreSQL',
    'cores busy',
    'CPU s per doc',
    'entities',
    'relations',
    'store size',
  ];
  const body = rows.map((row) => [
    row.name,
    num(row.wall, 1),
    num(rate(row), 2),
    ratio(rate(row), rate(base)),
    num(row.totals.steady, 2),
    ratio(row.totals.steady, base.totals.steady),
    num(row.kgCpu, 1),
    row === base ? '—' : num(row.pgCpu, 1),
    num(cores(row), 2),
    num((row.kgCpu + row.pgCpu) / files.length, 3),
    num(row.totals.entities),
    num(row.totals.relations),
    mb(row.totals.bytes - (row.emptyBytes ?? 0)),
  ]);
  const enqueued = rows.filter((row) => row.enqueue);
  const notes = [
    `${files.length} BBC articles (an even sample across the five topics), the same files for every row. This machine has ${os.availableParallelism()} cores: a row whose "cores busy" is near that count is CPU-bound, and more workers cannot go faster here, only on more cores or machines.`,
    `Enqueueing (\`kg ingest --queue\`, not in the rows above): ${enqueued.map((row) => `${num(row.enqueue.wall, 1)} s`).join(', ')} wall for the three PostgreSQL runs.`,
    `Failed documents: ${rows
      .slice(1)
      .map((row) => row.value?.failed ?? 0)
      .join(
        ', ',
      )} (1, 2, 4 workers). Entities and relations should be equal down the column: workers extract in parallel and one merge stage commits in queue order.`,
    `Store size: the SQLite file with its write-ahead log; for PostgreSQL the growth of \`pg_database_size\` over the new, empty database (${mb(rows[1]?.emptyBytes)}), which also holds the queue (pg-boss jobs, \`kg_queue\` with each document's text) and the full-text vectors of ${num(rows[1]?.totals.evidence)} evidence rows.`,
    `Steady docs/s: from the first document stored to the last, by the stores' own ingest times, so the start-up of each process (loading the wink-nlp model, a few seconds) is left out. For one \`kg worker --jobs 1\` against one \`kg ingest --jobs 1\` it is the queue's cost per document, fetch, lease, settle and merge stage included. pg-boss's \`work()\` loop, which workers used before they fetched jobs themselves, waited out its 0.5 s polling interval after every job: at most 2 docs/s per worker slot whatever the documents (measured 2.03 docs/s on 60 BBC business articles; see docs/scaling.md).`,
    `CPU s per doc is the figure that survives a busy machine (wall time does not: with a load average above ${os.availableParallelism()}, every process waits for a core). On an idle machine a setup can go at most as fast as cores ÷ CPU s per doc, and the merge stage, which is serial, at most as fast as one core allows for the merge alone.`,
  ];
  return `${title}\n\n${table(header, body)}\n\n${notes.join('\n\n')}\n`;
}
