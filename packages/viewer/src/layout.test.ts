import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { clearNewLabels, fitServerLayout, placeNearNeighbours } from './layout.js';

function graphOf(nodes: Record<string, [number, number]>, edges: [string, string][] = []): Graph {
  const graph = new Graph();
  for (const [key, [x, y]] of Object.entries(nodes))
    graph.addNode(key, { x, y, size: 6, label: key });
  for (const [a, b] of edges) graph.addEdge(a, b);
  return graph;
}

describe('placing what arrives', () => {
  it('maps a server layout onto the drawing by the shared nodes (scale and shift)', () => {
    const graph = graphOf({ a: [100, 100], b: [300, 100], c: [0, 0] });
    const server = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 0 }],
      ['c', { x: 50, y: 50 }],
    ]);
    const place = fitServerLayout(graph, server, new Set(['c']));
    expect(place({ x: 50, y: 50 })).toEqual({ x: 200, y: 200 });
  });

  it('puts a part that shares nothing beside the drawing', () => {
    const graph = graphOf({ a: [0, 0], b: [100, 0], x: [0, 0] });
    const place = fitServerLayout(graph, new Map([['x', { x: 5, y: 0 }]]), new Set(['x']));
    expect(place({ x: 5, y: 0 }).x).toBeGreaterThan(100);
  });

  it('rings expanded neighbours around their entity, and nothing else moves', () => {
    const graph = graphOf({ hub: [0, 0], far: [1000, 0], n1: [0, 0], n2: [0, 0], n3: [0, 0] }, [
      ['hub', 'n1'],
      ['hub', 'n2'],
      ['hub', 'n3'],
    ]);
    const added = new Set(['n1', 'n2', 'n3']);
    placeNearNeighbours(graph, added, { anchor: 'hub', unit: 1 });
    clearNewLabels(graph, added, 1);
    for (const key of added) {
      const { x, y } = graph.getNodeAttributes(key);
      expect(Math.hypot(x, y)).toBeGreaterThan(20);
      expect(Math.hypot(x, y)).toBeLessThan(250);
    }
    expect(graph.getNodeAttributes('hub')).toMatchObject({ x: 0, y: 0 });
    expect(graph.getNodeAttributes('far')).toMatchObject({ x: 1000, y: 0 });
  });

  it('moves a new node at most 90 px from its place, however crowded the drawing', () => {
    const positions: Record<string, [number, number]> = { fresh: [150, 150] };
    for (let i = 0; i < 20; i++)
      for (let j = 0; j < 20; j++) positions[`n${i}-${j}`] = [i * 15, j * 15];
    const graph = graphOf(positions);
    clearNewLabels(graph, new Set(['fresh']), 1);
    const { x, y } = graph.getNodeAttributes('fresh');
    expect(Math.hypot(x - 150, y - 150)).toBeGreaterThan(10);
    expect(Math.hypot(x - 150, y - 150)).toBeLessThanOrEqual(90.001);
    expect(graph.getNodeAttributes('n0-0')).toMatchObject({ x: 0, y: 0 });
  });
});
