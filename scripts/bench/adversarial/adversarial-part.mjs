/**
 * Adversarial bench (issue 16): each family of hostile input (packages/extract/src/testing/
 * adversarial.ts) timed at two sizes per doubling, 64 KB → 128 KB and 512 KB → 1 MB, beside
 * BBC articles joined to the same size, with the growth ratio and the cost per KB against BBC
 * (each side timed in a child process of its own, so no side's reading depends on the others);
 * then the peak memory of one 5 MB document of each family, each alone in its own process.
 * Targets: growth ≤ 2.3× per doubling, ≤ 5× BBC per KB, peak RSS < 1 GB at 5 MB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runChild } from '../lib/child.mjs';
import { corpusFiles, hasCorpus, readCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, mb, num, table, verdict } from '../lib/report.mjs';
import { ROOT } from '../lib/workspace.mjs';

const SIDE = new URL('./adversarial-side.mjs', import.meta.url).pathname;
const KB = 1024;
const PAIRS = [
  [64, 128],
  [512, 1024],
];
const MAX_GROWTH = 2.3;
const MAX_VS_BBC = 5;
const MEMORY_KB = 5 * 1024;
const MAX_RSS = 1024 ** 3;

const failed = (r) => (r.error === 'not built' ? NOT_BUILT : `error: ${r.error}`);

/** "12.3 ms" for a cell, "refused" when the extractor turned the document down. */
function cell(r) {
  if (!r) return 'n/a';
  const time = `${num(r.ms, r.ms < 10 ? 1 : 0)} ms`;
  return r.refused ? `${time} (refused: ${r.refused})` : time;
}

async function loadFamilies() {
  const url = pathToFileURL(path.join(ROOT, 'packages/extract/dist/testing/adversarial.js')).href;
  return import(url).then((m) => m.ADVERSARIAL_FAMILIES).catch(() => undefined);
}

/** Growth and per-KB rows from the timing child's results. */
function timingRows(timing, families) {
  const bbc = timing.results.bbc;
  const perKb = (r, size) => (r ? r.ms / size : undefined);
  const rows = [];
  const misses = [];
  for (const name of ['bbc', ...families.map((f) => f.name)]) {
    const r = timing.results[name];
    if (!r) continue;
    const row = [name === 'bbc' ? 'BBC articles (baseline)' : `\`${name}\``];
    let ok = true;
    for (const [small, large] of PAIRS) {
      const growth = r[large] && r[small] ? r[large].ms / r[small].ms : undefined;
      const vsBbc = bbc ? perKb(r[large], large) / perKb(bbc[large], large) : undefined;
      const refused = r[large]?.refused || r[small]?.refused;
      row.push(cell(r[small]), cell(r[large]), growth ? `${growth.toFixed(2)}×` : 'n/a');
      row.push(`${num(perKb(r[large], large), 2)}`, vsBbc ? `${vsBbc.toFixed(2)}×` : 'n/a');
      if (name !== 'bbc' && !refused && (growth > MAX_GROWTH || vsBbc > MAX_VS_BBC)) ok = false;
    }
    if (name !== 'bbc' && !ok) misses.push(name);
    row.push(name === 'bbc' ? '' : verdict(ok));
    rows.push(row);
  }
  return { rows, misses };
}

/** Writes one 5 MB document per side into `dir`; returns [{ name, file, format }]. */
function writeMemoryInputs(dir, families) {
  const inputs = [];
  if (hasCorpus()) {
    const corpus = readCorpus(corpusFiles())
      .map((d) => d.text.trim())
      .join('\n\n');
    const text = corpus.repeat(Math.ceil((MEMORY_KB * KB) / corpus.length));
    const file = path.join(dir, 'bbc.txt');
    writeFileSync(file, text.slice(0, MEMORY_KB * KB));
    inputs.push({ name: 'bbc', file, format: 'text' });
  }
  for (const family of families) {
    const file = path.join(dir, `${family.name}.txt`);
    writeFileSync(file, family.generate(MEMORY_KB * KB, 16));
    inputs.push({ name: family.name, file, format: family.format });
  }
  return inputs;
}

/**
 * Times every side in a timing child of its own, one after the other (never two at once: a
 * child's CPU time includes V8's helper threads, which want the other core). In one child for
 * all, a family inherited the heap the families before it left (old space grown, large objects
 * and concurrent marking under way), and its reading at 512 KB → 1 MB depended on its place in
 * the list: crlf 2.42×, long-word 2.68×, punctuation 2.64× in the suite against 1.77×, 1.84×,
 * 1.66× timed alone (quiet run, 2026-12-07). Each child warms on a little BBC text first, so every
 * side runs with the same models loaded. Returns the results merged, as one child reported them.
 */
async function timeSides(names, log, args) {
  const results = {};
  const partial = [];
  const errors = [];
  for (const name of names) {
    log(`adversarial: timing ${name}, in a process of its own`);
    const r = await runChild(
      SIDE,
      { ...args, sides: name },
      { nodeArgs: ['--expose-gc'], timeoutMs: 2 * 3600_000, cpuTimeoutMs: 15 * 60_000 },
    );
    if (r.error === 'not built') return r;
    if (r.error) errors.push(`\`${name}\`: ${r.error}`);
    Object.assign(results, r.results ?? {});
    if (r.partial) partial.push(`\`${name}\` (${r.interrupted ?? 'stopped'})`);
  }
  if (Object.keys(results).length === 0) return { error: errors.join('; ') || 'no result' };
  return { results, errors, partial };
}

/** Runs the adversarial part and returns it as Markdown. */
export async function run({ quick, log }) {
  const families = await loadFamilies();
  if (!families) return `### Adversarial input\n\n${NOT_BUILT}\n`;
  const sizes = PAIRS.flat();
  log(`adversarial: ${families.length} families and BBC at ${sizes.join(', ')} KB`);
  // Every family at four sizes: one untimed run, then two samples of 1 MB of text each (16
  // documents of 64 KB back to back, one of 1 MB), the least per document. About 7 minutes of
  // CPU time on an idle machine; on a loaded 2-core machine that is far more wall time, so its
  // CPU time is bounded instead, and it reports each size as it finishes.
  const samples = quick ? 1 : 2;
  const volume = quick ? 256 : 1024;
  // A sample goes on, `volume` KB at a time, until it has taken this much CPU.
  const minSampleMs = quick ? 250 : 1000;
  const timing = await timeSides(['bbc', ...families.map((f) => f.name)], log, {
    mode: 'time',
    sizes: sizes.join(','),
    samples,
    volume,
    'min-sample-ms': minSampleMs,
  });
  const sections = ['### Adversarial input: time per doubling, beside BBC', ''];
  if (timing.error) {
    sections.push(failed(timing), '');
  } else {
    const { rows, misses } = timingRows(timing, families);
    const header = ['family'];
    for (const [small, large] of PAIRS) {
      const kb = (n) => (n >= 1024 ? `${n / 1024} MB` : `${n} KB`);
      header.push(kb(small), kb(large), 'growth', `ms/KB at ${kb(large)}`, '× BBC');
    }
    header.push(`≤ ${MAX_GROWTH}× growth, ≤ ${MAX_VS_BBC}× BBC`);
    sections.push(
      `Each family (${families.map((f) => `\`${f.name}\``).join(', ')}; what each one is: \`packages/extract/src/testing/adversarial.ts\`) and BBC articles joined by blank lines, cut to the same size, through \`createExtractor().extract\` on the main thread of a child process, one process per side, run one after the other (no pool, no budget: the work itself; each process warms on a little of its side and of BBC text, so every side runs with the same models loaded and none inherits the heap another left). Sizes in KB of 1,024 UTF-16 code units. Time = CPU time of the process per document (all threads: V8's collector and compiler threads included), measured warm: after a full collection and one untimed run of every side at both sizes of a pair, each side is timed in samples of ${volume >= 1024 ? `${volume / 1024} MB` : `${volume} KB`} of text (as many documents of that size back to back: ${volume / 64} of 64 KB, ${Math.max(1, Math.round(volume / 1024))} of 1 MB; a sample that has taken less than ${minSampleMs} ms of CPU goes on, that much text at a time, up to 64 times, so tens of milliseconds are not read from one or two runs), and the least of ${samples === 1 ? 'one sample' : `${samples} samples`} over the documents in it is kept; the two sizes of a pair interleaved sample by sample. Every size is sampled the same way, so each pays the collector's work in proportion to its own (timing single runs and keeping the least of many picked, at 64 KB, a run that no collection touched: amp-entities 2.8 ms against 12–13 ms per document amortised). Growth = time at the larger size over the smaller; × BBC = ms per KB over BBC's at the same size. A refused document (a typed error, e.g. HTML nested deeper than browsers nest) counts as met.`,
      '',
      table(header, rows),
      '',
      misses.length === 0
        ? 'Every family is within both targets.'
        : `Outside a target: ${misses.map((m) => `\`${m}\``).join(', ')}.`,
      '',
    );
    if (timing.partial.length > 0) {
      sections.push(
        `Cut short: ${timing.partial.join(', ')}; the sizes without a figure were not reached.`,
        '',
      );
    }
    if (timing.errors.length > 0) sections.push(`Failed: ${timing.errors.join('; ')}.`, '');
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-bench-adversarial-'));
  try {
    const chosen = quick ? families.filter((f) => ['unicode', 'names'].includes(f.name)) : families;
    const inputs = writeMemoryInputs(dir, chosen);
    // Each document in a process of its own, as many at once as there are cores (at most two):
    // a peak RSS is the process's own, and the budget counts a thread's CPU time, not the wall
    // clock, so neither depends on a neighbour. Rows in input order.
    const results = new Array(inputs.length);
    let next = 0;
    const lane = async () => {
      while (next < inputs.length) {
        const i = next++;
        const input = inputs[i];
        log(`adversarial: 5 MB of ${input.name}, alone (memory)`);
        results[i] = await runChild(
          SIDE,
          { mode: 'memory', file: input.file, format: input.format, family: input.name },
          { nodeArgs: ['--expose-gc'] },
        );
      }
    };
    const lanes = Math.max(1, Math.min(2, os.availableParallelism()));
    await Promise.all(Array.from({ length: lanes }, lane));
    const rows = [];
    for (const [i, input] of inputs.entries()) {
      const r = results[i];
      const label = input.name === 'bbc' ? 'BBC articles' : `\`${input.name}\``;
      if (r.error) {
        rows.push([label, failed(r), '', '', '']);
        continue;
      }
      rows.push([
        label,
        cell(r),
        `${num(r.wall / 1000, 1)} s`,
        mb(r.peakRss),
        input.name === 'bbc' ? '' : `< 1 GB: ${verdict(r.peakRss < MAX_RSS)}`,
      ]);
    }
    sections.push(
      '### Adversarial input: peak memory of one 5 MB document',
      '',
      `Each document (5 MB = ${num(MEMORY_KB * KB)} code units) written to a file by the bench, then read and extracted by a child process of its own (two such processes at a time on two cores or more: the budget counts CPU time, so the outcome does not depend on the other)${quick ? ' (--quick: two families)' : ''} as \`kg extract\` extracts a file that size: \`createExtractorPool({ jobs: 1 })\`, one worker thread under the default budget (512 MB heap, 60 s per MB). Peak RSS = \`process.resourceUsage().maxRSS\` of that process (both threads, models and text included); CPU time of the process.`,
      '',
      table(['input', 'CPU time', 'wall time', 'peak RSS', 'target'], rows),
      '',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sections.join('\n');
}
