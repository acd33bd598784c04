/**
 * Store locations in the test cluster for tests outside the graph package: one database per
 * test file, a schema per store (a schema takes milliseconds, a database most of a second).
 * `dropAll()` in `afterAll`.
 */
import pg from 'pg';
import { inject } from 'vitest';

export interface TestDatabases {
  /** A URL whose search_path is a new, empty schema. */
  fresh(): Promise<string>;
  /** Drops the database and everything in it. */
  dropAll(): Promise<void>;
}

export function testDatabases(prefix: string): TestDatabases {
  const base = new URL(inject('pgUrl'));
  const database = `${prefix}_${process.pid}`;
  let created = false;
  let schemas = 0;
  const admin = async <T>(url: URL, work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const inDatabase = (): URL => {
    const url = new URL(base);
    url.pathname = `/${database}`;
    return url;
  };
  return {
    async fresh() {
      if (!created) {
        await admin(base, (c) => c.query(`CREATE DATABASE ${database}`));
        created = true;
      }
      const schema = `s${++schemas}`;
      await admin(inDatabase(), (c) => c.query(`CREATE SCHEMA ${schema}`));
      const url = inDatabase();
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    async dropAll() {
      if (!created) return;
      await admin(base, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
      created = false;
    },
  };
}
