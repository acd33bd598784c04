/**
 * One child of the adversarial bench (issue 16), in its own process:
 *   --mode=time     the sides in --sides (comma-separated: `bbc` and family names; default
 *                   every family and BBC; --families=a,b is BBC and those families) at the sizes
 *                   in --sizes (KB, comma-separated): per document, the least of --samples samples,
 *                   each as many runs back to back as make --volume KB of text (again and
 *                   again, up to 64 times, until the sample has taken --min-sample-ms of CPU);
 *                   sizes taken in
 *                   pairs (64,128 then 512,1024), both sizes of a pair and all sides
 *                   interleaved sample by sample
 *   --mode=memory   one document from --file (--format text or html) through a one-worker pool
 *                   with the default budget, alone: peak RSS and time
 * The extractor is `createExtractor().extract` on the main thread, the pipeline itself: no pool,
 * no budget, so what is timed is the work and nothing stops it. Times are CPU time of the
 * process (all threads): on a machine shared with other work, wall time measures the neighbours.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { childArgs, emitResult, peakRss } from '../lib/child.mjs';
import { corpusFiles, hasCorpus, readCorpus } from '../lib/corpus.mjs';
import { ROOT, importBuilt } from '../lib/workspace.mjs';

const args = childArgs();
const KB = 1024;
/** A sample goes on, a `--volume` of text at a time, until it has taken this much CPU. */
const MIN_SAMPLE_MS = Number(args['min-sample-ms'] ?? 1000);
/** Untimed runs before a pair's samples take at least this much CPU (or a volume of text). */
const WARM_MS = Number(args['warm-ms'] ?? 250);
/** …or until it has covered this many times `--volume` of text. */
const MAX_VOLUMES = 64;

const extract = await importBuilt('extract');
const adversarial = await import(
  pathToFileURL(path.join(ROOT, 'packages/extract/dist/testing/adversarial.js')).href
).catch(() => undefined);
if (!extract || !adversarial) {
  emitResult({ error: 'not built' });
  process.exit(0);
}
const { ADVERSARIAL_FAMILIES } = adversarial;

let corpus;
/** BBC articles joined by blank lines (the corpus again when it is not enough), cut to `size`. */
function bbcText(size) {
  if (!hasCorpus()) return undefined;
  corpus ??= readCorpus(corpusFiles())
    .map((doc) => doc.text.trim())
    .join('\n\n');
  return corpus.repeat(Math.ceil(size / corpus.length)).slice(0, size);
}

const sides = [
  { name: 'bbc', format: 'text', text: (size) => bbcText(size) },
  ...ADVERSARIAL_FAMILIES.map((f) => ({
    name: f.name,
    format: f.format,
    text: (size) => f.generate(size, 16),
  })),
];

const extractor = extract.createExtractor();

/** CPU milliseconds of this process (all its threads, the collector's included) since `from`. */
function cpuMs(from) {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

/**
 * Whether any thread of this process but the main one is running or waiting for a core (Linux:
 * the state in /proc/self/task/<tid>/stat); undefined where that cannot be read.
 */
function helpersBusy() {
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      if (Number(tid) === process.pid) continue;
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'latin1');
      if (stat[stat.lastIndexOf(')') + 2] === 'R') return true;
    }
    return false;
  } catch {
    return undefined;
  }
}

/**
 * A full collection, then a wait until V8's helper threads have finished it (none running or
 * runnable at two reads 2 ms apart; at most two seconds). The forced collection leaves 10 to
 * 40 ms of CPU to its helpers (measured per thread in /proc/self/task), which otherwise lands in
 * the next timed run whatever its size: a fixed cost that inflated some runs and not others.
 */
async function quiet() {
  globalThis.gc?.();
  let idle = 0;
  for (let i = 0; i < 1000 && idle < 2; i++) {
    await sleep(2);
    const busy = helpersBusy();
    if (busy === undefined) {
      await sleep(20);
      return;
    }
    idle = busy ? 0 : idle + 1;
  }
}

/**
 * One extraction: CPU and wall milliseconds, and the error code when the document was refused.
 * No collection is forced before it: a forced full collection (`gc()`) leaves the next run two
 * to three times slower (al-prefix at 256 KB, same process, least of 7: 24.9 ms after a 50 ms
 * pause, 78.7 ms after `gc()` and the same pause; the same functions of ours and of the tagger
 * ran 4–6× longer in a CPU profile), and more so the larger the run, which read as growth
 * (2.86× per doubling where the work itself grows 1.9–2.0×). A run's garbage is collected in
 * the runs after it; the least of several runs is one that paid little of it.
 */
async function once(side, text) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let refused;
  try {
    extractor.extract({ id: side.name, text, format: side.format });
  } catch (error) {
    refused = error?.code ?? String(error);
  }
  const wall = performance.now() - start;
  return { ms: cpuMs(cpu), wall, ...(refused ? { refused } : {}) };
}

/**
 * One sample of a side at one size: `runs` extractions of the same text back to back, and the
 * CPU and wall milliseconds per document. A sample always covers about the same amount of text
 * (`--volume` KB, default 1 MB: 16 documents of 64 KB, one of 1 MB), so the collector's work — a
 * scavenge every few megabytes allocated, incremental and concurrent marking of the model's
 * heap on V8's helper threads — lands on every size in proportion to its work. Timing single
 * runs and keeping the least of many did not: a 3 ms run of 64 KB fits between two collections
 * and the least of 40 is one that paid for none (amp-entities at 64 KB: 2.7–3.0 ms least of 40
 * single runs, 12–13 ms per document over a 1 MB sample), while no run of 1 MB escapes them.
 * A side that costs tens of milliseconds per volume goes on, a volume at a time, until the
 * sample has taken `MIN_SAMPLE_MS` of CPU (at most `MAX_VOLUMES` volumes): hyphens at 1 MB is
 * 17–41 ms, about one scavenge or one slice of concurrent marking, so the least of two samples
 * of one run each was a draw of where the collector fell (growth 2.38× in one quiet run, 2.03×
 * over 30 runs per size). When the work is linear both sizes of a pair take about as many
 * volumes, so both still see about the same amount of text.
 */
async function sample(side, text, runs) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  let refused;
  let done = 0;
  for (let volumes = 0; volumes < MAX_VOLUMES; volumes++) {
    for (let i = 0; i < runs; i++) {
      const r = await once(side, text);
      refused ??= r.refused;
    }
    done += runs;
    if (refused || cpuMs(cpu) >= MIN_SAMPLE_MS) break;
  }
  return {
    ms: cpuMs(cpu) / done,
    wall: (performance.now() - start) / done,
    runs: done,
    ...(refused ? { refused } : {}),
  };
}

async function timeAll() {
  const sizes = String(args.sizes ?? '64,128,512,1024')
    .split(',')
    .map(Number);
  const samples = Number(args.samples ?? 2);
  const volume = Number(args.volume ?? 1024);
  const only = args.sides
    ? new Set(String(args.sides).split(','))
    : args.families
      ? new Set(['bbc', ...String(args.families).split(',')])
      : undefined;
  const chosen = sides.filter((s) => !only || only.has(s.name));
  // Warm the models and the JIT on a little of everything, and on a little BBC text even when
  // BBC is not timed here: every model a news article needs is then loaded, as in any process
  // that has extracted news before (the heap the collector works on is the same for every side).
  const bbc = sides[0];
  for (const side of chosen.includes(bbc) ? chosen : [bbc, ...chosen]) {
    const text = side.text((side.name === 'bbc' ? 64 : 16) * KB);
    if (text) await once(side, text);
  }
  const results = {};
  // Sizes in pairs (64 and 128 KB, 512 KB and 1 MB): the two sizes of a pair are sampled in
  // alternation, so whatever drifts during the run (the compiler still optimising, the load)
  // reaches both alike.
  for (let p = 0; p < sizes.length; p += 2) {
    const pair = sizes.slice(p, p + 2);
    const texts = new Map(
      pair.map((size) => [size, new Map(chosen.map((s) => [s.name, s.text(size * KB)]))]),
    );
    const best = new Map(pair.map((size) => [size, new Map()]));
    // The last pair's garbage collected, then untimed runs of every side at both sizes, at least
    // one and until they have taken `WARM_MS` of CPU (at most a volume of text): what follows
    // runs the code as a long-lived process does, optimised and warm, with a young generation
    // grown to the work (a fresh process starts it small; one run of a cheap family left the
    // first samples of a fresh child 2–3× dearer than the next ones).
    await quiet();
    for (const side of chosen) {
      for (const size of pair) {
        const text = texts.get(size).get(side.name);
        if (text === undefined) continue;
        const cpu = process.cpuUsage();
        for (let i = 0; i < Math.max(1, Math.round(volume / size)); i++) {
          await once(side, text);
          if (cpuMs(cpu) >= WARM_MS) break;
        }
      }
    }
    // Interleaved: one sample of every side at each size of the pair, then the next round, so
    // load hits all sides and both sizes alike; the least of `samples` samples per side and size.
    for (let round = 0; round < samples; round++) {
      for (const side of chosen) {
        for (const size of round % 2 === 0 ? pair : [...pair].reverse()) {
          const text = texts.get(size).get(side.name);
          if (text === undefined) continue;
          const r = await sample(side, text, Math.max(1, Math.round(volume / size)));
          const prior = best.get(size).get(side.name);
          if (!prior || r.ms < prior.ms) best.get(size).set(side.name, r);
        }
      }
    }
    for (const size of pair) {
      for (const [name, r] of best.get(size)) {
        results[name] ??= {};
        results[name][size] = { ...r, samples, chars: texts.get(size).get(name)?.length ?? 0 };
      }
    }
    // What is measured so far, in case the parent stops this process before the end.
    emitResult({ sizes, volume, samples, minSampleMs: MIN_SAMPLE_MS, results, partial: true });
  }
  return { sizes, volume, samples, minSampleMs: MIN_SAMPLE_MS, results };
}

/**
 * One document read from --file (written by the parent, so making it costs this process nothing),
 * extracted as `kg extract` extracts a file that size: in a pool of one worker thread, under the
 * default budget (512 MB heap, 60 s per MB). Peak RSS covers both threads.
 */
async function memory() {
  const text = readFileSync(String(args.file), 'utf8');
  const pool = extract.createExtractorPool({ jobs: 1 });
  await pool.extract({ id: 'warm-up', text: 'Iran.' });
  const before = peakRss();
  const cpu = process.cpuUsage();
  const start = performance.now();
  let refused;
  try {
    await pool.extract({ id: String(args.family), text, format: args.format ?? 'text' });
  } catch (error) {
    refused = error?.code ?? String(error);
  }
  const wall = performance.now() - start;
  await pool.close();
  return {
    ms: cpuMs(cpu),
    wall,
    ...(refused ? { refused } : {}),
    chars: text.length,
    peakRss: peakRss(),
    rssBefore: before,
    budget: extract.DEFAULT_BUDGET,
  };
}

emitResult(args.mode === 'memory' ? await memory() : await timeAll());
