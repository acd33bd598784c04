/**
 * The `kg` binary on a PostgreSQL store: `--db postgres://…` and `KG_DB` on ingest, query, docs
 * and export give what the same commands give on a SQLite file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';

const kg = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const sample = fileURLToPath(new URL('../../data/iran-drones-crimea.txt', import.meta.url));
const databases = testDatabases('kg_cli');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-pg-cli-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await databases.dropAll();
});

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [kg, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KG_DB: '', ...env },
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('kg on PostgreSQL', () => {
  it('ingests, lists, queries and exports as it does on SQLite', async () => {
    const url = await databases.fresh();
    const file = join(dir, 'kg.db');
    expect(run(['ingest', sample, '--db', file, '--jobs', '1']).code).toBe(0);
    const ingested = run([
      'ingest',
      sample,
      '--db',
      url.replace('kg@', 'kg:hidden@'),
      '--jobs',
      '1',
    ]);
    expect(ingested.code).toBe(0);
    expect(ingested.out).toMatch(/into postgres:\/\/kg:\*\*\*@/u);
    expect(ingested.out).not.toContain('hidden');
    // Known content: the second time nothing changes.
    expect(run(['ingest', sample, '--jobs', '1'], { KG_DB: url }).out).toMatch(/unchanged|0 new/u);

    const docs = run(['docs', 'list', '--json'], { KG_DB: url });
    expect(docs.code).toBe(0);
    expect(JSON.parse(docs.out)).toHaveLength(1);

    const search = (db: string) =>
      JSON.parse(run(['query', 'search', 'iran', '--json', '--db', db]).out);
    expect(search(url)).toEqual(search(file));

    const exported = (db: string) => {
      const out = run(['export', '--format', 'json', '--full', '--db', db]);
      expect(out.code).toBe(0);
      const graph = JSON.parse(out.out) as {
        nodes: { key: string; attributes: Record<string, unknown> }[];
        edges: { key: string; attributes: Record<string, unknown> }[];
      };
      const strip = (a: Record<string, unknown>) => {
        const { firstSeen: _f, lastSeen: _l, ...rest } = a;
        return JSON.stringify(rest, (k, v) => (k === 'ingestedAt' || k === 'date' ? undefined : v));
      };
      return {
        nodes: graph.nodes.map((n) => [n.key, strip(n.attributes)]).sort(),
        edges: graph.edges.map((e) => [e.key, strip(e.attributes)]).sort(),
      };
    };
    const fromPg = exported(url);
    expect(fromPg.nodes.length).toBeGreaterThan(5);
    expect(fromPg.edges.length).toBeGreaterThan(2);
    expect(fromPg).toEqual(exported(file));
  });

  it('says NOT_FOUND when a database holds no store, and STORE_ERROR when there is no server', async () => {
    const url = await databases.fresh();
    const empty = run(['query', 'search', 'iran', '--db', url]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/no store at postgres:\/\/.*\[NOT_FOUND\]/u);
    const nowhere = run(['docs', 'list', '--db', 'postgres://kg@127.0.0.1:1/kg']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.err).toMatch(/127\.0\.0\.1:1.*\[STORE_ERROR\]/u);
  });
});
