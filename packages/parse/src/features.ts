/**
 * Feature extraction: words and tags are interned to small integers once per sentence, and no
 * strings are built in the hot loop. A template over small atoms (tags, labels, distance,
 * valency, one word, one of the 4,096 most frequent words with a tag, a label set folded to 8
 * bits) is *dense*: its value is an index into a weight table of its own, one load and no
 * probing. A template over two words, or a word and a tag, is *hashed*: a few packed integers
 * become one 32-bit key for an open-addressing table. The move templates follow Zhang & Nivre
 * (2011), adapted to arc-hybrid: words and tags of s0-s2 and b0-b2, the leftmost and rightmost
 * children of s0, s1 and b0 with their labels, distance, valency and the label sets of the
 * children. A second, smaller set describes one arc for the label classifier.
 */
import type { ParseState } from './transitions.js';
import { normaliseWord } from './words.js';
import { BACKOFF_CLASSES, backoffClass, type WordClusters } from './clusters.js';

/** Atom ids shared by words, tags and labels: 0 = no such position, 1 = the root. */
export const NONE = 0;
export const ROOT = 1;
/** Word ids of the vocabulary start here (most frequent first), then the unknown-word classes. */
const FIRST_WORD = 2;

/** The tag set: UD's 17 UPOS tags. Anything else is read as X. */
export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
const TAG_ID = new Map<string, number>(UPOS_TAGS.map((t, i) => [t, i + 2]));
const TAG_X = TAG_ID.get('X')!;
const TAG_VERB = TAG_ID.get('VERB')!;
const TAG_AUX = TAG_ID.get('AUX')!;
const TAG_PUNCT = TAG_ID.get('PUNCT')!;

/** The id of a UPOS tag (2..18); anything else is X. */
export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? TAG_X;
}

/** The class of an out-of-vocabulary word: its shape and last two letters. */
export function unknownWord(form: string): string {
  let shape = 'x';
  if (/[0-9]/.test(form)) shape = 'd';
  else if (/^\p{Lu}+$/u.test(form) && form.length > 1) shape = 'XX';
  else if (/^\p{Lu}/u.test(form)) shape = 'Xx';
  else if (!/\p{L}/u.test(form)) shape = '.';
  if (form.includes('-')) shape += '-';
  return `<unk${shape}${normaliseWord(form).slice(-2)}>`;
}

/** FNV-1a of the last `n` characters of `s`, cut to 25 bits for a key. */
function suffixHash(s: string, n: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, s.length - n); i < s.length; i++) {
    h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  }
  return (h >>> 7) & 0x1ffffff;
}

/** Capitals, digits, hyphens, punctuation and shortness as a number below 64. */
function shapeOf(form: string): number {
  let s = 0;
  if (/^\p{Lu}/u.test(form)) s |= 1;
  if (form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase()) s |= 2;
  if (/[0-9]/.test(form)) s |= 4;
  if (form.includes('-')) s |= 8;
  if (!/[\p{L}\p{N}]/u.test(form)) s |= 16;
  if (form.length <= 2) s |= 32;
  return s;
}

/**
 * Cluster atoms: 0 = no such position, 1 = the root, 2 = a word with no class, then the
 * classes, then (clusters with `backoff`) the back-off classes of words with no class.
 */
const NO_CLASS = 2;
const FIRST_CLASS = 3;

/** Distinct word forms kept in the cache before it starts over. */
const CACHE_LIMIT = 1 << 17;

/**
 * Word forms → ids: the vocabulary of the training data plus classes of unknown words. Also
 * caches, per distinct form, what the features read of it (id, suffix hashes, first letter,
 * shape), so the string work is done once per form rather than once per token.
 */
export class Vocabulary {
  readonly words: readonly string[];
  /** Word clusters learned from unlabeled text (feature set 3), kept in the model file. */
  readonly clusters: WordClusters | undefined;
  /** Fine and coarse cluster atoms: 0 none, 1 root, 2 no class, the classes, the back-offs. */
  readonly fineClasses: number;
  readonly coarseClasses: number;
  private readonly ids: Map<string, number>;
  private readonly clusterIds: Map<string, number>;
  private readonly cache = new Map<string, number>();
  /** Per cache entry: word id, hashes of the last 3, 2 and 4 letters, first letter, shape. */
  readonly entryId = new Int32Array(CACHE_LIMIT);
  readonly entrySuffix3 = new Int32Array(CACHE_LIMIT);
  readonly entrySuffix2 = new Int32Array(CACHE_LIMIT);
  readonly entrySuffix4 = new Int32Array(CACHE_LIMIT);
  readonly entryPrefix = new Int32Array(CACHE_LIMIT);
  readonly entryShape = new Int32Array(CACHE_LIMIT);
  /** Per cache entry: fine and coarse cluster atoms (2 when the word has no class). */
  readonly entryFine = new Int32Array(CACHE_LIMIT);
  readonly entryCoarse = new Int32Array(CACHE_LIMIT);

  constructor(words: readonly string[], clusters?: WordClusters) {
    this.words = words;
    this.ids = new Map(words.map((w, i) => [w, i + FIRST_WORD]));
    this.clusters = clusters;
    this.clusterIds = new Map(clusters?.words.map((w, i) => [w, i]));
    const backoffs = clusters?.backoff ? BACKOFF_CLASSES : 0;
    this.fineClasses = clusters ? clusters.sizes[0]! + FIRST_CLASS + backoffs : 0;
    this.coarseClasses = clusters ? clusters.sizes[1]! + FIRST_CLASS + backoffs : 0;
    if (this.fineClasses > 1024 || this.coarseClasses > 1024) {
      throw new Error('parse.Vocabulary: at most 1,024 cluster atoms per clustering.');
    }
  }

  /**
   * Builds the vocabulary from training forms: words seen at least `minCount` times, most
   * frequent first, and the unknown-word classes of the rarer ones (so the model learns what to
   * do with unknown words).
   */
  static fromForms(forms: Iterable<string>, minCount: number, clusters?: WordClusters): Vocabulary {
    const counts = new Map<string, number>();
    for (const form of forms) {
      const w = normaliseWord(form);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    const words: string[] = [];
    const unknown = new Set<string>();
    for (const [w, c] of counts) {
      if (c >= minCount) words.push(w);
      else unknown.add(unknownWord(w));
    }
    // Vocabulary ids must stay below 2^20 to pack with a tag into 25 bits.
    // Most frequent first, so ids below FIRST_WORD + FREQUENT_WORDS are the frequent words.
    words.sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
    return new Vocabulary([...words, ...[...unknown].sort()].slice(0, (1 << 20) - 4), clusters);
  }

  /** Number of word ids: none, root, the vocabulary, and one for words of no known class. */
  get size(): number {
    return FIRST_WORD + this.words.length + 1;
  }

  id(form: string): number {
    return this.entryId[this.entry(form)]!;
  }

  /** The cache entry of a form (computing it on first sight). */
  entry(form: string): number {
    const cached = this.cache.get(form);
    if (cached !== undefined) return cached;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const e = this.cache.size;
    this.cache.set(form, e);
    const lower = form.toLowerCase();
    const known = this.ids.get(normaliseWord(form));
    this.entryId[e] = known ?? this.ids.get(unknownWord(form)) ?? FIRST_WORD + this.words.length;
    this.entrySuffix3[e] = suffixHash(lower, 3);
    this.entrySuffix2[e] = suffixHash(lower, 2);
    this.entrySuffix4[e] = suffixHash(lower, 4);
    this.entryPrefix[e] = Math.min(lower.charCodeAt(0) || 0, 255);
    this.entryShape[e] = shapeOf(form);
    const clusters = this.clusters;
    const c = clusters ? this.clusterIds.get(normaliseWord(form)) : undefined;
    if (clusters && c !== undefined) {
      this.entryFine[e] = clusters.classes[0]![c]! + FIRST_CLASS;
      this.entryCoarse[e] = clusters.classes[1]![c]! + FIRST_CLASS;
    } else if (clusters?.backoff) {
      // An unknown word reads as the class of its shape and ending, after the real classes.
      const b = backoffClass(form);
      this.entryFine[e] = clusters.sizes[0]! + FIRST_CLASS + b;
      this.entryCoarse[e] = clusters.sizes[1]! + FIRST_CLASS + b;
    } else {
      this.entryFine[e] = NO_CLASS;
      this.entryCoarse[e] = NO_CLASS;
    }
    return e;
  }
}

/** A sentence as ids: index n is the root. */
export interface EncodedSentence {
  n: number;
  words: Int32Array;
  tags: Int32Array;
  /** verbs[i]: VERB and AUX words before word i; puncts[i]: PUNCT words before word i. */
  verbs: Int32Array;
  puncts: Int32Array;
  /** Fine and coarse cluster atoms (feature set 3; zeros otherwise). */
  fine: Int32Array;
  coarse: Int32Array;
}

export function encodeSentence(
  vocabulary: Vocabulary,
  forms: readonly string[],
  tags: readonly string[],
): EncodedSentence {
  const n = forms.length;
  const s = newEncoded(n);
  for (let i = 0; i < n; i++) {
    const e = vocabulary.entry(forms[i]!);
    s.words[i] = vocabulary.entryId[e]!;
    s.fine[i] = vocabulary.entryFine[e]!;
    s.coarse[i] = vocabulary.entryCoarse[e]!;
    s.tags[i] = tagId(tags[i] ?? 'X');
  }
  return finishEncoded(s);
}

/** An encoded sentence of n words with room for the root, to fill in. */
export function newEncoded(n: number): EncodedSentence {
  return {
    n,
    words: new Int32Array(n + 1),
    tags: new Int32Array(n + 1),
    verbs: new Int32Array(n + 1),
    puncts: new Int32Array(n + 1),
    fine: new Int32Array(n + 1),
    coarse: new Int32Array(n + 1),
  };
}

/** Adds the root and the verb and punctuation counts once words and tags are in. */
export function finishEncoded(s: EncodedSentence): EncodedSentence {
  const { n, tags, verbs, puncts } = s;
  for (let i = 0; i < n; i++) {
    const t = tags[i]!;
    verbs[i + 1] = verbs[i]! + (t === TAG_VERB || t === TAG_AUX ? 1 : 0);
    puncts[i + 1] = puncts[i]! + (t === TAG_PUNCT ? 1 : 0);
  }
  s.words[n] = ROOT;
  tags[n] = ROOT;
  s.fine[n] = ROOT;
  s.coarse[n] = ROOT;
  return s;
}

/** MurmurHash3's finaliser: a bijection on 32 bits that spreads every input bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** The key of template `t` (< 128) over `a` (< 2^25) and `b`; never 0 (0 marks empty slots). */
export function key(t: number, a: number, b: number): number {
  return fmix(fmix((t << 25) | a) ^ b) || 1;
}

function distance(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

/** Word ids below FIRST_WORD + this are "frequent": they get dense tables of their own. */
const FREQUENT_WORDS = 4096;
/** Number of frequent-word ids: none, root, the frequent words, and one for every other word. */
export const FREQUENT = FIRST_WORD + FREQUENT_WORDS + 1;

/** A word id as a frequent-word id (every rarer word shares the last one). */
export function frequent(id: number): number {
  return id < FREQUENT - 1 ? id : FREQUENT - 1;
}

/** A label set (two 32-bit halves) folded to 8 bits, for dense tables. */
export function foldSet(lo: number, hi: number): number {
  return fmix(lo ^ Math.imul(hi, 0x9e3779b1)) >>> 24;
}

/** Number of tag ids (none, root, 17 UPOS). */
export const TAGS = UPOS_TAGS.length + 2;
const T = TAGS;
const T2 = T * T;
const T3 = T2 * T;
/** Distances and valencies are cut to 0..7. */
const D = 8;

/**
 * Which templates a model reads, kept in its file (`info.features`; absent = 1):
 *
 * - 1: the first release's set;
 * - 2: adds Zhang & Nivre's (2011) word pairs with one side's tag and with distance, the
 *   second-order children's words, the words of a phrase's first dependent (in UD its
 *   preposition) with the words that could head the phrase, and to the tagger the word with
 *   its capitalisation and with its neighbours' hints, its last four letters and the word
 *   before it;
 * - 3: set 1, set 2's second-order children's words, and word clusters learned from
 *   unlabeled text (`clusters.ts`) in place of set 2's hashed word pairs: the clusters of the
 *   stack, buffer and children positions alone, with a tag, in pairs and triples (dense tables
 *   over 512 fine and 32 coarse classes), and a phrase's first word (a preposition in UD) with
 *   the clusters of the phrase and its candidate head; to the label classifier the clusters of
 *   dependent and head; to the tagger (set 1's) the clusters of the word and its neighbours.
 */
export type FeatureSet = 1 | 2 | 3;

/** The feature set a model's `info` names (1 when it names none, as in older files). */
export function featureSetOf(info: { features?: unknown }): FeatureSet {
  return info.features === 3 ? 3 : info.features === 2 ? 2 : 1;
}

/** Where each dense template's weights start in a model's dense table. */
export interface DenseLayout {
  offsets: Int32Array;
  /** Rows of the dense table. */
  size: number;
  /** Number of label ids the templates index (0 = none included). */
  labels: number;
  /** The feature set the layout is for. */
  set: FeatureSet;
  /** Fine and coarse cluster atoms (set 3). */
  fine: number;
  coarse: number;
}

function layout(
  labels: number,
  sizes: readonly number[],
  set: FeatureSet = 1,
  fine = 0,
  coarse = 0,
): DenseLayout {
  const offsets = new Int32Array(sizes.length);
  let size = 0;
  sizes.forEach((n, i) => {
    offsets[i] = size;
    size += n;
  });
  return { offsets, size, labels, set, fine, coarse };
}

/**
 * The dense move templates, in the order `moveFeatures` writes them, for `words` word ids and
 * `labels` label ids (`offsets.length` of them: fewer in feature set 1).
 */
export function moveLayout(
  words: number,
  labels: number,
  set: FeatureSet = 1,
  fine = 0,
  coarse = 0,
): DenseLayout {
  const L = labels;
  const W = words;
  const F = FREQUENT;
  const C = fine;
  const K = coarse;
  return layout(
    L,
    [
      ...[T, T, T, T, T, T],
      ...[T2, T2, T2, T2, T2],
      ...[T3, T3, T3, T3, T3, T3, T3, T3, T3, T3, T3, T3, T3],
      ...[T * D, T * D, T2 * D, T2 * D],
      ...[T * D, T * D, T * D, T * D],
      ...[T * L, T * L, T * L, T * L, T * L, T * L, T * L, T * L * L, T * L],
      ...[W, W, W, W, W, W, W, W, W, W],
      ...[T3, T3, T2 * 9, T3 * D],
      ...[F * T, T * F, T * F, F * T, F * D, F * D, F * D, F * D, F * D],
      ...[T * 256, T * 256, T * 256, T * 256],
      ...(set >= 2 ? [W, W, W] : []),
      ...(set >= 3 ? [C, C, C, C, C, C, C, C * T, T * C, C * T, K * C, C * K] : []),
      ...(set >= 3 ? [K * K * K, K * K * D, K * K * K] : []),
    ],
    set,
    fine,
    coarse,
  );
}
/** At most this many dense move templates (feature set 3; set 1 has 68, set 2 71). */
export const MOVE_DENSE = 86;
/** At most this many hashed move keys (set 2; set 1 has 5, set 3 7); `moveFeatures` returns how many. */
export const MOVE_KEYS = 15;

/**
 * Writes the move classifier's features for `state`: `layout.offsets.length` indices into the
 * dense table laid out by `moveLayout` and up to MOVE_KEYS hashed keys. Returns the number of
 * keys written (in set 2 the ones over a child only when the child is there).
 */
export function moveFeatures(
  s: EncodedSentence,
  st: ParseState,
  layout: DenseLayout,
  dense: Int32Array,
  keys: Int32Array,
): number {
  const { words: W, tags: T_ } = s;
  const { stack, sp, b, n, lc1, lc2, rc1, rc2, label: L } = st;
  const o = layout.offsets;
  const NL = layout.labels;
  const s0 = sp > 0 ? stack[sp - 1]! : -1;
  const s1 = sp > 1 ? stack[sp - 2]! : -1;
  const s2 = sp > 2 ? stack[sp - 3]! : -1;
  const b0 = b;
  const b1 = b + 1 <= n ? b + 1 : -1;
  const b2 = b + 2 <= n ? b + 2 : -1;

  const ws0 = s0 >= 0 ? W[s0]! : 0;
  const ts0 = s0 >= 0 ? T_[s0]! : 0;
  const ws1 = s1 >= 0 ? W[s1]! : 0;
  const ts1 = s1 >= 0 ? T_[s1]! : 0;
  const ws2 = s2 >= 0 ? W[s2]! : 0;
  const ts2 = s2 >= 0 ? T_[s2]! : 0;
  const wb0 = W[b0]!;
  const tb0 = T_[b0]!;
  const wb1 = b1 >= 0 ? W[b1]! : 0;
  const tb1 = b1 >= 0 ? T_[b1]! : 0;
  const wb2 = b2 >= 0 ? W[b2]! : 0;
  const tb2 = b2 >= 0 ? T_[b2]! : 0;

  const s0l = s0 >= 0 ? lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? lc2[s0]! : -1;
  const s0r = s0 >= 0 ? rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? rc2[s0]! : -1;
  const s1r = s1 >= 0 ? rc1[s1]! : -1;
  const b0l = lc1[b0]!;
  const b0l2 = lc2[b0]!;
  const ts0l = s0l >= 0 ? T_[s0l]! : 0;
  const ws0l = s0l >= 0 ? W[s0l]! : 0;
  const ls0l = s0l >= 0 ? L[s0l]! : 0;
  const ts0l2 = s0l2 >= 0 ? T_[s0l2]! : 0;
  const ls0l2 = s0l2 >= 0 ? L[s0l2]! : 0;
  const ts0r = s0r >= 0 ? T_[s0r]! : 0;
  const ws0r = s0r >= 0 ? W[s0r]! : 0;
  const ls0r = s0r >= 0 ? L[s0r]! : 0;
  const ts0r2 = s0r2 >= 0 ? T_[s0r2]! : 0;
  const ls0r2 = s0r2 >= 0 ? L[s0r2]! : 0;
  const ts1r = s1r >= 0 ? T_[s1r]! : 0;
  const ws1r = s1r >= 0 ? W[s1r]! : 0;
  const ls1r = s1r >= 0 ? L[s1r]! : 0;
  const tb0l = b0l >= 0 ? T_[b0l]! : 0;
  const wb0l = b0l >= 0 ? W[b0l]! : 0;
  const lb0l = b0l >= 0 ? L[b0l]! : 0;
  const tb0l2 = b0l2 >= 0 ? T_[b0l2]! : 0;
  const lb0l2 = b0l2 >= 0 ? L[b0l2]! : 0;

  const d = s0 >= 0 && b0 < n ? distance(b0 - s0) : 0;
  const d1 = s1 >= 0 ? distance(s0 - s1) : 0;
  const vls0 = s0 >= 0 ? Math.min(st.nl[s0]!, 7) : 0;
  const vrs0 = s0 >= 0 ? Math.min(st.nr[s0]!, 7) : 0;
  const vlb0 = Math.min(st.nl[b0]!, 7);
  const vrs1 = s1 >= 0 ? Math.min(st.nr[s1]!, 7) : 0;

  let k = 0;
  dense[k] = o[k++]! + ts0;
  dense[k] = o[k++]! + ts1;
  dense[k] = o[k++]! + tb0;
  dense[k] = o[k++]! + tb1;
  dense[k] = o[k++]! + tb2;
  dense[k] = o[k++]! + ts2;
  dense[k] = o[k++]! + ts0 * T + tb0;
  dense[k] = o[k++]! + tb0 * T + tb1;
  dense[k] = o[k++]! + ts1 * T + ts0;
  dense[k] = o[k++]! + ts1 * T + tb0;
  dense[k] = o[k++]! + ts0 * T + tb1;
  dense[k] = o[k++]! + (tb0 * T + tb1) * T + tb2;
  dense[k] = o[k++]! + (ts0 * T + tb0) * T + tb1;
  dense[k] = o[k++]! + (ts1 * T + ts0) * T + tb0;
  dense[k] = o[k++]! + (ts2 * T + ts1) * T + ts0;
  dense[k] = o[k++]! + (ts0 * T + ts0l) * T + tb0;
  dense[k] = o[k++]! + (ts0 * T + ts0r) * T + tb0;
  dense[k] = o[k++]! + (ts0 * T + tb0) * T + tb0l;
  dense[k] = o[k++]! + (ts0 * T + ts0l) * T + ts0l2;
  dense[k] = o[k++]! + (ts0 * T + ts0r) * T + ts0r2;
  dense[k] = o[k++]! + (tb0 * T + tb0l) * T + tb0l2;
  dense[k] = o[k++]! + (ts1 * T + ts0) * T + ts0l;
  dense[k] = o[k++]! + (ts1 * T + ts0) * T + ts0r;
  dense[k] = o[k++]! + (ts1 * T + ts1r) * T + ts0;
  dense[k] = o[k++]! + ts0 * D + d;
  dense[k] = o[k++]! + tb0 * D + d;
  dense[k] = o[k++]! + (ts0 * T + tb0) * D + d;
  dense[k] = o[k++]! + (ts1 * T + ts0) * D + d1;
  dense[k] = o[k++]! + ts0 * D + vrs0;
  dense[k] = o[k++]! + ts0 * D + vls0;
  dense[k] = o[k++]! + tb0 * D + vlb0;
  dense[k] = o[k++]! + ts1 * D + vrs1;
  dense[k] = o[k++]! + ts0l * NL + ls0l;
  dense[k] = o[k++]! + ts0r * NL + ls0r;
  dense[k] = o[k++]! + ts0l2 * NL + ls0l2;
  dense[k] = o[k++]! + ts0r2 * NL + ls0r2;
  dense[k] = o[k++]! + tb0l * NL + lb0l;
  dense[k] = o[k++]! + tb0l2 * NL + lb0l2;
  dense[k] = o[k++]! + ts1r * NL + ls1r;
  dense[k] = o[k++]! + (ts0 * NL + ls0l) * NL + ls0r;
  dense[k] = o[k++]! + tb0 * NL + lb0l;
  dense[k] = o[k++]! + ws0;
  dense[k] = o[k++]! + wb0;
  dense[k] = o[k++]! + ws1;
  dense[k] = o[k++]! + wb1;
  dense[k] = o[k++]! + wb2;
  dense[k] = o[k++]! + ws2;
  dense[k] = o[k++]! + ws0l;
  dense[k] = o[k++]! + ws0r;
  dense[k] = o[k++]! + wb0l;
  dense[k] = o[k++]! + ws1r;
  // What lies between s0 and b0: the words next to each, and how many verbs and punctuation marks.
  const inner = s0 >= 0 && s0 + 1 < b0;
  const tAfterS0 = inner ? T_[s0 + 1]! : 0;
  const tBeforeB0 = inner ? T_[b0 - 1]! : 0;
  const verbs = inner ? Math.min(s.verbs[b0]! - s.verbs[s0 + 1]!, 2) : 0;
  const puncts = inner ? Math.min(s.puncts[b0]! - s.puncts[s0 + 1]!, 2) : 0;
  dense[k] = o[k++]! + (ts0 * T + tAfterS0) * T + tb0;
  dense[k] = o[k++]! + (ts0 * T + tBeforeB0) * T + tb0;
  dense[k] = o[k++]! + (ts0 * T + tb0) * 9 + verbs * 3 + puncts;
  dense[k] = o[k++]! + ((ts1 * T + ts0) * T + tb0) * D + d;
  // Frequent words with the tag of another position, distance and valency.
  const fs0 = frequent(ws0);
  const fb0 = frequent(wb0);
  const fs1 = frequent(ws1);
  dense[k] = o[k++]! + fs0 * T + tb0;
  dense[k] = o[k++]! + ts0 * FREQUENT + fb0;
  dense[k] = o[k++]! + ts1 * FREQUENT + fs0;
  dense[k] = o[k++]! + fs1 * T + ts0;
  dense[k] = o[k++]! + fs0 * D + d;
  dense[k] = o[k++]! + fb0 * D + d;
  dense[k] = o[k++]! + fs0 * D + vrs0;
  dense[k] = o[k++]! + fs0 * D + vls0;
  dense[k] = o[k++]! + fb0 * D + vlb0;
  // Label sets of the children, folded.
  const s0L = s0 >= 0 ? foldSet(st.lsetLo[s0]!, st.lsetHi[s0]!) : 0;
  const s0R = s0 >= 0 ? foldSet(st.rsetLo[s0]!, st.rsetHi[s0]!) : 0;
  const s1R = s1 >= 0 ? foldSet(st.rsetLo[s1]!, st.rsetHi[s1]!) : 0;
  dense[k] = o[k++]! + ts0 * 256 + s0L;
  dense[k] = o[k++]! + ts0 * 256 + s0R;
  dense[k] = o[k++]! + tb0 * 256 + foldSet(st.lsetLo[b0]!, st.lsetHi[b0]!);
  dense[k] = o[k++]! + ts1 * 256 + s1R;
  const set2 = layout.set >= 2;
  if (set2) {
    // Third-order words: the second-leftmost and second-rightmost children.
    dense[k] = o[k++]! + (s0l2 >= 0 ? W[s0l2]! : 0);
    dense[k] = o[k++]! + (s0r2 >= 0 ? W[s0r2]! : 0);
    dense[k] = o[k++]! + (b0l2 >= 0 ? W[b0l2]! : 0);
  }

  const denseEnd = k;
  const ws0t = (ws0 << 5) | ts0;
  const wb0t = (wb0 << 5) | tb0;
  const ws1t = (ws1 << 5) | ts1;
  k = 0;
  keys[k++] = key(1, ws0t, 0);
  keys[k++] = key(2, wb0t, 0);
  keys[k++] = key(5, ws0t, wb0t);
  keys[k++] = key(10, ws0, wb0);
  keys[k++] = key(12, ws1, ws0);
  if (layout.set === 3) return clusterFeatures(s, st, layout, dense, keys, denseEnd, k, d);
  if (!set2) return k;
  // Zhang & Nivre's word pairs with one side's tag only, and with their distance.
  keys[k++] = key(20, ws0t, tb0);
  keys[k++] = key(21, wb0t, ts0);
  keys[k++] = key(22, ws0, (wb0 << 3) | d);
  if (s1 >= 0) keys[k++] = key(23, ws1t, ws0t);
  // Attachment: a phrase's leftmost child (in UD its preposition or marker) with the words that
  // could head the phrase, and the phrase head with the other candidate.
  if (s0l >= 0) {
    keys[k++] = key(26, (ws0l << 5) | ts0, ws1);
    keys[k++] = key(27, (ws0l << 5) | ts0, wb0);
  }
  if (b0l >= 0) {
    keys[k++] = key(28, ws0, wb0l);
    keys[k++] = key(29, ws1, wb0l);
    keys[k++] = key(30, wb0l, wb0);
  }
  if (s0r >= 0) keys[k++] = key(31, ws0r, ws1);
  return k;
}

/**
 * Feature set 3's cluster templates, written after set 1's features and set 2's dense
 * second-order words (set 2's hashed word pairs are left out: clusters stand in for them, at
 * a fraction of the probes). All dense over small tables but the two attachment keys. Returns
 * the number of keys.
 */
function clusterFeatures(
  s: EncodedSentence,
  st: ParseState,
  layout: DenseLayout,
  dense: Int32Array,
  keys: Int32Array,
  denseAt: number,
  keyAt: number,
  d: number,
): number {
  const o = layout.offsets;
  const C = layout.fine;
  const K = layout.coarse;
  const { tags: T_, words: W, fine: F_, coarse: K_ } = s;
  const { stack, sp, b, n, lc1, rc1 } = st;
  const s0 = sp > 0 ? stack[sp - 1]! : -1;
  const s1 = sp > 1 ? stack[sp - 2]! : -1;
  const b0 = b;
  const b1 = b + 1 <= n ? b + 1 : -1;
  const s0l = s0 >= 0 ? lc1[s0]! : -1;
  const s0r = s0 >= 0 ? rc1[s0]! : -1;
  const b0l = lc1[b0]!;
  const ts0 = s0 >= 0 ? T_[s0]! : 0;
  const tb0 = T_[b0]!;
  const cs0 = s0 >= 0 ? F_[s0]! : 0;
  const cs1 = s1 >= 0 ? F_[s1]! : 0;
  const cb0 = F_[b0]!;
  const cb1 = b1 >= 0 ? F_[b1]! : 0;
  const ks0 = s0 >= 0 ? K_[s0]! : 0;
  const ks1 = s1 >= 0 ? K_[s1]! : 0;
  const kb0 = K_[b0]!;
  const kb1 = b1 >= 0 ? K_[b1]! : 0;
  let j = denseAt;
  dense[j] = o[j++]! + cs0;
  dense[j] = o[j++]! + cb0;
  dense[j] = o[j++]! + cs1;
  dense[j] = o[j++]! + cb1;
  dense[j] = o[j++]! + (s0l >= 0 ? F_[s0l]! : 0);
  dense[j] = o[j++]! + (s0r >= 0 ? F_[s0r]! : 0);
  dense[j] = o[j++]! + (b0l >= 0 ? F_[b0l]! : 0);
  dense[j] = o[j++]! + cs0 * T + tb0;
  dense[j] = o[j++]! + ts0 * C + cb0;
  dense[j] = o[j++]! + cs1 * T + ts0;
  dense[j] = o[j++]! + ks0 * C + cb0;
  dense[j] = o[j++]! + cs0 * K + kb0;
  dense[j] = o[j++]! + (ks1 * K + ks0) * K + kb0;
  dense[j] = o[j++]! + (ks0 * K + kb0) * D + d;
  dense[j] = o[j++]! + (ks0 * K + kb0) * K + kb1;
  // A phrase's first word (in UD its preposition) with the clusters of the phrase and of its
  // candidate head: the classic attachment feature, over classes instead of words.
  let k = keyAt;
  if (s0l >= 0) keys[k++] = key(43, (frequent(W[s0l]!) << 10) | cs0, cs1);
  if (b0l >= 0) keys[k++] = key(44, (frequent(W[b0l]!) << 10) | cb0, cs0);
  return k;
}

/** Number of (dependent tag, head tag, direction) classes of an arc. */
export const ARC_PAIRS = T2 * 2;

/** The (dependent tag, head tag, direction) class of the arc head → dep. */
export function arcPair(s: EncodedSentence, dep: number, head: number): number {
  return (s.tags[dep]! * T + s.tags[head]!) * 2 + (head > dep ? 0 : 1);
}

/** The dense label templates, in the order `labelFeatures` writes them. */
export function labelLayout(
  labels: number,
  set: FeatureSet = 1,
  fine = 0,
  coarse = 0,
): DenseLayout {
  const L = labels;
  const C = fine;
  return layout(
    L,
    [
      ...[
        T2 * 2,
        T2 * 2 * D,
        T * 2 * D * D,
        T2 * 2 * 3,
        T * 2 * L,
        T * 2 * L,
        T2 * 2,
        T2 * 2,
        T2 * 2,
      ],
      ...[T * 2 * 256, T * 2 * 256, T * 2 * 256, T * 2 * 256],
      ...(set >= 3 ? [C * 2, C * 2, C * T * 2, T * C * 2] : []),
    ],
    set,
    fine,
    coarse,
  );
}
/** At most this many dense label templates (set 3; sets 1 and 2 have 13). */
export const LABEL_DENSE = 17;
/** Label keys, every set; `labelFeatures` returns how many. */
export const LABEL_KEYS = 7;

/**
 * Writes the label classifier's features for the arc `head` → `dep` (head n = the root), made
 * when `dep` has all its children: `layout.offsets.length` dense indices and the keys, whose
 * number it returns.
 */
export function labelFeatures(
  s: EncodedSentence,
  st: ParseState,
  dep: number,
  head: number,
  layout: DenseLayout,
  dense: Int32Array,
  keys: Int32Array,
): number {
  const { words: W, tags: T_, n } = s;
  const L = st.label;
  const o = layout.offsets;
  const NL = layout.labels;
  const dir = head > dep ? 0 : 1;
  const wd = W[dep]!;
  const td = T_[dep]!;
  const wh = W[head]!;
  const th = T_[head]!;
  const dist = head === n ? 0 : distance(Math.abs(head - dep));
  const tdNext = dep + 1 < n ? T_[dep + 1]! : 0;
  const thNext = head + 1 < n ? T_[head + 1]! : 0;
  const l1 = st.lc1[dep]!;
  const r1 = st.rc1[dep]!;
  const wl1 = l1 >= 0 ? W[l1]! : 0;
  const ll1 = l1 >= 0 ? L[l1]! : 0;
  const lr1 = r1 >= 0 ? L[r1]! : 0;
  const tl1 = l1 >= 0 ? T_[l1]! : 0;
  const position = dep === 0 ? 1 : dep === n - 1 ? 2 : 0;
  const pair = (td * T + th) * 2 + dir;

  let k = 0;
  dense[k] = o[k++]! + pair;
  dense[k] = o[k++]! + pair * D + dist;
  dense[k] =
    o[k++]! + ((td * 2 + dir) * D + Math.min(st.nl[dep]!, 7)) * D + Math.min(st.nr[dep]!, 7);
  dense[k] = o[k++]! + pair * 3 + position;
  dense[k] = o[k++]! + (td * 2 + dir) * NL + ll1;
  dense[k] = o[k++]! + (td * 2 + dir) * NL + lr1;
  dense[k] = o[k++]! + (td * T + tdNext) * 2 + dir;
  dense[k] = o[k++]! + (th * T + thNext) * 2 + dir;
  dense[k] = o[k++]! + (td * T + tl1) * 2 + dir;
  const side = (td * 2 + dir) * 256;
  dense[k] = o[k++]! + side + foldSet(st.lsetLo[dep]!, st.lsetHi[dep]!);
  dense[k] = o[k++]! + side + foldSet(st.rsetLo[dep]!, st.rsetHi[dep]!);
  dense[k] = o[k++]! + side + foldSet(st.lsetLo[head]!, st.lsetHi[head]!);
  dense[k] = o[k++]! + side + foldSet(st.rsetLo[head]!, st.rsetHi[head]!);

  k = 0;
  keys[k++] = key(1, (wd << 5) | td, dir);
  keys[k++] = key(2, (wh << 5) | th, dir);
  keys[k++] = key(3, wd, (wh << 1) | dir);
  keys[k++] = key(4, (wd << 5) | td, pair);
  keys[k++] = key(8, wl1, pair);
  keys[k++] = key(13, wd, dir);
  keys[k++] = key(14, wh, dir);
  if (layout.set < 3) return k;
  const C = layout.fine;
  const cd = s.fine[dep]!;
  const ch = s.fine[head]!;
  let j = 13;
  dense[j] = o[j++]! + cd * 2 + dir;
  dense[j] = o[j++]! + ch * 2 + dir;
  dense[j] = o[j++]! + (cd * T + th) * 2 + dir;
  dense[j] = o[j++]! + (td * C + ch) * 2 + dir;
  return k;
}
