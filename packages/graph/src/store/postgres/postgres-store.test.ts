/**
 * The PostgreSQL store: the backend-independent store suite, each test on a database of its own
 * in the throwaway cluster the test run starts (test/postgres), then what only this backend has:
 * its schema and migrations, refusal of a newer schema, a masked password, one writer at a time
 * across stores, and notifications of every write.
 */
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '../open-store.js';
import type { Store, StoreChange } from '../store.js';
import { describeStoreSuite, docA, docB, docC, dump } from '../store-suite.js';
import { PG_SCHEMA_VERSION } from './migrations.js';
import type { PostgresStore } from './pg-store.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test cluster's URL (test/postgres/global-setup.ts). */
    pgUrl: string;
  }
}

const admin = new pg.Pool({ connectionString: inject('pgUrl'), max: 2 });
const database = `kg_store_${process.pid}`;
let schemas = 0;
const created: string[] = [];

beforeAll(async () => {
  await admin.query(`CREATE DATABASE ${database}`);
});

afterAll(async () => {
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
});

/**
 * A new, empty store location in the test cluster: a schema of its own in one database per
 * test file (a schema takes milliseconds, a database most of a second); its URL.
 */
async function freshDatabase(): Promise<string> {
  const schema = `s${++schemas}`;
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  created.push(schema);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

async function dropDatabases(): Promise<void> {
  if (created.length === 0) return;
  const url = new URL(inject('pgUrl'));
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  for (const schema of created.splice(0)) {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  }
  await client.end();
}

const open = new Map<Store, string>();

describeStoreSuite('postgres', {
  async create() {
    const url = await freshDatabase();
    const store = await openStore({ path: url });
    open.set(store, url);
    return store;
  },
  async reopen(store, options = {}) {
    const url = open.get(store) as string;
    await store.close();
    open.delete(store);
    const again = await openStore({ path: url, ...options });
    open.set(again, url);
    return again;
  },
  async another(store) {
    const url = open.get(store) as string;
    const again = await openStore({ path: url });
    open.set(again, url);
    return again;
  },
  location(store) {
    return open.get(store) as string;
  },
  async cleanup() {
    for (const store of open.keys()) await store.close();
    open.clear();
    await dropDatabases();
  },
});

describe('postgres store: the database', () => {
  const stores: Store[] = [];
  const openAt = async (url: string, readonly = false): Promise<Store> => {
    const store = await openStore({ path: url, readonly });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    await dropDatabases();
  });

  it('creates its schema in an empty database, once, and masks the password', async () => {
    const url = await freshDatabase();
    const withPassword = url.replace('kg@', 'kg:secret@');
    const [a, b] = await Promise.all([openAt(withPassword), openAt(url)]);
    expect(a.backend).toBe('postgres');
    expect(a.path).not.toContain('secret');
    expect(a.path).toContain('kg:***@');
    expect(a.schemaVersion).toBe(PG_SCHEMA_VERSION);
    expect(b.schemaVersion).toBe(PG_SCHEMA_VERSION);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ name: string }>(
        `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1`,
      );
      expect(tables.rows.map((r) => r.name)).toEqual([
        'aliases',
        'cache',
        'changes',
        'components',
        'curation',
        'document_text',
        'documents',
        'entities',
        'evidence',
        'kg_schema',
        'mentions',
        'meta',
        'names',
        'relations',
        'tallies',
      ]);
    } finally {
      await client.end();
    }
  });

  it('refuses a database written by a newer kg, and reading a database without a store', async () => {
    const url = await freshDatabase();
    await expect(openAt(url, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await openAt(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE kg_schema SET version = version + 1`);
    await client.end();
    await expect(openAt(url)).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringMatching(/newer|Upgrade kg/u),
    });
  });

  it('adds the change log to a version-2 database, and another store follows writes from it', async () => {
    const url = await freshDatabase();
    const first = await openAt(url);
    for (const doc of [docA, docB]) {
      await first.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    const before = await dump(first);
    await first.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Back to version 2's shape: no change log (3), no documents.site (4), no components (5).
    await client.query(
      `DROP TABLE changes; ALTER TABLE documents DROP COLUMN site; DROP TABLE components;
       DELETE FROM tallies WHERE name LIKE '%component%'; UPDATE kg_schema SET version = 2`,
    );
    await client.end();
    const writer = await openAt(url);
    expect(writer.schemaVersion).toBe(PG_SCHEMA_VERSION);
    expect(await dump(writer)).toEqual(before);
    const reader = await openAt(url);
    const graph = await reader.loadGraph();
    await writer.ingestExtraction(docC.extraction, { id: docC.hash, source: docC.id });
    expect(await reader.sync()).toBe(true);
    expect(reader.graph).toBe(graph);
    expect(await dump(reader)).toEqual(await dump(writer));
  });

  /** The components the store keeps (tallies), and the same counted here from the tables. */
  async function components(url: string) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tally = async (name: string) =>
        Number(
          (await client.query(`SELECT count FROM tallies WHERE name = $1`, [name])).rows[0]
            ?.count ?? 0,
        );
      const parent = new Map<number, number>();
      const find = (id: number): number => {
        let i = id;
        while (parent.get(i) !== i) i = parent.get(i) as number;
        return i;
      };
      for (const { id } of (await client.query(`SELECT id FROM entities`)).rows) {
        parent.set(Number(id), Number(id));
      }
      for (const r of (await client.query(`SELECT subject, object FROM relations`)).rows) {
        const a = find(Number(r.subject));
        const b = find(Number(r.object));
        if (a !== b) parent.set(a, b);
      }
      const sizes = new Map<number, number>();
      for (const id of parent.keys()) sizes.set(find(id), (sizes.get(find(id)) ?? 0) + 1);
      // The table itself: flat (every member points at a root), sizes on the roots.
      const table = (await client.query(`SELECT entity, parent, size FROM components`)).rows;
      const roots = new Map(table.map((r) => [Number(r.entity), Number(r.parent)]));
      const flat = table.every((r) => roots.get(Number(r.parent)) === Number(r.parent));
      return {
        kept: {
          count: await tally('components'),
          largest: await tally('largest-component'),
          flat,
        },
        stale: (await tally('components-stale')) > 0,
        counted: { count: sizes.size, largest: Math.max(0, ...sizes.values()), flat: true },
      };
    } finally {
      await client.end();
    }
  }

  it('keeps connected components as it is written: stale after a removal, kept again by stats', async () => {
    const url = await freshDatabase();
    const store = await openAt(url);
    for (const doc of [docA, docC]) {
      await store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    // Iran–Russia–Ukraine and Belarus–Russia: one component of four.
    expect(await components(url)).toEqual({
      kept: { count: 1, largest: 4, flat: true },
      stale: false,
      counted: { count: 1, largest: 4, flat: true },
    });
    await store.ingestExtraction(docB.extraction, { id: docB.hash, source: docB.id });
    const joined = await components(url);
    expect(joined.stale).toBe(false);
    expect(joined.kept).toEqual(joined.counted);
    expect((await store.graphStats()).components).toBe(joined.counted.count);
    await store.removeDocument(docA.hash);
    expect((await components(url)).stale).toBe(true);
    const stats = await store.graphStats();
    const kept = await components(url);
    expect(kept).toEqual({ kept: kept.counted, stale: false, counted: kept.counted });
    expect([stats.components, stats.largestComponent]).toEqual([
      kept.counted.count,
      kept.counted.largest,
    ]);
    // Ingest keeps them again from there.
    await store.ingestExtraction(docA.extraction, { id: docA.hash, source: docA.id });
    const again = await components(url);
    expect(again.stale).toBe(false);
    expect(again.kept).toEqual(again.counted);
    expect(again.kept).toEqual(joined.kept);
  });

  it('says STORE_ERROR, with the URL, for a server that is not there', async () => {
    const url = new URL(inject('pgUrl'));
    url.port = '1';
    await expect(openAt(url.toString())).rejects.toMatchObject({
      code: 'STORE_ERROR',
      message: expect.stringContaining('127.0.0.1:1'),
    });
  });

  it('merges concurrent writers one document at a time, as one writer would', async () => {
    const url = await freshDatabase();
    const writers = await Promise.all([openAt(url), openAt(url), openAt(url)]);
    const docs = [docA, docB, docC];
    // Every writer ingests every document at once: each document is written once.
    const results = await Promise.all(
      writers.flatMap((store) =>
        docs.map((doc) => store.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id })),
      ),
    );
    expect(results.filter((r) => r.status === 'new')).toHaveLength(3);
    const single = await openAt(await freshDatabase());
    for (const doc of docs) {
      await single.ingestExtraction(doc.extraction, { id: doc.hash, source: doc.id });
    }
    const reader = await openAt(url);
    expect(await dump(reader)).toEqual(await dump(single));
    expect(reader.counts()).toEqual(single.counts());
  });

  it('tells watchers of the writes of other stores, and sync catches a store up', async () => {
    const url = await freshDatabase();
    const writer = await openAt(url);
    const reader = (await openAt(url)) as PostgresStore;
    await reader.loadGraph();
    const heard: (StoreChange | undefined)[] = [];
    let notified: () => void = () => undefined;
    const stop = await reader.watch((change) => {
      heard.push(change);
      notified();
    });
    const next = () =>
      new Promise<void>((resolve) => {
        notified = resolve;
      });
    let arrived = next();
    await writer.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    await arrived;
    expect(heard).toEqual([
      {
        version: writer.version,
        reason: 'ingest',
        docId: docA.hash,
        nodesAdded: 3,
        edgesAdded: 2,
        nodesRemoved: 0,
        edgesRemoved: 0,
      },
    ]);
    expect(reader.graph.order).toBe(0);
    expect(await reader.sync()).toBe(true);
    expect(reader.version).toBe(writer.version);
    expect(reader.graph.hasEdge('gpe:iran|SUPPLIES|gpe:russia')).toBe(true);
    expect(reader.counts()).toEqual({ documents: 1, entities: 3, relations: 2 });
    expect(await reader.sync()).toBe(false);

    // Its own writes and writes that change nothing are not announced; a removal is.
    await reader.ingestExtraction(docB.extraction, { id: docB.hash, source: 'b.txt' });
    await writer.ingestExtraction(docA.extraction, { id: docA.hash, source: 'a.txt' });
    arrived = next();
    await writer.removeDocument(docA.hash);
    await arrived;
    expect(heard.map((c) => c?.reason)).toEqual(['ingest', 'remove']);
    expect(heard[1]).toMatchObject({ docId: docA.hash, nodesRemoved: 0, edgesRemoved: 1 });
    await stop();
  });
});
