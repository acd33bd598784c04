import { describe, expect, it } from 'vitest';
import type { Modality, RelationType } from '@kg/schema';
import { sampleGraph } from '../testing/sample-graph.js';
import { entityDetails } from './entity.js';
import { commonNeighbors, egoNetwork, neighbors } from './neighbors.js';
import type { NeighborsOptions } from './neighbors.js';
import { kShortestPaths, shortestPath } from './paths.js';
import type { PathOptions } from './paths.js';
import { filterGraph, topSubgraph } from './subgraph.js';

const graph = sampleGraph();

describe('unknown entities', () => {
  const calls: [name: string, call: () => unknown, message: string][] = [
    ['neighbors', () => neighbors(graph, 'x'), 'graph.neighbors: entity "x" not found.'],
    [
      'entityDetails',
      () => entityDetails(graph, 'x'),
      'graph.entityDetails: entity "x" not found.',
    ],
    ['egoNetwork', () => egoNetwork(graph, 'x'), 'graph.egoNetwork: entity "x" not found.'],
    [
      'shortestPath',
      () => shortestPath(graph, 'gpe:iran', 'x'),
      'graph.shortestPath: entity "x" not found.',
    ],
    [
      'kShortestPaths',
      () => kShortestPaths(graph, 'x', 'gpe:iran', 2),
      'graph.kShortestPaths: entity "x" not found.',
    ],
    [
      'commonNeighbors',
      () => commonNeighbors(graph, 'gpe:iran', 'x'),
      'graph.commonNeighbors: entity "x" not found.',
    ],
  ];
  it.each(calls)('%s throws NOT_FOUND', (_name, call, message) => {
    expect(call).toThrow(expect.objectContaining({ code: 'NOT_FOUND', message }));
  });

  it('rejects bad arguments with INVALID_ARGUMENT', () => {
    const bad: (() => unknown)[] = [
      () => neighbors(graph, 'gpe:iran', { depth: -1 }),
      () => kShortestPaths(graph, 'gpe:iran', 'gpe:russia', 0),
      () => shortestPath(graph, 'gpe:iran', 'gpe:russia', { from: 'yesterday' }),
      () => shortestPath(graph, 'gpe:iran', 'gpe:russia', { from: '2023-01-01', to: '2022-01-01' }),
      () => topSubgraph(graph, { n: 0 }),
      () => filterGraph(graph, { minWeight: -1 }),
    ];
    for (const call of bad)
      expect(call).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

describe('entityDetails', () => {
  it('groups relations by predicate and direction, strongest first, with evidence', () => {
    const details = entityDetails(graph, 'gpe:iran');
    expect(details.label).toBe('Iran');
    expect(details.aliases).toContain('Tehran');
    expect(details.degree).toBe(9);
    const groups = details.groups.map((g) => `${g.predicate}:${g.direction}`);
    expect(groups[0]).toBe('SUPPLIES:out');
    expect(groups).toEqual(expect.arrayContaining(['PART_OF:in', 'ATTACKS:out', 'SANCTIONS:in']));
    const supplies = details.groups[0]?.relations[0];
    expect(supplies?.other.id).toBe('gpe:russia');
    expect(supplies?.evidence.map((e) => e.modality)).toEqual(['asserted', 'reported']);
  });

  it('limits evidence and filters modalities', () => {
    const details = entityDetails(graph, 'gpe:iran', {
      evidenceLimit: 1,
      modalities: ['asserted'],
    });
    const supplies = details.groups.find((g) => g.predicate === 'SUPPLIES')?.relations[0];
    expect(supplies?.evidence).toHaveLength(1);
    expect(supplies?.moreEvidence).toBe(0);
    expect(details.groups.some((g) => g.predicate === 'ATTACKS')).toBe(false);
  });
});

describe('neighbors', () => {
  const cases: [name: string, id: string, options: NeighborsOptions, expected: string[]][] = [
    [
      'depth 1 leaves the negated attack out',
      'gpe:ukraine',
      {},
      ['gpe:russia', 'gpe:ukraine', 'loc:crimea'],
    ],
    [
      'negated relations when asked',
      'gpe:ukraine',
      { modalities: ['negated'] },
      ['gpe:iran', 'gpe:ukraine'],
    ],
    [
      'depth 2',
      'loc:crimea',
      { depth: 2 },
      ['gpe:iran', 'gpe:russia', 'gpe:ukraine', 'loc:crimea', 'org:irgc'],
    ],
    ['outgoing only', 'org:irgc', { direction: 'out' }, ['gpe:iran', 'loc:crimea', 'org:irgc']],
    [
      'incoming only',
      'gpe:ukraine',
      { direction: 'in' },
      ['gpe:russia', 'gpe:ukraine', 'loc:crimea'],
    ],
    [
      'entity types',
      'gpe:iran',
      { types: ['ORG', 'PERSON'] },
      ['gpe:iran', 'org:irgc', 'person:ebrahim-raisi'],
    ],
    ['relation types', 'gpe:iran', { predicates: ['SUPPLIES'] }, ['gpe:iran', 'gpe:russia']],
    [
      'evidence dates',
      'gpe:iran',
      { from: '2022-11-01', to: '2022-11-30' },
      ['gpe:iran', 'gpe:russia', 'gpe:united-states', 'person:ebrahim-raisi'],
    ],
    ['nobody', 'org:lonely-club', {}, ['org:lonely-club']],
  ];
  it.each(cases)('%s', (_name, id, options, expected) => {
    const result = neighbors(graph, id, options);
    expect(result.nodes.map((n) => n.key).sort()).toEqual(expected);
    expect(result.center.id).toBe(id);
    for (const edge of result.edges) {
      expect(expected).toContain(edge.source);
      expect(expected).toContain(edge.target);
    }
  });

  it('keeps the strongest neighbours when the limit cuts', () => {
    const result = neighbors(graph, 'gpe:iran', { limit: 1 });
    expect(result.truncated).toBe(true);
    expect(result.nodes.map((n) => n.key)).toEqual(['gpe:iran', 'gpe:russia']);
    expect(result.nodes[1]?.depth).toBe(1);
  });

  it('egoNetwork is the same neighbourhood as a graph', () => {
    const ego = egoNetwork(graph, 'loc:crimea', { depth: 2 });
    expect(ego.order).toBe(5);
    expect(ego.hasEdge('org:irgc|PART_OF|gpe:iran')).toBe(true);
    expect(ego.hasEdge('gpe:iran|ATTACKS|gpe:ukraine')).toBe(false);
  });
});

describe('shortestPath', () => {
  const cases: [
    name: string,
    a: string,
    b: string,
    options: PathOptions,
    expected: string[] | null,
  ][] = [
    ['fewest hops', 'org:irgc', 'gpe:ukraine', {}, ['org:irgc', 'loc:crimea', 'gpe:ukraine']],
    [
      'relation types',
      'org:irgc',
      'gpe:ukraine',
      { predicates: ['PART_OF', 'SUPPLIES', 'ATTACKS'] },
      ['org:irgc', 'gpe:iran', 'gpe:russia', 'gpe:ukraine'],
    ],
    [
      'negated relations are not connections',
      'gpe:iran',
      'gpe:ukraine',
      {},
      ['gpe:iran', 'gpe:russia', 'gpe:ukraine'],
    ],
    [
      'unless asked',
      'gpe:iran',
      'gpe:ukraine',
      { modalities: ['negated', 'asserted'] },
      ['gpe:iran', 'gpe:ukraine'],
    ],
    [
      'directed',
      'person:ebrahim-raisi',
      'gpe:ukraine',
      { directed: true },
      ['person:ebrahim-raisi', 'gpe:iran', 'gpe:russia', 'gpe:ukraine'],
    ],
    ['directed, against the arrows', 'gpe:ukraine', 'gpe:iran', { directed: true }, null],
    [
      'directed, symmetric relation both ways',
      'gpe:iran',
      'gpe:iraq',
      { directed: true },
      ['gpe:iran', 'gpe:iraq'],
    ],
    [
      'entity types of the hops',
      'org:irgc',
      'gpe:ukraine',
      { types: ['GPE'] },
      ['org:irgc', 'gpe:iran', 'gpe:russia', 'gpe:ukraine'],
    ],
    ['evidence dates', 'org:irgc', 'gpe:ukraine', { to: '2022-10-19' }, null],
    ['max hops', 'person:ebrahim-raisi', 'gpe:ukraine', { maxHops: 2 }, null],
    ['same entity', 'gpe:iran', 'gpe:iran', {}, ['gpe:iran']],
    ['no connection', 'gpe:iran', 'org:lonely-club', {}, null],
  ];
  it.each(cases)('%s', (_name, a, b, options, expected) => {
    const path = shortestPath(graph, a, b, options);
    expect(path ? path.nodes.map((n) => n.id) : null).toEqual(expected);
  });

  it('gives every hop its relation, direction and evidence', () => {
    const path = shortestPath(graph, 'org:irgc', 'gpe:ukraine', {
      predicates: ['PART_OF', 'SUPPLIES', 'ATTACKS'],
    });
    const hops = path?.hops.map((h) => [h.from.id, h.predicate, h.direction, h.to.id]);
    expect(hops).toEqual([
      ['org:irgc', 'PART_OF', 'forward', 'gpe:iran'],
      ['gpe:iran', 'SUPPLIES', 'forward', 'gpe:russia'],
      ['gpe:russia', 'ATTACKS', 'forward', 'gpe:ukraine'],
    ]);
    for (const hop of path?.hops ?? []) {
      expect(hop.key).toBe(
        hop.direction === 'forward'
          ? `${hop.from.id}|${hop.predicate}|${hop.to.id}`
          : `${hop.to.id}|${hop.predicate}|${hop.from.id}`,
      );
      expect(hop.evidence.length).toBeGreaterThan(0);
      expect(hop.evidence[0]?.sentence).toMatch(/\w/);
    }
  });

  it('lists parallel relations of a hop and walks relations backwards', () => {
    const path = shortestPath(graph, 'gpe:russia', 'gpe:iran');
    const hop = path?.hops[0];
    expect(hop?.predicate).toBe('SUPPLIES'); // weight 2 beats COOPERATES_WITH
    expect(hop?.direction).toBe('backward');
    expect(hop?.others.map((o) => o.predicate)).toEqual(['COOPERATES_WITH']);
  });

  it('keeps only the evidence the filter selects', () => {
    const path = shortestPath(graph, 'gpe:iran', 'gpe:russia', { modalities: ['reported'] });
    expect(path?.hops[0]?.evidence.map((e) => e.modality)).toEqual(['reported']);
  });
});

describe('kShortestPaths', () => {
  it('returns distinct loopless paths, shortest first', () => {
    const paths = kShortestPaths(graph, 'org:irgc', 'gpe:ukraine', 5);
    const sequences = paths.map((p) => p.nodes.map((n) => n.id).join(' > '));
    expect(sequences[0]).toBe('org:irgc > loc:crimea > gpe:ukraine');
    expect(sequences).toContain('org:irgc > gpe:iran > gpe:russia > gpe:ukraine');
    expect(sequences).toContain(
      'org:irgc > gpe:iran > weapon:shahed-136 > gpe:russia > gpe:ukraine',
    );
    expect(new Set(sequences).size).toBe(sequences.length);
    const lengths = paths.map((p) => p.hops.length);
    expect([...lengths].sort((a, b) => a - b)).toEqual(lengths);
    for (const path of paths) {
      const ids = path.nodes.map((n) => n.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('stops when there are no more paths', () => {
    expect(kShortestPaths(graph, 'gpe:iraq', 'gpe:iran', 10)).toHaveLength(1);
    expect(kShortestPaths(graph, 'gpe:iran', 'org:lonely-club', 3)).toEqual([]);
  });
});

describe('commonNeighbors', () => {
  it('finds who links two actors, with the relations on each side', () => {
    const result = commonNeighbors(graph, 'gpe:iran', 'gpe:ukraine');
    expect(result.neighbors.map((n) => n.entity.id)).toEqual(['gpe:russia']);
    expect(result.neighbors[0]?.viaA.map((l) => l.predicate)).toEqual([
      'SUPPLIES',
      'COOPERATES_WITH',
    ]);
    expect(result.neighbors[0]?.viaB.map((l) => l.predicate)).toEqual(['ATTACKS']);
  });

  it('sorts by combined weight', () => {
    const result = commonNeighbors(graph, 'gpe:russia', 'org:irgc');
    expect(result.neighbors.map((n) => n.entity.id)).toEqual(['gpe:iran']);
  });
});

describe('filterGraph', () => {
  const cases: [
    name: string,
    options: Parameters<typeof filterGraph>[1],
    nodes: number,
    edges: number,
  ][] = [
    ['no filter copies', {}, 10, 13],
    ['entity types', { types: ['GPE'] }, 5, 7],
    [
      'relation types, isolated dropped',
      { predicates: ['SUPPLIES', 'ATTACKS'], dropIsolated: true },
      3,
      3,
    ],
    ['modalities', { modalities: ['negated'], dropIsolated: true }, 2, 1],
    ['minimum weight', { minWeight: 2, dropIsolated: true }, 2, 1],
    ['date range', { from: '2022-11', to: '2022-11' }, 10, 3],
  ];
  it.each(cases)('%s', (_name, options, nodes, edges) => {
    const result = filterGraph(graph, options);
    expect([result.order, result.size]).toEqual([nodes, edges]);
  });

  it('recomputes weight, modality and dates from the evidence it keeps', () => {
    const result = filterGraph(graph, { modalities: ['reported'] });
    const supplies = result.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia');
    expect(supplies.weight).toBe(1);
    expect(supplies.modality).toBe('reported');
    expect(supplies.firstSeen).toBe('2022-11-02');
    expect(graph.getEdgeAttribute('gpe:iran|SUPPLIES|gpe:russia', 'weight')).toBe(2);
  });
});

describe('topSubgraph', () => {
  const cases: ['weight' | 'degree' | 'pagerank', number, string][] = [
    ['weight', 3, 'gpe:iran'],
    ['degree', 2, 'gpe:iran'],
    ['pagerank', 3, 'gpe:iran'],
  ];
  it.each(cases)('top %s', (by, n, expected) => {
    const result = topSubgraph(graph, { n, by });
    expect(result.order).toBe(n);
    expect(result.hasNode(expected)).toBe(true);
    result.forEachEdge((_e, _a, s, t) => {
      expect(result.hasNode(s) && result.hasNode(t)).toBe(true);
    });
  });
});

it('relation and modality filters accept every listed value', () => {
  const predicates: RelationType[] = ['SUPPLIES'];
  const modalities: Modality[] = ['asserted', 'reported'];
  expect(
    shortestPath(graph, 'gpe:iran', 'gpe:russia', { predicates, modalities })?.hops,
  ).toHaveLength(1);
});
