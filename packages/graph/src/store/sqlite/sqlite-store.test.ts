/**
 * The SQLite store: the backend-independent store suite on real files in a temp directory,
 * then what only this backend has: the file (WAL, schema version, tables), refusal of what is
 * not a store or is too new, the upgrade of a version-1 store in place, and row-level
 * idempotency.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countComponents } from './components.js';
import { SCHEMA_V1_SQL, SCHEMA_VERSION } from './migrations.js';
import { ReaderPool } from './reader-pool.js';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { describeStoreSuite, docA, docB, docC, dump } from '../store-suite.js';
import { fixture } from '../../test-fixtures.js';
import type { StoreFactory } from '../store-suite.js';

/** Stores on files in temp directories, opened with `options`. */
function sqliteFactory(options: { readers?: number; writer?: boolean } = {}): StoreFactory {
  const open = new Map<Store, string>();
  const dirs: string[] = [];
  return {
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'kg-store-'));
      dirs.push(dir);
      const path = join(dir, 'kg.db');
      const store = await openStore({ path, ...options });
      open.set(store, path);
      return store;
    },
    async reopen(store, reopenOptions = {}) {
      const path = open.get(store) ?? store.path;
      await store.close();
      open.delete(store);
      const again = await openStore({ path, ...options, ...reopenOptions });
      open.set(again, path);
      return again;
    },
    async another(store) {
      const path = open.get(store) ?? store.path;
      const again = await openStore({ path, ...options });
      open.set(again, path);
      return again;
    },
    location(store) {
      return open.get(store) ?? store.path;
    },
    async cleanup() {
      for (const store of open.keys()) await store.close();
      open.clear();
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

describeStoreSuite('sqlite', sqliteFactory());
// Search, evidence, document lists and stats read on a thread of their own: the same behaviour.
describeStoreSuite('sqlite with a reader thread', sqliteFactory({ readers: 1 }));
// Documents written on a thread of their own, as a server opens its store: the same behaviour.
describeStoreSuite('sqlite with a writer thread', sqliteFactory({ readers: 1, writer: true }));

const TABLES = [
  'aliases',
  'cache',
  'changes',
  'components',
  'curation',
  'document_text',
  'documents',
  'entities',
  'evidence',
  'mentions',
  'meta',
  'names',
  'relations',
  'tallies',
];

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-sqlite-'));
  path = join(dir, 'kg.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every row of every table, read through a separate connection. */
function rows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
    );
  } finally {
    db.close();
  }
}

describe('checkpoints', () => {
  it('are left to the reader thread, which copies each write into the file', async () => {
    const store = await openStore({ path, readers: 1 });
    const size = () => statSync(path).size;
    const before = size();
    for (const doc of [docA, docB, docC]) {
      await store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    // SQLite alone would wait for 1,000 pages of log before it copied any into the file.
    await expect.poll(size, { timeout: 20_000 }).toBeGreaterThan(before);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM documents').pluck().get()).toBe(3);
    db.close();
  });
});

describe('the SQLite file', () => {
  it('is created with the schema, in WAL mode, with foreign keys and full-text indexes', async () => {
    const store = await openStore({ path });
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.backend).toBe('sqlite');
    await store.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'
         ORDER BY name`,
      )
      .pluck()
      .all();
    expect(tables).toEqual(TABLES);
    const fts = db
      .prepare(`SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%' ORDER BY name`)
      .pluck()
      .all();
    expect(fts).toEqual(['entity_fts', 'evidence_fts']);
    db.close();
  });

  it('keeps its rows exactly when a document comes again, and when reopened', async () => {
    const store = await openStore({ path });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const before = rows(path);
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    await store.close();
    expect(rows(path)).toEqual(before);
    const again = await openStore({ path });
    expect(again.counts().documents).toBe(1);
    await again.close();
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
  ])('refuses %s with STORE_ERROR', async (_name, prepare) => {
    prepare();
    await expect(openStore({ path })).rejects.toMatchObject({ code: 'STORE_ERROR' });
    await expect(openStore({ path, readonly: true })).rejects.toMatchObject({
      code: 'STORE_ERROR',
    });
  });

  it('says NOT_FOUND when a store opened for reading does not exist', async () => {
    await expect(openStore({ path, readonly: true })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

/** Writes a version-1 store by hand: the rows kg wrote before schema 2. */
function writeV1Store(file: string): void {
  const db = new Database(file);
  db.exec(SCHEMA_V1_SQL);
  db.pragma('user_version = 1');
  const insert = (sql: string, ...values: unknown[]) => db.prepare(sql).run(...values);
  const docs = [
    ['h-a', 'a.txt', '2025-01-01T00:00:00.000Z'],
    ['h-b', 'b.txt', '2025-01-02T00:00:00.000Z'],
  ];
  for (const [id, source, at] of docs) {
    insert(
      `INSERT INTO documents (id, source, chars, extractor_version, ingested_at) VALUES (?, ?, 60, '0.1.0', ?)`,
      id,
      source,
      at,
    );
  }
  insert(`INSERT INTO entities VALUES ('gpe:iran', 'Iran', 'GPE')`);
  insert(`INSERT INTO entities VALUES ('gpe:russia', 'Russia', 'GPE')`);
  insert(`INSERT INTO aliases (entity_key, doc_id, alias) VALUES ('gpe:iran', 'h-a', 'Iran')`);
  insert(`INSERT INTO aliases (entity_key, doc_id, alias) VALUES ('gpe:iran', 'h-b', 'Tehran')`);
  insert(`INSERT INTO aliases (entity_key, doc_id, alias) VALUES ('gpe:russia', 'h-a', 'Russia')`);
  for (const [doc, key, start, text] of [
    ['h-a', 'gpe:iran', 0, 'Iran'],
    ['h-a', 'gpe:russia', 24, 'Russia'],
    ['h-b', 'gpe:iran', 0, 'Tehran'],
    ['h-b', 'gpe:russia', 20, 'Russia'],
  ] as const) {
    insert(
      `INSERT INTO mentions (doc_id, entity_key, start, end, text, type) VALUES (?, ?, ?, ?, ?, 'GPE')`,
      doc,
      key,
      start,
      start + text.length,
      text,
    );
  }
  insert(
    `INSERT INTO relations VALUES ('gpe:iran|SUPPLIES|gpe:russia', 'gpe:iran', 'SUPPLIES', 'gpe:russia', NULL)`,
  );
  for (const [doc, sentence, modality, attribution] of [
    ['h-a', 'Iran supplied drones to Russia.', 'asserted', null],
    ['h-b', 'Tehran denied arming Russia.', 'negated', 'Tehran'],
  ] as const) {
    insert(
      `INSERT INTO evidence (relation_key, doc_id, start, end, sentence, modality, attribution,
         confidence, extractor_version, date)
       VALUES ('gpe:iran|SUPPLIES|gpe:russia', ?, 0, ?, ?, ?, ?, 0.8, '0.1.0', '2025-01-01')`,
      doc,
      sentence.length,
      sentence,
      modality,
      attribution,
    );
  }
  insert(
    `INSERT INTO curation (op, rule, created_at) VALUES ('rename', ?, '2025-01-03')`,
    JSON.stringify({ op: 'rename', key: 'gpe:iran', label: 'Iran' }),
  );
  db.close();
}

/** The components the store keeps (tallies), and those counted from its tables. */
function components(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tally = (name: string) =>
      (db.prepare(`SELECT count FROM tallies WHERE name = ?`).pluck().get(name) as number) ?? 0;
    const counted = countComponents(db);
    return {
      kept: { count: tally('components'), largest: tally('largest-component') },
      stale: tally('components-stale') > 0,
      counted: { count: counted.sizes.size, largest: Math.max(0, ...counted.sizes.values()) },
    };
  } finally {
    db.close();
  }
}

describe('connected components kept by writes', () => {
  it('are exact after ingest, stale after a removal, and kept again by the next stats', async () => {
    const store = await openStore({ path });
    for (const doc of [docA, docC]) {
      await store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    // Iran–Russia–Ukraine and Belarus–Russia: one component of four.
    expect(components(path)).toEqual({
      kept: { count: 1, largest: 4 },
      stale: false,
      counted: { count: 1, largest: 4 },
    });
    await store.ingestExtraction(docB.extraction, { id: docB.hash, source: docB.id });
    const joined = components(path);
    expect(joined.stale).toBe(false);
    expect(joined.kept).toEqual(joined.counted);
    await store.removeDocument(docA.hash);
    expect(components(path).stale).toBe(true);
    const stats = await store.graphStats();
    const kept = components(path);
    expect(kept).toEqual({ kept: kept.counted, stale: false, counted: kept.counted });
    expect([stats.components, stats.largestComponent]).toEqual([
      kept.counted.count,
      kept.counted.largest,
    ]);
    // Ingest keeps them again from there.
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: docA.id });
    const again = components(path);
    expect(again.stale).toBe(false);
    expect(again.kept).toEqual(again.counted);
    expect(again.kept).toEqual(joined.kept);
    await store.close();
  });

  it('are counted from the tables when a version-4 store is upgraded', async () => {
    const store = await openStore({ path });
    for (const doc of [docA, docB, docC]) {
      await store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    const expected = components(path).kept;
    await store.close();
    const db = new Database(path);
    db.exec(`DROP TABLE components; DELETE FROM tallies WHERE name LIKE '%component%'`);
    db.exec(`DROP TABLE changes; ALTER TABLE documents DROP COLUMN site`);
    db.pragma('user_version = 4');
    db.close();
    const upgraded = await openStore({ path });
    expect(components(path)).toEqual({ kept: expected, stale: false, counted: expected });
    expect((await upgraded.graphStats()).components).toBe(expected.count);
    await upgraded.close();
  });
});

describe('upgrading a version-1 store', () => {
  it.each([
    ['for writing', false],
    ['for reading', true],
  ])('keeps every document, entity, relation, evidence item and rule (%s)', async (_n, ro) => {
    writeV1Store(path);
    const store = await openStore({ path, readonly: ro });
    expect(store.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.counts()).toEqual({ documents: 2, entities: 2, relations: 1 });
    const graph = await store.loadGraph();
    expect(graph.getNodeAttributes('gpe:iran')).toMatchObject({
      label: 'Iran',
      aliases: ['Tehran'],
      mentionCount: 2,
      documentCount: 2,
      firstSeen: '2025-01-01T00:00:00.000Z',
      lastSeen: '2025-01-02T00:00:00.000Z',
    });
    expect(graph.getEdgeAttributes('gpe:iran|SUPPLIES|gpe:russia')).toMatchObject({
      weight: 2,
      modality: 'asserted',
      modalityCounts: { asserted: 1, negated: 1 },
    });
    const evidence = await store.evidence(['gpe:iran|SUPPLIES|gpe:russia']);
    expect(
      evidence
        .get('gpe:iran|SUPPLIES|gpe:russia')
        ?.evidence.map((e) => [e.docId, e.sentence, e.attribution]),
    ).toEqual([
      ['h-a', 'Iran supplied drones to Russia.', undefined],
      ['h-b', 'Tehran denied arming Russia.', 'Tehran'],
    ]);
    expect((await store.search('tehran'))[0]?.id).toBe('gpe:iran');
    expect((await store.listCuration()).map((c) => c.rule.op)).toEqual(['rename']);
    expect((await store.entityDetails('gpe:russia')).weightedDegree).toBe(2);
    await store.close();
    // Writable after the upgrade, and removal still cascades.
    const writable = await openStore({ path });
    await writable.removeDocument('h-b');
    expect(writable.counts()).toEqual({ documents: 1, entities: 2, relations: 1 });
    expect((await writable.entity('gpe:iran'))?.aliases).toEqual([]);
    await writable.close();
  });
});

describe('upgrading a version-5 store', () => {
  it('adds the change log, and another connection follows writes from it', async () => {
    const store = await openStore({ path });
    for (const doc of [docA, docB]) {
      await store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    const before = await dump(store);
    await store.close();
    const db = new Database(path);
    db.exec(`DROP TABLE changes; ALTER TABLE documents DROP COLUMN site`);
    db.pragma('user_version = 5');
    db.close();
    const writer = await openStore({ path });
    expect(writer.schemaVersion).toBe(SCHEMA_VERSION);
    expect(await dump(writer)).toEqual(before);
    const reader = await openStore({ path });
    const graph = await reader.loadGraph();
    await writer.ingestExtraction(docC.extraction, { id: docC.hash, source: docC.id });
    expect(await reader.sync()).toBe(true);
    expect(reader.graph).toBe(graph);
    expect(await dump(reader)).toEqual(await dump(writer));
    await reader.close();
    await writer.close();
  });
});

describe('two connections to one file', () => {
  it('see each other after sync', async () => {
    const writer = await openStore({ path });
    const reader = await openStore({ path });
    const graph = await reader.loadGraph();
    await writer.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    expect(graph.order).toBe(0);
    expect(await reader.sync()).toBe(true);
    expect(reader.graph.order).toBe(3);
    expect(reader.counts().documents).toBe(1);
    expect(await reader.sync()).toBe(false);
    await writer.ingestExtraction(docB.extraction, { id: docB.hash, source: 'b.txt' });
    await writer.ingestExtraction(docC.extraction, { id: docC.hash, source: 'c.txt' });
    await reader.sync();
    expect(await dump(reader)).toEqual(await dump(writer));
    await reader.close();
    await writer.close();
  });
});

describe('reader threads', () => {
  it('run reads on a connection of their own and see every committed write', async () => {
    const store = await openStore({ path });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const pool = new ReaderPool(path, 1);
    try {
      expect(pool.available).toBe(true);
      const hits = await pool.read('search', store.version, 'russia', {});
      expect(hits.map((h) => h.id)).toEqual(['gpe:russia']);
      await store.ingestExtraction(docC.extraction, { id: docC.hash, source: 'c.txt' });
      const docs = await pool.read('listDocuments', store.version, { entity: 'gpe:belarus' });
      expect(docs.map((d) => d.source)).toEqual(['c.txt']);
      await expect(pool.read('search', store.version, 'x', { limit: 0 })).rejects.toMatchObject({
        code: 'INVALID_ARGUMENT',
      });
    } finally {
      await pool.close();
      await store.close();
    }
  });
});

/** A document of `n` sentences, each naming two organisations and relating them. */
function largeDocument(n: number) {
  const entities = Array.from({ length: n + 1 }, (_, i) => ({
    name: `Organisation${i}`,
    type: 'ORG' as const,
  }));
  const text = Array.from(
    { length: n },
    (_, i) => `Organisation${i} supplied Organisation${i + 1}.`,
  ).join(' ');
  const relations = Array.from({ length: n }, (_, i) => ({
    subject: `Organisation${i}`,
    predicate: 'SUPPLIES' as const,
    object: `Organisation${i + 1}`,
  }));
  return fixture('large', text, entities, relations);
}

describe('a large document written in slices', () => {
  it('lets the event loop turn while it writes, and keeps other uses of the store out', async () => {
    const store = await openStore({ path, readers: 0 });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const doc = largeDocument(1500);
    let turns = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const writing = store.ingestExtraction(doc.extraction, { id: doc.hash, source: 'large.txt' });
    // Once the write is under way, a read and a removal are asked: each waits for the commit.
    while (turns < 2) await new Promise((resolve) => setImmediate(resolve));
    let answeredAt = -1;
    const reading = store.listDocuments().then((docs) => {
      answeredAt = turns;
      return docs.map((d) => d.source).sort();
    });
    const removing = store.removeDocument(docA.hash);
    const result = await writing;
    const turnsByCommit = turns;
    spinning = false;
    expect(result).toMatchObject({ status: 'new', edgesAdded: 1500 });
    // The loop turned many times during the write (a write in one piece lets it turn none).
    expect(turnsByCommit).toBeGreaterThan(3);
    expect(await reading).toEqual(['a.txt', 'large.txt']);
    expect(answeredAt).toBeGreaterThanOrEqual(turnsByCommit);
    expect((await removing).docId).toBe(docA.hash);
    expect(store.counts()).toMatchObject({ documents: 1, relations: 1500 });
    await store.close();
  });

  it('answers hasDocument from the last commit during a write, without waiting for it', async () => {
    const store = await openStore({ path, readers: 0 });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const doc = largeDocument(1500);
    let committed = false;
    const writing = store
      .ingestExtraction(doc.extraction, { id: doc.hash, source: 'large.txt' })
      .finally(() => {
        committed = true;
      });
    for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
    // Asked while the write is under way: answered before it commits, by what was committed.
    const during = await Promise.all([store.hasDocument(docA.hash), store.hasDocument(doc.hash)]);
    const answeredBeforeCommit = !committed;
    await writing;
    expect(answeredBeforeCommit).toBe(true);
    expect(during).toEqual([true, false]);
    expect(await store.hasDocument(doc.hash)).toBe(true);
    await store.close();
  });

  it('refreshes a loaded graph in slices, and moves the version once the graph is whole', async () => {
    const store = await openStore({ path, readers: 0 });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    await store.loadGraph();
    const before = store.version;
    const doc = largeDocument(1200);
    // At every turn of the loop: the version the store reports and the relations in its graph.
    const seen: { version: number; relations: number }[] = [];
    let spinning = true;
    const spin = () => {
      seen.push({ version: store.version, relations: store.graph.size });
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const result = await store.ingestExtraction(doc.extraction, { id: doc.hash, source: 'l.txt' });
    spinning = false;
    const total = store.graph.size;
    expect(result.edgesAdded).toBe(1200);
    // The loop turned while the graph filled (some turns saw part of the new relations) ...
    expect(
      seen.some((s) => s.relations > docA.extraction.relations.length && s.relations < total),
    ).toBe(true);
    // ... under the version before the write, which moved only with the graph complete.
    for (const s of seen) {
      if (s.version !== before) expect(s).toEqual({ version: store.version, relations: total });
    }
    const fresh = await openStore({ path, readonly: true });
    const loaded = await fresh.loadGraph();
    expect(total).toBe(loaded.size);
    expect(store.graph.order).toBe(loaded.order);
    loaded.forEachEdge((key, attributes) => {
      expect(store.graph.getEdgeAttributes(key)).toEqual(attributes);
    });
    await fresh.close();
    await store.close();
  });

  it('leaves the store as it was when the write fails half way', async () => {
    const store = await openStore({ path, readers: 0 });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const before = await dump(store);
    const doc = largeDocument(800);
    const broken = structuredClone(doc.extraction);
    const last = broken.relations[broken.relations.length - 1];
    if (last) last.object = 'e-missing';
    await expect(
      store.ingestExtraction(broken, { id: doc.hash, source: 'large.txt' }),
    ).rejects.toBeDefined();
    expect(await dump(store)).toEqual(before);
    // And the store goes on writing.
    expect((await store.ingestExtraction(doc.extraction, { id: doc.hash })).status).toBe('new');
    await store.close();
  });
});

describe('the writer thread', () => {
  /** The store's own connection (private): whether it holds a transaction. */
  const ownConnection = (store: Store) => (store as unknown as { db: Database.Database }).db;

  it('writes a large document on its own connection, the store thread never in the transaction', async () => {
    const store = await openStore({ path, readers: 1, writer: true });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    await store.loadGraph();
    const doc = largeDocument(1500);
    let turns = 0;
    let inTransaction = 0;
    let spinning = true;
    const spin = () => {
      turns++;
      if (ownConnection(store).inTransaction) inTransaction++;
      if (spinning) setImmediate(spin);
    };
    setImmediate(spin);
    const result = await store.ingestExtraction(doc.extraction, { id: doc.hash, source: 'l.txt' });
    spinning = false;
    expect(result).toMatchObject({ status: 'new', edgesAdded: 1500 });
    expect(turns).toBeGreaterThan(3);
    expect(inTransaction).toBe(0);
    // The store thread caught up: counts, version, graph, as a fresh connection reads them.
    expect(store.counts()).toMatchObject({ documents: 2, relations: 1502 });
    const fresh = await openStore({ path, readonly: true });
    expect(store.version).toBe(fresh.version);
    expect(await dump(store)).toEqual(await dump(fresh));
    await fresh.close();
    // A document stored already is left alone, by the writer as by the store.
    expect(
      (await store.ingestExtraction(doc.extraction, { id: doc.hash, source: 'l.txt' })).status,
    ).toBe('unchanged');
    await store.close();
  });

  it('leaves the store as it was when the write fails half way', async () => {
    const store = await openStore({ path, readers: 1, writer: true });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const before = await dump(store);
    const doc = largeDocument(800);
    const broken = structuredClone(doc.extraction);
    const last = broken.relations[broken.relations.length - 1];
    if (last) last.object = 'e-missing';
    await expect(
      store.ingestExtraction(broken, { id: doc.hash, source: 'large.txt' }),
    ).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await dump(store)).toEqual(before);
    expect((await store.ingestExtraction(doc.extraction, { id: doc.hash })).status).toBe('new');
    await store.close();
  });

  it('follows the curation rules the store thread recorded', async () => {
    const store = await openStore({ path, readers: 1, writer: true });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    await store.loadGraph();
    await store.mergeEntities('gpe:iran', 'gpe:ukraine');
    // docB names Ukraine again: the rule sends it to Iran.
    await store.ingestExtraction(docB.extraction, { id: docB.hash, source: 'b.txt' });
    expect(store.graph.hasNode('gpe:ukraine')).toBe(false);
    expect(store.graph.getNodeAttribute('gpe:iran', 'documentCount')).toBe(2);
    const fresh = await openStore({ path, readonly: true });
    expect(await dump(store)).toEqual(await dump(fresh));
    await fresh.close();
    await store.close();
  });

  it('is replaced by the store thread when it is lost in the middle of a write', async () => {
    const store = await openStore({ path, readers: 1, writer: true });
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    const doc = largeDocument(600);
    const writing = store.ingestExtraction(doc.extraction, { id: doc.hash, source: 'l.txt' });
    const worker = (store as unknown as { writer: { worker: { terminate(): Promise<number> } } })
      .writer.worker;
    await worker.terminate();
    expect(await writing).toMatchObject({ status: 'new', edgesAdded: 600 });
    expect(store.counts()).toMatchObject({ documents: 2 });
    const fresh = await openStore({ path, readonly: true });
    expect(await dump(store)).toEqual(await dump(fresh));
    await fresh.close();
    await store.close();
  });
});
