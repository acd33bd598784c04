import { describe, expect, it } from 'vitest';
import { LEFT, moveCosts, MOVES, ParseState, projectivise, RIGHT, SHIFT } from './transitions.js';

/** Follows the cheapest legal move (SHIFT, LEFT, RIGHT on ties) and returns the heads built. */
function followOracle(gold: number[]): number[] {
  const n = gold.length;
  const st = new ParseState(4);
  st.reset(n);
  const costs = new Float64Array(MOVES);
  while (!st.isTerminal()) {
    moveCosts(st, gold, costs);
    let best = SHIFT;
    for (const m of [SHIFT, LEFT, RIGHT]) if (costs[m]! < costs[best]!) best = m;
    expect(costs[best]).toBe(0);
    st.apply(best, 1);
  }
  return Array.from(st.head.subarray(0, n));
}

/** A random projective tree over n words, heads with n for the root. */
function randomProjective(n: number, next: () => number): number[] {
  const heads = new Array<number>(n).fill(-1);
  const build = (lo: number, hi: number, head: number) => {
    if (lo > hi) return;
    const r = lo + Math.floor(next() * (hi - lo + 1));
    heads[r] = head;
    build(lo, r - 1, r);
    build(r + 1, hi, r);
  };
  build(0, n - 1, n);
  return heads;
}

describe('arc-hybrid dynamic oracle', () => {
  const trees: [string, number[]][] = [
    ['one word', [1]],
    ['Iran sent troops .', [1, 4, 1, 1]],
    ['right-branching chain', [4, 0, 1, 2]],
    ['left-branching chain', [1, 2, 3, 4]],
  ];
  it.each(trees)('rebuilds %s at zero cost', (_, gold) => {
    expect(followOracle(gold)).toEqual(gold);
  });

  it('rebuilds random projective trees at zero cost', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let t = 0; t < 200; t++) {
      const gold = randomProjective(1 + Math.floor(next() * 25), next);
      expect(followOracle(gold)).toEqual(gold);
    }
  });

  it('charges a move for each gold arc it makes unreachable', () => {
    // "a b c": b heads a and c; b is the root (index 3).
    const gold = [1, 3, 1];
    const st = new ParseState();
    st.reset(3);
    st.apply(SHIFT, 0); // stack [a], buffer [b c ROOT]
    const costs = new Float64Array(MOVES);
    moveCosts(st, gold, costs);
    expect(costs[LEFT]).toBe(0); // b ← a is gold
    expect(costs[SHIFT]).toBe(1); // b would lose its dependent a
    expect(costs[RIGHT]).toBe(Number.POSITIVE_INFINITY); // one word on the stack: illegal
  });

  it('allows exactly one root', () => {
    const st = new ParseState();
    st.reset(2);
    st.apply(SHIFT, 0);
    st.apply(SHIFT, 0);
    // Buffer holds only the root and two words are on the stack: LEFT onto the root is illegal.
    expect(st.legal()).toBe(1 << RIGHT);
  });
});

describe('projectivise', () => {
  it('keeps projective trees', () => {
    expect(projectivise([1, 4, 1, 1])).toEqual([1, 4, 1, 1]);
  });

  it('lifts a crossing arc to the grandparent', () => {
    // "A hearing is scheduled on the issue today": "on" attaches to "hearing" across "scheduled".
    // words: 0 A, 1 hearing, 2 is, 3 scheduled, 4 issue(on-phrase), 5 today; root = 6
    const heads = [1, 3, 3, 6, 1, 3];
    const lifted = projectivise(heads);
    expect(lifted[4]).toBe(3);
    expect(lifted.filter((h, i) => h !== heads[i])).toHaveLength(1);
  });
});
