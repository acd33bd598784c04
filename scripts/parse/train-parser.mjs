/**
 * `pnpm train:parser [--tags tagger|wink|gold|noisy] [--features 1|2|3] [--epochs N] [--seed N] [--limit N] [--out FILE]`
 *
 * Trains @kg/parse on UD English EWT + GUM train (../shared/corpora): first the UPOS tagger that
 * corrects wink-nlp's tags, then the parser on the tags it will read in use (by default the
 * tagger's own output on the training words, jackknifed: each fold tagged by a tagger trained on
 * the other folds). Picks the epoch with the best LAS on EWT + GUM dev (wink-nlp's tags through the
 * tagger, as in use) and writes the model (default packages/parse/model/en-ud.kgdp). Seeded and
 * deterministic. Test files are not read. Feature set 3 first learns word clusters from unlabeled
 * text: the training files' words, and with --bbc-clusters also the BBC news corpus
 * (../shared/corpus/bbc, tokenised by wink-nlp) less the articles the evaluation sets score; never
 * the dev, test or evaluation files. The BBC corpus is for research use only (its SOURCE.txt): a
 * model whose clusters read it carries a word list derived from it and must not be shipped, so
 * the option is off by default.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { saveParser, trainParser, trainTagger, evaluateParser, induceClusters } from '@kg/parse';
import { loadNlp } from '@kg/extract';
import { FILES, readTreebank, tagAccuracy } from './treebank.mjs';

const { values } = parseArgs({
  options: {
    tags: { type: 'string', default: 'tagger' },
    'no-tagger': { type: 'boolean', default: false },
    folds: { type: 'string', default: '5' },
    'tagger-epochs': { type: 'string', default: '8' },
    epochs: { type: 'string', default: '20' },
    beam: { type: 'string', default: '1' },
    features: { type: 'string', default: '1' },
    clusters: { type: 'string', default: '512,32' },
    'cluster-min-count': { type: 'string', default: '3' },
    'clusters-cache': { type: 'string' },
    'cluster-backoff': { type: 'string', default: '1' },
    'bbc-clusters': { type: 'boolean', default: false },
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
const features = Number(values.features);
if (![1, 2, 3].includes(features)) throw new Error(`unknown --features ${values.features}`);
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

/**
 * The texts the evaluation sets score (../shared/eval/<set>/*.gold.json name them): left out of
 * the clusters' text, though the clusters read no labels. Only the gold files' text paths are
 * read.
 */
function evaluationTexts() {
  const root = path.resolve(import.meta.dirname, '../../../shared/eval');
  const texts = new Set();
  if (!existsSync(root)) return texts;
  for (const set of readdirSync(root, { withFileTypes: true })) {
    if (!set.isDirectory()) continue;
    const dir = path.join(root, set.name);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.gold.json')) continue;
      const { text } = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
      if (typeof text === 'string') texts.add(path.resolve(dir, text));
    }
  }
  return texts;
}

/** Sentences of the BBC news corpus as wink-nlp tokens (unlabeled text for the clusters). */
function bbcSentences() {
  const root = path.resolve(import.meta.dirname, '../../../shared/corpus/bbc');
  const nlp = loadNlp();
  const held = evaluationTexts();
  let skipped = 0;
  const out = [];
  for (const topic of readdirSync(root, { withFileTypes: true })) {
    if (!topic.isDirectory()) continue;
    const dir = path.join(root, topic.name);
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.txt')) continue;
      if (held.has(path.join(dir, file))) {
        skipped++;
        continue;
      }
      const doc = nlp.readDoc(readFileSync(path.join(dir, file), 'utf8'));
      doc.sentences().each((s) => {
        const words = s
          .tokens()
          .out()
          .filter((w) => w.trim() !== '');
        if (words.length) out.push(words);
      });
    }
  }
  log(`BBC corpus: ${skipped} articles left out (scored by ../shared/eval)`);
  return out;
}

/** Word clusters over the training words (and the BBC corpus with --bbc-clusters; feature set 3). */
function learnClusters() {
  const cache = values['clusters-cache'];
  if (cache && existsSync(cache)) {
    log(`clusters read from ${cache}`);
    return JSON.parse(readFileSync(cache, 'utf8'));
  }
  const started = performance.now();
  const sizes = values.clusters.split(',').map(Number);
  const bbc = values['bbc-clusters'] ? bbcSentences() : [];
  const text = [...train.map((s) => s.words), ...bbc];
  log(
    `clustering ${text.reduce((n, s) => n + s.length, 0)} tokens (${train.length} treebank + ${bbc.length} BBC sentences) into ${sizes.join(' and ')} classes`,
  );
  const clusters = induceClusters(text, sizes, {
    minCount: Number(values['cluster-min-count']),
    onPass: (pass, moved) => log(`  clustering pass ${pass}: ${moved} words moved`),
  });
  log(
    `clusters: ${clusters.words.length} words in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  if (cache) writeFileSync(cache, JSON.stringify(clusters));
  return clusters;
}
// With --cluster-backoff 1 (the default) a word the clusters do not know reads as the class of
// its shape and ending; 0 gives every such word one "no class" atom, as the first set-3 models.
const backoff = Number(values['cluster-backoff']);
const clusters =
  features === 3 ? { ...learnClusters(), ...(backoff ? { backoff } : {}) } : undefined;

const asTraining = (s, tags) => ({ words: s.words, tags, heads: s.heads, deprels: s.deprels });
const asTagging = (s) => ({ words: s.words, hints: s.wink, tags: s.gold });
const f4 = (x) => x.toFixed(4);

// The tagger: wink-nlp's tags in, treebank UPOS out.
let tagger;
if (!values['no-tagger']) {
  const taggerEpochs = Number(values['tagger-epochs']);
  tagger = trainTagger(train.map(asTagging), { epochs: taggerEpochs, seed, features, clusters });
  const accuracy = (set) => {
    let right = 0;
    let all = 0;
    for (const s of set) {
      tagger.tag(s.words, s.wink).forEach((t, i) => {
        all++;
        if (t === s.gold[i]) right++;
      });
    }
    return right / all;
  };
  log(
    `tagger (${taggerEpochs} epochs, ${tagger.model.size} features): UPOS accuracy EWT dev ${f4(accuracy(devEwt))}, GUM dev ${f4(accuracy(devGum))}`,
  );
}

/** The tagger's tags for each training sentence, each fold tagged by a tagger that never saw it. */
function jackknife(folds) {
  const out = new Array(train.length);
  for (let f = 0; f < folds; f++) {
    const rest = train.filter((_, i) => i % folds !== f);
    const foldTagger = trainTagger(rest.map(asTagging), {
      epochs: Number(values['tagger-epochs']),
      seed: seed + f,
      features,
      clusters,
    });
    train.forEach((s, i) => {
      if (i % folds === f) out[i] = foldTagger.tag(s.words, s.wink);
    });
    log(`jackknife fold ${f + 1}/${folds} tagged`);
  }
  return out;
}

// Noisy gold: each tag replaced, with probability --noise, by wink's tag where wink disagrees
// (so the noise looks like the tagger's mistakes), else kept.
const rng = random(seed + 7);
const noise = Number(values.noise);
let trainTags;
if (values.tags === 'gold') trainTags = train.map((s) => s.gold);
else if (values.tags === 'wink') trainTags = train.map((s) => s.wink);
else if (values.tags === 'noisy')
  trainTags = train.map((s) => s.gold.map((g, i) => (rng() < noise ? s.wink[i] : g)));
else if (values.tags === 'tagger') trainTags = jackknife(Number(values.folds));
else throw new Error(`unknown --tags ${values.tags}`);

// Dev sentences carry wink's tags: the parser's tagger (if any) retags them, as in use.
const dev = [...devEwt, ...devGum].map((s) => asTraining(s, s.wink));

const parser = trainParser(
  train.map((s, i) => asTraining(s, trainTags[i])),
  {
    epochs: Number(values.epochs),
    seed,
    minCount: Number(values['min-count']),
    prune: Number(values.prune),
    exploreFrom: Number(values['explore-from']),
    beam: Number(values.beam),
    features,
    clusters,
    dev,
    tagger,
    info: {
      data: 'UD English EWT train + UD English GUM train (../shared/corpora)',
      tags: values.tags,
      tagger: tagger !== undefined,
      seed,
      epochs: Number(values.epochs),
      beam: Number(values.beam),
      ...(clusters
        ? {
            clusters: `${values.clusters} classes (bidirectional predictive exchange) over the training words${values['bbc-clusters'] ? ' and the BBC news corpus' : ''}, words seen ${values['cluster-min-count']}+ times${backoff ? ', others by shape and ending' : ''}`,
          }
        : {}),
    },
    onEpoch: (r) =>
      log(
        `epoch ${r.epoch}: ${r.seconds.toFixed(0)} s, ${(r.trainErrors * 100).toFixed(2)}% move errors, ${r.moveFeatures} + ${r.labelFeatures} features; dev UAS ${f4(r.dev.uas)} LAS ${f4(r.dev.las)} full ${f4(r.dev.lasFull)}`,
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
  log(`${name}: UAS ${f4(s.uas)} LAS ${f4(s.las)} full ${f4(s.lasFull)}`);
}
const bytes = saveParser(parser, values.out);
log(`wrote ${values.out} (${(bytes / 1e6).toFixed(2)} MB)`);
