import { describe, expect, it } from 'vitest';
import type { StrongestView } from '@kg/graph';
import { entityAttributes } from '@kg/graph/testing';
import { connectedTop } from './overview.js';

const entity = (key: string, weightedDegree: number) => ({
  key,
  weightedDegree,
  attributes: entityAttributes(key),
});
const relation = (source: string, target: string, weight = 1) => ({
  key: `${source}|MEETS|${target}`,
  source,
  target,
  attributes: {
    predicate: 'MEETS' as const,
    weight,
    modality: 'asserted' as const,
    firstSeen: '',
    lastSeen: '',
  },
});

/** a–b, c alone, d–a, e–f: ranked a, b, c, d, e, f. */
const candidates: StrongestView = {
  entities: ['a', 'b', 'c', 'd', 'e', 'f'].map((key, i) => entity(key, 10 - i)),
  relations: [relation('a', 'b', 3), relation('d', 'a'), relation('e', 'f')],
};

describe('the connected overview', () => {
  it.each([
    [2, ['a', 'b']],
    [3, ['a', 'b', 'd']],
    [5, ['a', 'b', 'd', 'e', 'f']],
    [10, ['a', 'b', 'd', 'e', 'f']],
  ] as const)('keeps the %i best-ranked entities that have a relation among them', (n, keys) => {
    const overview = connectedTop(candidates, n, 100);
    expect(overview.entities.map((e) => e.key)).toEqual(keys);
    const linked = new Set(overview.relations.flatMap((r) => [r.source, r.target]));
    expect(overview.entities.every((e) => linked.has(e.key))).toBe(true);
  });

  it('keeps the strongest relations when they are capped, and only the entities they touch', () => {
    const overview = connectedTop(candidates, 10, 1);
    expect(overview.relations.map((r) => r.key)).toEqual(['a|MEETS|b']);
    expect(overview.entities.map((e) => e.key)).toEqual(['a', 'b']);
  });
});
