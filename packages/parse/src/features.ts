/**
 * Feature extraction: words and tags are interned to small integers once per sentence, and
 * each feature template hashes a few packed integers into one 32-bit key (no strings in the
 * hot loop). The templates follow Zhang & Nivre (2011), adapted to arc-hybrid: words and tags
 * of s0-s2 and b0-b2, the leftmost and rightmost children of s0, s1 and b0 with their labels,
 * distance, valency and the label sets of the children. A second, smaller set describes one
 * arc for the label classifier.
 */
import type { ParseState } from './transitions.js';

/** Atom ids shared by words and tags: 0 = no such position, 1 = the root. */
export const NONE = 0;
export const ROOT = 1;
/** Word ids for words outside the vocabulary start here, one per word shape. */
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

export function tagId(tag: string): number {
  return TAG_ID.get(tag) ?? TAG_X;
}

/** Lower case with digits folded to 0: "1,200" and "3,400" are one word to the model. */
export function normaliseWord(form: string): string {
  return form.toLowerCase().replace(/[0-9]/g, '0');
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

/** Word forms → ids: the vocabulary of the training data plus classes of unknown words. */
export class Vocabulary {
  readonly words: readonly string[];
  private readonly ids: Map<string, number>;

  constructor(words: readonly string[]) {
    this.words = words;
    this.ids = new Map(words.map((w, i) => [w, i + FIRST_WORD]));
  }

  /**
   * Builds the vocabulary from training forms: words seen at least `minCount` times, and the
   * unknown-word classes of the rarer ones (so the model learns what to do with unknown words).
   */
  static fromForms(forms: Iterable<string>, minCount: number): Vocabulary {
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
    return new Vocabulary([...words.sort(), ...[...unknown].sort()].slice(0, (1 << 20) - 4));
  }

  id(form: string): number {
    const known = this.ids.get(normaliseWord(form));
    if (known !== undefined) return known;
    return this.ids.get(unknownWord(form)) ?? FIRST_WORD - 1 + this.words.length + 1;
  }
}

/** A sentence as ids: index n is the root. */
export interface EncodedSentence {
  n: number;
  words: Int32Array;
  tags: Int32Array;
}

export function encodeSentence(
  vocabulary: Vocabulary,
  forms: readonly string[],
  tags: readonly string[],
): EncodedSentence {
  const n = forms.length;
  const words = new Int32Array(n + 1);
  const tagIds = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    words[i] = vocabulary.id(forms[i]!);
    tagIds[i] = tagId(tags[i] ?? 'X');
  }
  words[n] = ROOT;
  tagIds[n] = ROOT;
  return { n, words, tags: tagIds };
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

function key3(t: number, a: number, b: number, c: number): number {
  return fmix(fmix(fmix((t << 25) | a) ^ b) ^ c) || 1;
}

function distance(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

/** Upper bound on the number of keys one call writes. */
export const MAX_FEATURES = 128;

/** Writes the keys of the move classifier's features for `state` into `out`; returns the count. */
export function moveFeatures(s: EncodedSentence, st: ParseState, out: Int32Array): number {
  const { words: W, tags: T } = s;
  const { stack, sp, b, n, lc1, lc2, rc1, rc2, label: L } = st;
  const s0 = sp > 0 ? stack[sp - 1]! : -1;
  const s1 = sp > 1 ? stack[sp - 2]! : -1;
  const s2 = sp > 2 ? stack[sp - 3]! : -1;
  const b0 = b;
  const b1 = b + 1 <= n ? b + 1 : -1;
  const b2 = b + 2 <= n ? b + 2 : -1;

  const ws0 = s0 >= 0 ? W[s0]! : 0;
  const ts0 = s0 >= 0 ? T[s0]! : 0;
  const ws1 = s1 >= 0 ? W[s1]! : 0;
  const ts1 = s1 >= 0 ? T[s1]! : 0;
  const ws2 = s2 >= 0 ? W[s2]! : 0;
  const ts2 = s2 >= 0 ? T[s2]! : 0;
  const wb0 = W[b0]!;
  const tb0 = T[b0]!;
  const wb1 = b1 >= 0 ? W[b1]! : 0;
  const tb1 = b1 >= 0 ? T[b1]! : 0;
  const wb2 = b2 >= 0 ? W[b2]! : 0;
  const tb2 = b2 >= 0 ? T[b2]! : 0;

  const s0l = s0 >= 0 ? lc1[s0]! : -1;
  const s0l2 = s0 >= 0 ? lc2[s0]! : -1;
  const s0r = s0 >= 0 ? rc1[s0]! : -1;
  const s0r2 = s0 >= 0 ? rc2[s0]! : -1;
  const s1r = s1 >= 0 ? rc1[s1]! : -1;
  const b0l = lc1[b0]!;
  const b0l2 = lc2[b0]!;
  const ts0l = s0l >= 0 ? T[s0l]! : 0;
  const ws0l = s0l >= 0 ? W[s0l]! : 0;
  const ls0l = s0l >= 0 ? L[s0l]! : 0;
  const ts0l2 = s0l2 >= 0 ? T[s0l2]! : 0;
  const ls0l2 = s0l2 >= 0 ? L[s0l2]! : 0;
  const ts0r = s0r >= 0 ? T[s0r]! : 0;
  const ws0r = s0r >= 0 ? W[s0r]! : 0;
  const ls0r = s0r >= 0 ? L[s0r]! : 0;
  const ts0r2 = s0r2 >= 0 ? T[s0r2]! : 0;
  const ls0r2 = s0r2 >= 0 ? L[s0r2]! : 0;
  const ts1r = s1r >= 0 ? T[s1r]! : 0;
  const ws1r = s1r >= 0 ? W[s1r]! : 0;
  const ls1r = s1r >= 0 ? L[s1r]! : 0;
  const tb0l = b0l >= 0 ? T[b0l]! : 0;
  const wb0l = b0l >= 0 ? W[b0l]! : 0;
  const lb0l = b0l >= 0 ? L[b0l]! : 0;
  const tb0l2 = b0l2 >= 0 ? T[b0l2]! : 0;
  const lb0l2 = b0l2 >= 0 ? L[b0l2]! : 0;

  const d = s0 >= 0 && b0 < n ? distance(b0 - s0) : 0;
  const d1 = s1 >= 0 ? distance(s0 - s1) : 0;
  const vls0 = s0 >= 0 ? Math.min(st.nl[s0]!, 7) : 0;
  const vrs0 = s0 >= 0 ? Math.min(st.nr[s0]!, 7) : 0;
  const vlb0 = Math.min(st.nl[b0]!, 7);
  const vrs1 = s1 >= 0 ? Math.min(st.nr[s1]!, 7) : 0;

  const ws0t = (ws0 << 5) | ts0;
  const ws1t = (ws1 << 5) | ts1;
  const wb0t = (wb0 << 5) | tb0;
  const wb1t = (wb1 << 5) | tb1;

  let k = 0;
  out[k++] = key(1, ws0t, 0);
  out[k++] = key(2, ws0, 0);
  out[k++] = key(3, ts0, 0);
  out[k++] = key(4, wb0t, 0);
  out[k++] = key(5, wb0, 0);
  out[k++] = key(6, tb0, 0);
  out[k++] = key(7, ws1t, 0);
  out[k++] = key(8, ws1, 0);
  out[k++] = key(9, ts1, 0);
  out[k++] = key(10, wb1t, 0);
  out[k++] = key(11, wb1, 0);
  out[k++] = key(12, tb1, 0);
  out[k++] = key(13, wb2, 0);
  out[k++] = key(14, tb2, 0);
  out[k++] = key(15, ts2, 0);
  out[k++] = key(16, ws2, 0);

  out[k++] = key(17, ws0t, wb0t);
  out[k++] = key(18, ws0t, wb0);
  out[k++] = key(19, ws0, wb0t);
  out[k++] = key(20, ws0t, tb0);
  out[k++] = key(21, ts0, wb0t);
  out[k++] = key(22, ws0, wb0);
  out[k++] = key(23, (ts0 << 5) | tb0, 0);
  out[k++] = key(24, (tb0 << 5) | tb1, 0);
  out[k++] = key(25, ws1t, ws0t);
  out[k++] = key(26, ws1, ws0);
  out[k++] = key(27, (ts1 << 5) | ts0, 0);
  out[k++] = key(28, ts1, ws0t);
  out[k++] = key(29, ws1t, ts0);
  out[k++] = key(30, (ts1 << 5) | tb0, 0);

  out[k++] = key(31, (tb0 << 10) | (tb1 << 5) | tb2, 0);
  out[k++] = key(32, (ts0 << 10) | (tb0 << 5) | tb1, 0);
  out[k++] = key(33, (ts1 << 10) | (ts0 << 5) | tb0, 0);
  out[k++] = key(34, (ts2 << 10) | (ts1 << 5) | ts0, 0);
  out[k++] = key(35, (ts0 << 5) | tb1, 0);
  out[k++] = key(36, (ts0 << 10) | (ts0l << 5) | tb0, 0);
  out[k++] = key(37, (ts0 << 10) | (ts0r << 5) | tb0, 0);
  out[k++] = key(38, (ts0 << 10) | (tb0 << 5) | tb0l, 0);
  out[k++] = key(39, (ts0 << 10) | (ts0l << 5) | ts0l2, 0);
  out[k++] = key(40, (ts0 << 10) | (ts0r << 5) | ts0r2, 0);
  out[k++] = key(41, (tb0 << 10) | (tb0l << 5) | tb0l2, 0);
  out[k++] = key(42, (ts1 << 10) | (ts0 << 5) | ts0l, 0);
  out[k++] = key(43, (ts1 << 10) | (ts0 << 5) | ts0r, 0);
  out[k++] = key(44, (ts1 << 10) | (ts1r << 5) | ts0, 0);

  out[k++] = key(45, ws0, d);
  out[k++] = key(46, ts0, d);
  out[k++] = key(47, wb0, d);
  out[k++] = key(48, tb0, d);
  out[k++] = key(49, ws0, (wb0 << 3) | d);
  out[k++] = key(50, (ts0 << 8) | (tb0 << 3) | d, 0);
  out[k++] = key(51, (ts1 << 8) | (ts0 << 3) | d1, 0);
  out[k++] = key(52, ws1, d1);

  out[k++] = key(53, ws0, vrs0);
  out[k++] = key(54, ts0, vrs0);
  out[k++] = key(55, ws0, vls0);
  out[k++] = key(56, ts0, vls0);
  out[k++] = key(57, wb0, vlb0);
  out[k++] = key(58, tb0, vlb0);
  out[k++] = key(59, ts1, vrs1);
  out[k++] = key(60, ws1, vrs1);

  out[k++] = key(61, ws0l, 0);
  out[k++] = key(62, ts0l, 0);
  out[k++] = key(63, ls0l, 0);
  out[k++] = key(64, ws0r, 0);
  out[k++] = key(65, ts0r, 0);
  out[k++] = key(66, ls0r, 0);
  out[k++] = key(67, (ts0l2 << 6) | ls0l2, 0);
  out[k++] = key(68, (ts0r2 << 6) | ls0r2, 0);
  out[k++] = key(69, wb0l, 0);
  out[k++] = key(70, tb0l, 0);
  out[k++] = key(71, lb0l, 0);
  out[k++] = key(72, (tb0l2 << 6) | lb0l2, 0);
  out[k++] = key(73, ws1r, 0);
  out[k++] = key(74, (ts1r << 6) | ls1r, 0);

  const s0LLo = s0 >= 0 ? st.lsetLo[s0]! : 0;
  const s0LHi = s0 >= 0 ? st.lsetHi[s0]! : 0;
  const s0RLo = s0 >= 0 ? st.rsetLo[s0]! : 0;
  const s0RHi = s0 >= 0 ? st.rsetHi[s0]! : 0;
  out[k++] = key3(75, ts0, s0LLo, s0LHi);
  out[k++] = key3(76, ws0, s0LLo, s0LHi);
  out[k++] = key3(77, ts0, s0RLo, s0RHi);
  out[k++] = key3(78, ws0, s0RLo, s0RHi);
  out[k++] = key3(79, tb0, st.lsetLo[b0]!, st.lsetHi[b0]!);
  out[k++] = key3(80, wb0, st.lsetLo[b0]!, st.lsetHi[b0]!);
  out[k++] = key3(81, ts1, s1 >= 0 ? st.rsetLo[s1]! : 0, s1 >= 0 ? st.rsetHi[s1]! : 0);
  out[k++] = key(82, (ts0 << 12) | (ls0l << 6) | ls0r, 0);
  out[k++] = key(83, (tb0 << 6) | lb0l, 0);
  out[k++] = key(84, ws0, (ts1 << 5) | tb0);
  return k;
}

/**
 * Writes the keys of the label classifier's features for the arc `head` → `dep` (head n = the
 * root), made when `dep` has all its children, into `out`; returns the count.
 */
export function labelFeatures(
  s: EncodedSentence,
  st: ParseState,
  dep: number,
  head: number,
  out: Int32Array,
): number {
  const { words: W, tags: T, n } = s;
  const L = st.label;
  const dir = head > dep ? 1 : 2;
  const wd = W[dep]!;
  const td = T[dep]!;
  const wh = W[head]!;
  const th = T[head]!;
  const dist = head === n ? 0 : distance(Math.abs(head - dep));
  const tdPrev = dep > 0 ? T[dep - 1]! : 0;
  const tdNext = dep + 1 < n ? T[dep + 1]! : 0;
  const thPrev = head > 0 && head < n ? T[head - 1]! : 0;
  const thNext = head + 1 < n ? T[head + 1]! : 0;
  const l1 = st.lc1[dep]!;
  const l2 = st.lc2[dep]!;
  const r1 = st.rc1[dep]!;
  const wl1 = l1 >= 0 ? W[l1]! : 0;
  const wl2 = l2 >= 0 ? W[l2]! : 0;
  const wr1 = r1 >= 0 ? W[r1]! : 0;
  const ll1 = l1 >= 0 ? L[l1]! : 0;
  const lr1 = r1 >= 0 ? L[r1]! : 0;
  const tl1 = l1 >= 0 ? T[l1]! : 0;
  const hl1 = st.lc1[head]!;
  const thl1 = hl1 >= 0 ? T[hl1]! : 0;
  const pair = (td << 7) | (th << 2) | dir; // 17 bits

  let k = 0;
  out[k++] = key(100, pair, 0);
  out[k++] = key(101, (wd << 5) | td, dir);
  out[k++] = key(102, (wh << 5) | th, dir);
  out[k++] = key(103, wd, (wh << 2) | dir);
  out[k++] = key(104, (wd << 5) | td, pair);
  out[k++] = key(105, (wh << 5) | th, pair);
  out[k++] = key(106, pair, dist);
  out[k++] = key3(107, pair, st.lsetLo[dep]!, st.lsetHi[dep]!);
  out[k++] = key3(108, pair, st.rsetLo[dep]!, st.rsetHi[dep]!);
  out[k++] = key(109, pair, (ll1 << 6) | lr1);
  out[k++] = key(110, wl1, pair);
  out[k++] = key(111, wl2, pair);
  out[k++] = key(112, pair, (tdPrev << 5) | tdNext);
  out[k++] = key(113, pair, (thPrev << 5) | thNext);
  out[k++] = key3(114, (td << 2) | dir, st.lsetLo[head]!, st.lsetHi[head]!);
  out[k++] = key3(115, (td << 2) | dir, st.rsetLo[head]!, st.rsetHi[head]!);
  out[k++] = key(116, wd, dir);
  out[k++] = key(117, wh, dir);
  out[k++] = key(118, pair, (Math.min(st.nl[dep]!, 7) << 3) | Math.min(st.nr[dep]!, 7));
  out[k++] = key(119, wr1, pair);
  out[k++] = key(120, pair, (thl1 << 5) | tl1);
  out[k++] = key(121, (wd << 5) | td, (tdNext << 2) | dir);
  out[k++] = key(122, wl1, (wd << 2) | dir);
  out[k++] = key(123, pair, dep === 0 ? 1 : dep === n - 1 ? 2 : 0);
  return k;
}
