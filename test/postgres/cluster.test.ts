/**
 * The test cluster itself: reachable, a database of one's own per test, and run by an
 * unprivileged user (initdb refuses root).
 */
import pg from 'pg';
import { expect, inject, it } from 'vitest';

it('serves the URL it provides, as a server not run by root', async () => {
  const client = new pg.Client({ connectionString: inject('pgUrl') });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; port: string }>(
      `SELECT version() AS version, current_setting('port') AS port`,
    );
    expect(rows[0]?.version).toMatch(/^PostgreSQL \d+/u);
    expect(inject('pgUrl')).toContain(`:${rows[0]?.port}/`);
    const owner = await client.query<{ owner: string }>(
      `SELECT pg_catalog.pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = 'postgres'`,
    );
    expect(owner.rows[0]?.owner).toBe('kg');
  } finally {
    await client.end();
  }
});
