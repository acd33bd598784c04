#!/usr/bin/env node
/**
 * `pnpm train:name-score`: trains the out-of-vocabulary name score (issue 14), a logistic
 * regression over the character n-grams of a word that says whether a capitalised word no
 * gazetteer or vocabulary knows is a name ("Zentrix", "Talvek") or a common word written with a
 * capital ("Unaffordable", "Reorganising"). Seeded and deterministic; writes
 * packages/extract/data/name-score.json.
 *
 * Data (word types, not tokens):
 *   names  — words tagged PROPN and written with a capital in UD EWT train and the CC BY /
 *            public-domain genres of GUM train (../shared/corpora), the person-name words and
 *            one-word company names already shipped in packages/extract/data;
 *   common — words of any other part of speech in the same treebank files (lower-cased).
 * A word seen as both is left out. One word in ten (by a hash of the word) is held out and scored.
 * CoNLL-2003 and ../shared/eval are never read.
 *
 *   pnpm train:name-score [--epochs N] [--seed N] [--max-n N] [--out FILE]
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const corpora = join(shared, 'corpora');
const dataDir = join(root, 'packages', 'extract', 'data');
// The tagger's seeded generator (mulberry32), from the build `pnpm install` makes.
const { seededRandom } = await import(
  join(root, 'packages', 'extract', 'dist', 'tagger', 'train.js')
);

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const EPOCHS = Number(opt('--epochs', 6));
const SEED = Number(opt('--seed', 1));
const OUT = opt('--out', join(dataDir, 'name-score.json'));
/** Smallest and largest n-gram, over the word in lower case with ^ and $ marks. */
const MIN_N = 2;
const MAX_N = Number(opt('--max-n', 5));
/** n-grams seen in fewer training words than this are left out of the model. */
const MIN_COUNT = 3;
const L2 = 1e-5;
const RATE = 0.2;

if (!existsSync(join(corpora, 'ud-ewt'))) {
  console.error(`train:name-score: ${corpora} is missing (set KG_SHARED).`);
  process.exit(2);
}

const WORD = /^\p{L}[\p{L}'’-]*\p{L}$/u;
const CAPITAL = /^\p{Lu}/u;

/** Per lower-case word: how often tagged a name (PROPN, capitalised) and how often not. */
const counts = new Map();
const bump = (word, name) => {
  const c = counts.get(word) ?? [0, 0];
  c[name ? 0 : 1]++;
  counts.set(word, c);
};

const genres = new Set(JSON.parse(readFileSync(join(dataDir, 'ner-types.json'), 'utf8')).gumGenres);
function readConllu(path, gum) {
  let keep = true;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc id')) {
      if (gum) keep = genres.has(/GUM_([a-z]+)_/.exec(line)?.[1] ?? '');
      continue;
    }
    if (!keep || !line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length < 4 || cols[0].includes('-') || cols[0].includes('.')) continue;
    const form = cols[1];
    if (!WORD.test(form)) continue;
    const upos = cols[3];
    if (upos === 'X' || upos === 'SYM' || upos === 'PUNCT' || upos === 'NUM') continue;
    if (upos === 'PROPN') {
      if (CAPITAL.test(form)) bump(form.toLowerCase(), true);
    } else {
      bump(form.toLowerCase(), false);
    }
  }
}
readConllu(join(corpora, 'ud-ewt', 'en_ewt-ud-train.conllu'), false);
readConllu(join(corpora, 'gum', 'en_gum-ud-train.conllu'), true);

const names = new Set();
const common = new Set();
for (const [word, [n, c]] of counts) {
  if (n && c) continue;
  (n ? names : common).add(word);
}
const treebankNames = names.size;
const lexicon = JSON.parse(readFileSync(join(dataDir, 'lexicon.json'), 'utf8'));
const companies = JSON.parse(readFileSync(join(dataDir, 'companies.json'), 'utf8'));
for (const w of [...lexicon.personWords, ...companies.words]) {
  const lower = w.toLowerCase();
  if (WORD.test(w) && !common.has(lower) && !counts.get(lower)?.[1]) names.add(lower);
}
/** FNV-1a over the word: which words are held out, the same on every run. */
function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const examples = [...[...names].map((w) => [w, 1]), ...[...common].map((w) => [w, 0])].sort(
  (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]),
);
const train = examples.filter(([w]) => hash(w) % 10 !== 0);
const held = examples.filter(([w]) => hash(w) % 10 === 0);

function grams(word) {
  const s = `^${word.toLowerCase()}$`;
  const out = new Set();
  for (let n = MIN_N; n <= MAX_N; n++) {
    for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  }
  return [...out];
}

// The vocabulary of n-grams: those seen in MIN_COUNT training words or more.
const seen = new Map();
for (const [w] of train) for (const g of grams(w)) seen.set(g, (seen.get(g) ?? 0) + 1);
const vocab = [...seen]
  .filter(([, c]) => c >= MIN_COUNT)
  .map(([g]) => g)
  .sort();
const id = new Map(vocab.map((g, i) => [g, i]));
const features = (w) =>
  grams(w)
    .map((g) => id.get(g))
    .filter((i) => i !== undefined);

// Classes are weighted to balance them: the score reads as even odds at 0.5.
const positives = train.filter(([, y]) => y).length;
const weightOf = [train.length / (2 * (train.length - positives)), train.length / (2 * positives)];

const random = seededRandom(SEED);
const w = new Float64Array(vocab.length);
let bias = 0;
const encoded = train.map(([word, y]) => [features(word), y]);
const sigmoid = (z) => 1 / (1 + Math.exp(-z));
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = encoded.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rate = RATE / (1 + epoch);
  for (const k of order) {
    const [f, y] = encoded[k];
    let z = bias;
    for (const i of f) z += w[i];
    const g = (sigmoid(z) - y) * weightOf[y];
    bias -= rate * g;
    for (const i of f) w[i] -= rate * (g + L2 * w[i]);
  }
}

// The shipped model: weights rounded to two decimals, the near-zero ones left out.
const weights = {};
vocab.forEach((g, i) => {
  const v = Math.round(w[i] * 100) / 100;
  if (Math.abs(v) >= 0.05) weights[g] = v;
});
const roundedBias = Math.round(bias * 100) / 100;
const score = (word) => {
  let z = roundedBias;
  for (const g of grams(word)) z += weights[g] ?? 0;
  return sigmoid(z);
};

function report(set) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  const scored = set.map(([word, y]) => [score(word), y]);
  for (const [p, y] of scored) {
    if (p >= 0.5 && y) tp++;
    else if (p >= 0.5) fp++;
    else if (y) fn++;
    if (p >= 0.5 === !!y) right++;
  }
  // AUC by ranks.
  const sorted = scored.slice().sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let pos = 0;
  sorted.forEach(([, y], i) => {
    if (y) {
      rankSum += i + 1;
      pos++;
    }
  });
  const neg = sorted.length - pos;
  const auc = (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
  return {
    words: set.length,
    accuracy: +(right / set.length).toFixed(3),
    namePrecision: +(tp / (tp + fp)).toFixed(3),
    nameRecall: +(tp / (tp + fn)).toFixed(3),
    auc: +auc.toFixed(3),
  };
}

const heldOut = report(held);
const model = {
  source:
    'scripts/train-name-score.mjs: names = PROPN words of UD EWT train (CC BY-SA 4.0) and GUM train, CC BY genres (CC BY), plus the person-name words and company names of packages/extract/data; common = their other words',
  format: `logistic regression over the ${MIN_N}- to ${MAX_N}-grams of ^word$ in lower case: score = sigmoid(bias + sum of weights); weights under 0.05 left out`,
  seed: SEED,
  epochs: EPOCHS,
  words: { names: names.size, treebankNames, common: common.size },
  heldOut,
  bias: roundedBias,
  weights,
};
writeFileSync(OUT, `${JSON.stringify(model)}\n`);
console.log(
  `name score: ${names.size} names (${treebankNames} from the treebanks), ${common.size} common words; ` +
    `${Object.keys(weights).length} n-grams; held out ${JSON.stringify(heldOut)}; wrote ${OUT}`,
);
