import { describe, expect, it } from 'vitest';
import { KgError } from '@kg/schema';
import { addEntity, sampleGraph } from '../testing/sample-graph.js';
import { resolveEntity, search } from './search.js';
import type { MatchKind } from './search.js';

describe('search', () => {
  const graph = sampleGraph();
  const cases: [query: string, id: string, kind: MatchKind, field: string][] = [
    ['tehran', 'gpe:iran', 'exact', 'alias'],
    ['Iran', 'gpe:iran', 'exact', 'label'],
    ['IRGC', 'org:irgc', 'exact', 'alias'],
    ['gpe:russia', 'gpe:russia', 'exact', 'id'],
    ['ukr', 'gpe:ukraine', 'prefix', 'label'],
    ['ir', 'gpe:iran', 'prefix', 'label'],
    ['guard corps', 'org:irgc', 'token-prefix', 'label'],
    ['revolutionary guard', 'org:irgc', 'prefix', 'alias'],
    ['guards revolutionary', 'org:irgc', 'token-prefix', 'alias'],
    ['shahed 136', 'weapon:shahed-136', 'exact', 'label'],
    ['states', 'gpe:united-states', 'token-prefix', 'label'],
    ['IRG', 'org:irgc', 'prefix', 'alias'],
    ['iri', 'gpe:iran', 'acronym', 'alias'],
    ['us', 'gpe:united-states', 'exact', 'alias'],
    ['ukriane', 'gpe:ukraine', 'fuzzy', 'label'],
    ['Crimeaa', 'loc:crimea', 'fuzzy', 'label'],
    ['ebrahim raisy', 'person:ebrahim-raisi', 'fuzzy', 'label'],
    ['Moskow', 'gpe:russia', 'fuzzy', 'alias'],
  ];
  it.each(cases)('%s → %s (%s %s)', (query, id, kind, field) => {
    const [hit] = search(graph, query);
    expect(hit?.id).toBe(id);
    expect(hit?.matched.kind).toBe(kind);
    expect(hit?.matched.field).toBe(field);
  });

  it('ranks exact above prefix above fuzzy, scores within 0..1', () => {
    const hits = search(graph, 'iran', { limit: 5 });
    expect(hits[0]?.id).toBe('gpe:iran');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const score of scores) expect(score).toBeGreaterThan(0);
    expect(hits.map((h) => h.id)).toContain('gpe:iraq'); // one typo away
  });

  it('filters by type and limits', () => {
    expect(search(graph, 'i', { types: ['ORG'] }).map((h) => h.id)).toEqual(['org:irgc']);
    expect(search(graph, 'r', { limit: 2 })).toHaveLength(2);
    expect(search(graph, '   ')).toEqual([]);
    expect(search(graph, 'zzzzzz')).toEqual([]);
    expect(() => search(graph, 'x', { limit: 0 })).toThrow(KgError);
  });

  it('sees nodes added and renamed after the first search', () => {
    const g = sampleGraph();
    expect(search(g, 'hezbollah')).toEqual([]);
    addEntity(g, 'org:hezbollah', 'Hezbollah', 'ORG');
    expect(search(g, 'hezbollah')[0]?.id).toBe('org:hezbollah');
    g.setNodeAttribute('org:hezbollah', 'aliases', ['Party of God']);
    expect(search(g, 'party of god')[0]?.id).toBe('org:hezbollah');
    g.dropNode('org:hezbollah');
    expect(search(g, 'hezbollah')).toEqual([]);
  });
});

describe('resolveEntity', () => {
  const graph = sampleGraph();
  const cases: [input: string, id: string, via: string][] = [
    ['gpe:iran', 'gpe:iran', 'id'],
    ['Ukraine', 'gpe:ukraine', 'label'],
    ['the islamic revolutionary guard corps', 'org:irgc', 'label'],
    ['IRGC', 'org:irgc', 'alias'],
    ['Tehran', 'gpe:iran', 'alias'],
    ['Rusia', 'gpe:russia', 'search'],
  ];
  it.each(cases)('%s → %s via %s', (input, id, via) => {
    const resolved = resolveEntity(graph, input);
    expect(resolved.id).toBe(id);
    expect(resolved.via).toBe(via);
  });

  it('throws NOT_FOUND when nothing matches', () => {
    expect(() => resolveEntity(graph, 'Atlantis')).toThrow(
      expect.objectContaining({
        code: 'NOT_FOUND',
        message: 'graph.resolveEntity: no entity matches "Atlantis".',
      }),
    );
  });
});
