/**
 * Word clusters learned from unlabeled text, for the parser's and tagger's features (feature set
 * 3): words that occur between the same words fall into the same class, so a word seen rarely or
 * never in the treebanks ("Gazprom", "annexed") shares weights with the words it behaves like.
 *
 * The clustering is the bidirectional predictive exchange algorithm (Uszkoreit & Brants 2008;
 * both directions as in Dehdari et al.'s ClusterCat, 2016): it maximises the likelihood of
 * P(w | c(w)) · P(c(w) | previous word) and of the same with the next word, moving one word at a
 * time to the class that gains most, most frequent word first, until few words move. It is
 * deterministic: no randomness, ties go to the lowest class.
 */
import { normaliseWord } from './words.js';

export interface ClusterOptions {
  /** Number of classes. */
  classes: number;
  /** Words seen fewer times get no class (default 3). */
  minCount?: number;
  /** At most this many passes over the vocabulary (default 12). */
  iterations?: number;
  /** Stop once a pass moves fewer than this share of the words (default 0.002). */
  tolerance?: number;
  /** Called after every pass with the number of words it moved. */
  onPass?: (pass: number, moved: number) => void;
}

/** Clusters of words: each normalised word (`normaliseWord`) with its classes at each size. */
export interface WordClusters {
  /** Normalised words, most frequent first. */
  words: string[];
  /** Class counts, one per clustering (e.g. [512, 64]: fine, then coarse). */
  sizes: number[];
  /** classes[k][i]: the class (0-based, < sizes[k]) of words[i] in clustering k. */
  classes: number[][];
  /**
   * How a word with no class is read: absent, every such word is one "no class" atom (the
   * first set-3 models); 1, it falls into one of `BACKOFF_CLASSES` classes of its shape and
   * ending (`backoffClass`), so an unseen capitalised name reads like the rare names the
   * treebanks have and an unseen "-ed" word like the rare "-ed" words.
   */
  backoff?: number;
}

/** Endings that mark a lower-case word's part of speech, each a back-off class of its own. */
const ENDINGS: readonly (readonly string[])[] = [
  ['ing'],
  ['ed'],
  ['ly'],
  ['tion', 'sion', 'ment', 'ness', 'ity', 'ance', 'ence', 'ship', 'ism', 'ist'],
  ['able', 'ible', 'ous', 'ive', 'ful', 'less', 'ical', 'ic', 'al', 'ary'],
  ['er', 'or'],
  ['s'],
];

/** Number of back-off classes (`backoffClass`'s range). */
export const BACKOFF_CLASSES = 14;

/**
 * The back-off class (0..13) of a word the clusters do not know, from its shape and ending:
 * capitalised, capitalised with a hyphen, all capitals, with a digit, lower case with a
 * hyphen, no letter at all, or lower case by its ending (-ing, -ed, -ly, a noun ending, an
 * adjective ending, -er/-or, -s, any other).
 */
export function backoffClass(form: string): number {
  if (/[0-9]/.test(form)) return 0;
  if (!/\p{L}/u.test(form)) return 1;
  const hyphen = form.includes('-');
  if (/^\p{Lu}/u.test(form)) {
    if (form.length > 1 && form === form.toUpperCase()) return 2;
    return hyphen ? 3 : 4;
  }
  if (hyphen) return 5;
  const lower = form.toLowerCase();
  for (const [i, endings] of ENDINGS.entries()) {
    if (endings.some((e) => lower.length > e.length + 2 && lower.endsWith(e))) return 6 + i;
  }
  return 13;
}

/** A sparse count matrix row by row: row r's columns and counts are at starts[r]..starts[r+1]. */
interface Rows {
  starts: Int32Array;
  cols: Int32Array;
  counts: Int32Array;
}

/** Pairs (row, col) counted, as rows. */
function toRows(pairs: Map<number, number>, rows: number, shift: number): Rows {
  const starts = new Int32Array(rows + 1);
  for (const k of pairs.keys()) starts[Math.floor(k / shift) + 1]!++;
  for (let r = 0; r < rows; r++) starts[r + 1]! += starts[r]!;
  const fill = starts.slice(0, rows);
  const cols = new Int32Array(pairs.size);
  const counts = new Int32Array(pairs.size);
  const sorted = [...pairs.entries()].sort((a, b) => a[0] - b[0]);
  for (const [k, c] of sorted) {
    const r = Math.floor(k / shift);
    const at = fill[r]!++;
    cols[at] = k % shift;
    counts[at] = c;
  }
  return { starts, cols, counts };
}

/**
 * Corpus statistics for clustering: the vocabulary (words seen `minCount` times or more, most
 * frequent first) and, for each word, the words before and after it with their counts. Rarer
 * words and sentence boundaries are contexts but are never clustered.
 */
class Corpus {
  readonly words: string[];
  readonly counts: Int32Array;
  /** For word w: its left contexts (previous words) with counts. */
  readonly left: Rows;
  /** For word w: its right contexts (next words) with counts. */
  readonly right: Rows;
  /** Context ids: the words, then "rare word", then "boundary". */
  readonly contexts: number;
  readonly total: number;

  constructor(sentences: Iterable<readonly string[]>, minCount: number) {
    const frequency = new Map<string, number>();
    const normalised: string[][] = [];
    for (const sentence of sentences) {
      const words = sentence.map(normaliseWord);
      normalised.push(words);
      for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    }
    this.words = [...frequency.entries()]
      .filter(([, c]) => c >= minCount)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([w]) => w);
    const id = new Map(this.words.map((w, i) => [w, i]));
    const V = this.words.length;
    const rare = V;
    const boundary = V + 1;
    this.contexts = V + 2;
    this.counts = new Int32Array(V);
    const shift = this.contexts;
    const leftPairs = new Map<number, number>();
    const rightPairs = new Map<number, number>();
    let total = 0;
    for (const words of normalised) {
      let previous = boundary;
      const ids = words.map((w) => id.get(w) ?? rare);
      for (let i = 0; i < ids.length; i++) {
        const w = ids[i]!;
        const next = i + 1 < ids.length ? ids[i + 1]! : boundary;
        if (w < V) {
          this.counts[w]!++;
          total++;
          const l = w * shift + previous;
          leftPairs.set(l, (leftPairs.get(l) ?? 0) + 1);
          const r = w * shift + next;
          rightPairs.set(r, (rightPairs.get(r) ?? 0) + 1);
        }
        previous = w;
      }
    }
    this.total = total;
    this.left = toRows(leftPairs, V, shift);
    this.right = toRows(rightPairs, V, shift);
  }
}

/**
 * Clusters the words of `corpus` into `classes` classes.
 * Returns each word's class, in the corpus's word order.
 */
function exchange(corpus: Corpus, options: ClusterOptions): Int32Array {
  const K = options.classes;
  const V = corpus.words.length;
  const C = corpus.contexts;
  const { counts, left, right } = corpus;
  // x log x for every count the matrices can hold.
  const xlogx = new Float64Array(corpus.total + 2);
  for (let x = 2; x < xlogx.length; x++) xlogx[x] = x * Math.log(x);
  const f = (x: number) => xlogx[x]!;
  const classOf = new Int32Array(V);
  for (let w = 0; w < V; w++) classOf[w] = w % K;
  // Per context word, counts of the classes that follow it (L) and precede it (R).
  const L = new Int32Array(C * K);
  const R = new Int32Array(C * K);
  const N = new Float64Array(K);
  const add = (w: number, c: number, sign: number) => {
    N[c]! += sign * counts[w]!;
    for (let j = left.starts[w]!; j < left.starts[w + 1]!; j++) {
      L[left.cols[j]! * K + c]! += sign * left.counts[j]!;
    }
    for (let j = right.starts[w]!; j < right.starts[w + 1]!; j++) {
      R[right.cols[j]! * K + c]! += sign * right.counts[j]!;
    }
  };
  for (let w = 0; w < V; w++) add(w, classOf[w]!, 1);
  const gain = new Float64Array(K);
  const iterations = options.iterations ?? 12;
  const tolerance = options.tolerance ?? 0.002;
  for (let pass = 0; pass < iterations; pass++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      const from = classOf[w]!;
      add(w, from, -1);
      const nw = counts[w]!;
      for (let c = 0; c < K; c++) gain[c] = -2 * (f(N[c]! + nw) - f(N[c]!));
      for (let j = left.starts[w]!; j < left.starts[w + 1]!; j++) {
        const n = left.counts[j]!;
        const row = left.cols[j]! * K;
        for (let c = 0; c < K; c++) {
          const x = L[row + c]!;
          gain[c]! += xlogx[x + n]! - xlogx[x]!;
        }
      }
      for (let j = right.starts[w]!; j < right.starts[w + 1]!; j++) {
        const n = right.counts[j]!;
        const row = right.cols[j]! * K;
        for (let c = 0; c < K; c++) {
          const x = R[row + c]!;
          gain[c]! += xlogx[x + n]! - xlogx[x]!;
        }
      }
      // Stay unless another class gains clearly more (keeps passes from cycling on ties).
      let best = from;
      for (let c = 0; c < K; c++) if (gain[c]! > gain[best]! + 1e-9) best = c;
      if (best !== from) moved++;
      classOf[w] = best;
      add(w, best, 1);
    }
    options.onPass?.(pass + 1, moved);
    if (moved < tolerance * V) break;
  }
  return classOf;
}

/**
 * Learns word clusters from sentences of unlabeled text, one clustering per size in `sizes`
 * (e.g. [512, 64]: a fine one and a coarse one).
 *
 * @example
 * const clusters = induceClusters(sentences, [512, 64], { minCount: 3 });
 */
export function induceClusters(
  sentences: Iterable<readonly string[]>,
  sizes: readonly number[],
  options: Omit<ClusterOptions, 'classes'> = {},
): WordClusters {
  const corpus = new Corpus(sentences, options.minCount ?? 3);
  const classes = sizes.map((K) => Array.from(exchange(corpus, { ...options, classes: K })));
  return { words: corpus.words, sizes: [...sizes], classes };
}
