/**
 * Paths checked against brute force on small random graphs: `shortestPath` finds a path of
 * the breadth-first distance, `kShortestPaths` returns valid, distinct, loopless paths whose
 * lengths are the k smallest among all simple paths.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Modality, RelationType } from '@kg/schema';
import { addEntity } from '../testing/sample-graph.js';
import { createStoreGraph } from './graph.js';
import { kShortestPaths, shortestPath } from './paths.js';
import { traversalIndexPolicy } from './traversal-index.js';

const PREDICATES: RelationType[] = ['SUPPLIES', 'ATTACKS', 'MEETS', 'PART_OF'];
const MODALITIES: Modality[] = ['asserted', 'reported', 'negated'];

const graphArbitrary = fc.record({
  n: fc.integer({ min: 2, max: 7 }),
  edges: fc.array(
    fc.tuple(
      fc.integer({ min: 0, max: 6 }),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom(...PREDICATES),
      fc.constantFrom(...MODALITIES),
    ),
    { maxLength: 16 },
  ),
  directed: fc.boolean(),
});

type Spec = { n: number; edges: [number, number, RelationType, Modality][]; directed: boolean };

function build(spec: Spec): {
  graph: ReturnType<typeof createStoreGraph>;
  adjacency: Map<string, Set<string>>;
} {
  const graph = createStoreGraph();
  const id = (i: number): string => `e${i}`;
  for (let i = 0; i < spec.n; i++) addEntity(graph, id(i), `Entity ${i}`, 'ORG');
  const adjacency = new Map<string, Set<string>>(
    graph.mapNodes((node) => [node, new Set<string>()]),
  );
  for (const [s, t, predicate, modality] of spec.edges) {
    if (s >= spec.n || t >= spec.n || s === t) continue;
    const key = `${id(s)}|${predicate}|${id(t)}`;
    if (graph.hasEdge(key)) continue;
    graph.addEdgeWithKey(key, id(s), id(t), {
      predicate,
      weight: 1,
      modality,
      evidence: [],
      firstSeen: '2022-01-01',
      lastSeen: '2022-01-01',
    });
    if (modality === 'negated') continue; // not a connection by default
    adjacency.get(id(s))?.add(id(t));
    if (!spec.directed || predicate === 'MEETS') adjacency.get(id(t))?.add(id(s));
  }
  return { graph, adjacency };
}

function distance(adjacency: Map<string, Set<string>>, a: string, b: string): number | null {
  const seen = new Map([[a, 0]]);
  let frontier = [a];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const u of frontier) {
      for (const v of adjacency.get(u) ?? []) {
        if (seen.has(v)) continue;
        seen.set(v, (seen.get(u) as number) + 1);
        next.push(v);
      }
    }
    frontier = next;
  }
  return seen.get(b) ?? null;
}

function simplePathLengths(adjacency: Map<string, Set<string>>, a: string, b: string): number[] {
  const lengths: number[] = [];
  const walk = (node: string, visited: Set<string>): void => {
    if (node === b) {
      lengths.push(visited.size - 1);
      return;
    }
    for (const next of adjacency.get(node) ?? []) {
      if (visited.has(next)) continue;
      visited.add(next);
      walk(next, visited);
      visited.delete(next);
    }
  };
  walk(a, new Set([a]));
  return lengths.sort((x, y) => x - y);
}

function isValid(adjacency: Map<string, Set<string>>, nodes: string[]): boolean {
  return nodes.every((node, i) => i === 0 || adjacency.get(nodes[i - 1] as string)?.has(node));
}

// Both searches: over the compact traversal index (the default on small graphs) and over
// graphology itself (what a large graph still being written gets).
const SEARCHES = [
  ['over the traversal index', { alwaysBuild: 200_000, stillMs: 5_000 }],
  ['over graphology', { alwaysBuild: 0, stillMs: Infinity }],
] as const;

describe.each(SEARCHES)('paths on random graphs %s', (_name, policy) => {
  const saved = { ...traversalIndexPolicy };
  beforeAll(() => Object.assign(traversalIndexPolicy, policy));
  afterAll(() => Object.assign(traversalIndexPolicy, saved));

  it('shortestPath has the breadth-first distance', () => {
    fc.assert(
      fc.property(graphArbitrary, (spec) => {
        const { graph, adjacency } = build(spec as Spec);
        const [a, b] = ['e0', `e${spec.n - 1}`];
        const path = shortestPath(graph, a, b, { directed: spec.directed });
        const expected = distance(adjacency, a, b);
        expect(path ? path.hops.length : null).toBe(expected);
        if (path)
          expect(
            isValid(
              adjacency,
              path.nodes.map((n) => n.id),
            ),
          ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('kShortestPaths gives the k shortest simple paths', () => {
    fc.assert(
      fc.property(graphArbitrary, fc.integer({ min: 1, max: 6 }), (spec, k) => {
        const { graph, adjacency } = build(spec as Spec);
        const [a, b] = ['e0', `e${spec.n - 1}`];
        const paths = kShortestPaths(graph, a, b, k, { directed: spec.directed });
        const all = simplePathLengths(adjacency, a, b);
        expect(paths.map((p) => p.hops.length)).toEqual(all.slice(0, k));
        const sequences = paths.map((p) => p.nodes.map((n) => n.id));
        expect(new Set(sequences.map((s) => s.join(' '))).size).toBe(paths.length);
        for (const nodes of sequences) {
          expect(isValid(adjacency, nodes)).toBe(true);
          expect(new Set(nodes).size).toBe(nodes.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
