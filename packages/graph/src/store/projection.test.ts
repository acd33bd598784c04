import { describe, expect, it } from 'vitest';
import { createStoreGraph } from '../query/graph.js';
import { adjacencyAsDictionaries } from './projection.js';
import { entityAttributes as node } from '../testing/index.js';

const edge = (weight: number) => ({
  predicate: 'MEETS' as const,
  weight,
  modality: 'asserted' as const,
  firstSeen: '',
  lastSeen: '',
});

describe('adjacencyAsDictionaries', () => {
  it('leaves no trace: the graph gains its relations and answers as one built without it', () => {
    const built = [createStoreGraph(), createStoreGraph()];
    for (const [i, graph] of built.entries()) {
      for (const name of ['a', 'b', 'c', 'd']) graph.addNode(name, node(name));
      if (i === 1) adjacencyAsDictionaries(graph);
      graph.addEdgeWithKey('a|MEETS|b', 'a', 'b', edge(1));
      graph.addEdgeWithKey('a|MEETS|c', 'a', 'c', edge(2));
      graph.addEdgeWithKey('c|MEETS|a', 'c', 'a', edge(3));
      graph.addEdgeWithKey('a|SUPPORTS|b', 'a', 'b', {
        ...edge(4),
        predicate: 'SUPPORTS' as const,
      });
    }
    const [plain, changed] = built as [
      ReturnType<typeof createStoreGraph>,
      ReturnType<typeof createStoreGraph>,
    ];
    expect(changed.export()).toEqual(plain.export());
    for (const name of ['a', 'b', 'c', 'd']) {
      expect(changed.outNeighbors(name)).toEqual(plain.outNeighbors(name));
      expect(changed.inNeighbors(name)).toEqual(plain.inNeighbors(name));
      expect(changed.outEdges(name)).toEqual(plain.outEdges(name));
      expect(changed.degree(name)).toBe(plain.degree(name));
    }
    expect(changed.neighbors('d')).toEqual([]);
    expect(changed.edges('a', 'b').sort()).toEqual(['a|MEETS|b', 'a|SUPPORTS|b']);
  });

  it('leaves a node that already has neighbours as it is', () => {
    const graph = createStoreGraph();
    graph.addNode('a', node('a'));
    graph.addNode('b', node('b'));
    graph.addEdgeWithKey('a|MEETS|b', 'a', 'b', edge(1));
    adjacencyAsDictionaries(graph);
    expect(graph.outNeighbors('a')).toEqual(['b']);
    expect(graph.inNeighbors('b')).toEqual(['a']);
    expect(graph.hasEdge('a', 'b')).toBe(true);
  });
});
