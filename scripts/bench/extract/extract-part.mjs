/**
 * Extraction bench (issue 2): tokens per second of the full pipeline against bare wink-nlp on
 * the same BBC articles, on the main thread and across worker threads, with each side's peak
 * memory. Every row is its own child process; token counts are wink's, from the baseline row.
 */
import os from 'node:os';
import { runChild } from '../lib/child.mjs';
import { corpusFiles, hasCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, mb, num, ratio, table, verdict } from '../lib/report.mjs';

const SIDE = new URL('./extract-side.mjs', import.meta.url).pathname;

/** Runs the extraction rows and returns the section as Markdown. */
export async function run({ quick, log }) {
  if (!hasCorpus()) return '### Extraction\n\nn/a: ../shared/corpus/bbc is missing.\n';
  const limit = quick ? 300 : 0;
  const docs = corpusFiles(limit).length;
  const cores = os.availableParallelism();
  const run = async (label, side, jobs) => {
    log(`extract: ${label}`);
    return runChild(SIDE, { side, jobs, limit }, { nodeArgs: ['--max-old-space-size=4096'] });
  };
  const both = await run(
    'bare wink-nlp and kg pipeline, interleaved on the main thread',
    'both',
    0,
  );
  const winkMain = await run('bare wink-nlp alone, main thread (memory)', 'wink', 0);
  const wink1 = await run('bare wink-nlp, 1 worker', 'wink', 1);
  const winkN = await run(`bare wink-nlp, ${cores} workers`, 'wink', cores);
  // With jobs 1 the pool extracts in the calling thread: that child is also the pipeline's
  // single-thread memory run.
  const kg1 = await run('kg pool, jobs 1 (and pipeline memory)', 'pipeline', 1);
  const kgN = await run(`kg pool, jobs ${cores}`, 'pipeline', cores);

  const tokens = winkMain.tokens ?? both.tokens;
  const rate = (seconds) => (seconds ? tokens / seconds : undefined);
  const missing = (r) => (r.error === 'not built' ? NOT_BUILT : `error: ${r.error}`);
  const header = ['side', 'time', 'tokens/s', 'ratio', 'target', 'peak RSS', 'peak heap'];
  const rows = [];
  const winkRate = rate(both.winkSeconds);
  rows.push([
    'bare wink-nlp, main thread (baseline)',
    both.error ? missing(both) : `${num(both.winkSeconds, 2)} s`,
    num(winkRate),
    '1.00×',
    '',
    winkMain.error ? 'n/a' : mb(winkMain.peakRss),
    winkMain.error ? 'n/a' : mb(winkMain.peakHeap),
  ]);
  if (both.error) {
    rows.push([
      'kg pipeline `createExtractor().extract`, main thread',
      missing(both),
      '',
      '',
      '',
      '',
      '',
    ]);
  } else {
    const kgRate = rate(both.pipelineSeconds);
    rows.push([
      'kg pipeline `createExtractor().extract`, main thread',
      `${num(both.pipelineSeconds, 2)} s`,
      num(kgRate),
      ratio(kgRate, winkRate),
      `≥ 0.5× wink: ${verdict(kgRate / winkRate >= 0.5)}`,
      kg1.error ? 'n/a' : mb(kg1.peakRss),
      kg1.error ? 'n/a' : mb(kg1.peakHeap),
    ]);
  }
  const poolRow = (label, r, base, target) => {
    if (r.error) return [label, missing(r), '', '', '', '', ''];
    const ours = rate(r.seconds);
    const theirs = base && !base.error ? rate(base.seconds) : undefined;
    const ok = target && ours && theirs ? ours / theirs >= target : undefined;
    return [
      label,
      `${num(r.seconds, 2)} s`,
      num(ours),
      r === base ? '1.00×' : ratio(ours, theirs),
      target ? `≥ ${target}× jobs 1: ${verdict(ok)}` : '',
      mb(r.peakRss),
      r.peakHeap ? mb(r.peakHeap) : '—',
    ];
  };
  rows.push(poolRow('bare wink-nlp, 1 worker thread', wink1, wink1));
  rows.push(poolRow(`bare wink-nlp, ${cores} worker threads`, winkN, wink1));
  rows.push(
    poolRow('kg `createExtractorPool({ jobs: 1 })` (runs in the calling thread)', kg1, kg1),
  );
  rows.push(
    poolRow(
      `kg \`createExtractorPool({ jobs: ${cores} })\` (${cores} worker threads)`,
      kgN,
      kg1,
      1.6,
    ),
  );
  const alone =
    winkMain.error || kg1.error
      ? ''
      : ` Each run alone (the memory runs: bare wink on the main thread, and the jobs-1 pool, which extracts in the calling thread), the two sides took ${num(winkMain.seconds, 2)} s and ${num(kg1.seconds, 2)} s (${ratio(winkMain.seconds, kg1.seconds)}).`;
  return [
    '### Extraction: tokens per second, BBC corpus',
    '',
    `${num(docs)} articles, ${num(tokens)} wink tokens, ${cores} cores. The two main-thread rows are timed in one process, document by document in alternating order, so load from elsewhere on the machine hits both alike; peak memory comes from a separate child process per side (for the pipeline: the jobs-1 pool row).${alone} Worker rows: one child process each; ratio = N workers vs 1 of the same side.`,
    '',
    table(header, rows),
    '',
    'Bare wink-nlp = `winkNLP(model)` (default pipe, as the extractor loads it) + `readDoc(text)` + `tokens().out(its.pos)` + `entities().out(its.detail)`; tokens = wink tokens of the same texts. Peak RSS = `process.resourceUsage().maxRSS` (with its worker threads); peak heap = main-thread `heapUsed`, sampled after each document. Every side warms up on 20 documents first.',
    '',
  ].join('\n');
}
