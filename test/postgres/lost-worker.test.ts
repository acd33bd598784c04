/**
 * A worker killed while it extracts a document: the document goes to another worker once the
 * dead worker's lease (`kg worker --job-timeout`) has run out, whatever the queue was created
 * with (`kg ingest --queue` creates it with the default timeout of 300 s), and the queue ends
 * with every document merged once.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabases } from './databases.js';
import { kg, queueStatus, root, runKg, untilCount } from './kg-cli.js';

const BBC = join(root, '../shared/corpus/bbc');
const databases = testDatabases('kg_lost');
const workers: ChildProcessWithoutNullStreams[] = [];

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await databases.dropAll();
});

function startWorker(db: string): ChildProcessWithoutNullStreams {
  const child = spawn(
    process.execPath,
    [kg, 'worker', '--db', db, '--jobs', '1', '--job-timeout', '5'],
    { cwd: root, env: { ...process.env, KG_DB: '' } },
  );
  child.stdout.resume();
  child.stderr.resume();
  workers.push(child);
  return child;
}

/** The queue's documents being extracted, read straight from the table. */
async function active(db: string): Promise<number> {
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM kg_queue WHERE state = 'active'`,
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

describe('a worker killed while it extracts', () => {
  it('leaves its document to another worker once its --job-timeout has passed', async () => {
    const section = join(BBC, 'business');
    // The longest articles: the longer a document takes, the surer the kill lands inside it.
    const files = readdirSync(section)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(section, f))
      .sort((a, b) => statSync(b).size - statSync(a).size || a.localeCompare(b))
      .slice(0, 3);
    const db = await databases.fresh();
    expect(runKg(['ingest', ...files, '--db', db, '--queue']).code).toBe(0);

    const doomed = startWorker(db);
    // Its first document takes the extractor's start-up too: killed while it holds it.
    await expect.poll(() => active(db), { timeout: 120_000, interval: 50 }).toBe(1);
    doomed.kill('SIGKILL');
    await new Promise((resolve) => doomed.once('exit', resolve));
    expect(await active(db)).toBe(1);

    startWorker(db);
    await untilCount(() => queueStatus(db).counts.merged, files.length, 'lost worker test', {
      describe: () => JSON.stringify(queueStatus(db)),
    });
    expect(queueStatus(db)).toEqual({
      counts: { queued: 0, active: 0, extracted: 0, merged: files.length, failed: 0 },
      failed: [],
    });
  }, 600_000);
});
