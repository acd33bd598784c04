/**
 * The documents panel of a viewer on a PostgreSQL store shows the documents `kg ingest --queue`
 * put in the store's queue with their state, in a real browser: queued while no worker runs,
 * failed with the worker's error when extraction fails, and in the store once a worker merged
 * them — the panel following the queue by itself, without a reload; its Retry button puts a
 * failed document back in the queue (`POST /api/queue/retry`), and a worker then merges it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentsResponse } from '@kg/schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../api/harness.js';
import type { TestServer } from '../api/harness.js';
import { launchBrowser, VIEWER_DIST } from '../browser/browser.js';
import { testDatabases } from './databases.js';
import { kg, root, runKg } from './kg-cli.js';

const databases = testDatabases('kg_panel');
const dir = mkdtempSync(join(tmpdir(), 'kg-queue-panel-'));
const workers: ChildProcessWithoutNullStreams[] = [];
let server: TestServer | undefined;
let browser: Browser | undefined;
const pageErrors: string[] = [];

afterAll(async () => {
  await browser?.close();
  for (const child of workers) if (child.exitCode === null) child.kill('SIGKILL');
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  await databases.dropAll();
});

/** A `kg worker` on `db` with extra flags; resolves once it says it is working. */
async function startWorker(db: string, extra: string[]): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(
    process.execPath,
    [kg, 'worker', '--db', db, '--jobs', '1', '--quiet', ...extra],
    { cwd: root, env: { ...process.env, KG_DB: '' } },
  );
  workers.push(child);
  child.stdout.resume();
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('kg worker: working on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`kg worker exited with ${code}: ${stderr}`)));
  });
  return child;
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The queued rows of the panel as "source: state". */
async function queuedRows(page: Page): Promise<string[]> {
  const rows = page.getByTestId('queued-document');
  const out: string[] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const title = await row.locator('.doc-title').textContent();
    const state = await row.getByTestId('queued-status').textContent();
    out.push(`${title?.split('/').pop()}: ${state}`);
  }
  return out;
}

describe('queued documents in the documents panel', () => {
  it('shows them queued, failed with their error, retried, and stored once merged', async () => {
    const db = await databases.fresh();
    server = await startTestServer({ viewerDir: VIEWER_DIST }, [], undefined, db);
    // Long enough that its extraction takes several ticks of the thread's CPU clock (10 ms on
    // Linux): one sentence can finish inside a tick, read as no CPU time at all, and so meet
    // even the smallest time limit on a quiet machine.
    const first = file(
      'merkel.txt',
      Array.from(
        { length: 300 },
        (_, i) =>
          `Chancellor Angela Merkel met President Emmanuel Macron in Berlin on day ${i + 1}.`,
      ).join(' '),
    );
    const second = file(
      'trudeau.txt',
      'Prime Minister Justin Trudeau of Canada met President Joe Biden in Ottawa on Tuesday.',
    );
    const queued = runKg(['ingest', first, '--db', db, '--queue']);
    expect(queued.code, queued.err).toBe(0);

    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.base}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.getByTestId('panel-documents').locator('summary').click();
    // The panel's first read of the queue: past expect.poll's default second on a busy machine.
    await expect.poll(() => queuedRows(page), { timeout: 30_000 }).toEqual(['merkel.txt: queued']);

    // A worker whose time limit no extraction can meet, allowed no retry: the document fails
    // for good with the worker's error, and the panel follows without a reload.
    const doomed = await startWorker(db, ['--retries', '0', '--time-limit', '0.000001']);
    await expect
      .poll(() => queuedRows(page), { timeout: 120_000 })
      .toEqual([expect.stringMatching(/^merkel\.txt: failed: extract: .*merkel\.txt/u)]);
    const { queue } = (await server.json<DocumentsResponse>('/api/documents')).body;
    expect(queue).toEqual([
      expect.objectContaining({ source: first, status: 'failed', attempts: 1 }),
    ]);
    expect(queue?.[0]?.error).toBe(
      (await page.getByTestId('queued-status').textContent())?.replace(/^failed: /u, ''),
    );
    expect(await stop(doomed)).toBe(0);

    // The next document goes in with a working worker: it leaves the queue for the store.
    expect(runKg(['ingest', second, '--db', db, '--queue']).code).toBe(0);
    // The panel re-reads the queue every 2 s: longer than expect.poll's default second.
    await expect
      .poll(() => queuedRows(page), { timeout: 30_000 })
      .toEqual([expect.stringMatching(/^merkel\.txt: failed/u), 'trudeau.txt: queued']);
    // Only a failed document has a Retry button, and only a failed one is put back.
    expect(await page.getByTestId('queued-retry').count()).toBe(1);
    const waiting = await server.json<DocumentsResponse>('/api/documents');
    const trudeau = waiting.body.queue?.find((d) => d.source === second);
    const refused = await server.postJson('/api/queue/retry', { id: trudeau?.id });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toEqual({
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(
          /trudeau\.txt has not failed \(it is waiting to be extracted\)/u,
        ),
      },
    });
    const unknown = await server.postJson('/api/queue/retry', { id: '0'.repeat(64) });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('NOT_FOUND');
    const worker = await startWorker(db, []);
    await expect
      .poll(() => page.getByTestId('document').locator('.source').allTextContents(), {
        timeout: 120_000,
      })
      .toEqual([second]);
    expect(await queuedRows(page)).toEqual([expect.stringMatching(/^merkel\.txt: failed/u)]);

    // Retry: the failed document goes back in the queue with its attempts counted afresh, and
    // the working worker merges it.
    await page.getByTestId('queued-retry').click();
    await expect
      .poll(() => page.getByTestId('document').locator('.source').allTextContents(), {
        timeout: 120_000,
      })
      .toEqual([first, second]);
    await expect.poll(() => queuedRows(page), { timeout: 30_000 }).toEqual([]);
    expect((await server.json<DocumentsResponse>('/api/documents')).body.queue).toEqual([]);
    expect(await stop(worker)).toBe(0);
    expect(pageErrors).toEqual([]);
    expect(server.logged).toEqual([]);
  }, 300_000);
});
