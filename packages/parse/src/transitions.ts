/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011) with the root at
 * the end of the buffer (Ballesteros & Nivre 2013), and its exact dynamic oracle (Goldberg &
 * Nivre 2013). Words are 0..n-1 and the root is n. Moves:
 *
 * - SHIFT: push the buffer front b0 onto the stack;
 * - LEFT:  b0 becomes the head of the stack top s0, which is popped;
 * - RIGHT: s1 becomes the head of s0, which is popped.
 *
 * LEFT onto the root is allowed only when s0 is the last word on the stack, so every parse
 * has exactly one root. The state keeps what the features read: each word's two leftmost and
 * two rightmost children, its valency and the set of its children's labels.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

/** Bit `m` set when move `m` is legal. */
export type MoveMask = number;

export class ParseState {
  /** Number of words; the root is word `n`. */
  n = 0;
  stack: Int32Array;
  /** Stack size. */
  sp = 0;
  /** Buffer front (n = only the root is left). */
  b = 0;
  head: Int32Array;
  label: Int32Array;
  /** Leftmost, second-leftmost, rightmost and second-rightmost child (-1: none). */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  /** Number of left and right children. */
  nl: Int32Array;
  nr: Int32Array;
  /** Labels of the left and right children, as bit sets (label ids below 32 and from 32 up). */
  lsetLo: Int32Array;
  lsetHi: Int32Array;
  rsetLo: Int32Array;
  rsetHi: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity);
    this.head = new Int32Array(capacity);
    this.label = new Int32Array(capacity);
    this.lc1 = new Int32Array(capacity);
    this.lc2 = new Int32Array(capacity);
    this.rc1 = new Int32Array(capacity);
    this.rc2 = new Int32Array(capacity);
    this.nl = new Int32Array(capacity);
    this.nr = new Int32Array(capacity);
    this.lsetLo = new Int32Array(capacity);
    this.lsetHi = new Int32Array(capacity);
    this.rsetLo = new Int32Array(capacity);
    this.rsetHi = new Int32Array(capacity);
  }

  /** Starts a sentence of `n` words (growing the arrays when needed). */
  reset(n: number): void {
    if (n + 1 > this.head.length) {
      const grown = new ParseState(Math.max(n + 1, this.head.length * 2));
      Object.assign(this, grown);
    }
    this.n = n;
    this.sp = 0;
    this.b = 0;
    const size = n + 1;
    this.head.fill(-1, 0, size);
    this.label.fill(0, 0, size);
    this.lc1.fill(-1, 0, size);
    this.lc2.fill(-1, 0, size);
    this.rc1.fill(-1, 0, size);
    this.rc2.fill(-1, 0, size);
    this.nl.fill(0, 0, size);
    this.nr.fill(0, 0, size);
    this.lsetLo.fill(0, 0, size);
    this.lsetHi.fill(0, 0, size);
    this.rsetLo.fill(0, 0, size);
    this.rsetHi.fill(0, 0, size);
  }

  /** Makes this state a copy of `other` (for beam search). */
  copyFrom(other: ParseState): void {
    const size = other.n + 1;
    if (size > this.head.length) Object.assign(this, new ParseState(other.head.length));
    this.n = other.n;
    this.sp = other.sp;
    this.b = other.b;
    const stack = this.stack;
    const from = other.stack;
    for (let i = 0; i < other.sp; i++) stack[i] = from[i]!;
    const { head, label, lc1, lc2, rc1, rc2, nl, nr, lsetLo, lsetHi, rsetLo, rsetHi } = this;
    for (let i = 0; i < size; i++) {
      head[i] = other.head[i]!;
      label[i] = other.label[i]!;
      lc1[i] = other.lc1[i]!;
      lc2[i] = other.lc2[i]!;
      rc1[i] = other.rc1[i]!;
      rc2[i] = other.rc2[i]!;
      nl[i] = other.nl[i]!;
      nr[i] = other.nr[i]!;
      lsetLo[i] = other.lsetLo[i]!;
      lsetHi[i] = other.lsetHi[i]!;
      rsetLo[i] = other.rsetLo[i]!;
      rsetHi[i] = other.rsetHi[i]!;
    }
  }

  isTerminal(): boolean {
    return this.b === this.n && this.sp === 0;
  }

  legal(): MoveMask {
    let mask = 0;
    if (this.b < this.n) mask |= 1 << SHIFT;
    if (this.sp >= 1 && (this.b < this.n || this.sp === 1)) mask |= 1 << LEFT;
    if (this.sp >= 2) mask |= 1 << RIGHT;
    return mask;
  }

  /** The word the next LEFT or RIGHT would attach, and its head: [dependent, head]. */
  arcOf(move: number): [number, number] {
    const s0 = this.stack[this.sp - 1]!;
    return [s0, move === LEFT ? this.b : this.stack[this.sp - 2]!];
  }

  /** Applies a legal move; `label` is the relation id of the arc LEFT and RIGHT add. */
  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const dep = this.stack[--this.sp]!;
    const head = move === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.head[dep] = head;
    this.label[dep] = label;
    const lo = label < 32 ? 1 << label : 0;
    const hi = label >= 32 ? 1 << (label - 32) : 0;
    if (move === LEFT) {
      // Left children arrive nearest first: each new one is the leftmost.
      this.lc2[head] = this.lc1[head]!;
      this.lc1[head] = dep;
      this.nl[head]!++;
      this.lsetLo[head]! |= lo;
      this.lsetHi[head]! |= hi;
    } else {
      // Right children arrive nearest first too: each new one is the rightmost.
      this.rc2[head] = this.rc1[head]!;
      this.rc1[head] = dep;
      this.nr[head]!++;
      this.rsetLo[head]! |= lo;
      this.rsetHi[head]! |= hi;
    }
  }
}

/**
 * Costs of the legal moves against a projective gold tree (`gold[i]` = head of word i, n for
 * the root): how many gold arcs that are still reachable each move would make unreachable.
 * Illegal moves get `Infinity`.
 */
export function moveCosts(state: ParseState, gold: ArrayLike<number>, out: Float64Array): void {
  const { stack, sp, b, n } = state;
  const legal = state.legal();
  out.fill(Number.POSITIVE_INFINITY);
  if (legal & (1 << SHIFT)) {
    // b0 loses heads deeper than s0 on the stack and dependents on the stack.
    const g = gold[b]!;
    let cost = 0;
    for (let j = 0; j < sp; j++) {
      const k = stack[j]!;
      if (gold[k] === b) cost++;
      if (j < sp - 1 && k === g) cost++;
    }
    out[SHIFT] = cost;
  }
  if (sp >= 1) {
    const s0 = stack[sp - 1]!;
    // s0 loses its dependents still in the buffer with either arc move.
    let children = 0;
    for (let k = b; k < n; k++) if (gold[k] === s0) children++;
    const g = gold[s0]!;
    if (legal & (1 << LEFT)) {
      const s1 = sp >= 2 ? stack[sp - 2]! : -1;
      out[LEFT] = children + (g !== b && (g === s1 || g > b) ? 1 : 0);
    }
    if (legal & (1 << RIGHT)) {
      out[RIGHT] = children + (g >= b ? 1 : 0);
    }
  }
}

/** Whether the arc dep → head (root = n) crosses another arc of the tree. */
function isNonProjective(heads: ArrayLike<number>, dep: number, n: number): boolean {
  const head = heads[dep]!;
  const lo = Math.min(head, dep);
  const hi = Math.max(head, dep);
  for (let k = lo + 1; k < hi; k++) {
    // Every word between head and dependent must descend from the head.
    let a = k;
    let steps = 0;
    while (a !== head && a !== n && steps++ <= n) a = heads[a]!;
    if (a !== head) return true;
  }
  return false;
}

/** Words whose arc crosses another arc (root = n): the candidates for lifting. */
function crossing(heads: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < n; d++) {
    const a = Math.min(d, heads[d]!);
    const b = Math.max(d, heads[d]!);
    for (let e = 0; e < n; e++) {
      const c = Math.min(e, heads[e]!);
      const f = Math.max(e, heads[e]!);
      if ((a < c && c < b && b < f) || (c < a && a < f && f < b)) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}

/**
 * Lifts non-projective arcs (the shortest first) to the grandparent until the tree is
 * projective, so the oracle has a tree it can reach. Heads use n for the root.
 */
export function projectivise(heads: readonly number[]): number[] {
  const n = heads.length;
  const out = heads.slice();
  for (let guard = 0; guard < n * n; guard++) {
    const candidates = crossing(out, n).filter((d) => out[d] !== n && isNonProjective(out, d, n));
    if (candidates.length === 0) break;
    let shortest = candidates[0]!;
    for (const d of candidates) {
      if (Math.abs(out[d]! - d) < Math.abs(out[shortest]! - shortest)) shortest = d;
    }
    out[shortest] = out[out[shortest]!]!;
  }
  return out;
}
