/**
 * `pnpm train:parser [--tags wink|gold|noisy] [--epochs N] [--seed N] [--limit N] [--out FILE]`
 *
 * Trains @kg/parse on UD English EWT + GUM train (../shared/corpora), picks the epoch with the
 * best LAS on EWT + GUM dev (parsed with wink-nlp's tags, the tags of use), and writes the model
 * (default packages/parse/model/en-ud.kgdp). Seeded and deterministic. Test files are not read.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { saveParser, trainParser, evaluateParser } from '@kg/parse';
import { FILES, readTreebank, tagAccuracy } from './treebank.mjs';

const { values } = parseArgs({
  options: {
    tags: { type: 'string', default: 'wink' },
    'dev-tags': { type: 'string', default: 'wink' },
    epochs: { type: 'string', default: '15' },
    seed: { type: 'string', default: '1' },
    limit: { type: 'string' },
    noise: { type: 'string', default: '0.1' },
    'min-count': { type: 'string', default: '2' },
    prune: { type: 'string', default: '1' },
    'explore-from': { type: 'string', default: '2' },
    out: {
      type: 'string',
      default: path.resolve(import.meta.dirname, '../../packages/parse/model/en-ud.kgdp'),
    },
  },
});

const log = (m) => process.stderr.write(`${m}\n`);
const seed = Number(values.seed);
const limit = values.limit ? Number(values.limit) : Infinity;

/** mulberry32, for the tag noise. */
function random(s) {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const t0 = performance.now();
const train = [...readTreebank(FILES.ewt('train')), ...readTreebank(FILES.gum('train'))].slice(
  0,
  limit,
);
const devEwt = readTreebank(FILES.ewt('dev'));
const devGum = readTreebank(FILES.gum('dev'));
log(
  `read ${train.length} training sentences in ${((performance.now() - t0) / 1000).toFixed(1)} s; wink UPOS accuracy: train ${tagAccuracy(train).toFixed(4)}, EWT dev ${tagAccuracy(devEwt).toFixed(4)}, GUM dev ${tagAccuracy(devGum).toFixed(4)}`,
);

// Noisy gold: each tag replaced, with probability --noise, by wink's tag where wink disagrees
// (so the noise looks like the tagger's mistakes), else kept.
const rng = random(seed + 7);
const noise = Number(values.noise);
const tagsOf = (s) => {
  if (values.tags === 'gold') return s.gold;
  if (values.tags === 'wink') return s.wink;
  if (values.tags === 'noisy') return s.gold.map((g, i) => (rng() < noise ? s.wink[i] : g));
  throw new Error(`unknown --tags ${values.tags}`);
};
const asTraining = (s, tags) => ({ words: s.words, tags, heads: s.heads, deprels: s.deprels });
const dev = [...devEwt, ...devGum].map((s) => asTraining(s, s[values['dev-tags']]));

const parser = trainParser(
  train.map((s) => asTraining(s, tagsOf(s))),
  {
    epochs: Number(values.epochs),
    seed,
    minCount: Number(values['min-count']),
    prune: Number(values.prune),
    exploreFrom: Number(values['explore-from']),
    dev,
    info: {
      data: 'UD English EWT train + UD English GUM train (../shared/corpora)',
      tags: values.tags,
      seed,
      epochs: Number(values.epochs),
    },
    onEpoch: (r) =>
      log(
        `epoch ${r.epoch}: ${r.seconds.toFixed(0)} s, ${(r.trainErrors * 100).toFixed(2)}% move errors, ${r.moveFeatures} + ${r.labelFeatures} features; dev UAS ${r.dev.uas.toFixed(4)} LAS ${r.dev.las.toFixed(4)} full ${r.dev.lasFull.toFixed(4)}`,
      ),
  },
);
for (const [name, set] of [
  ['EWT dev', devEwt],
  ['GUM dev', devGum],
]) {
  const s = evaluateParser(
    parser,
    set.map((x) => asTraining(x, x.wink)),
  );
  log(
    `${name} (wink tags): UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} full ${s.lasFull.toFixed(4)}`,
  );
}
const bytes = saveParser(parser, values.out);
log(`wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB)`);
