#!/usr/bin/env node
/**
 * `pnpm train:ner`: trains the entity tagger on the open corpora of ../shared/corpora (Universal
 * NER on EWT train, GUM train in its CC BY / public-domain genres, wikigold), seeded and
 * deterministic, and writes packages/extract/model/ner.bin.gz. Prints dev scores per epoch (UNER
 * EWT dev over PER/ORG/LOC, GUM dev) and the final test scores. CoNLL-2003 is never read here.
 *
 *   pnpm train:ner [--epochs N] [--seed N] [--runs N] [--bits N] [--out FILE] [--slice N]
 *
 * `--runs N` trains N perceptrons on seeds seed … seed + N - 1 and writes the mean of their
 * weights (default 1, the shipped model; see the model card for what averaging did).
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const corpora = join(shared, 'corpora');
const dist = join(root, 'packages', 'extract', 'dist');
if (!existsSync(join(dist, 'tagger', 'train.js'))) {
  console.error('train:ner: build first (npx tsc -b).');
  process.exit(2);
}
if (!existsSync(join(corpora, 'uner-ewt'))) {
  console.error(
    `train:ner: ${corpora} is missing (set KG_SHARED to the folder that holds corpora/).`,
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const epochs = Number(opt('--epochs', 8));
const seed = Number(opt('--seed', 1));
const runs = Number(opt('--runs', 1));
const bits = Number(opt('--bits', 18));
const slice = Number(opt('--slice', 0));
const out = resolve(opt('--out', join(root, 'packages', 'extract', 'model', 'ner.bin.gz')));

const { loadNlp } = await import(join(dist, 'nlp.js'));
const { loadLexicon } = await import(join(dist, 'lexicon.js'));
const { isCommonWord } = await import(join(dist, 'vocabulary.js'));
const { readUner, readGum, readWikigold } = await import(join(dist, 'tagger', 'corpora.js'));
const { prepareExamples, trainTagger, scoreExamples, f1 } = await import(
  join(dist, 'tagger', 'train.js')
);
const { saveModel, MODEL_FORMAT } = await import(join(dist, 'tagger', 'model.js'));
const { NER_TAGS, LABEL_COUNT } = await import(join(dist, 'tagger', 'labels.js'));

const t0 = Date.now();
const nlp = loadNlp();
const ctx = { lex: loadLexicon(), isCommon: (w) => isCommonWord(nlp, w) };
const take = (docs) => (slice > 0 ? docs.slice(0, slice) : docs);
const read = {
  unerTrain: () => take(readUner(join(corpora, 'uner-ewt', 'en_ewt-ud-train.iob2'))),
  gumTrain: () => take(readGum(join(corpora, 'gum', 'en_gum-ud-train.conllu'))),
  wikigold: () => take(readWikigold(join(corpora, 'wikigold', 'wikigold.conll.txt'))),
  unerDev: () => readUner(join(corpora, 'uner-ewt', 'en_ewt-ud-dev.iob2')),
  unerTest: () => readUner(join(corpora, 'uner-ewt', 'en_ewt-ud-test.iob2')),
  gumDev: () => readGum(join(corpora, 'gum', 'en_gum-ud-dev.conllu')),
  gumTest: () => readGum(join(corpora, 'gum', 'en_gum-ud-test.conllu')),
};
const prep = (docs) => prepareExamples(nlp, ctx, docs);
const train = [...prep(read.unerTrain()), ...prep(read.gumTrain()), ...prep(read.wikigold())];
const unerDev = prep(read.unerDev());
const gumDev = prep(read.gumDev());
const tokens = train.reduce((n, e) => n + e.tokens.length, 0);
console.error(
  `train:ner: ${train.length} documents, ${tokens} tokens (prepared in ${Date.now() - t0} ms)`,
);

const fmt = (s) =>
  `${f1(s.ALL).toFixed(3)} (${NER_TAGS.map((t) => `${t} ${f1(s[t]).toFixed(3)}`).join(', ')})`;
const pol = ['PER', 'ORG', 'LOC'];
const weights = trainTagger(train, {
  epochs,
  seed,
  runs,
  bits,
  ctx,
  onEpoch: (epoch, w, run) => {
    if (slice || epoch < epochs) return;
    const u = scoreExamples(w, unerDev, ctx, pol);
    const g = scoreExamples(w, gumDev, ctx);
    console.error(`run ${run + 1} (seed ${seed + run}): UNER dev ${fmt(u)} | GUM dev ${fmt(g)}`);
  },
});
const final = { bits, mask: (1 << bits) - 1, table: weights };
const scores = {};
if (!slice) {
  for (const [name, docs, only] of [
    ['uner-ewt dev', unerDev, pol],
    ['uner-ewt test', prep(read.unerTest()), pol],
    ['gum dev', gumDev, NER_TAGS],
    ['gum test', prep(read.gumTest()), NER_TAGS],
  ]) {
    const s = scoreExamples(final, docs, ctx, only);
    scores[name] = Object.fromEntries(
      Object.entries(s).map(([k, v]) => [k, Number(f1(v).toFixed(3))]),
    );
    console.error(`${name}: ${fmt(s)}`);
  }
}
const size = saveModel(out, weights, {
  format: MODEL_FORMAT,
  bits,
  labels: LABEL_COUNT,
  tags: NER_TAGS,
  training: { epochs, seed, runs, documents: train.length, tokens, scores },
});
console.error(
  `train:ner: wrote ${out} (${(size / 1e6).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
