/**
 * Parse bench (issue 9): the parser model's size and load time, the parser alone on one thread
 * (tokens per second over the BBC sample's sentences), and the whole extraction pipeline, which
 * now parses every sentence, against bare wink-nlp on the same BBC texts, interleaved in one
 * process; peak memory of each side alone in its own process.
 */
import { runChild, runSharedChild } from '../lib/child.mjs';
import { corpusFiles, hasCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, mb, ms, num, ratio, table, verdict } from '../lib/report.mjs';

const SIDE = new URL('./parse-side.mjs', import.meta.url).pathname;
const EXTRACT_SIDE = new URL('../extract/extract-side.mjs', import.meta.url).pathname;

const missing = (r) => (r.error === 'not built' ? NOT_BUILT : `error: ${r.error}`);

/** Runs the parse rows and returns the section as Markdown. */
export async function run({ quick, log }) {
  const sections = [];
  log('parse: model size and load time');
  const model = await runChild(SIDE, { side: 'model', loads: 5 });
  sections.push(
    '### Parse: the model',
    '',
    model.error
      ? missing(model)
      : table(
          [
            'model',
            'size on disk',
            'target',
            'first load',
            'its CPU time',
            'median of 5 more',
            'target',
            'heap after load',
            'features',
          ],
          [
            [
              '`packages/parse/model/en-ud.kgdp`',
              mb(model.bytes),
              `≤ 15 MB: ${verdict(model.bytes <= 15 * 1024 * 1024)}`,
              ms(model.firstMs),
              ms(model.firstCpuMs),
              ms(model.medianMs),
              `≤ 300 ms: ${verdict(model.firstMs <= 300)}`,
              mb(model.heapBytes),
              num(model.features),
            ],
          ],
        ),
    '',
    'First load = `loadParser()` in a fresh process (reading the file, Brotli, building the tables; the parse module itself already imported); the target applies to it. Its CPU time is the share the machine gave it: far below the wall time when other work competes for the cores. Heap after load = `heapUsed` growth (typed arrays outside the V8 heap are not in it; see peak RSS below).',
    '',
  );
  if (!hasCorpus()) {
    sections.push('n/a for the throughput rows: ../shared/corpus/bbc is missing.', '');
    return sections.join('\n');
  }
  const limit = quick ? 300 : 0;
  const docs = corpusFiles(limit).length;
  log('parse: parser alone, one thread');
  const alone = await runChild(
    SIDE,
    { side: 'parser', limit, beams: '1,2,4,8' },
    { nodeArgs: ['--max-old-space-size=4096'] },
  );
  // The extract part's own runs, with its arguments: in one `pnpm bench` with both parts they
  // run once (`runSharedChild`). The pipeline alone is the one-job pool, which extracts in the
  // calling thread.
  const EXTRACT_NODE_ARGS = { nodeArgs: ['--max-old-space-size=4096', '--expose-gc'] };
  log('parse: kg pipeline (with parsing) and bare wink-nlp, interleaved');
  const both = await runSharedChild(
    EXTRACT_SIDE,
    { side: 'both', jobs: 0, limit },
    EXTRACT_NODE_ARGS,
  );
  log('parse: each side alone (memory)');
  const winkMain = await runSharedChild(
    EXTRACT_SIDE,
    { side: 'wink', jobs: 0, limit },
    EXTRACT_NODE_ARGS,
  );
  const pipelineMain = await runSharedChild(
    EXTRACT_SIDE,
    { side: 'pipeline', jobs: 1, limit },
    EXTRACT_NODE_ARGS,
  );

  const header = [
    'side',
    'time',
    'tokens/s',
    'ratio',
    'target',
    'cores busy',
    'tokens/CPU-s',
    'peak RSS',
  ];
  const busy = (cpu, seconds) => (cpu && seconds ? (cpu / seconds).toFixed(2) : 'n/a');
  const rows = [];
  if (alone.error) rows.push(['parser alone', missing(alone), '', '', '', '', '', '']);
  else {
    const t = alone.tokens;
    const row = (label, key, target) => [
      label,
      `${num(alone.seconds[key], 2)} s`,
      num(t / alone.seconds[key]),
      '',
      target ? `≥ 100,000 tokens/s: ${verdict(t / alone.seconds[key] >= 100_000)}` : '',
      busy(alone.cpu[key], alone.seconds[key]),
      num(t / alone.cpu[key]),
      target ? mb(alone.peakRss) : '',
    ];
    rows.push(
      row(
        `parser alone: \`parser.parse(words, winkTags)\` (tagger + parser, beam ${alone.beam ?? 1}, the model's default)`,
        'full',
        true,
      ),
    );
    if (alone.hasTagger) {
      rows.push(row('— of which the tagger (`parser.tagger.tag`)', 'tagger', false));
      rows.push(row("— of which the parser given the tagger's tags", 'parser', false));
    }
    for (const w of alone.widths ?? []) {
      rows.push(row(`— tagger + parser with \`beamWidth = ${w}\``, `beam${w}`, false));
    }
  }
  if (both.error) {
    rows.push(['kg pipeline vs bare wink-nlp', missing(both), '', '', '', '', '', '']);
  } else {
    const tokens = both.tokens;
    const winkRate = tokens / both.winkSeconds;
    const kgRate = tokens / both.pipelineSeconds;
    rows.push([
      'bare wink-nlp, main thread (baseline)',
      `${num(both.winkSeconds, 2)} s`,
      num(winkRate),
      '1.00×',
      '',
      busy(both.winkCpu, both.winkSeconds),
      num(tokens / both.winkCpu),
      winkMain.error ? 'n/a' : mb(winkMain.peakRss),
    ]);
    rows.push([
      'kg pipeline with parsing, `createExtractor().extract`, main thread',
      `${num(both.pipelineSeconds, 2)} s`,
      num(kgRate),
      ratio(kgRate, winkRate),
      `≥ 0.3× wink: ${verdict(kgRate / winkRate >= 0.3)}`,
      busy(both.pipelineCpu, both.pipelineSeconds),
      num(tokens / both.pipelineCpu),
      pipelineMain.error ? 'n/a' : mb(pipelineMain.peakRss),
    ]);
  }
  sections.push(
    '### Parse: tokens per second, BBC corpus, one thread',
    '',
    `${num(docs)} articles${alone.error ? '' : `, ${num(alone.sentences)} sentences, ${num(alone.tokens)} wink tokens`}. Parser alone: the sentences as wink-nlp splits, tokenises and tags them, prepared before timing; tagger + parser, tagger alone and parser alone timed in blocks of 50 sentences in rotating order in one process. Pipeline: the whole \`createExtractor().extract\` (normalise, tokens, tagging, parsing, mentions, resolution, relations) against bare wink-nlp (\`readDoc\` + POS + \`entities()\`, default pipe), document by document in alternating order in one process (the extract part's interleaved run); tokens = wink tokens. Peak RSS: each side alone in its own process (\`resourceUsage().maxRSS\`; the pipeline's: the one-job pool, which extracts in the calling thread). ${both.reused ? 'These are the extract part’s own child processes of this run, shared, not run twice.' : ''}`,
    '',
    table(header, rows),
    '',
    '*Cores busy* = CPU time over wall time: well under 1.00 on one thread means the machine was not giving this side a core, and its wall-clock rate measures the machine; *tokens/CPU-s* does not depend on that.',
    '',
  );
  return sections.join('\n');
}
