import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { describe, expect, it } from 'vitest';
import { computeMetrics, rankEntities, stats, weightedDegrees } from './metrics.js';
import { addEntity, addRelation, sampleGraph } from './testing/sample-graph.js';
import { createStoreGraph } from './query/graph.js';

const graph = sampleGraph();

describe('computeMetrics', () => {
  const result = computeMetrics(graph);
  const byId = new Map(result.nodes.map((n) => [n.id, n]));

  const degrees: [id: string, degree: number, weighted: number][] = [
    ['gpe:iran', 9, 10],
    ['gpe:russia', 4, 5],
    ['org:lonely-club', 0, 0],
  ];
  it.each(degrees)('%s has degree %i and weighted degree %i', (id, degree, weighted) => {
    expect(byId.get(id)?.degree).toBe(degree);
    expect(byId.get(id)?.weightedDegree).toBe(weighted);
  });

  it('PageRank sums to 1 and favours the most cited target', () => {
    const total = result.nodes.reduce((sum, n) => sum + (n.pagerank ?? 0), 0);
    expect(total).toBeCloseTo(1, 5);
    expect(result.nodes[0]?.id).toBe('gpe:ukraine');
  });

  it('betweenness is highest for the broker', () => {
    const top = [...result.nodes].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0))[0];
    expect(top?.id).toBe('gpe:iran');
    expect(byId.get('org:lonely-club')?.betweenness).toBe(0);
  });

  it('betweenness equals graphology-metrics on the whole simple graph (isolated entities included)', () => {
    const simple = new UndirectedGraph();
    graph.forEachNode((node) => simple.addNode(node));
    graph.forEachEdge((_edge, _attributes, source, target) => {
      if (source !== target) simple.mergeEdge(source, target);
    });
    // CommonJS typed as ES: the function is the default export at run time either way.
    const betweenness =
      (betweennessModule as { default?: typeof betweennessModule.default }).default ??
      (betweennessModule as unknown as typeof betweennessModule.default);
    const reference = betweenness(simple, { normalized: true });
    for (const node of result.nodes) {
      expect(node.betweenness).toBeCloseTo(reference[node.id] ?? NaN, 10);
    }
  });

  it('Louvain communities cover every connected entity and repeat across runs', () => {
    expect(result.communities?.count).toBeGreaterThan(1);
    expect(result.communities?.sizes.reduce((a, b) => a + b, 0)).toBe(graph.order);
    const again = computeMetrics(graph, { metrics: ['community'] });
    expect(again.nodes.map((n) => [n.id, n.community]).sort()).toEqual(
      result.nodes.map((n) => [n.id, n.community]).sort(),
    );
  });

  it('computes only what is asked, sorted and limited', () => {
    const only = computeMetrics(graph, { metrics: ['degree'], sortBy: 'degree', limit: 2 });
    expect(only.nodes.map((n) => n.id)).toEqual(['gpe:iran', 'gpe:russia']);
    expect(only.nodes[0]?.pagerank).toBeUndefined();
    expect(only.communities).toBeUndefined();
  });

  it('handles an empty graph', () => {
    expect(computeMetrics(createStoreGraph())).toEqual({ nodes: [] });
  });
});

describe('rankEntities and weightedDegrees', () => {
  it('ranks by weighted degree with ties broken by id', () => {
    const g = createStoreGraph();
    addEntity(g, 'b', 'B', 'ORG');
    addEntity(g, 'a', 'A', 'ORG');
    addEntity(g, 'c', 'C', 'ORG');
    addRelation(g, 'a', 'MEETS', 'b', [['A met B.', 'asserted', '2022-01-01']]);
    expect(rankEntities(g, 'weight')).toEqual(['a', 'b', 'c']);
    expect(weightedDegrees(g).get('c')).toBe(0);
  });
});

describe('stats', () => {
  it('counts entities, relations, evidence, documents and components', () => {
    const s = stats(graph);
    expect(s).toMatchObject({
      nodes: 10,
      edges: 13,
      evidence: 14,
      components: 2,
      largestComponent: 9,
      isolated: 1,
    });
    expect(s.entityTypes).toEqual({ GPE: 5, ORG: 2, WEAPON: 1, LOC: 1, PERSON: 1 });
    expect(s.predicates.PART_OF).toBe(2);
    expect(s.modalities.negated).toBe(1);
    expect(s.top[0]?.id).toBe('gpe:iran');
    expect(s.documents).toBeGreaterThan(5);
  });
});
