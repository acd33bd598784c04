/**
 * A UPOS tagger that corrects wink-nlp's tags: a greedy left-to-right averaged perceptron whose
 * features are wink's tag (the "hint") and its neighbours, the word, its suffixes, prefix and
 * shape, the words around it and the two tags it has just chosen. Trained on the same treebanks
 * as the parser, with wink's tags of the treebank words as hints.
 */
import { frequent, FREQUENT, key, tagId, TAGS, UPOS_TAGS, Vocabulary } from './features.js';
import type { FeatureSet } from './features.js';
import type { WordClusters } from './clusters.js';
import { AveragedPerceptron, newFeatures } from './perceptron.js';
import { restorePredicates } from './predicates.js';
import type { Features, LinearModel } from './perceptron.js';

/** Tag class c is UPOS_TAGS[c]; tag ids (for features) are class + 2, 0 = none, 1 = outside. */
const CLASSES = UPOS_TAGS.length;
const VERB_CLASS = UPOS_TAGS.indexOf('VERB');
const T = TAGS;
/** Dense templates and keys at most (feature set 3; sets 1 and 2 have 19 dense). */
const DENSE = 25;
const KEYS = 10;
/** Suffix hashes folded to 12 bits for dense tables. */
const SUFFIXES = 4096;

/**
 * Where each dense template's weights start, for `words` word ids (and in feature set 3 `fine`
 * and `coarse` cluster atoms).
 */
export function taggerLayout(
  words: number,
  set: FeatureSet = 1,
  fine = 0,
  coarse = 0,
): { offsets: Int32Array; size: number } {
  const sizes = [1, T, T * T * T, T * T, T * T, T, T * T, T * T, 64 * T * 2, 256];
  for (let i = 0; i < 5; i++) sizes.push(words);
  sizes.push(SUFFIXES * T, SUFFIXES, SUFFIXES, FREQUENT * T);
  if (set >= 3) sizes.push(fine, fine, fine, fine * T, coarse * coarse * coarse, fine * T);
  const offsets = new Int32Array(sizes.length);
  let size = 0;
  sizes.forEach((n, i) => {
    offsets[i] = size;
    size += n;
  });
  return { offsets, size };
}

/** A sentence's per-word atoms, computed once (buffers reused from sentence to sentence). */
class Atoms {
  n = 0;
  words = new Int32Array(64);
  hints = new Int32Array(64);
  suffix3 = new Int32Array(64);
  suffix2 = new Int32Array(64);
  suffix4 = new Int32Array(64);
  prefix = new Int32Array(64);
  shapes = new Int32Array(64);
  fine = new Int32Array(64);
  coarse = new Int32Array(64);

  /** Fills the atoms from vocabulary cache entries and wink's tags. */
  fill(vocabulary: Vocabulary, entries: Int32Array, n: number, hints: readonly string[]): this {
    if (n > this.words.length) {
      const size = Math.max(n, this.words.length * 2);
      this.words = new Int32Array(size);
      this.hints = new Int32Array(size);
      this.suffix3 = new Int32Array(size);
      this.suffix2 = new Int32Array(size);
      this.suffix4 = new Int32Array(size);
      this.prefix = new Int32Array(size);
      this.shapes = new Int32Array(size);
      this.fine = new Int32Array(size);
      this.coarse = new Int32Array(size);
    }
    this.n = n;
    for (let i = 0; i < n; i++) {
      const e = entries[i]!;
      this.words[i] = vocabulary.entryId[e]!;
      this.hints[i] = tagId(hints[i] ?? 'X');
      this.suffix3[i] = vocabulary.entrySuffix3[e]!;
      this.suffix2[i] = vocabulary.entrySuffix2[e]!;
      this.suffix4[i] = vocabulary.entrySuffix4[e]!;
      this.prefix[i] = vocabulary.entryPrefix[e]!;
      this.shapes[i] = vocabulary.entryShape[e]!;
      this.fine[i] = vocabulary.entryFine[e]!;
      this.coarse[i] = vocabulary.entryCoarse[e]!;
    }
    return this;
  }
}

/** Cache entries of the forms of a sentence. */
function entriesOf(vocabulary: Vocabulary, forms: readonly string[]): Int32Array {
  return Int32Array.from(forms, (f) => vocabulary.entry(f));
}

/**
 * Writes word i's features, given the tags chosen for i-1 and i-2 (ids, 1 = outside): 5 hashed
 * keys in feature sets 1 and 3, 10 in set 2; set 3 adds 6 dense templates over clusters (`K`:
 * the number of coarse cluster atoms).
 */
function tagFeatures(
  a: Atoms,
  i: number,
  p1: number,
  p2: number,
  o: Int32Array,
  f: Features,
  set: FeatureSet,
  K: number,
): void {
  const { n, words: W, hints: H } = a;
  const w = W[i]!;
  const h = H[i]!;
  const hPrev = i > 0 ? H[i - 1]! : 1;
  const hNext = i + 1 < n ? H[i + 1]! : 1;
  const wPrev = i > 0 ? W[i - 1]! : 1;
  const wNext = i + 1 < n ? W[i + 1]! : 1;
  const s3 = a.suffix3[i]!;
  const dense = f.dense;
  let k = 0;
  dense[k] = o[k++]!;
  dense[k] = o[k++]! + h;
  dense[k] = o[k++]! + (hPrev * T + h) * T + hNext;
  dense[k] = o[k++]! + hPrev * T + h;
  dense[k] = o[k++]! + h * T + hNext;
  dense[k] = o[k++]! + p1;
  dense[k] = o[k++]! + p2 * T + p1;
  dense[k] = o[k++]! + p1 * T + h;
  dense[k] = o[k++]! + (a.shapes[i]! * T + h) * 2 + (i === 0 ? 1 : 0);
  dense[k] = o[k++]! + a.prefix[i]!;
  dense[k] = o[k++]! + w;
  dense[k] = o[k++]! + wPrev;
  dense[k] = o[k++]! + wNext;
  dense[k] = o[k++]! + (i > 1 ? W[i - 2]! : 1);
  dense[k] = o[k++]! + (i + 2 < n ? W[i + 2]! : 1);
  dense[k] = o[k++]! + (s3 & (SUFFIXES - 1)) * T + h;
  dense[k] = o[k++]! + (i + 1 < n ? a.suffix3[i + 1]! & (SUFFIXES - 1) : 0);
  dense[k] = o[k++]! + (i > 0 ? a.suffix3[i - 1]! & (SUFFIXES - 1) : 0);
  dense[k] = o[k++]! + frequent(w) * T + hNext;
  const keys = f.keys;
  k = 0;
  keys[k++] = key(1, s3, 0);
  keys[k++] = key(2, a.suffix2[i]!, 0);
  keys[k++] = key(3, w, p1);
  keys[k++] = key(4, w, h);
  keys[k++] = key(8, w, wNext);
  f.keyCount = k;
  if (set === 3) {
    clusterFeatures(a, i, p1, h, o, f, K);
    return;
  }
  if (set < 2) return;
  // The word with its capitalisation and with the neighbours' hints.
  keys[k++] = key(9, w, (a.shapes[i]! & 3) | (i === 0 ? 4 : 0));
  keys[k++] = key(10, w, hPrev);
  keys[k++] = key(11, w, hNext);
  // Its last four letters, and the word before it with it.
  keys[k++] = key(12, a.suffix4[i]!, 0);
  keys[k++] = key(13, wPrev, w);
  f.keyCount = k;
}

/**
 * Feature set 3's tagger templates (after set 1's): the clusters of the word and its
 * neighbours (1 = outside the sentence), all dense; `K` is the number of coarse cluster atoms.
 */
function clusterFeatures(
  a: Atoms,
  i: number,
  p1: number,
  h: number,
  o: Int32Array,
  f: Features,
  K: number,
): void {
  const { n } = a;
  const dense = f.dense;
  const c = a.fine[i]!;
  const cPrev = i > 0 ? a.fine[i - 1]! : 1;
  const cNext = i + 1 < n ? a.fine[i + 1]! : 1;
  const kPrev = i > 0 ? a.coarse[i - 1]! : 1;
  const kNext = i + 1 < n ? a.coarse[i + 1]! : 1;
  let j = 19;
  dense[j] = o[j++]! + c;
  dense[j] = o[j++]! + cPrev;
  dense[j] = o[j++]! + cNext;
  dense[j] = o[j++]! + c * T + h;
  dense[j] = o[j++]! + (kPrev * K + a.coarse[i]!) * K + kNext;
  dense[j] = o[j++]! + c * T + p1;
}

export class Tagger {
  readonly vocabulary: Vocabulary;
  readonly model: LinearModel;
  /** The feature set the model was trained with. */
  readonly featureSet: FeatureSet;
  private readonly offsets: Int32Array;
  private readonly features = newFeatures(DENSE, KEYS);
  private readonly scores = new Int32Array(CLASSES);
  private readonly atoms = new Atoms();
  private verbRank = new Int32Array(64);
  private verbGap = new Float64Array(64);

  constructor(vocabulary: Vocabulary, model: LinearModel, featureSet: FeatureSet = 1) {
    this.vocabulary = vocabulary;
    this.model = model;
    this.featureSet = featureSet;
    if (featureSet >= 3 && !vocabulary.clusters) {
      throw new Error('parse.Tagger: feature set 3 needs word clusters.');
    }
    const layout = taggerLayout(
      vocabulary.size,
      featureSet,
      vocabulary.fineClasses,
      vocabulary.coarseClasses,
    );
    if (model.denseRows !== layout.size) {
      throw new Error('parse.Tagger: the model does not fit the feature layout.');
    }
    this.offsets = layout.offsets;
    this.features.denseCount = layout.offsets.length;
  }

  /**
   * Tags a sentence given wink-nlp's tags for its words; a clause the greedy pass leaves with
   * no verb gets one from its second choices (`restorePredicates`).
   *
   * @example
   * tagger.tag(['The', 'American', 'forces'], ['DET', 'PROPN', 'NOUN']); // ['DET', 'ADJ', 'NOUN']
   */
  tag(words: readonly string[], hints: readonly string[]): string[] {
    const out = new Int32Array(words.length);
    this.tagEntries(entriesOf(this.vocabulary, words), words.length, hints, out, words);
    return Array.from(out, (t) => UPOS_TAGS[t - 2]!);
  }

  /**
   * Tags words given as vocabulary cache entries; writes tag ids (UPOS class + 2) to `out`.
   * With the words' `forms`, clauses left without a verb get one (`restorePredicates`).
   */
  tagEntries(
    entries: Int32Array,
    n: number,
    hints: readonly string[],
    out: Int32Array,
    forms?: readonly string[],
  ): void {
    const a = this.atoms.fill(this.vocabulary, entries, n, hints);
    const scores = this.scores;
    if (n > this.verbRank.length) {
      this.verbRank = new Int32Array(n * 2);
      this.verbGap = new Float64Array(n * 2);
    }
    const { verbRank, verbGap } = this;
    let p1 = 1;
    let p2 = 1;
    for (let i = 0; i < n; i++) {
      tagFeatures(
        a,
        i,
        p1,
        p2,
        this.offsets,
        this.features,
        this.featureSet,
        this.vocabulary.coarseClasses,
      );
      this.model.score(this.features, scores);
      let best = 0;
      let rank = 1;
      const verb = scores[VERB_CLASS]!;
      for (let c = 1; c < CLASSES; c++) if (scores[c]! > scores[best]!) best = c;
      for (let c = 0; c < CLASSES; c++) if (scores[c]! > verb) rank++;
      verbRank[i] = rank;
      verbGap[i] = scores[best]! - verb;
      out[i] = best + 2;
      p2 = p1;
      p1 = best + 2;
    }
    if (forms) restorePredicates({ n, forms, tags: out, verbRank, verbGap });
  }
}

export interface TaggingSentence {
  words: readonly string[];
  /** wink-nlp's tags for the words. */
  hints: readonly string[];
  /** Gold UPOS. */
  tags: readonly string[];
}

export interface TaggerOptions {
  epochs?: number;
  seed?: number;
  /** Default 0: keep every feature. */
  prune?: number;
  vocabulary?: Vocabulary;
  /** Feature set (default 1, the shipped model's; see `FeatureSet`). */
  features?: FeatureSet;
  /** Word clusters (feature set 3), when no `vocabulary` brings them. */
  clusters?: WordClusters;
}

/**
 * Trains the tagger (averaged perceptron, the tags it chose itself as history).
 *
 * @example
 * const tagger = trainTagger(sentences, { epochs: 8, seed: 1 });
 */
export function trainTagger(
  sentences: readonly TaggingSentence[],
  options: TaggerOptions = {},
): Tagger {
  const vocabulary =
    options.vocabulary ??
    Vocabulary.fromForms(
      sentences.flatMap((s) => s.words),
      2,
      options.clusters,
    );
  const data = sentences.map((s) => ({
    atoms: new Atoms().fill(vocabulary, entriesOf(vocabulary, s.words), s.words.length, s.hints),
    gold: Int32Array.from(s.tags, (t) => tagId(t) - 2),
  }));
  const set = options.features ?? 1;
  if (set >= 3 && !vocabulary.clusters) {
    throw new Error('parse.trainTagger: feature set 3 needs word clusters (options.clusters).');
  }
  const K = vocabulary.coarseClasses;
  const layout = taggerLayout(vocabulary.size, set, vocabulary.fineClasses, K);
  const model = new AveragedPerceptron(CLASSES, layout.size);
  const features = newFeatures(DENSE, KEYS);
  features.denseCount = layout.offsets.length;
  const scores = new Float64Array(CLASSES);
  let seed = (options.seed ?? 1) >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < (options.epochs ?? 8); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { atoms: a, gold } = data[index]!;
      let p1 = 1;
      let p2 = 1;
      for (let i = 0; i < a.n; i++) {
        tagFeatures(a, i, p1, p2, layout.offsets, features, set, K);
        model.score(features, scores);
        let best = 0;
        for (let c = 1; c < CLASSES; c++) if (scores[c]! > scores[best]!) best = c;
        model.instances++;
        const target = gold[i]!;
        if (best !== target) {
          model.update(features, target, 1);
          model.update(features, best, -1);
        }
        p2 = p1;
        p1 = best + 2;
      }
    }
  }
  return new Tagger(vocabulary, model.average(options.prune ?? 0), set);
}
