/**
 * Faults: the PostgreSQL server restarts in the middle of a distributed ingest. Workers and a
 * `kg serve` on the store reconnect and go on: every document is merged once, the graph equals
 * a single SQLite ingest of the same files, and the server answers (and hears writes) again.
 * The test runs a cluster of its own so it can stop and start it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cluster } from './cluster.mjs';
import { startCluster } from './cluster.mjs';
import { kg, queueStatus, root, runKg, untilCount } from './kg-cli.js';

const BBC = join(root, '../shared/corpus/bbc');
const DOCUMENTS = 40;
const dir = mkdtempSync(join(tmpdir(), 'kg-restart-'));
const children: ChildProcessWithoutNullStreams[] = [];
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster();
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  cluster?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** What each child wrote to stderr, for the failure message. */
const stderrOf = new Map<ChildProcessWithoutNullStreams, string>();

function start(args: string[]): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, [kg, ...args], {
    cwd: root,
    env: { ...process.env, KG_DB: '', KG_PORT: '' },
  });
  stderrOf.set(child, '');
  child.stderr.on('data', (chunk: Buffer) => {
    stderrOf.set(child, `${stderrOf.get(child) ?? ''}${chunk.toString()}`.slice(-4000));
  });
  children.push(child);
  return child;
}

/** Exit codes of the children that are gone, with the end of what they wrote. */
function exited(): string {
  return children
    .filter((c) => c.exitCode !== null || c.signalCode !== null)
    .map(
      (c) =>
        `${c.spawnargs.slice(2, 3).join(' ')} exited ${c.exitCode ?? c.signalCode}: ${stderrOf.get(c)}`,
    )
    .join('\n');
}

let exports = 0;

function graphOf(db: string): string[] {
  // To a file: a whole-store --full export is a dump (texts and mentions too), past what a
  // pipe read by spawnSync holds (1 MB).
  const file = join(dir, `export-${++exports}.json`);
  const json = runKg(['export', '--format', 'json', '--full', '--out', file, '--db', db]);
  expect(json.code, json.err).toBe(0);
  const graph = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { key: string }[];
    edges: { key: string; attributes: { weight: number } }[];
  };
  return [
    ...graph.nodes.map((n) => n.key),
    ...graph.edges.map((e) => `${e.key} ${e.attributes.weight}`),
  ].sort();
}

describe('a PostgreSQL restart during an ingest', () => {
  it('is survived by workers and servers', async () => {
    const section = join(BBC, 'politics');
    const files = readdirSync(section)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, DOCUMENTS)
      .map((f) => join(section, f));
    const db = cluster.urlFor('postgres');
    expect(runKg(['ingest', ...files, '--db', db, '--queue']).code).toBe(0);

    const server = start(['serve', '--db', db, '--port', '0', '--jobs', '1']);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /^kg: serving (http:\/\/\S+) /m.exec(out)?.[1];
        if (found) resolve(found);
      });
      server.once('exit', (code) => reject(new Error(`kg serve exited with ${code}`)));
    });
    const workers = [0, 1].map(() =>
      start(['worker', '--db', db, '--jobs', '1', '--job-timeout', '10']),
    );
    for (const worker of workers) worker.stdout.resume();
    await untilCount(() => queueStatus(db).counts.merged, 8, 'restart test: the first documents');

    cluster.stop();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    cluster.start();

    await untilCount(
      () => queueStatus(db).counts.merged,
      DOCUMENTS,
      'restart test: every document',
      { describe: () => `${JSON.stringify(queueStatus(db))}\n${exited()}` },
    );
    // Survived means still running: a worker that died at the restart (an unhandled failure
    // to reach the database) would leave the rest to the other, or to nobody.
    expect(exited()).toBe('');
    expect(queueStatus(db).counts.merged).toBe(DOCUMENTS);
    expect(queueStatus(db).failed).toEqual([]);

    // The server is back on the store and caught up with what the workers wrote.
    await expect
      .poll(
        async () => {
          const res = await fetch(`${url}api/health`).catch(() => undefined);
          return res?.status;
        },
        { timeout: 30_000 },
      )
      .toBe(200);
    await expect
      .poll(
        async () => {
          const res = await fetch(`${url}api/documents`);
          return ((await res.json()) as { documents: unknown[] }).documents.length;
        },
        { timeout: 30_000 },
      )
      .toBe(DOCUMENTS);

    const sqlite = join(dir, 'kg.db');
    expect(runKg(['ingest', ...files, '--db', sqlite, '--jobs', '2', '--quiet']).code).toBe(0);
    expect(graphOf(db)).toEqual(graphOf(sqlite));
  }, 900_000);
});
