/**
 * The store test suite, written against the `Store` interface only, so every backend runs the
 * same behaviour: `describeStoreSuite('sqlite', factory)`. A backend's own test file supplies a
 * factory that creates a fresh, empty store and reopens it (persistence, read-only); checks of
 * its own (file format, migrations) live beside it. Used by tests only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import type { StoreGraph } from '../merge.js';
import { fixture } from '../test-fixtures.js';
import type { FixtureDocument } from '../test-fixtures.js';
import { stats } from '../metrics.js';
import { exportDump, restoreDump, restoreDumpStream } from '../formats/dump.js';
import { dumpNdjsonLines, ndjsonDocuments, parseNdjsonDump } from '../formats/ndjson.js';
import { parseImport } from '../formats/import.js';
import { commonNeighborsInStore, neighborsInStore, shortestPathInStore } from './traverse.js';
import type { Store } from './store.js';
import type { StoreFactory } from './suite-support.js';
import { dump, snapshot } from './suite-support.js';
import { describeUndoSuite } from './undo-suite.js';

export type { StoreFactory } from './suite-support.js';
export { dump, snapshot } from './suite-support.js';

const iran = { name: 'Iran', type: 'GPE' } as const;
const russia = { name: 'Russia', type: 'GPE' } as const;
const ukraine = { name: 'Ukraine', type: 'GPE' } as const;

export const docA = fixture(
  'a.txt',
  'Iran supplied drones to Russia. Russia attacked Ukraine.',
  [iran, russia, ukraine],
  [
    { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' },
    { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine' },
  ],
);
export const docB = fixture(
  'b.txt',
  'Iran denied it supplied Russia. Ukraine criticised Iran.',
  [iran, russia, ukraine],
  [
    { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', modality: 'negated' },
    { subject: 'Ukraine', predicate: 'CRITICIZES', object: 'Iran' },
  ],
);
export const docC = fixture(
  'c.txt',
  'Belarus met Russia.',
  [{ name: 'Belarus', type: 'GPE' }, russia],
  [{ subject: 'Belarus', predicate: 'MEETS', object: 'Russia' }],
);

function ingest(store: Store, doc: FixtureDocument, source = doc.id) {
  return store.ingestExtraction(doc.extraction, { id: doc.hash, source });
}

const guards = fixture(
  'guards.txt',
  'The Revolutionary Guards armed Hezbollah. The IRGC also trained Hamas. Mohammad Bagheri, or Bagheri, praised Hezbollah.',
  [
    { name: 'Revolutionary Guards', type: 'ORG' },
    { name: 'IRGC', type: 'ORG' },
    { name: 'Hezbollah', type: 'GPE' },
    { name: 'Hamas', type: 'ORG' },
    { name: 'Mohammad Bagheri', type: 'PERSON', aliases: ['Bagheri'] },
  ],
  [
    { subject: 'Revolutionary Guards', predicate: 'SUPPLIES', object: 'Hezbollah' },
    { subject: 'IRGC', predicate: 'SUPPORTS', object: 'Hamas' },
    { subject: 'Mohammad Bagheri', predicate: 'SUPPORTS', object: 'Hezbollah' },
  ],
);

async function curate(store: Store): Promise<void> {
  await store.mergeEntities('org:irgc', 'Revolutionary Guards');
  await store.retypeEntity('gpe:hezbollah', 'ORG');
  await store.renameEntity('org:irgc', 'Islamic Revolutionary Guard Corps');
  await store.splitEntity('person:mohammad-bagheri', 'Bagheri');
}

function expectCurated(graph: StoreGraph): void {
  expect(graph.nodes().sort()).toEqual([
    'org:hamas',
    'org:hezbollah',
    'org:irgc',
    'person:bagheri',
    'person:mohammad-bagheri',
  ]);
  expect(graph.getNodeAttributes('org:irgc')).toMatchObject({
    label: 'Islamic Revolutionary Guard Corps',
    mentionCount: 2,
  });
  expect(graph.getNodeAttribute('org:irgc', 'aliases')).toEqual(
    expect.arrayContaining(['IRGC', 'Revolutionary Guards']),
  );
  expect(graph.getNodeAttribute('org:hezbollah', 'type')).toBe('ORG');
  expect(graph.getNodeAttribute('person:bagheri', 'mentionCount')).toBe(1);
  expect(graph.edges().sort()).toEqual([
    'org:irgc|SUPPLIES|org:hezbollah',
    'org:irgc|SUPPORTS|org:hamas',
    'person:mohammad-bagheri|SUPPORTS|org:hezbollah',
  ]);
}

/** The store suite for one backend. */
export function describeStoreSuite(backend: string, factory: StoreFactory): void {
  afterEach(async () => {
    await factory.cleanup();
  });

  describe(`${backend} store: ingest`, () => {
    it('reports a document ingested twice as unchanged and holds the same content', async () => {
      const store = await factory.create();
      expect((await ingest(store, docA)).status).toBe('new');
      const before = await dump(store);
      expect(await ingest(store, docA)).toMatchObject({
        status: 'unchanged',
        nodesAdded: 0,
        edgesAdded: 0,
      });
      expect(await dump(store)).toEqual(before);
    });

    it('keeps the graph in step: a reopened store loads the graph built incrementally', async () => {
      const store = await factory.create();
      const graph = await store.loadGraph();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const built = snapshot(graph);
      expect(built.edges.map((e) => e[0])).toEqual([
        'gpe:belarus|MEETS|gpe:russia',
        'gpe:iran|SUPPLIES|gpe:russia',
        'gpe:russia|ATTACKS|gpe:ukraine',
        'gpe:ukraine|CRITICIZES|gpe:iran',
      ]);
      const withEv = await dump(store);
      const reopened = await factory.reopen(store);
      expect(snapshot(await reopened.loadGraph())).toEqual(built);
      expect(await dump(reopened)).toEqual(withEv);
    });

    it('writes without loading the graph, and counts what it holds', async () => {
      const store = await factory.create();
      const versions = [store.version];
      for (const doc of [docA, docB]) {
        await ingest(store, doc);
        versions.push(store.version);
      }
      expect(store.graphLoaded).toBe(false);
      expect(versions[1]).toBeGreaterThan(versions[0] as number);
      expect(versions[2]).toBeGreaterThan(versions[1] as number);
      expect(store.counts()).toEqual({ documents: 2, entities: 3, relations: 3 });
      expect(await store.stats()).toMatchObject({
        documents: 2,
        entities: 3,
        relations: 3,
        evidence: 4,
      });
      expect(() => store.graph).toThrow(expect.objectContaining({ code: 'INTERNAL' }));
    });

    it('keeps edge weights, modalities and modality counts without the evidence in memory', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB]) await ingest(store, doc);
      const graph = await store.loadGraph();
      const supplies = graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia');
      expect(supplies).toMatchObject({
        weight: 2,
        modality: 'asserted',
        modalityCounts: { asserted: 1, negated: 1 },
      });
      expect(supplies.evidence).toBeUndefined();
      expect(graph.getNodeAttributes('gpe:iran')).toMatchObject({
        mentionCount: 3,
        documentCount: 2,
      });
    });

    it('rolls back a document that fails half-way through writing', async () => {
      const store = await factory.create();
      await store.loadGraph();
      await ingest(store, docA);
      const before = await dump(store);
      const version = store.version;
      const broken = structuredClone(docB.extraction) as Extraction;
      // The last entity's mention has no offsets: its row fails after the others were written.
      const last = broken.entities[broken.entities.length - 1];
      (last?.mentions[0] as unknown as Record<string, unknown>).start = null;
      await expect(
        store.ingestExtraction(broken, { id: docB.hash, source: 'b.txt' }),
      ).rejects.toMatchObject({ code: 'STORE_ERROR' });
      expect(await dump(store)).toEqual(before);
      expect(store.version).toBe(version);
      expect(store.counts()).toEqual({ documents: 1, entities: 3, relations: 2 });
    });

    it('writes a batch as one document after another, a failed one left out alone', async () => {
      const one = await factory.create();
      for (const doc of [docA, docC, docB]) await ingest(one, doc);
      const expected = await dump(one);

      const store = await factory.create();
      await store.loadGraph();
      const broken = structuredClone(docB.extraction) as Extraction;
      const last = broken.entities[broken.entities.length - 1];
      (last?.mentions[0] as unknown as Record<string, unknown>).start = null;
      const version = store.version;
      const first = await store.ingestExtractions([
        { extraction: docA.extraction, meta: { id: docA.hash, source: docA.id } },
        { extraction: broken, meta: { id: docB.hash, source: docB.id } },
        { extraction: docA.extraction, meta: { id: docA.hash, source: 'again.txt' } },
        { extraction: docC.extraction, meta: { id: docC.hash, source: docC.id } },
      ]);
      expect(first.map((r) => (r.status === 'fulfilled' ? r.value.status : r.reason.code))).toEqual(
        ['new', 'STORE_ERROR', 'unchanged', 'new'],
      );
      expect(store.version).toBe(version + 2);
      expect(store.counts()).toEqual({ documents: 2, entities: 4, relations: 3 });
      const rest = await store.ingestExtractions([
        { extraction: docB.extraction, meta: { id: docB.hash, source: docB.id } },
      ]);
      expect(rest[0]).toMatchObject({ status: 'fulfilled', value: { status: 'new' } });
      expect(await dump(store)).toEqual(expected);
      expect(await dump(await factory.reopen(store))).toEqual(expected);
    });

    it('replaces a document re-extracted by a newer extractor', async () => {
      const store = await factory.create();
      await store.loadGraph();
      await ingest(store, docA);
      await ingest(store, docB);
      const newer = structuredClone(docB.extraction) as Extraction;
      newer.relations = newer.relations.filter((r) => r.predicate !== 'CRITICIZES');
      newer.extractorVersion = '2.0.0';
      const result = await store.ingestExtraction(
        newer,
        { id: docB.hash, source: 'b.txt' },
        { replace: true },
      );
      expect(result).toMatchObject({ status: 'reextracted', edgesAdded: 0, edgesMerged: 1 });
      expect(store.graph.hasEdge('gpe:ukraine|CRITICIZES|gpe:iran')).toBe(false);
      expect(store.counts()).toEqual({ documents: 2, entities: 3, relations: 2 });
      expect((await store.getDocument(docB.hash))?.extractorVersion).toBe('2.0.0');
      const reopened = await factory.reopen(store);
      expect(snapshot(await reopened.loadGraph()).edges.map((e) => e[0])).toEqual([
        'gpe:iran|SUPPLIES|gpe:russia',
        'gpe:russia|ATTACKS|gpe:ukraine',
      ]);
    });

    it('keeps each evidence sentence with its own attribution only', async () => {
      const store = await factory.create();
      const doc = fixture(
        'claims.txt',
        'Iran supplied drones to Russia, CNN reported. Iran supplied shells to Russia.',
        [iran, russia],
        [{ subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' }],
      );
      const extraction = structuredClone(doc.extraction) as Extraction;
      const relation = extraction.relations[0];
      if (!relation?.evidence[0]) throw new Error('fixture without evidence');
      relation.attribution = 'CNN';
      relation.evidence[0].attribution = 'CNN';
      await store.ingestExtraction(extraction, { id: doc.hash, source: doc.id });
      const found = await store.evidence(['gpe:iran|SUPPLIES|gpe:russia']);
      expect(found.get('gpe:iran|SUPPLIES|gpe:russia')?.evidence.map((e) => e.attribution)).toEqual(
        ['CNN', undefined],
      );
    });
  });

  describe(`${backend} store: documents`, () => {
    it.each([
      ['its content hash', () => docA.hash, 'a.txt'],
      ['a prefix of the hash', () => docA.hash.slice(0, 8), 'a.txt'],
      ['its source path', () => 'news/a.txt', 'a.txt'],
      ['the end of its path', () => 'a.txt', 'a.txt'],
      ['nothing stored', () => 'news/zzz.txt', undefined],
    ])('finds a document by %s', async (_name, ref, expected) => {
      const store = await factory.create();
      await ingest(store, docA, 'news/a.txt');
      await ingest(store, docB, 'old/b.txt');
      expect((await store.getDocument(ref()))?.source.split('/').pop()).toBe(expected);
    });

    it("keeps a web page's title, date and site, through a dump and its restore", async () => {
      const store = await factory.create();
      const page = {
        id: docA.hash,
        source: 'https://news.example/a',
        title: 'Drones for Russia',
        date: '2026-11-20',
        site: 'Example News',
      };
      await store.ingestExtraction(docA.extraction, page);
      await store.ingestExtraction(docB.extraction, { id: docB.hash, source: 'b.txt' });
      const kept = async (s: Store) =>
        (await s.listDocuments())
          .map(({ source, title, date, site }) => ({ source, title, date, site }))
          .sort((a, b) => a.source.localeCompare(b.source));
      const expected = [
        { source: 'b.txt', title: undefined, date: undefined, site: undefined },
        { source: page.source, title: page.title, date: page.date, site: page.site },
      ];
      expect(await kept(store)).toEqual(expected);
      expect((await store.documentContent(docA.hash))?.document.site).toBe('Example News');
      const { graph, dump: documents } = parseImport(await exportDump(store), 'json', 'dump.json');
      if (!documents) throw new Error('not a dump');
      const copy = await factory.create();
      await restoreDump(copy, graph, documents, 'dump.json');
      expect(await kept(copy)).toEqual(expected);
    });

    it('refuses a path end shared by several documents', async () => {
      const store = await factory.create();
      await ingest(store, docA, 'x/item.txt');
      await ingest(store, docB, 'y/item.txt');
      await expect(store.getDocument('item.txt')).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('lists the documents that mention an entity, most recent first', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const sources = async (entity: string, limit?: number) =>
        (await store.listDocuments({ entity, ...(limit ? { limit } : {}) })).map((d) => d.source);
      expect(await sources('gpe:russia')).toEqual(['c.txt', 'b.txt', 'a.txt']);
      expect(await sources('gpe:belarus')).toEqual(['c.txt']);
      expect(await sources('gpe:russia', 1)).toEqual(['c.txt']);
      expect(await sources('gpe:nowhere')).toEqual([]);
      const all = await store.listDocuments();
      expect(all.map((d) => [d.source, d.mentions, d.evidence])).toEqual([
        ['a.txt', 4, 2],
        ['b.txt', 4, 2],
        ['c.txt', 2, 1],
      ]);
    });
  });

  describe(`${backend} store: bad input`, () => {
    it('refuses a document without an id, writing nothing', async () => {
      const store = await factory.create();
      await expect(store.ingestExtraction(docA.extraction, { id: '' })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
      expect(store.counts().documents).toBe(0);
    });

    it('refuses a relation naming an entity the extraction does not have', async () => {
      const store = await factory.create();
      const broken = structuredClone(docA.extraction);
      const relation = broken.relations[0];
      if (relation) relation.object = 'e99';
      await expect(store.ingestExtraction(broken, { id: docA.hash })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: expect.stringMatching(/e99/),
      });
      expect(store.counts()).toMatchObject({ documents: 0, entities: 0 });
      expect((await store.loadGraph()).order).toBe(0);
    });

    it('refuses writes to a store opened read-only', async () => {
      const store = await factory.create();
      await ingest(store, docA);
      const readonly = await factory.reopen(store, { readonly: true });
      await expect(ingest(readonly, docB)).rejects.toMatchObject({ code: 'STORE_ERROR' });
      await expect(readonly.removeDocument(docA.hash)).rejects.toMatchObject({
        code: 'STORE_ERROR',
      });
      expect(readonly.counts().documents).toBe(1);
    });
  });

  describe(`${backend} store: removeDocument`, () => {
    it('removes its rows and every entity or relation left without support', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const graph = await store.loadGraph();
      const result = await store.removeDocument(docC.hash.slice(0, 10));
      expect(result).toMatchObject({
        docId: docC.hash,
        source: 'c.txt',
        nodesRemoved: 1,
        edgesRemoved: 1,
      });
      expect(graph.hasNode('gpe:belarus')).toBe(false);
      expect(graph.getNodeAttribute('gpe:russia', 'documentCount')).toBe(2);
      await store.removeDocument('b.txt');
      expect(graph.hasEdge('gpe:ukraine|CRITICIZES|gpe:iran')).toBe(false);
      expect(graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia')).toMatchObject({
        weight: 1,
        modality: 'asserted',
      });
      expect(store.counts()).toEqual({ documents: 1, entities: 3, relations: 2 });

      // The same content as a store that only ever saw document A.
      const onlyA = await factory.create();
      await ingest(onlyA, docA);
      expect(await dump(store)).toEqual(await dump(onlyA));
      const reopened = await factory.reopen(store);
      expect(await dump(reopened)).toEqual(await dump(onlyA));
    });

    it('says NOT_FOUND for an unknown document', async () => {
      const store = await factory.create();
      await expect(store.removeDocument('nope.txt')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });
  });

  describe(`${backend} store: catching up`, () => {
    it("follows another store object's writes from the change log, in place", async () => {
      const writer = await factory.create();
      const reader = await factory.another(writer);
      const graph = await reader.loadGraph();
      await ingest(writer, docA);
      await ingest(writer, guards);
      expect(await reader.sync()).toBe(true);
      // The same graph object, refreshed: only what the writes touched was read again.
      expect(reader.graph).toBe(graph);
      expect(snapshot(graph)).toEqual(snapshot(await writer.loadGraph()));
      await curate(writer);
      await writer.removeDocument(docA.hash);
      await ingest(writer, docB);
      expect(await reader.sync()).toBe(true);
      expect(reader.graph).toBe(graph);
      expect(snapshot(graph)).toEqual(snapshot(writer.graph));
      expect(reader.counts()).toEqual(writer.counts());
      expect((await reader.listCuration()).length).toBe(4);
      expect(await reader.sync()).toBe(false);
    });

    it("takes in another store object's writes when it writes itself", async () => {
      const first = await factory.create();
      const second = await factory.another(first);
      await second.loadGraph();
      await ingest(first, docA);
      await ingest(second, docB);
      expect(snapshot(second.graph)).toEqual(snapshot(await first.loadGraph()));
      expect(second.counts().documents).toBe(2);
      await first.sync();
      expect(second.counts()).toEqual(first.counts());
    });
  });

  describe(`${backend} store: curation`, () => {
    it('applies merge, retype, rename and split to the stored rows and the graph', async () => {
      const store = await factory.create();
      const graph = await store.loadGraph();
      await ingest(store, guards);
      await curate(store);
      expectCurated(graph);
      const built = await dump(store);
      const reopened = await factory.reopen(store);
      expect(await dump(reopened)).toEqual(built);
      expectCurated(await reopened.loadGraph());
      expect((await reopened.listCuration()).map((c) => c.rule.op)).toEqual([
        'merge',
        'retype',
        'rename',
        'split',
      ]);
      expect(reopened.counts()).toEqual({ documents: 1, entities: 5, relations: 3 });
    });

    it('survives removing and re-ingesting the document, in a reopened store', async () => {
      const store = await factory.create();
      await ingest(store, guards);
      await curate(store);
      const curated = await dump(store);
      await store.removeDocument(guards.hash);
      expect((await store.loadGraph()).order).toBe(0);
      const reopened = await factory.reopen(store);
      await ingest(reopened, guards);
      expectCurated(await reopened.loadGraph());
      const after = await dump(reopened);
      expect({ ...after, documents: [] }).toEqual({ ...curated, documents: [] });
    });

    it('applies to new documents that use the old names', async () => {
      const store = await factory.create();
      await ingest(store, guards);
      await curate(store);
      await ingest(
        store,
        fixture(
          'more.txt',
          'The Revolutionary Guards met Hezbollah.',
          [
            { name: 'Revolutionary Guards', type: 'ORG' },
            { name: 'Hezbollah', type: 'GPE' },
          ],
          [{ subject: 'Revolutionary Guards', predicate: 'MEETS', object: 'Hezbollah' }],
        ),
      );
      const graph = await store.loadGraph();
      expect(graph.hasNode('org:revolutionary-guards')).toBe(false);
      expect(graph.hasNode('gpe:hezbollah')).toBe(false);
      expect(graph.hasEdge('org:hezbollah|MEETS|org:irgc')).toBe(true);
    });

    it('drops the relations a merge turns into self-loops, and sums the ones it makes parallel', async () => {
      const store = await factory.create();
      const graph = await store.loadGraph();
      await ingest(
        store,
        fixture(
          'loop.txt',
          'The Kremlin backed Russia. The Kremlin attacked Ukraine. Russia attacked Ukraine.',
          [{ name: 'Kremlin', type: 'ORG' }, russia, ukraine],
          [
            { subject: 'Kremlin', predicate: 'SUPPORTS', object: 'Russia' },
            { subject: 'Kremlin', predicate: 'ATTACKS', object: 'Ukraine' },
            { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine' },
          ],
        ),
      );
      await store.mergeEntities('gpe:russia', 'org:kremlin');
      expect(graph.edges()).toEqual(['gpe:russia|ATTACKS|gpe:ukraine']);
      expect(graph.getEdgeAttribute('gpe:russia|ATTACKS|gpe:ukraine', 'weight')).toBe(2);
      expect(await store.stats()).toMatchObject({ entities: 2, relations: 1, evidence: 2 });
      expect(store.counts()).toEqual({ documents: 1, entities: 2, relations: 1 });
    });

    it.each([
      [
        'merging an entity with itself',
        (s: Store) => s.mergeEntities('org:irgc', 'IRGC'),
        'INVALID_ARGUMENT',
      ],
      ['an unknown entity', (s: Store) => s.renameEntity('org:nobody', 'X'), 'NOT_FOUND'],
      [
        'splitting off an alias the entity does not have',
        (s: Store) => s.splitEntity('org:hamas', 'Fatah'),
        'NOT_FOUND',
      ],
      [
        'an unknown type',
        (s: Store) => s.retypeEntity('org:hamas', 'PARTY' as never),
        'INVALID_ARGUMENT',
      ],
    ])('refuses %s', async (_name, act, code) => {
      const store = await factory.create();
      await ingest(store, guards);
      const before = await dump(store);
      await expect(act(store)).rejects.toMatchObject({ code });
      expect(await dump(store)).toEqual(before);
    });
  });

  describe(`${backend} store: entity types voted over every document`, () => {
    const amazon = (type: 'ORG' | 'LOC', i: number) =>
      fixture(`amazon-${i}.txt`, `Amazon reported ${i} results.`, [{ name: 'Amazon', type }]);

    it('keeps one entity whose type most mentions give it, whichever came first', async () => {
      const store = await factory.create();
      const graph = await store.loadGraph();
      await ingest(store, amazon('LOC', 0));
      expect(graph.getNodeAttribute('loc:amazon', 'type')).toBe('LOC');
      for (let i = 1; i <= 3; i++) await ingest(store, amazon('ORG', i));
      expect(graph.nodes()).toEqual(['loc:amazon']);
      expect(graph.getNodeAttributes('loc:amazon')).toMatchObject({
        type: 'ORG',
        mentionCount: 4,
        documentCount: 4,
      });
      await ingest(store, amazon('LOC', 4));
      expect(graph.getNodeAttribute('loc:amazon', 'type')).toBe('ORG');
      const reopened = await factory.reopen(store);
      expect((await reopened.entity('loc:amazon'))?.type).toBe('ORG');
    });

    it('re-votes when documents go, and a curated type stays', async () => {
      const store = await factory.create();
      for (let i = 0; i < 3; i++) await ingest(store, amazon(i === 0 ? 'ORG' : 'LOC', i));
      expect((await store.entity('org:amazon'))?.type).toBe('LOC');
      await store.removeDocument(amazon('LOC', 1).hash);
      await store.removeDocument(amazon('LOC', 2).hash);
      expect((await store.entity('org:amazon'))?.type).toBe('ORG');
      await store.retypeEntity('org:amazon', 'PRODUCT');
      for (let i = 5; i < 8; i++) await ingest(store, amazon('LOC', i));
      expect((await store.entity('product:amazon'))?.type).toBe('PRODUCT');
    });
  });

  describe(`${backend} store: reading`, () => {
    const blair = [
      ...Array.from({ length: 4 }, (_, i) =>
        fixture(
          `blair-${i}.txt`,
          `Tony Blair met Gordon Brown on day ${i}. Blair praised Brown.`,
          [
            { name: 'Tony Blair', type: 'PERSON', aliases: ['Blair'] },
            { name: 'Gordon Brown', type: 'PERSON', aliases: ['Brown'] },
          ],
          [{ subject: 'Tony Blair', predicate: 'MEETS', object: 'Gordon Brown' }],
        ),
      ),
      fixture('village.txt', 'Blair is a village.', [{ name: 'Blair', type: 'LOC' }]),
    ];

    it('ranks the more central and more mentioned entity first', async () => {
      const store = await factory.create();
      for (const doc of blair) await ingest(store, doc);
      const hits = await store.search('blair');
      expect(hits.map((h) => h.id)).toEqual(['person:tony-blair', 'loc:blair']);
      expect(hits[0]?.matched).toEqual({ text: 'Blair', field: 'alias', kind: 'exact' });
      expect(hits[0]?.score).toBeGreaterThan(hits[1]?.score ?? 1);
      expect((await store.search('gordon b'))[0]?.id).toBe('person:gordon-brown');
      expect((await store.search('gordn brwn'))[0]?.id).toBe('person:gordon-brown');
      expect(await store.search('blair', { types: ['LOC'] })).toHaveLength(1);
      expect(await store.search('   ')).toEqual([]);
      await expect(store.search('x', { limit: 0 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    });

    it('resolves ids, names and aliases, and finds entities by key or name', async () => {
      const store = await factory.create();
      for (const doc of blair) await ingest(store, doc);
      expect(await store.resolveEntity('person:gordon-brown')).toMatchObject({ via: 'id' });
      expect(await store.resolveEntity('Tony Blair')).toMatchObject({
        id: 'person:tony-blair',
        via: 'label',
      });
      expect(await store.resolveEntity('Gordon Browm')).toMatchObject({
        id: 'person:gordon-brown',
        via: 'search',
      });
      await expect(store.resolveEntity('Atlantis')).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await store.findEntity('Brown')).toBe('person:gordon-brown');
      // A label beats an alias; two aliases alike would be a conflict.
      expect(await store.findEntity('Blair')).toBe('loc:blair');
      await expect(store.findEntity('Nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });

    it('gives entity details with evidence, limited, before and after the graph is loaded', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const cold = await store.entityDetails('gpe:russia', { evidenceLimit: 1 });
      await store.loadGraph();
      const warm = await store.entityDetails('gpe:russia', { evidenceLimit: 1 });
      expect(warm).toEqual(cold);
      expect(cold).toMatchObject({ degree: 3, weightedDegree: 4, moreRelations: 0 });
      const supplies = cold.groups
        .flatMap((g) => g.relations)
        .find((r) => r.key === 'gpe:iran|SUPPLIES|gpe:russia');
      expect(supplies).toMatchObject({ weight: 2, moreEvidence: 1 });
      expect(supplies?.evidence.map((e) => e.sentence)).toEqual([
        'Iran supplied drones to Russia.',
      ]);
      const limited = await store.entityDetails('gpe:russia', { relationLimit: 1 });
      expect(limited.groups.flatMap((g) => g.relations).map((r) => r.key)).toEqual([
        'gpe:iran|SUPPLIES|gpe:russia',
      ]);
      expect(limited.moreRelations).toBe(2);
      const negated = await store.entityDetails('gpe:russia', { modalities: ['negated'] });
      expect(negated.groups.flatMap((g) => g.relations).map((r) => r.evidence.length)).toEqual([1]);
      await expect(store.entityDetails('gpe:nowhere')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('reads evidence by relation key, filtered and limited, and searches sentences', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB]) await ingest(store, doc);
      const key = 'gpe:iran|SUPPLIES|gpe:russia';
      const all = await store.evidence([key, 'gpe:x|MEETS|gpe:y']);
      expect([...all.keys()]).toEqual([key]);
      expect(all.get(key)).toMatchObject({ total: 2 });
      expect(all.get(key)?.evidence.map((e) => [e.modality, e.docSource])).toEqual([
        ['asserted', 'a.txt'],
        ['negated', 'b.txt'],
      ]);
      const negated = await store.evidence([key], { modalities: ['negated'] });
      expect(negated.get(key)?.evidence.map((e) => e.sentence)).toEqual([
        'Iran denied it supplied Russia.',
      ]);
      expect((await store.evidence([key], { limit: 1 })).get(key)).toMatchObject({ total: 2 });
      expect((await store.relation(key))?.attributes).toMatchObject({ weight: 2 });
      const hits = await store.searchEvidence('criticised');
      expect(hits.map((h) => [h.relation, h.sentence])).toEqual([
        ['gpe:ukraine|CRITICIZES|gpe:iran', 'Ukraine criticised Iran.'],
      ]);
    });

    it('computes graph stats from the tables, as the projection gives them', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      await ingest(
        store,
        fixture('lone.txt', 'Malta stayed out.', [{ name: 'Malta', type: 'GPE' }]),
      );
      const fromTables = await store.graphStats();
      expect(fromTables).toMatchObject({
        nodes: 5,
        edges: 4,
        evidence: 5,
        documents: 3,
        components: 2,
        largestComponent: 4,
        isolated: 1,
        predicates: { SUPPLIES: 1, ATTACKS: 1, CRITICIZES: 1, MEETS: 1 },
      });
      expect(fromTables.top[0]).toMatchObject({ id: 'gpe:russia', degree: 3, weightedDegree: 4 });
      const fromGraph = stats(await store.loadGraph());
      expect({ ...fromTables, documents: 0 }).toEqual({ ...fromGraph, documents: 0 });
    });

    it('keeps the stats counts right through removal, re-extraction and curation', async () => {
      const store = await factory.create();
      const check = async () => {
        const fromTables = await store.graphStats();
        const fromGraph = stats(await store.loadGraph());
        expect({ ...fromTables, documents: 0 }).toEqual({ ...fromGraph, documents: 0 });
      };
      for (const doc of [docA, docB, docC, guards]) await ingest(store, doc);
      await check();
      await curate(store);
      await check();
      await store.removeDocument(docB.hash);
      await check();
      const newer = structuredClone(docA.extraction) as Extraction;
      newer.relations = newer.relations.slice(0, 1);
      await store.ingestExtraction(newer, { id: docA.hash, source: 'a.txt' }, { replace: true });
      await check();
      await store.mergeEntities('gpe:russia', 'gpe:belarus');
      await check();
      const reopened = await factory.reopen(store);
      const fromTables = await reopened.graphStats();
      expect({ ...fromTables, documents: 0 }).toEqual({
        ...stats(await reopened.loadGraph()),
        documents: 0,
      });
    });

    it('traverses without the projection as it does with it', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const run = async (s: Store) => ({
        path: await shortestPathInStore(s, 'gpe:belarus', 'gpe:ukraine'),
        directed: await shortestPathInStore(s, 'gpe:ukraine', 'gpe:belarus', { directed: true }),
        around: await neighborsInStore(s, 'gpe:belarus', { depth: 2 }),
        limited: await neighborsInStore(s, 'gpe:russia', { limit: 1 }),
        common: await commonNeighborsInStore(s, 'gpe:iran', 'gpe:belarus'),
      });
      const cold = await run(store);
      expect(store.graphLoaded).toBe(false);
      expect(cold.path?.nodes.map((n) => n.id)).toEqual([
        'gpe:belarus',
        'gpe:russia',
        'gpe:ukraine',
      ]);
      expect(cold.directed?.nodes.map((n) => n.id)).toEqual([
        'gpe:ukraine',
        'gpe:iran',
        'gpe:russia',
        'gpe:belarus',
      ]);
      expect(cold.around.nodes.map((n) => n.key).sort()).toEqual([
        'gpe:belarus',
        'gpe:iran',
        'gpe:russia',
        'gpe:ukraine',
      ]);
      expect(cold.common.neighbors.map((n) => n.entity.id)).toEqual(['gpe:russia']);
      await store.loadGraph();
      expect(await run(store)).toEqual(cold);
      await expect(shortestPathInStore(store, 'gpe:x', 'gpe:iran')).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    });

    it('gives the best-connected entities and the strongest relations among them', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, docC]) await ingest(store, doc);
      const top = await store.strongest(2, 10);
      expect(top.entities.map((e) => [e.key, e.weightedDegree])).toEqual([
        ['gpe:russia', 4],
        ['gpe:iran', 3],
      ]);
      expect(top.relations.map((r) => [r.key, r.attributes.weight])).toEqual([
        ['gpe:iran|SUPPLIES|gpe:russia', 2],
      ]);
      const all = await store.strongest(10, 3);
      expect(all.entities).toHaveLength(4);
      expect(all.relations.map((r) => r.key)).toEqual([
        'gpe:iran|SUPPLIES|gpe:russia',
        'gpe:belarus|MEETS|gpe:russia',
        'gpe:russia|ATTACKS|gpe:ukraine',
      ]);
    });

    it('keeps derived values per version', async () => {
      const store = await factory.create();
      await ingest(store, docA);
      await store.writeCache('answer', { value: 42 });
      expect(await store.readCache('answer')).toEqual({ value: 42 });
      const reopened = await factory.reopen(store);
      expect(await reopened.readCache('answer')).toEqual({ value: 42 });
      await ingest(reopened, docB);
      expect(await reopened.readCache('answer')).toBeUndefined();
    });
  });

  describe(`${backend} store: dump and restore`, () => {
    /** Restores `text` (a dump) into a fresh store. */
    async function restored(text: string): Promise<Store> {
      const { graph, dump: documents } = parseImport(text, 'json', 'dump.json');
      if (!documents) throw new Error('not a dump');
      const store = await factory.create();
      await restoreDump(store, graph, documents, 'dump.json');
      return store;
    }

    it('restores a dump into an empty store exactly: the restored store dumps the same bytes', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, guards]) await ingest(store, doc);
      await store.ingestExtraction(docC.extraction, {
        id: docC.hash,
        source: 'c.txt',
        date: '2024-05-01',
        text: docC.text,
      });
      await curate(store);
      // An entity created by a document that is gone, and a document ingested again.
      await store.removeDocument(docA.hash);
      await ingest(store, docA);
      const text = await exportDump(store);
      const copy = await restored(text);
      expect(await exportDump(copy)).toBe(text);
      expect(await dump(copy)).toEqual(await dump(store));
      expect(copy.counts()).toEqual(store.counts());
      expect((await copy.documentContent(docC.hash))?.text).toBe(docC.text);
      const sources = (
        JSON.parse(text) as { attributes: { kg: { documents: { source: string }[] } } }
      ).attributes.kg.documents.map((d) => d.source);
      expect(sources).toEqual(['b.txt', 'guards.txt', 'c.txt', 'a.txt']);
    });

    it('restores an NDJSON dump a line at a time: the restored store dumps the same bytes', async () => {
      const store = await factory.create();
      for (const doc of [docA, docB, guards]) await ingest(store, doc);
      await curate(store);
      let text = '';
      for await (const piece of dumpNdjsonLines(store)) text += piece;
      const dumped = parseNdjsonDump(text, 'dump.ndjson');
      const copy = await factory.create();
      async function* lines() {
        yield* text.split('\n');
      }
      await restoreDumpStream(
        copy,
        dumped.graph,
        () => ndjsonDocuments(lines(), dumped.firstDocumentLine, 'dump.ndjson'),
        dumped.curation,
        'dump.ndjson',
      );
      let again = '';
      for await (const piece of dumpNdjsonLines(copy)) again += piece;
      expect(again).toBe(text);
      expect(await exportDump(copy)).toBe(await exportDump(store));
      expect(await dump(copy)).toEqual(await dump(store));
    });

    it('goes on like the original: later documents resolve against the restored entities', async () => {
      const store = await factory.create();
      await ingest(store, docA);
      const copy = await restored(await exportDump(store));
      for (const target of [store, copy]) {
        await ingest(target, docB);
        await ingest(target, docC);
      }
      expect(await dump(copy)).toEqual(await dump(store));
      expect((await copy.search('Iran'))[0]?.id).toBe('gpe:iran');
    });

    it('is followed by another connection from the change log, rules and all', async () => {
      const store = await factory.create();
      for (const doc of [docA, guards]) await ingest(store, doc);
      await curate(store);
      const { graph, dump: documents } = parseImport(await exportDump(store), 'json', 'dump.json');
      if (!documents) throw new Error('not a dump');
      const target = await factory.create();
      const follower = await factory.another(target);
      const followed = await follower.loadGraph();
      await restoreDump(target, graph, documents, 'dump.json');
      expect(await follower.sync()).toBe(true);
      // Refreshed in place from the log (a reload would be a new graph object).
      expect(follower.graph).toBe(followed);
      expect(snapshot(followed)).toEqual(snapshot(await store.loadGraph()));
      expect(follower.counts()).toEqual(store.counts());
      expect(await follower.listCuration()).toEqual(await store.listCuration());
      // Later documents resolve through the restored rules in the follower too.
      await ingest(follower, docB);
      await ingest(store, docB);
      expect(await dump(follower)).toEqual(await dump(store));
    });

    it('refuses a store that holds documents, and a dump that names what it does not hold', async () => {
      const store = await factory.create();
      await ingest(store, docA);
      const text = await exportDump(store);
      const { graph, dump: documents } = parseImport(text, 'json', 'dump.json');
      if (!documents) throw new Error('not a dump');
      await expect(restoreDump(store, graph, documents, 'dump.json')).rejects.toMatchObject({
        code: 'CONFLICT',
      });
      const broken = JSON.parse(text);
      broken.attributes.kg.documents[0].mentions[0].entity = 'gpe:atlantis';
      const bad = parseImport(JSON.stringify(broken), 'json', 'dump.json');
      const empty = await factory.create();
      await expect(
        restoreDump(empty, bad.graph, bad.dump as NonNullable<typeof bad.dump>, 'dump.json'),
      ).rejects.toMatchObject({
        code: 'PARSE_ERROR',
        message: expect.stringContaining('gpe:atlantis'),
      });
      expect(empty.counts()).toEqual({ documents: 0, entities: 0, relations: 0 });
    });
  });

  describeUndoSuite(backend, factory);
}
