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
  const winkMain = await run('bare wink-nlp, main thread', 'wink', 0);
  const kgMain = await run('kg pipeline, main thread', 'pipeline', 0);
  const wink1 = await run('bare wink-nlp, 1 worker', 'wink', 1);
  const winkN = await run(`bare wink-nlp, ${cores} workers`, 'wink', cores);
  const kg1 = await run('kg pool, 1 worker', 'pipeline', 1);
  const kgN = await run(`kg pool, ${cores} workers`, 'pipeline', cores);

  const tokens = winkMain.tokens;
  const rate = (r) => (r.error || !r.seconds ? undefined : tokens / r.seconds);
  const row = (label, r, base, target) => {
    if (r.error) {
      return [
        label,
        r.error === 'not built' ? NOT_BUILT : `error: ${r.error}`,
        '',
        '',
        '',
        '',
        '',
        '',
      ];
    }
    const ours = rate(r);
    const theirs = base ? rate(base) : undefined;
    const ok = target && ours && theirs ? ours / theirs >= target.min : undefined;
    return [
      label,
      num(r.seconds, 2) + ' s',
      num(ours),
      base ? ratio(ours, theirs) : '1.00×',
      target ? `≥ ${target.min}× ${target.of}: ${verdict(ok)}` : '',
      mb(r.peakRss),
      r.peakHeap ? mb(r.peakHeap) : '—',
    ];
  };
  const header = ['side', 'time', 'tokens/s', 'ratio', 'target', 'peak RSS', 'peak heap'];
  const rows = [
    row('bare wink-nlp, main thread (baseline)', winkMain),
    row('kg pipeline `createExtractor().extract`, main thread', kgMain, winkMain, {
      min: 0.5,
      of: 'wink',
    }),
    row('bare wink-nlp, 1 worker', wink1, wink1),
    row(`bare wink-nlp, ${cores} workers`, winkN, wink1),
    row('kg `createExtractorPool({ jobs: 1 })`', kg1, kg1),
    row(`kg \`createExtractorPool({ jobs: ${cores} })\``, kgN, kg1, { min: 1.6, of: '1 worker' }),
  ].map((cells) => cells.slice(0, header.length));
  return [
    '### Extraction: tokens per second, BBC corpus',
    '',
    `${num(docs)} articles, ${num(tokens)} wink tokens, ${cores} cores. Ratios: pipeline vs bare wink on the main thread; N workers vs 1 worker of the same side.`,
    '',
    table(header, rows),
    '',
    'Bare wink-nlp = `winkNLP(model)` (default pipe) + `readDoc(text)` + `tokens().out(its.pos)` + `entities().out(its.detail)`. Each row is a separate child process (peak RSS = `resourceUsage().maxRSS`, including its workers; peak heap = main-thread `heapUsed` sampled after each document). Every side warms up on 20 documents first.',
    '',
  ].join('\n');
}
