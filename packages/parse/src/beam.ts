/**
 * Beam search over arc-hybrid transitions (Zhang & Clark 2008; Zhang & Nivre 2011): the `width`
 * best partial parses so far, each extended by every legal move, the best `width` of the results
 * kept. Every complete arc-hybrid sequence has 2n moves (n shifts, n arcs), so all items of a beam
 * finish together. A parse's score is the sum of its move scores; forced moves score nothing.
 * Each arc's relation is chosen greedily by the label classifier when the arc is made.
 *
 * The beam keeps back-pointers, so training can read the move sequence of any item at any step
 * (for the max-violation update of Huang, Fayong & Guo 2012).
 */
import { MOVES, ParseState, SHIFT } from './transitions.js';

/** What a beam asks a model: move scores in a state, and an arc's relation. */
export interface BeamScorer {
  /** Writes the score of each move in `state` into `out` (only legal moves are read). */
  scoreMoves(state: ParseState, out: Float64Array): void;
  /** The label class of the arc dep → head that a move is about to make in `state`. */
  label(state: ParseState, dep: number, head: number): number;
}

export class Beam {
  readonly width: number;
  /** Scores of the items after the last step, best first: `scores[0..size)`. */
  scores: Float64Array;
  size = 0;
  /** Steps taken. */
  steps = 0;
  /** 2 × width states; `items[0..size)` are the beam's, by index into `pool`. */
  private readonly pool: ParseState[];
  private items: Int32Array;
  private nextItems: Int32Array;
  private readonly inUse: Uint8Array;
  private nextScores: Float64Array;
  private readonly moveScores = new Float64Array(MOVES);
  /** Candidates of one step: parent item, move and total score, kept sorted best first. */
  private readonly candParent: Int32Array;
  private readonly candMove: Int32Array;
  private readonly candScore: Float64Array;
  private readonly candLabel: Int32Array;
  /** For each item, the last candidate that extends it (-1: none). */
  private readonly lastChild: Int32Array;
  /** Per step and item: the parent item, move and label class (back-pointers). */
  parent = new Int32Array(0);
  move = new Int32Array(0);
  label = new Int32Array(0);

  constructor(width: number) {
    this.width = Math.max(1, Math.floor(width));
    const k = this.width;
    this.pool = Array.from({ length: 2 * k }, () => new ParseState());
    this.items = new Int32Array(k);
    this.nextItems = new Int32Array(k);
    this.inUse = new Uint8Array(2 * k);
    this.scores = new Float64Array(k);
    this.nextScores = new Float64Array(k);
    this.candParent = new Int32Array(k);
    this.candMove = new Int32Array(k);
    this.candScore = new Float64Array(k);
    this.candLabel = new Int32Array(k);
    this.lastChild = new Int32Array(k);
  }

  /** Item i's state (0 = the best). */
  state(i: number): ParseState {
    return this.pool[this.items[i]!]!;
  }

  /** Starts a sentence of n words: one empty item. */
  reset(n: number): void {
    this.items[0] = 0;
    this.pool[0]!.reset(n);
    this.scores[0] = 0;
    this.size = 1;
    this.steps = 0;
    const need = 2 * n * this.width;
    if (this.parent.length < need) {
      this.parent = new Int32Array(need);
      this.move = new Int32Array(need);
      this.label = new Int32Array(need);
    }
  }

  get done(): boolean {
    return this.state(0).isTerminal();
  }

  /** Extends every item by every legal move and keeps the best `width`. */
  step(scorer: BeamScorer, rootLabel: number): void {
    const k = this.width;
    const ms = this.moveScores;
    const cp = this.candParent;
    const cm = this.candMove;
    const cs = this.candScore;
    const cl = this.candLabel;
    let count = 0;
    for (let i = 0; i < this.size; i++) {
      const st = this.state(i);
      const legal = st.legal();
      const forced = (legal & (legal - 1)) === 0;
      if (!forced) scorer.scoreMoves(st, ms);
      for (let m = 0; m < MOVES; m++) {
        if (!(legal & (1 << m))) continue;
        const score = this.scores[i]! + (forced ? 0 : ms[m]!);
        // Insert into the sorted top k; ties keep the earlier candidate first.
        if (count === k && score <= cs[k - 1]!) continue;
        let at = count < k ? count++ : k - 1;
        while (at > 0 && cs[at - 1]! < score) {
          cp[at] = cp[at - 1]!;
          cm[at] = cm[at - 1]!;
          cs[at] = cs[at - 1]!;
          at--;
        }
        cp[at] = i;
        cm[at] = m;
        cs[at] = score;
      }
    }
    // Relations first, while every parent state is as it was.
    const last = this.lastChild;
    last.fill(-1, 0, this.size);
    for (let j = 0; j < count; j++) {
      const from = this.state(cp[j]!);
      const m = cm[j]!;
      let label = 0;
      if (m !== SHIFT) {
        const [dep, head] = from.arcOf(m);
        label = head === from.n ? rootLabel : scorer.label(from, dep, head);
      }
      cl[j] = label;
      last[cp[j]!] = j;
    }
    // A parent's last candidate takes over its state; the others copy it into free states.
    const inUse = this.inUse;
    inUse.fill(0);
    for (let j = 0; j < count; j++) if (last[cp[j]!] === j) inUse[this.items[cp[j]!]!] = 1;
    let free = 0;
    const base = this.steps * k;
    for (let j = 0; j < count; j++) {
      const p = cp[j]!;
      let handle = this.items[p]!;
      if (last[p] !== j) {
        while (inUse[free]) free++;
        inUse[free] = 1;
        this.pool[free]!.copyFrom(this.pool[handle]!);
        handle = free;
      }
      this.nextItems[j] = handle;
      this.nextScores[j] = cs[j]!;
      this.parent[base + j] = p;
      this.move[base + j] = cm[j]!;
      this.label[base + j] = cl[j]!;
    }
    // Moves after all copies: the states that were taken over change only now.
    for (let j = 0; j < count; j++) {
      // The state numbers labels from 1 (0 = no child) for the features.
      this.pool[this.nextItems[j]!]!.apply(cm[j]!, cl[j]! + 1);
    }
    [this.items, this.nextItems] = [this.nextItems, this.items];
    [this.scores, this.nextScores] = [this.nextScores, this.scores];
    this.size = count;
    this.steps++;
  }

  /**
   * The moves and label classes of item `item` after step `steps - 1` (its whole history), into
   * `moves[0..steps)` and `labels[0..steps)`.
   */
  history(item: number, steps: number, moves: Int32Array, labels: Int32Array): void {
    const k = this.width;
    let i = item;
    for (let t = steps - 1; t >= 0; t--) {
      moves[t] = this.move[t * k + i]!;
      labels[t] = this.label[t * k + i]!;
      i = this.parent[t * k + i]!;
    }
  }
}
