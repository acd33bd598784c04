/**
 * Name normalisation and edit distance for search: case, diacritics and punctuation folded,
 * a leading article dropped; optimal-string-alignment (Damerau–Levenshtein) distance with an
 * early exit once the distance exceeds the allowed maximum.
 */

/** "The Islamic Revolutionary Guard Corps’" → "islamic revolutionary guard corps". */
export function normalizeName(text: string): string {
  let norm = normalized.get(text);
  if (norm === undefined) {
    if (normalized.size >= NORMALIZED_CACHE_SIZE) normalized.clear();
    norm = normalize(text);
    normalized.set(text, norm);
  }
  return norm;
}

/** Names recur (every search, every write of an entity's names): normal forms are kept, bounded. */
const NORMALIZED_CACHE_SIZE = 100_000;
const normalized = new Map<string, string>();

function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}

// Three rows reused across calls: search runs this over whole vocabularies.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Optimal string alignment distance between `a` and `b`, or `max + 1` as soon as it is known
 * to exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) {
    rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  }
  let [previous2, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (previous2[j - 2] as number) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length] as number;
}

/** Typos allowed for a query term of this length: none below 4 characters, then one per 4. */
export function allowedTypos(length: number): number {
  if (length < 4) return 0;
  return Math.min(3, Math.floor(length / 4));
}

/** Most words compared with one query word by edit distance. */
const MAX_TYPO_CANDIDATES = 2000;

/**
 * The words of a name index, for typo search: sorted (prefixes by binary search) and indexed by
 * their letter pairs, so a query word is compared only with the words that share enough pairs
 * with it to be within its typo budget (an edit changes at most three pairs), never with all.
 */
export class Vocabulary {
  private readonly words: string[];
  private readonly pairs = new Map<string, number[]>();
  private counts: Uint16Array;

  constructor(words: Iterable<string>) {
    this.words = [...new Set(words)].filter((w) => w.length > 0).sort();
    this.counts = new Uint16Array(this.words.length);
    this.words.forEach((word, i) => {
      for (const pair of pairsOf(word)) {
        const list = this.pairs.get(pair);
        if (list) list.push(i);
        else this.pairs.set(pair, [i]);
      }
    });
  }

  get size(): number {
    return this.words.length;
  }

  /**
   * Words within the typo budget of `token`, and, at 0, the words it is a prefix of. With
   * `onlyUnknown`, typos are looked for only when the token starts no word at all.
   */
  near(token: string, onlyUnknown = false): Map<string, number> {
    const near = new Map<string, number>();
    const words = this.words;
    // Words starting with the token: a run of the sorted list.
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((words[mid] as string) < token) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < words.length && (words[i] as string).startsWith(token); i++) {
      near.set(words[i] as string, 0);
    }
    const max = allowedTypos(token.length);
    if (max === 0 || (onlyUnknown && near.size > 0)) return near;
    const tokenPairs = pairsOf(token);
    const threshold = Math.max(1, tokenPairs.size - 3 * max);
    // A word sharing `threshold` pairs shares one of any `size - threshold + 1` of them:
    // reading the rarest that many lists finds every candidate.
    const lists = [...tokenPairs]
      .map((pair) => this.pairs.get(pair) ?? [])
      .sort((a, b) => a.length - b.length)
      .slice(0, tokenPairs.size - threshold + 1);
    const counts = this.counts;
    const touched: number[] = [];
    for (const list of lists) {
      for (const i of list) {
        if (counts[i] === 0) touched.push(i);
        counts[i] = (counts[i] as number) + 1;
      }
    }
    // The words sharing the most pairs first, and a bounded number of them: a vocabulary
    // built from few syllables shares pairs everywhere.
    // Bucketed by shared pairs (no sort): the most sharing first, up to the bound.
    const byShared: number[][] = [];
    for (const i of touched) {
      const word = words[i] as string;
      if (Math.abs(word.length - token.length) <= max && !near.has(word)) {
        (byShared[counts[i] as number] ??= []).push(i);
      }
      counts[i] = 0;
    }
    const candidates: number[] = [];
    for (let shared = byShared.length - 1; shared > 0; shared--) {
      for (const i of byShared[shared] ?? []) {
        if (candidates.length >= MAX_TYPO_CANDIDATES) break;
        candidates.push(i);
      }
    }
    for (const i of candidates) {
      const word = words[i] as string;
      const distance = editDistance(token, word, max);
      if (distance <= max) near.set(word, distance);
    }
    return near;
  }
}

/** The distinct letter pairs of a word ("iran": ir, ra, an). */
function pairsOf(word: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) pairs.add(word.slice(i, i + 2));
  if (word.length === 1) pairs.add(word);
  return pairs;
}
