/**
 * A UPOS tagger that corrects wink-nlp's tags: a greedy left-to-right averaged perceptron whose
 * features are wink's tag (the "hint") and its neighbours, the word, its suffixes, prefix and
 * shape, the words around it and the two tags it has just chosen. Trained on the same treebanks
 * as the parser, with wink's tags of the treebank words as hints.
 */
import { key, tagId, UPOS_TAGS, Vocabulary } from './features.js';
import { AveragedPerceptron } from './perceptron.js';
import type { LinearModel } from './perceptron.js';

/** Tag class c is UPOS_TAGS[c]; tag ids (for features) are class + 2, 0 = none. */
const CLASSES = UPOS_TAGS.length;
const MAX_TAGGER_FEATURES = 32;

/** FNV-1a of the last `n` characters of `s` (lower case), cut to 25 bits for a key. */
function suffixHash(s: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, s.length - n); i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h >>> 7) & 0x1ffffff;
}

/** Capitals, digits, hyphens and punctuation as a small number. */
function shape(form: string): number {
  let s = 0;
  const first = form.charCodeAt(0);
  if (first >= 65 && first <= 90) s |= 1;
  else if (/^\p{Lu}/u.test(form)) s |= 1;
  if (form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase()) s |= 2;
  if (/[0-9]/.test(form)) s |= 4;
  if (form.includes('-')) s |= 8;
  if (!/[\p{L}\p{N}]/u.test(form)) s |= 16;
  if (form.length <= 2) s |= 32;
  return s;
}

/** A sentence's per-word atoms, computed once. */
interface Atoms {
  n: number;
  words: Int32Array;
  hints: Int32Array;
  suffix3: Int32Array;
  suffix2: Int32Array;
  prefix: Int32Array;
  shapes: Int32Array;
}

function atoms(vocabulary: Vocabulary, forms: readonly string[], hints: readonly string[]): Atoms {
  const n = forms.length;
  const a: Atoms = {
    n,
    words: new Int32Array(n),
    hints: new Int32Array(n),
    suffix3: new Int32Array(n),
    suffix2: new Int32Array(n),
    prefix: new Int32Array(n),
    shapes: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const form = forms[i]!;
    const lower = form.toLowerCase();
    a.words[i] = vocabulary.id(form);
    a.hints[i] = tagId(hints[i] ?? 'X');
    a.suffix3[i] = suffixHash(lower, 3);
    a.suffix2[i] = suffixHash(lower, 2);
    a.prefix[i] = lower.charCodeAt(0) & 0xffff;
    a.shapes[i] = shape(form);
  }
  return a;
}

/** Writes the keys of word i's features, given the tags chosen for i-1 and i-2 (ids, 0 = none). */
function tagFeatures(a: Atoms, i: number, p1: number, p2: number, out: Int32Array): number {
  const { n, words: W, hints: H } = a;
  const w = W[i]!;
  const h = H[i]!;
  const hPrev = i > 0 ? H[i - 1]! : 1;
  const hNext = i + 1 < n ? H[i + 1]! : 1;
  const wPrev = i > 0 ? W[i - 1]! : 1;
  const wNext = i + 1 < n ? W[i + 1]! : 1;
  const wPrev2 = i > 1 ? W[i - 2]! : 1;
  const wNext2 = i + 2 < n ? W[i + 2]! : 1;
  const s3 = a.suffix3[i]!;
  let k = 0;
  out[k++] = key(1, 0, 0);
  out[k++] = key(2, w, 0);
  out[k++] = key(3, h, 0);
  out[k++] = key(4, (hPrev << 10) | (h << 5) | hNext, 0);
  out[k++] = key(5, (hPrev << 5) | h, 0);
  out[k++] = key(6, (h << 5) | hNext, 0);
  out[k++] = key(7, s3, 0);
  out[k++] = key(8, a.suffix2[i]!, 0);
  out[k++] = key(9, a.prefix[i]!, 0);
  out[k++] = key(10, a.shapes[i]!, i === 0 ? 1 : 0);
  out[k++] = key(11, p1, 0);
  out[k++] = key(12, (p2 << 5) | p1, 0);
  out[k++] = key(13, w, p1);
  out[k++] = key(14, wPrev, 0);
  out[k++] = key(15, wNext, 0);
  out[k++] = key(16, wPrev2, 0);
  out[k++] = key(17, wNext2, 0);
  out[k++] = key(18, w, h);
  out[k++] = key(19, s3, h);
  out[k++] = key(20, i + 1 < n ? a.suffix3[i + 1]! : 0, 0);
  out[k++] = key(21, i > 0 ? a.suffix3[i - 1]! : 0, 0);
  out[k++] = key(22, (a.shapes[i]! << 5) | h, i === 0 ? 1 : 0);
  out[k++] = key(23, (p1 << 5) | h, 0);
  out[k++] = key(24, w, wNext);
  out[k++] = key(25, w, hNext);
  out[k++] = key(26, wPrev, w);
  return k;
}

export class Tagger {
  readonly vocabulary: Vocabulary;
  readonly model: LinearModel;
  private readonly features = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores = new Int32Array(CLASSES);

  constructor(vocabulary: Vocabulary, model: LinearModel) {
    this.vocabulary = vocabulary;
    this.model = model;
  }

  /**
   * Tags a sentence given wink-nlp's tags for its words.
   *
   * @example
   * tagger.tag(['The', 'American', 'forces'], ['DET', 'PROPN', 'NOUN']); // ['DET', 'ADJ', 'NOUN']
   */
  tag(words: readonly string[], hints: readonly string[]): string[] {
    const a = atoms(this.vocabulary, words, hints);
    const out: string[] = [];
    let p1 = 1;
    let p2 = 1;
    for (let i = 0; i < a.n; i++) {
      const count = tagFeatures(a, i, p1, p2, this.features);
      this.model.score(this.features, count, this.scores);
      let best = 0;
      for (let c = 1; c < CLASSES; c++) if (this.scores[c]! > this.scores[best]!) best = c;
      out.push(UPOS_TAGS[best]!);
      p2 = p1;
      p1 = best + 2;
    }
    return out;
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
    );
  const data = sentences.map((s) => ({
    atoms: atoms(vocabulary, s.words, s.hints),
    gold: Int32Array.from(s.tags, (t) => tagId(t) - 2),
  }));
  const model = new AveragedPerceptron(CLASSES);
  const features = new Int32Array(MAX_TAGGER_FEATURES);
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
        const count = tagFeatures(a, i, p1, p2, features);
        model.score(features, count, scores);
        let best = 0;
        for (let c = 1; c < CLASSES; c++) if (scores[c]! > scores[best]!) best = c;
        model.instances++;
        const target = gold[i]!;
        if (best !== target) {
          model.update(features, count, target, 1);
          model.update(features, count, best, -1);
        }
        p2 = p1;
        p1 = best + 2;
      }
    }
  }
  return new Tagger(vocabulary, model.average(options.prune ?? 0));
}
