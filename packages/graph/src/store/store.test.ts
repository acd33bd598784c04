/**
 * The SQLite store on real files in a temp directory: migrations, idempotent ingest, removal,
 * rollback of a failing document, curation that survives re-ingest, and the graph kept in
 * step with the rows (a reloaded graph equals the one built incrementally).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Extraction } from '@kg/schema';
import { fixture } from '../test-fixtures.js';
import type { FixtureDocument } from '../test-fixtures.js';
import type { StoreGraph } from '../merge.js';
import { SCHEMA_VERSION } from './migrations.js';
import { openStore } from './store.js';
import type { Store } from './store.js';

const TABLES = [
  'documents',
  'entities',
  'aliases',
  'mentions',
  'relations',
  'evidence',
  'curation',
];

let dir: string;
let path: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
  path = join(dir, 'kg.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of every table, read through a separate connection. */
function rows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Rows without row ids and times, for comparing stores built at different moments. */
function content(file: string): Record<string, unknown[]> {
  const strip = (row: unknown) => {
    const {
      id: _id,
      ingested_at: _at,
      created_at: _c,
      date: _d,
      ...rest
    } = row as Record<string, unknown>;
    return JSON.stringify(rest);
  };
  return Object.fromEntries(
    Object.entries(rows(file)).map(([t, list]) => [t, list.map(strip).sort()]),
  );
}

/** The graph as plain data, attribute times left out. */
function snapshot(graph: StoreGraph) {
  const nodes = graph.mapNodes((key, a) => [
    key,
    a.label,
    a.type,
    [...a.aliases].sort(),
    a.mentionCount,
    a.documentCount,
  ]);
  const edges = graph.mapEdges((key, a) => [
    key,
    a.weight,
    a.modality,
    a.evidence.map((e) => [e.docId, e.start, e.end, e.sentence, e.subjectSpan, e.objectSpan]),
  ]);
  return { nodes: nodes.sort(), edges: edges.sort() };
}

function ingest(store: Store, doc: FixtureDocument) {
  return store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
}

const iran = { name: 'Iran', type: 'GPE' } as const;
const russia = { name: 'Russia', type: 'GPE' } as const;
const ukraine = { name: 'Ukraine', type: 'GPE' } as const;

const docA = fixture(
  'a.txt',
  'Iran supplied drones to Russia. Russia attacked Ukraine.',
  [iran, russia, ukraine],
  [
    { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia' },
    { subject: 'Russia', predicate: 'ATTACKS', object: 'Ukraine' },
  ],
);
const docB = fixture(
  'b.txt',
  'Iran denied it supplied Russia. Ukraine criticised Iran.',
  [iran, russia, ukraine],
  [
    { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', modality: 'negated' },
    { subject: 'Ukraine', predicate: 'CRITICIZES', object: 'Iran' },
  ],
);
const docC = fixture(
  'c.txt',
  'Belarus met Russia.',
  [{ name: 'Belarus', type: 'GPE' }, russia],
  [{ subject: 'Belarus', predicate: 'MEETS', object: 'Russia' }],
);

describe('openStore', () => {
  it('creates the schema in an empty file, in WAL mode with foreign keys', () => {
    const store = openStore({ path });
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.stats()).toMatchObject({
      documents: 0,
      entities: 0,
      relations: 0,
      schemaVersion: SCHEMA_VERSION,
    });
    store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
      .pluck()
      .all();
    expect(tables).toEqual([...TABLES].sort());
    db.close();
  });

  it('reopens a store without migrating it again and keeps its rows', () => {
    const store = openStore({ path });
    ingest(store, docA);
    store.close();
    const before = rows(path);
    const again = openStore({ path });
    expect(again.stats().documents).toBe(1);
    again.close();
    expect(rows(path)).toEqual(before);
  });

  it.each([
    ['a file that is not a database', () => writeFileSync(path, 'hello, not sqlite\n'.repeat(100))],
    [
      'a store written by a newer kg',
      () => {
        const db = new Database(path);
        db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
        db.close();
      },
    ],
  ])('refuses %s with STORE_ERROR', (_name, prepare) => {
    prepare();
    expect(() => openStore({ path })).toThrow(expect.objectContaining({ code: 'STORE_ERROR' }));
  });
});

describe('ingestExtraction', () => {
  it('leaves the same rows when a document is ingested twice, and says so', () => {
    const store = openStore({ path });
    expect(ingest(store, docA).status).toBe('new');
    const before = rows(path);
    expect(ingest(store, docA)).toMatchObject({
      status: 'unchanged',
      nodesAdded: 0,
      edgesAdded: 0,
    });
    store.close();
    expect(rows(path)).toEqual(before);
  });

  it('keeps the graph in step: a reopened store loads the graph that was built incrementally', () => {
    const store = openStore({ path });
    for (const doc of [docA, docB, docC]) ingest(store, doc);
    const built = snapshot(store.graph);
    store.close();
    const reopened = openStore({ path });
    expect(snapshot(reopened.graph)).toEqual(built);
    expect(built.edges.map((e) => e[0])).toEqual([
      'gpe:belarus|MEETS|gpe:russia',
      'gpe:iran|SUPPLIES|gpe:russia',
      'gpe:russia|ATTACKS|gpe:ukraine',
      'gpe:ukraine|CRITICIZES|gpe:iran',
    ]);
    reopened.close();
  });

  it('rolls back a document that fails half-way through writing, leaving store and graph as they were', () => {
    const store = openStore({ path });
    ingest(store, docA);
    const before = rows(path);
    const graphBefore = snapshot(store.graph);
    const broken = structuredClone(docB.extraction) as Extraction;
    // The last entity's mention has no offsets: its row fails after the others were written.
    const last = broken.entities[broken.entities.length - 1];
    (last?.mentions[0] as unknown as Record<string, unknown>).start = null;
    expect(() => store.ingestExtraction(broken, { id: docB.hash, source: 'b.txt' })).toThrow(
      expect.objectContaining({ code: 'STORE_ERROR' }),
    );
    expect(snapshot(store.graph)).toEqual(graphBefore);
    store.close();
    expect(rows(path)).toEqual(before);
  });
});

describe('getDocument', () => {
  it.each([
    ['its content hash', () => docA.hash, 'a.txt'],
    ['a prefix of the hash', () => docA.hash.slice(0, 8), 'a.txt'],
    ['its source path', () => 'news/a.txt', 'a.txt'],
    ['the end of its path', () => 'a.txt', 'a.txt'],
    ['nothing stored', () => 'news/zzz.txt', undefined],
  ])('finds a document by %s', (_name, ref, expected) => {
    const store = openStore({ path });
    store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'news/a.txt' });
    store.ingestExtraction(docB.extraction, { id: docB.hash, source: 'old/b.txt' });
    expect(store.getDocument(ref())?.source.split('/').pop()).toBe(expected);
    store.close();
  });

  it('refuses a path end shared by several documents', () => {
    const store = openStore({ path });
    store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'x/item.txt' });
    store.ingestExtraction(docB.extraction, { id: docB.hash, source: 'y/item.txt' });
    expect(() => store.getDocument('item.txt')).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    store.close();
  });
});

describe('bad input', () => {
  it('refuses a document without an id, writing nothing', () => {
    const store = openStore({ path });
    expect(() => store.ingestExtraction(docA.extraction, { id: '' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(store.stats().documents).toBe(0);
    store.close();
  });

  it('refuses a relation naming an entity the extraction does not have', () => {
    const store = openStore({ path });
    const broken = structuredClone(docA.extraction);
    const relation = broken.relations[0];
    if (relation) relation.object = 'e99';
    expect(() => store.ingestExtraction(broken, { id: docA.hash })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/e99/) }),
    );
    expect(store.stats()).toMatchObject({ documents: 0, entities: 0 });
    expect(store.graph.order).toBe(0);
    store.close();
  });

  it('refuses writes to a store opened read-only', () => {
    openStore({ path }).close();
    const store = openStore({ path, readonly: true });
    expect(() => ingest(store, docA)).toThrow(expect.objectContaining({ code: 'STORE_ERROR' }));
    store.close();
  });
});

describe('removeDocument', () => {
  it('removes its rows and every node or edge left without support', () => {
    const store = openStore({ path });
    for (const doc of [docA, docB, docC]) ingest(store, doc);
    const result = store.removeDocument(docC.hash.slice(0, 10));
    expect(result).toMatchObject({
      docId: docC.hash,
      source: 'c.txt',
      nodesRemoved: 1,
      edgesRemoved: 1,
    });
    expect(store.graph.hasNode('gpe:belarus')).toBe(false);
    expect(store.graph.getNodeAttribute('gpe:russia', 'documentCount')).toBe(2);

    store.removeDocument('b.txt');
    expect(store.graph.hasEdge('gpe:ukraine|CRITICIZES|gpe:iran')).toBe(false);
    expect(store.graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia')).toMatchObject({
      weight: 1,
      modality: 'asserted',
    });
    const incremental = snapshot(store.graph);
    store.close();

    // Same rows as a store that only ever saw document A.
    const onlyA = join(dir, 'only-a.db');
    const other = openStore({ path: onlyA });
    ingest(other, docA);
    expect(snapshot(other.graph)).toEqual(incremental);
    other.close();
    expect(content(path).mentions).toEqual(content(onlyA).mentions);
    expect(content(path).evidence).toEqual(content(onlyA).evidence);
    expect(content(path).entities).toEqual(content(onlyA).entities);
    expect(content(path).relations).toEqual(content(onlyA).relations);
  });

  it('says NOT_FOUND for an unknown document', () => {
    const store = openStore({ path });
    expect(() => store.removeDocument('nope.txt')).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    store.close();
  });
});

describe('curation', () => {
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

  function curate(store: Store) {
    store.mergeEntities('org:irgc', 'Revolutionary Guards');
    store.retypeEntity('gpe:hezbollah', 'ORG');
    store.renameEntity('org:irgc', 'Islamic Revolutionary Guard Corps');
    store.splitEntity('person:mohammad-bagheri', 'Bagheri');
  }

  function expectCurated(graph: StoreGraph) {
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

  it('applies merge, retype, rename and split to the stored rows and the graph', () => {
    const store = openStore({ path });
    ingest(store, guards);
    curate(store);
    expectCurated(store.graph);
    const built = snapshot(store.graph);
    store.close();
    const reopened = openStore({ path });
    expect(snapshot(reopened.graph)).toEqual(built);
    expect(reopened.listCuration().map((c) => c.rule.op)).toEqual([
      'merge',
      'retype',
      'rename',
      'split',
    ]);
    reopened.close();
  });

  it('survives removing and re-ingesting the document, in a reopened store', () => {
    const store = openStore({ path });
    ingest(store, guards);
    curate(store);
    const curated = content(path);
    store.removeDocument(guards.hash);
    expect(store.graph.order).toBe(0);
    store.close();
    const reopened = openStore({ path });
    ingest(reopened, guards);
    expectCurated(reopened.graph);
    reopened.close();
    const after = content(path);
    for (const table of ['entities', 'aliases', 'mentions', 'relations', 'evidence']) {
      expect(after[table]).toEqual(curated[table]);
    }
  });

  it('applies to new documents that use the old names', () => {
    const store = openStore({ path });
    ingest(store, guards);
    curate(store);
    ingest(
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
    expect(store.graph.hasNode('org:revolutionary-guards')).toBe(false);
    expect(store.graph.hasNode('gpe:hezbollah')).toBe(false);
    expect(store.graph.hasEdge('org:hezbollah|MEETS|org:irgc')).toBe(true);
    store.close();
  });

  it('drops the relations a merge turns into self-loops, and sums the ones it makes parallel', () => {
    const store = openStore({ path });
    ingest(
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
    store.mergeEntities('gpe:russia', 'org:kremlin');
    expect(store.graph.edges()).toEqual(['gpe:russia|ATTACKS|gpe:ukraine']);
    expect(store.graph.getEdgeAttribute('gpe:russia|ATTACKS|gpe:ukraine', 'weight')).toBe(2);
    expect(store.stats()).toMatchObject({ entities: 2, relations: 1, evidence: 2 });
    store.close();
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
  ])('refuses %s', (_name, act, code) => {
    const store = openStore({ path });
    ingest(store, guards);
    const before = rows(path);
    expect(() => act(store)).toThrow(expect.objectContaining({ code }));
    store.close();
    expect(rows(path)).toEqual(before);
  });
});
