/**
 * Entity tagger bench (issue 14): the tagger's tokens per second alone, the whole pipeline's
 * against bare wink-nlp on the same BBC articles (interleaved in one process), the tagger's share
 * of the pipeline's time, and the model's size on disk, in memory and its load time.
 */
import { runChild } from '../lib/child.mjs';
import { hasCorpus } from '../lib/corpus.mjs';
import { NOT_BUILT, mb, ms, num, ratio, table, verdict } from '../lib/report.mjs';

const SIDE = new URL('./ner-side.mjs', import.meta.url).pathname;
/** The tagger alone must leave room for the parser in the pipeline (issue 9's 0.3× target). */
const TAGGER_TARGET = 500_000;

/** Runs the tagger rows and returns the section as Markdown. */
export async function run({ quick, log }) {
  if (!hasCorpus()) return '### Entity tagger\n\nn/a: ../shared/corpus/bbc is missing.\n';
  const limit = quick ? 300 : 0;
  log('ner: model load');
  const load = await runChild(SIDE, { side: 'load' });
  log('ner: wink, pipeline and tagger, interleaved');
  const speed = await runChild(
    SIDE,
    { side: 'speed', limit },
    { nodeArgs: ['--max-old-space-size=4096'] },
  );
  if (speed.error) {
    const why = speed.error === 'not built' ? NOT_BUILT : `error: ${speed.error}`;
    return `### Entity tagger\n\n${why}\n`;
  }
  const rate = (tokens, seconds) => tokens / seconds;
  const wink = rate(speed.tokens, speed.winkSeconds);
  const pipeline = rate(speed.tokens, speed.pipelineSeconds);
  const tagger = rate(speed.taggerTokens, speed.taggerSeconds);
  const share = (seconds) => `${((100 * seconds) / speed.pipelineSeconds).toFixed(1)}%`;
  const rows = [
    [
      'bare wink-nlp, main thread (baseline)',
      `${num(speed.winkSeconds, 2)} s`,
      num(wink),
      '1.00×',
      '',
      '',
    ],
    [
      'kg pipeline `createExtractor().extract` (tagger included)',
      `${num(speed.pipelineSeconds, 2)} s`,
      num(pipeline),
      ratio(pipeline, wink),
      share(speed.pipelineSeconds),
      `≥ 0.5× wink: ${verdict(pipeline / wink >= 0.5)}`,
    ],
    [
      'tagger alone (features, two passes), given tokens and rule mentions',
      `${num(speed.taggerSeconds, 2)} s`,
      num(tagger),
      ratio(tagger, wink),
      share(speed.taggerSeconds),
      `≥ ${num(TAGGER_TARGET)} tokens/s: ${verdict(tagger >= TAGGER_TARGET)}`,
    ],
  ];
  const model = load.error
    ? `Model: ${load.error === 'not built' ? NOT_BUILT : `error: ${load.error}`}.`
    : table(
        ['model', 'file (gzip)', 'rows kept', 'table in memory', 'load (median of 5)'],
        [
          [
            '`packages/extract/model/ner.bin.gz`',
            mb(load.fileBytes),
            `${num(load.rows)} of ${num(2 ** load.bits)}`,
            mb(load.tableBytes),
            ms(load.loadMs),
          ],
        ],
      );
  return [
    '### Entity tagger: tokens per second, BBC corpus',
    '',
    `${num(speed.docs)} articles, ${num(speed.tokens)} wink tokens (${num(speed.taggerTokens)} tagger tokens: whitespace dropped). The three sides run in one process, document by document in rotating order, so load from elsewhere hits them alike. The tagger row times what the pipeline's tagger stage does (features, both passes) on the tokens and rule mentions the earlier stages made, prepared beforehand.`,
    '',
    table(['side', 'time', 'tokens/s', 'ratio to wink', 'share of pipeline time', 'target'], rows),
    '',
    model,
    '',
    'Load = `readModel`: read the file, gunzip, expand the kept rows into the dense table (after one warm-up load); the pipeline loads it once per process, on first use.',
    '',
  ].join('\n');
}
