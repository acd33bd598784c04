import { describe, expect, it } from 'vitest';
import { edgeAttributesIn, nodeAttributesIn } from './graph-internals.js';
import { createStoreGraph } from './query/graph.js';
import { ResolverIndex } from './resolver.js';
import { entityAttributes as node } from './testing/index.js';

describe('nodeAttributesIn / edgeAttributesIn', () => {
  it('answer as hasNode + getNodeAttributes do, including for keys the graph lacks', () => {
    const graph = createStoreGraph();
    graph.addNode('a', node('A'));
    graph.addNode('b', node('B'));
    const attrs = {
      predicate: 'MEETS' as const,
      weight: 1,
      modality: 'asserted' as const,
      firstSeen: '',
      lastSeen: '',
    };
    graph.addEdgeWithKey('a|MEETS|b', 'a', 'b', attrs);
    expect(nodeAttributesIn(graph, 'a')).toBe(graph.getNodeAttributes('a'));
    expect(nodeAttributesIn(graph, 'c')).toBeUndefined();
    expect(edgeAttributesIn(graph, 'a|MEETS|b')).toBe(graph.getEdgeAttributes('a|MEETS|b'));
    expect(edgeAttributesIn(graph, 'b|MEETS|a')).toBeUndefined();
    graph.dropNode('a');
    expect(nodeAttributesIn(graph, 'a')).toBeUndefined();
    expect(edgeAttributesIn(graph, 'a|MEETS|b')).toBeUndefined();
  });
});

describe('ResolverIndex (compact form)', () => {
  it('keeps a normal form naming several keys, one kind per key, and forgets a removed key', () => {
    const index = new ResolverIndex();
    index.index('person:tony-blair', { label: 'Tony Blair', type: 'PERSON', aliases: [] });
    index.index('person:ian-blair', { label: 'Ian Blair', type: 'PERSON', aliases: [] });
    expect(index.lookup('blair', 'PERSON', ['variant']).sort()).toEqual([
      'person:ian-blair',
      'person:tony-blair',
    ]);
    expect(index.resolve({ name: 'Blair', type: 'PERSON', aliases: [] }).known).toBe(false);
    index.remove('person:ian-blair');
    expect(index.has('person:ian-blair')).toBe(false);
    expect(index.lookup('blair', 'PERSON', ['variant'])).toEqual(['person:tony-blair']);
    expect(index.resolve({ name: 'Blair', type: 'PERSON', aliases: [] })).toEqual({
      key: 'person:tony-blair',
      known: true,
    });
    // A store's rows: the same normal form read again with another kind moves it.
    index.add('blair', 'person:tony-blair', 'alias', 'PERSON');
    expect(index.lookup('blair', 'PERSON', ['variant'])).toEqual([]);
    expect(index.lookup('blair', 'PERSON', ['alias'])).toEqual(['person:tony-blair']);
    expect(index.lookup('blair', 'ORG', ['alias'])).toEqual([]);
  });

  it('reads which keys exist, and their types, from `typeOf` when given', () => {
    const types = new Map([['org:acme', 'ORG' as const]]);
    const index = new ResolverIndex((key) => types.get(key));
    index.index('org:acme', { label: 'Acme', type: 'ORG', aliases: [] });
    expect(index.has('org:acme')).toBe(true);
    expect(index.lookup('acme', 'ORG', ['name'])).toEqual(['org:acme']);
    types.delete('org:acme');
    expect(index.has('org:acme')).toBe(false);
    expect(index.lookup('acme', 'ORG', ['name'])).toEqual([]);
  });
});
