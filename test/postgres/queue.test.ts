/**
 * Distributed ingest: 300 BBC articles (read from ../shared at test time) queued into a
 * PostgreSQL store and processed by three `kg worker` processes, one of them killed with
 * SIGKILL half-way, give the same entities and relations as one `kg ingest` of the same files
 * into SQLite; enqueueing them again is a no-op, and the queue reports every document done.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';
import { kg, queueStatus, root, runKg, untilCount } from './kg-cli.js';

const BBC = join(root, '../shared/corpus/bbc');
const DOCUMENTS = 300;
const databases = testDatabases('kg_queue');
const dir = mkdtempSync(join(tmpdir(), 'kg-queue-'));
const workers: ChildProcessWithoutNullStreams[] = [];
/** What each worker printed on stderr, for the failure messages. */
const stderrOf = new Map<ChildProcessWithoutNullStreams, string>();

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  await databases.dropAll();
});

/** The first articles of every BBC section, in a fixed order. */
function corpus(): string[] {
  if (!existsSync(BBC)) {
    throw new Error(`queue test: the BBC corpus is not at ${BBC} (../shared beside the checkout).`);
  }
  const sections = readdirSync(BBC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const per = Math.ceil(DOCUMENTS / sections.length);
  const files = sections.flatMap((section) =>
    readdirSync(join(BBC, section))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .slice(0, per)
      .map((f) => join(BBC, section, f)),
  );
  return files.slice(0, DOCUMENTS);
}

function startWorker(db: string): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    [kg, 'worker', '--db', db, '--jobs', '1', '--job-timeout', '10', '--retries', '3'],
    { cwd: root, env: { ...process.env, KG_DB: '' } },
  );
  child.stdout.resume();
  stderrOf.set(child, '');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderrOf.set(child, ((stderrOf.get(child) ?? '') + chunk).slice(-4000));
  });
  workers.push(child);
  return child;
}

let exports = 0;

/** Entities and relations with everything but times, as a JSON export gives them. */
function graphOf(db: string) {
  // To a file: a whole-store --full export is a dump (texts and mentions too), past what a
  // pipe read by spawnSync holds (1 MB).
  const file = join(dir, `export-${++exports}.json`);
  const out = runKg(['export', '--format', 'json', '--full', '--out', file, '--db', db]);
  expect(out.code, out.err).toBe(0);
  const graph = JSON.parse(readFileSync(file, 'utf8')) as {
    nodes: { key: string; attributes: Record<string, unknown> }[];
    edges: { key: string; attributes: Record<string, unknown> }[];
  };
  const plain = (a: Record<string, unknown>) =>
    JSON.stringify(a, (k, v) =>
      ['firstSeen', 'lastSeen', 'ingestedAt', 'date'].includes(k) ? undefined : v,
    );
  return {
    nodes: graph.nodes.map((n) => `${n.key} ${plain(n.attributes)}`).sort(),
    edges: graph.edges.map((e) => `${e.key} ${plain(e.attributes)}`).sort(),
  };
}

describe('kg ingest --queue and kg worker', () => {
  it('ingest 300 documents with three workers, one killed, as one SQLite ingest does', async () => {
    const files = corpus();
    expect(files).toHaveLength(DOCUMENTS);
    // The corpus repeats a few articles word for word: one document each.
    const unique = new Set(
      files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')),
    ).size;
    const sqlite = join(dir, 'kg.db');
    const single = runKg(['ingest', ...files, '--db', sqlite, '--jobs', '2', '--quiet']);
    expect(single.code, single.err).toBe(0);

    const db = await databases.fresh();
    const queued = runKg(['ingest', ...files, '--db', db, '--queue']);
    expect(queued.code, queued.err).toBe(0);
    expect(queued.out).toMatch(
      new RegExp(`queued ${unique} documents .*${DOCUMENTS - unique} already queued`, 'u'),
    );

    const [doomed] = [startWorker(db), startWorker(db), startWorker(db)];
    // Killed while the queue is half done: its document in flight is retried by another.
    await untilCount(
      () => queueStatus(db).counts.merged,
      unique / 3,
      'queue test: a third of the documents',
    );
    doomed?.kill('SIGKILL');
    await untilCount(
      () => {
        const { counts } = queueStatus(db);
        return counts.merged + counts.failed;
      },
      unique,
      'queue test: every document',
      { describe: () => JSON.stringify(queueStatus(db)) },
    );
    const done = queueStatus(db);
    expect(done.failed).toEqual([]);
    expect(done.counts).toMatchObject({ merged: unique, queued: 0, active: 0, extracted: 0 });

    const again = runKg(['ingest', ...files, '--db', db, '--queue']);
    expect(again.out).toMatch(new RegExp(`queued 0 documents .*${DOCUMENTS} already stored`, 'u'));
    expect(queueStatus(db).counts.merged).toBe(unique);

    const fromQueue = graphOf(db);
    expect(fromQueue.nodes.length).toBeGreaterThan(1000);
    expect(fromQueue).toEqual(graphOf(sqlite));

    // The two survivors ran all along (a worker that died early would leave the test waiting
    // for an exit that already happened) and stop cleanly on SIGTERM.
    for (const child of workers.slice(1)) {
      expect(child.exitCode, `a worker died early:\n${stderrOf.get(child)}`).toBeNull();
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 120_000)),
      ]);
      expect(code, `a worker on SIGTERM:\n${stderrOf.get(child)}`).toBe(0);
    }
  }, 900_000);
});
