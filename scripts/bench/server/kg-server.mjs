/**
 * Our server for the server bench, in its own process: `startServer` from `@kg/server` — the
 * same job `kg serve` runs, with its extraction worker pool and budget — on a fresh SQLite store
 * in --dir, on 127.0.0.1 and a free port. --jobs sets the pool (default: the server's own).
 *
 * It also watches its own event loop (Linux): a 2 ms timer splits every gap between two of its
 * turns into CPU time of the main thread, time waiting for a core and the rest (blocked), read
 * from `/proc/thread-self/schedstat`; on SIGUSR2 it writes what it saw since the last SIGUSR2 to
 * `loop.json` in --dir (the longest gap, the most CPU held in one gap, gaps over 50 ms), so the
 * bench can tell a server that holds its loop from a machine that gives it no core. With it go
 * the collector's pauses of the main thread (`PerformanceObserver` 'gc' entries: the longest, the
 * total) and, for every request carrying an `x-probe` header (the bench's prober), when the
 * server read it and when it finished answering (ms on the monotonic clock, via the
 * `http.server.request.start` diagnostics channel), so a probe's latency splits into the time
 * before the server read it, in the server, and on the way back to the prober.
 */
import diagnostics from 'node:diagnostics_channel';
import { readFileSync, writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import path from 'node:path';
import { childArgs, emitPort, emitResult } from '../lib/child.mjs';
import { importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const server = await importBuilt('server');
if (!server?.startServer) {
  emitResult({ error: 'not built' });
  process.exit(1);
}
const running = await server.startServer({
  settings: {
    db: path.join(args.dir, 'kg.db'),
    port: 0,
    host: '127.0.0.1',
    // The bench posts many documents from one client: no rate limit on it.
    ingestRateLimit: 1_000_000,
    ...(args.jobs ? { extractJobs: Number(args.jobs) } : {}),
  },
  log: (message) => process.stderr.write(`${message}\n`),
});

/** Milliseconds this thread has run and waited for a core, or undefined off Linux. */
function schedstat() {
  try {
    const [run, wait] = readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ');
    return { cpu: Number(run) / 1e6, wait: Number(wait) / 1e6 };
  } catch {
    return undefined;
  }
}

const GAP_MS = 50;
const empty = () => ({
  maxGapMs: 0,
  maxGap: undefined,
  maxCpuMs: 0,
  gapsOver: 0,
  cpuOver: 0,
  gc: { count: 0, totalMs: 0, maxMs: 0 },
  probes: {},
});
let seen = empty();
/**
 * Milliseconds on the machine's monotonic clock, which every process shares: comparable with the
 * prober's (`performance.timeOrigin` is each process's own reading of the wall clock at its start,
 * off by as long as the process waited for a core while it took it).
 */
const clockMs = () => Number(process.hrtime.bigint()) / 1e6;
diagnostics.subscribe('http.server.request.start', ({ request, response }) => {
  const id = request.headers['x-probe'];
  if (typeof id !== 'string') return;
  const record = { received: clockMs() };
  seen.probes[id] = record;
  // Answered = the moment the handler calls `end`, before the bytes go to the socket. 'prefinish'
  // (and 'finish' later still) come after the write: on a busy machine the server's thread can
  // lose its core between the write and the event, while the prober already reads the answer,
  // which printed a negative time "back to the prober" (-6.6 ms, 2026-12-06 08:20).
  const end = response.end;
  response.end = function (...args) {
    record.answered ??= clockMs();
    return end.apply(this, args);
  };
});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    seen.gc.count++;
    seen.gc.totalMs += entry.duration;
    seen.gc.maxMs = Math.max(seen.gc.maxMs, entry.duration);
  }
}).observe({ entryTypes: ['gc'] });
let last = { at: performance.now(), ...schedstat() };
if (last.cpu !== undefined) {
  setInterval(() => {
    const now = { at: performance.now(), ...schedstat() };
    const gap = { wall: now.at - last.at, cpu: now.cpu - last.cpu, wait: now.wait - last.wait };
    last = now;
    if (gap.wall > seen.maxGapMs) {
      seen.maxGapMs = gap.wall;
      seen.maxGap = gap;
    }
    seen.maxCpuMs = Math.max(seen.maxCpuMs, gap.cpu);
    if (gap.wall > GAP_MS) seen.gapsOver++;
    if (gap.cpu > GAP_MS) seen.cpuOver++;
  }, 2).unref();
  process.on('SIGUSR2', () => {
    writeFileSync(path.join(args.dir, 'loop.json'), JSON.stringify(seen));
    seen = empty();
  });
}
emitPort(running.port);
process.on('SIGTERM', () => {
  void running.close().then(() => process.exit(0));
});
