/**
 * Name normalisation and edit distance for search: case, diacritics and punctuation folded,
 * a leading article dropped; optimal-string-alignment (Damerau–Levenshtein) distance with an
 * early exit once the distance exceeds the allowed maximum.
 */

/** "The Islamic Revolutionary Guard Corps’" → "islamic revolutionary guard corps". */
export function normalizeName(text: string): string {
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

/**
 * The words of a name index, bucketed by their first and second letters, so a typo search
 * compares a query word with the words that share one of those letters rather than with all
 * of them (a typo rarely hits both).
 */
export class Vocabulary {
  private readonly byFirst = new Map<string, string[]>();
  private readonly bySecond = new Map<string, string[]>();
  readonly size: number;

  constructor(words: Iterable<string>) {
    let size = 0;
    for (const word of words) {
      if (word.length === 0) continue;
      size++;
      push(this.byFirst, word[0] as string, word);
      if (word.length > 1) push(this.bySecond, word[1] as string, word);
    }
    this.size = size;
  }

  /** Words within the typo budget of `token` (0 for words it is a prefix of). */
  near(token: string): Map<string, number> {
    const max = allowedTypos(token.length);
    const near = new Map<string, number>();
    const visit = (word: string): void => {
      if (near.has(word)) return;
      if (word.startsWith(token)) near.set(word, 0);
      else if (max > 0 && Math.abs(word.length - token.length) <= max) {
        const distance = editDistance(token, word, max);
        if (distance <= max) near.set(word, distance);
      }
    };
    for (const word of this.byFirst.get(token[0] ?? '') ?? []) visit(word);
    if (max > 0 && token.length > 1) {
      for (const word of this.bySecond.get(token[1] as string) ?? []) visit(word);
    }
    return near;
  }
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
