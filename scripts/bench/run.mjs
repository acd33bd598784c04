/**
 * `pnpm bench [--only PART,...] [--quick] [--full-scale] [--out FILE]` (parts: see USAGE)
 *
 * Measures the built packages (`packages/NAME/dist`) against the bare libraries they stand on,
 * side by side in one run, and prints Markdown tables with the ratios. It only measures: no
 * product logic lives here, and nothing here asserts a time. Progress goes to stderr, tables to
 * stdout (and to FILE with --out).
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { table } from './lib/report.mjs';
import { cpuSecondsWithChildren, summaryTable } from './lib/summary.mjs';
import { ROOT, isBuilt } from './lib/workspace.mjs';

const PARTS = [
  'extract',
  'parse',
  'ner',
  'graph',
  'explorer',
  'store-scale',
  'scale',
  'adversarial',
  'server',
  'startup',
];
const USAGE = `Usage: pnpm bench [--only PART,...|PART:SECTION] [--quick] [--full-scale] [--out FILE]

  --only LIST   run only these parts (comma-separated): ${PARTS.join(', ')}; or sections of
                the graph part: graph:ingest, graph:merge, graph:query; of the explorer:
                explorer:bbc (the BBC store, built once per build under .cache/bench-stores),
                explorer:synthetic; or columns of store-scale: store-scale:bbc,
                store-scale:100k, store-scale:1m, store-scale:3m
  --quick       smaller inputs for a run of a few minutes: 300 BBC articles (100 for scale),
                100,000 relations,
                a 20,000-node query graph, one browser load per side on the 5,000-node graph
                only, the 10,000 / 100,000 store only
  --full-scale  store-scale also builds and serves the 300,000 / 3,000,000 store (building it
                the first time takes long; stores are cached under .cache/bench-stores)
  --out FILE    also write the Markdown report to FILE
  --help        this text

Run \`npx tsc -b\` (and \`pnpm --filter @kg/viewer build\` for the explorer) first: the bench
imports the built packages and says which are missing.`;

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'full-scale': { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
// `graph` runs a whole part; `graph:merge` one of its sections (graph: ingest, merge, query).
const selected = values.only ? values.only.split(',').map((p) => p.trim()) : PARTS;
const only = PARTS.filter((part) => selected.some((p) => p.split(':')[0] === part));
const sectionsOf = (part) =>
  selected.filter((p) => p.startsWith(`${part}:`)).map((p) => p.slice(part.length + 1));
const unknown = selected.filter((p) => !PARTS.includes(p.split(':')[0]));
if (unknown.length > 0) {
  process.stderr.write(
    `bench: unknown part "${unknown.join(', ')}" (expected ${PARTS.join(', ')})\n`,
  );
  process.exit(2);
}

/** Newest modification time under a folder (src files), 0 when absent. */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      time = Math.max(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** One line per package: built, missing, or older than its sources. */
function buildCheck() {
  const lines = [];
  for (const pkg of ['schema', 'parse', 'extract', 'graph', 'server']) {
    if (!isBuilt(pkg)) {
      lines.push(
        `- @kg/${pkg}: dist missing (run \`npx tsc -b\`); its rows print "n/a (not built)"`,
      );
      continue;
    }
    // tsc -b re-emits only what changed, so compare the newest file on each side.
    const dist = newest(path.join(ROOT, 'packages', pkg, 'dist'));
    if (newest(path.join(ROOT, 'packages', pkg, 'src')) > dist + 1000) {
      lines.push(`- @kg/${pkg}: dist is older than src (run \`npx tsc -b\` for current figures)`);
    }
  }
  if (!existsSync(path.join(ROOT, 'packages', 'viewer', 'dist', 'index.html'))) {
    lines.push('- @kg/viewer: dist missing (run `pnpm --filter @kg/viewer build`)');
  }
  return lines;
}

const t0 = performance.now();
const log = (message) =>
  process.stderr.write(
    `bench [${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
  );
const command = `pnpm bench${process.argv.slice(2).length ? ' ' + process.argv.slice(2).join(' ') : ''}`;
const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const header = [
  `## Benchmark run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  '',
  `\`${command}\` — Node ${process.version}, ${os.availableParallelism()} cores (${cpu.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM.`,
  '',
];
const check = buildCheck();
if (check.length > 0) header.push('Build check:', ...check, '');
const sections = [header.join('\n')];
process.stdout.write(sections[0]);

const started = performance.now();
const durations = [];
for (const part of only) {
  const partStart = performance.now();
  const cpuBefore = cpuSecondsWithChildren();
  const loadBefore = os.loadavg()[0];
  let text;
  try {
    const { run } = await import(`./${part}/${part}-part.mjs`);
    const sections = sectionsOf(part);
    text = await run({
      quick: values.quick,
      fullScale: values['full-scale'],
      log,
      sections: sections.length ? sections : undefined,
    });
  } catch (error) {
    text = `### ${part}\n\nerror: ${error instanceof Error ? error.stack : String(error)}\n`;
  }
  const partSeconds = (performance.now() - partStart) / 1000;
  const cpuAfter = cpuSecondsWithChildren();
  const partCpu = cpuBefore === undefined ? undefined : cpuAfter - cpuBefore;
  const loadAfter = os.loadavg()[0];
  durations.push({ part, seconds: partSeconds, cpu: partCpu, loadBefore, loadAfter });
  log(`${part} done in ${partSeconds.toFixed(0)} s`);
  const cpuText =
    partCpu === undefined ? '' : ` (${partCpu.toFixed(0)} CPU-s, its children's included)`;
  text += `\nPart took ${partSeconds.toFixed(0)} s${cpuText}; 1-minute load average ${loadBefore.toFixed(1)} at its start, ${loadAfter.toFixed(1)} at its end (${os.availableParallelism()} cores: above that, other work was competing for the CPU).\n`;
  process.stdout.write(`\n${text}`);
  sections.push(text);
}
const totalSeconds = (performance.now() - started) / 1000;
const total = [
  '',
  '### Summary: issue 18 and the run itself',
  '',
  summaryTable(),
  '',
  'Each line as its part measured it above (the ratios side by side in one process, memory per side in its own); "issue start" is the figure the issue was filed with, or the first measurement where the issue had none.',
  '',
  table(
    ['part', 'wall time', 'CPU time (children included)', 'load at start → end'],
    durations.map((d) => [
      `\`${d.part}\``,
      `${d.seconds.toFixed(0)} s`,
      d.cpu === undefined ? 'n/a' : `${d.cpu.toFixed(0)} s`,
      `${d.loadBefore.toFixed(1)} → ${d.loadAfter.toFixed(1)}`,
    ]),
  ),
  '',
  `Total bench time: ${totalSeconds.toFixed(0)} s.`,
  '',
].join('\n');
process.stdout.write(total);
sections.push(total);
if (values.out) writeFileSync(values.out, sections.join('\n'));
