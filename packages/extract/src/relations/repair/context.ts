/**
 * The repairs' working state and its primitives: the copy of a sentence's arcs being repaired,
 * re-attachment that never makes a cycle, children (cached until the next change), spans,
 * depths and the mention ending at a token.
 */
import type { MentionSpan, Token } from '../../analysis.js';
import type { Lexicon } from '../lexicon.js';
import { IS_CASE_CC_MARK } from './labels.js';

const IS_CONJ_APPOS_LIST = /^(conj|appos|list)$/;

export interface Arcs {
  /** Absolute head index per token of the sentence (index i - first), -1 for a root. */
  heads: number[];
  labels: string[];
  /** Tags a repair corrected (index i - first): a verb the tagger read as a noun ("shot"). */
  tags?: (string | undefined)[];
}

export interface RepairContext {
  tokens: Token[];
  first: number;
  end: number;
  arcs: Arcs;
  lex: Lexicon;
  mentions: readonly MentionSpan[];
  /**
   * Children of every token under the current arcs (index i - first; the roots at index n),
   * built on the first `children` call after a change and dropped by `attach`: the passes read
   * children far more often than they move an arc (a scan into a fresh array per read before).
   */
  kids: (readonly number[] | undefined)[] | undefined;
}

/** The children of a leaf: one shared empty list. */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

export function head(c: RepairContext, i: number): number {
  return c.arcs.heads[i - c.first] ?? -1;
}

export function label(c: RepairContext, i: number): string {
  return c.arcs.labels[i - c.first] ?? 'dep';
}

/** Re-attaches `i` under `h`, unless that would make a cycle (h inside i's own subtree). */
export function attach(c: RepairContext, i: number, h: number, l: string): void {
  if (h === i || (h >= 0 && dominates(c, i, h))) return;
  if (c.arcs.heads[i - c.first] !== h) c.kids = undefined;
  c.arcs.heads[i - c.first] = h;
  c.arcs.labels[i - c.first] = l;
}

/** The tokens hung on `h` (-1: the roots), in order; read-only, valid until the next change. */
export function children(c: RepairContext, h: number): readonly number[] {
  const n = c.end - c.first;
  let table = c.kids;
  if (!table) {
    const lists: (number[] | undefined)[] = new Array<number[] | undefined>(n + 1);
    for (let i = c.first; i < c.end; i++) {
      const p = head(c, i);
      const at = p === -1 ? n : p - c.first;
      if (at >= 0 && at <= n) (lists[at] ??= []).push(i);
    }
    table = lists;
    c.kids = table;
  }
  if (h !== -1 && (h < c.first || h >= c.end)) {
    // No arc leaves the sentence; a head outside it is answered by a scan all the same.
    const out: number[] = [];
    for (let i = c.first; i < c.end; i++) if (head(c, i) === h) out.push(i);
    return out;
  }
  return table[h === -1 ? n : h - c.first] ?? NO_CHILDREN;
}

export function mentionEndingAt(c: RepairContext, i: number): MentionSpan | undefined {
  return c.mentions.find((m) => m.lastToken === i + 1 && m.kind !== 'pronoun');
}

export function dominates(c: RepairContext, a: number, x: number): boolean {
  for (let k = 0; x >= 0 && k < 100; x = head(c, x), k++) if (x === a) return true;
  return false;
}

export function outside(c: RepairContext, i: number, from: number, to: number): boolean {
  const h = head(c, i);
  return h < from || h > to;
}

/**
 * Makes `into` the head of tokens from..to: it takes the outside attachment of the span's
 * highest token, and outside children of the others move to it.
 */
export function mergeInto(c: RepairContext, from: number, to: number, into: number): void {
  let top = -1;
  for (let i = from; i <= to; i++) {
    if (!outside(c, i, from, to)) continue;
    if (top < 0 || depth(c, i) < depth(c, top)) top = i;
  }
  // First lift `into` to where the span hangs, so moving the others under it makes no cycle.
  if (top >= 0 && top !== into) attach(c, into, head(c, top), label(c, top));
  for (let i = from; i <= to; i++) {
    for (const ch of children(c, i)) if (ch < from || ch > to) attach(c, ch, into, label(c, ch));
  }
}

/** The token of a mention nearest the root (its head). */
export function headOf(c: RepairContext, m: MentionSpan): number {
  const from = Math.max(m.firstToken, c.first);
  const to = Math.min(m.lastToken, c.end);
  let best = to - 1;
  let bestDepth = Infinity;
  for (let i = from; i < to; i++) {
    const h = head(c, i);
    if (h >= from && h < to) continue;
    const d = depth(c, i);
    if (d < bestDepth) {
      best = i;
      bestDepth = d;
    }
  }
  return best;
}

function depth(c: RepairContext, i: number): number {
  let d = 0;
  for (let h = head(c, i); h >= 0 && d < 100; h = head(c, h)) d++;
  return d;
}

/** The first conjunct of the coordination `x` is in (`x` itself when it is in none). */
export function firstConjunct(c: RepairContext, x: number): number {
  let k = x;
  for (let n = 0; n < 12 && label(c, k) === 'conj' && head(c, k) >= 0; n++) k = head(c, k);
  return k;
}

/** Whether `x` hangs on `top` through conjunct or apposition links only. */
export function conjoinedUnder(c: RepairContext, x: number, top: number): boolean {
  for (let k = x, n = 0; k >= 0 && n < 12; k = head(c, k), n++) {
    if (k === top) return k !== x;
    if (!IS_CONJ_APPOS_LIST.test(label(c, k))) return false;
  }
  return false;
}

/** The comma before position `i` in the sentence (or the token before the sentence). */
export function commaBefore(c: RepairContext, i: number): number {
  let k = i - 1;
  while (k >= c.first && c.tokens[k]?.text !== ',' && c.tokens[k]?.text !== ':') k--;
  return k;
}

/** A name (not a pronoun) spanning exactly tokens [from, to). */
export function nameFilling(c: RepairContext, from: number, to: number): MentionSpan | undefined {
  return c.mentions.find(
    (m) => m.kind !== 'pronoun' && m.firstToken === from && m.lastToken === to && m.type !== 'NORP',
  );
}

/** The one token of [from, to) whose head lies outside it, if there is exactly one. */
export function segmentHead(c: RepairContext, from: number, to: number): number | undefined {
  const out: number[] = [];
  for (let k = Math.max(from, c.first); k < to; k++) {
    const h = head(c, k);
    if ((h < from || h >= to) && label(c, k) !== 'punct') out.push(k);
  }
  return out.length === 1 ? out[0] : undefined;
}

export function isRoot(c: RepairContext, i: number): boolean {
  return head(c, i) < 0;
}

export function rootOf(c: RepairContext): number {
  for (let i = c.first; i < c.end; i++) if (isRoot(c, i)) return i;
  return -1;
}

/** The first and last token of `h`'s subtree. */
export function span(c: RepairContext, h: number): [number, number] {
  let lo = h;
  let hi = h;
  for (let i = c.first; i < c.end; i++) {
    if (i >= lo && i <= hi) continue;
    if (dominates(c, h, i)) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  return [lo, hi];
}

/** A function word of its own on `h`: a preposition, marker or conjunction. */
export function hasFunctionWord(c: RepairContext, h: number): boolean {
  return children(c, h).some((k) => IS_CASE_CC_MARK.test(label(c, k)));
}
