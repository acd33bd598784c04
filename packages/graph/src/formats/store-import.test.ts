import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { sampleGraph } from '../testing/sample-graph.js';
import { withEvidence } from '../store/materialize.js';
import { exportCsv } from './csv.js';
import { exportGexf } from './gexf.js';
import { exportGraphml } from './graphml.js';
import type { ImportFormat, ImportSource } from './import.js';
import { exportJson } from './json.js';
import { graphToDocuments, importIntoStore } from './store-import.js';

const stores: Store[] = [];
async function memoryStore(): Promise<Store> {
  const store = await openStore({ path: ':memory:' });
  stores.push(store);
  await store.loadGraph();
  return store;
}
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
});

function weightsByLabels(store: Store): Map<string, number> {
  const g = store.graph;
  const out = new Map<string, number>();
  g.forEachEdge((_key, attributes, source, target) => {
    const [a, b] = [
      g.getNodeAttribute(source, 'label'),
      g.getNodeAttribute(target, 'label'),
    ].sort();
    out.set(`${a}|${attributes.predicate}|${b}`, attributes.weight);
  });
  return out;
}

describe('importIntoStore', () => {
  const original = sampleGraph();
  const expectedWeights = new Map<string, number>();
  original.forEachEdge((_key, attributes, source, target) => {
    const [a, b] = [
      original.getNodeAttribute(source, 'label'),
      original.getNodeAttribute(target, 'label'),
    ].sort();
    expectedWeights.set(`${a}|${attributes.predicate}|${b}`, attributes.weight);
  });

  const cases: [name: string, format: ImportFormat, source: ImportSource, documents: number][] = [
    ['full JSON (documents from the evidence)', 'json', exportJson(original, { full: true }), 14],
    ['flat JSON (one synthetic document)', 'json', exportJson(original), 1],
    ['GEXF', 'gexf', exportGexf(original), 1],
    ['GraphML', 'graphml', exportGraphml(original), 1],
    ['CSV with evidence', 'csv', exportCsv(original), 14],
  ];
  it.each(cases)(
    '%s: same entities, relations and weights; idempotent',
    async (_name, format, source, documents) => {
      const store = await memoryStore();
      const result = await importIntoStore(store, source, format, `sample.${format}`);
      expect(result.documents).toBe(documents);
      expect(result.documentsNew).toBe(documents);
      expect([store.graph.order, store.graph.size]).toEqual([original.order, original.size]);
      expect(weightsByLabels(store)).toEqual(expectedWeights);
      const again = await importIntoStore(store, source, format, `sample.${format}`);
      expect(again).toMatchObject({
        documentsNew: 0,
        documentsUnchanged: documents,
        nodesAdded: 0,
        edgesAdded: 0,
      });
      expect([store.graph.order, store.graph.size]).toEqual([original.order, original.size]);
    },
  );

  it('keeps every sentence of a full export', async () => {
    const store = await memoryStore();
    await importIntoStore(store, exportJson(original, { full: true }), 'json');
    const sentences = (g: typeof original | Store['graph']): string[] =>
      g
        .mapEdges((_k, a) => (a.evidence ?? []).map((e) => e.sentence))
        .flat()
        .sort();
    expect(sentences(await withEvidence(store))).toEqual(sentences(original));
  });

  it('writes nothing when the file is malformed', async () => {
    const store = await memoryStore();
    await expect(
      importIntoStore(store, '{"nodes":[{"key":"a"}]}', 'json', 'bad.json'),
    ).rejects.toMatchObject({ code: 'PARSE_ERROR' });
    expect(await store.listDocuments()).toEqual([]);
  });

  it('graphToDocuments gives subject and object spans as mentions', () => {
    const g = sampleGraph();
    g.updateEdgeAttribute('gpe:iran|SUPPLIES|gpe:russia', 'evidence', (evidence = []) =>
      evidence.map((e) => ({ ...e, subjectSpan: { start: e.start, end: e.start + 4 } })),
    );
    const documents = graphToDocuments(g, { id: 'file', source: 'f.json' });
    const doc = documents.find((d) => d.meta.id === 'doc-2022-10-18');
    const iran = doc?.extraction.entities.find((e) => e.id === 'gpe:iran');
    expect(iran?.mentions.map((m) => m.text)).toEqual(['Iran']);
  });
});
