/**
 * Start-up bench (issue 18): how long `kg --help` and a one-word `kg extract` take from the
 * shell's point of view, beside a bare `node -e 0`. Each command is a fresh process
 * (`node packages/cli/dist/main.js …`, what the `kg` bin runs), run in rotating order so load
 * from elsewhere hits all alike; wall time to exit, median and spread. Target: ≤ 0.25 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NOT_BUILT, mb, ms, quantiles, ratio, table, verdict } from '../lib/report.mjs';
import { summarise } from '../lib/summary.mjs';
import { ROOT, isBuilt } from '../lib/workspace.mjs';

const KG = path.join(ROOT, 'packages', 'cli', 'dist', 'main.js');
const TARGET_MS = 250;
const WINK_FLOOR = new URL('./wink-floor.mjs', import.meta.url).pathname;

/** Wall milliseconds of one run of `node …args`, and whether it exited as expected. */
function time(args) {
  const start = performance.now();
  const res = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
  return { ms: performance.now() - start, status: res.status, stderr: res.stderr };
}

/** Preloaded into one extra run of each command: its peak RSS and CPU time, on stderr at exit. */
const REPORT_AT_EXIT = `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('@@usage ' + JSON.stringify({ maxRss: u.maxRSS * 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }) + '\\n'); });`;

/** Peak RSS (bytes) and CPU milliseconds of one run of `node …args`, or undefined. */
function usage(args, preload) {
  const res = spawnSync(process.execPath, ['--require', preload, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = res.stderr.split('\n').find((l) => l.startsWith('@@usage '));
  return line ? JSON.parse(line.slice('@@usage '.length)) : undefined;
}

/** Runs the start-up rows and returns the section as Markdown. */
export async function run({ quick, log }) {
  if (!existsSync(KG) || !isBuilt('extract')) return `### Start-up\n\n${NOT_BUILT}\n`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-startup-'));
  const word = path.join(dir, 'one-word.txt');
  writeFileSync(word, 'Iran\n');
  const sides = [
    { label: 'bare `node -e 0` (baseline)', args: ['-e', '0'] },
    { label: '`kg --help`', args: [KG, '--help'], target: true },
    { label: '`kg extract one-word.txt`', args: [KG, 'extract', word], target: true },
    {
      label:
        'bare wink-nlp: its model loaded and one word read (`startup/wink-floor.mjs`, the floor under `kg extract`)',
      args: [WINK_FLOOR],
    },
  ];
  const runs = quick ? 5 : 15;
  const samples = sides.map(() => []);
  const errors = sides.map(() => undefined);
  const usages = [];
  try {
    for (const side of sides) time(side.args); // warm the file cache
    for (let round = 0; round < runs; round++) {
      log(`startup: round ${round + 1}/${runs}`);
      // Rotating order: each side goes first, middle and last equally often.
      for (let k = 0; k < sides.length; k++) {
        const i = (round + k) % sides.length;
        const r = time(sides[i].args);
        if (r.status !== 0) errors[i] = `exit ${r.status}: ${r.stderr.trim().slice(0, 200)}`;
        samples[i].push(r.ms);
      }
    }
    const preload = path.join(dir, 'report-at-exit.cjs');
    writeFileSync(preload, REPORT_AT_EXIT);
    for (const side of sides) usages.push(usage(side.args, preload));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const peaks = usages.map((u) => u?.maxRss);
  const base = quantiles(samples[0]).median;
  for (const [i, key] of [
    [1, 'startup-help'],
    [2, 'startup-extract'],
  ]) {
    if (errors[i]) continue;
    const q = quantiles(samples[i]);
    summarise(key, {
      // CPU time beside: at a high load the wall time is mostly waiting for a core.
      value: `${ms(q.median)} (\`node -e 0\` ${ms(base)}; ${ratio(q.median, base)}); CPU ${usages[i] ? ms(usages[i].cpuMs) : 'n/a'} (\`node -e 0\` ${usages[0] ? ms(usages[0].cpuMs) : 'n/a'})`,
      met: q.median <= TARGET_MS,
      memory: peaks[i] ? `${mb(peaks[i])} RSS (\`node -e 0\` ${mb(peaks[0])})` : '',
    });
  }
  const rows = sides.map((side, i) => {
    if (errors[i]) return [side.label, `error: ${errors[i]}`, '', '', '', '', '', '', ''];
    const q = quantiles(samples[i]);
    return [
      side.label,
      ms(q.median),
      ms(Math.min(...samples[i])),
      ms(q.p95),
      i === 0 ? '1.00×' : ratio(q.median, base),
      side.target ? `≤ ${TARGET_MS} ms: ${verdict(q.median <= TARGET_MS)}` : '',
      usages[i] ? ms(usages[i].cpuMs) : 'n/a',
      usages[i] ? mb(usages[i].maxRss) : 'n/a',
    ];
  });
  return [
    '### Start-up: `kg --help` and a one-word `kg extract`',
    '',
    `Each a fresh process (\`node packages/cli/dist/main.js …\`, what the \`kg\` bin runs; the one-word file holds "Iran"), ${runs} runs each in rotating order after one untimed run of each; wall time from spawn to exit. A one-word \`kg extract\` extracts in its own thread (one small file starts no worker) and loads wink-nlp's model, the lexicons and the tagger's and parser's models before it extracts; the last row is the part of that no kg code can remove while wink-nlp's model must load. CPU time and peak RSS: one more run of each, with a preloaded script that reads \`process.resourceUsage()\` at exit (CPU time does not wait for a core: on a loaded machine it is the closer reading of what a quiet one would show as wall time). Node ${process.version}: \`module.enableCompileCache()\` (Node 22.1+) is called when present; Node 20 has no compile cache.`,
    '',
    table(
      [
        'command',
        'median',
        'min',
        'p95',
        'vs node -e 0',
        'target (median)',
        'CPU time',
        'peak RSS',
      ],
      rows,
    ),
    '',
  ].join('\n');
}
