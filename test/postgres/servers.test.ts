/**
 * Two `kg serve` processes on one PostgreSQL store: a document ingested through one appears on
 * the other (LISTEN/NOTIFY into its `/api/events` stream, its API and a browser showing its
 * viewer), and both shut down cleanly. The viewer is shown both ways a change can reach it: one
 * made before its event stream connected (the stream's `hello` carries a newer store version
 * than the graph on screen), and one announced on the open stream.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphChangeEvent, IngestResponse, SearchResponse } from '@kg/schema';
import { launchBrowser } from '../browser/browser.js';
import { testDatabases } from './databases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kg = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const databases = testDatabases('kg_serve');
const children: ChildProcessWithoutNullStreams[] = [];
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await databases.dropAll();
});

/** Starts `kg serve` on `db` and resolves with the URL it prints. */
function serve(
  db: string,
  extra: string[] = [],
): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(
    process.execPath,
    [kg, 'serve', '--db', db, '--port', '0', '--jobs', '1', ...extra],
    { cwd: root, env: { ...process.env, KG_PORT: '', KG_DB: '' } },
  );
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /^kg: serving (http:\/\/\S+) /m.exec(stdout)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

/** The first `graph` event on an open `/api/events` stream. */
async function nextGraphEvent(res: Response): Promise<GraphChangeEvent> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (.*)$/m.exec(frame)?.[1];
        if (/^event: graph$/m.test(frame) && data) return JSON.parse(data) as GraphChangeEvent;
      }
    }
  } finally {
    await reader.cancel();
  }
}

const PARAGRAPH =
  'Chancellor Olaf Scholz of Germany met President Emmanuel Macron in Paris on Monday. ' +
  'Scholz later accused Russia of attacking Ukraine.';
const LATER =
  'Prime Minister Justin Trudeau of Canada met President Joe Biden in Ottawa on Tuesday. ' +
  'Trudeau later thanked Biden for his support.';

async function ingest(url: string, text: string, source: string): Promise<IngestResponse> {
  const res = await fetch(`${url}api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, source }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as IngestResponse;
  expect(body.results[0]).toMatchObject({ status: 'added' });
  return body;
}

/** Whether the viewer's graph holds an entity whose label matches. */
function shows(page: Page, label: RegExp): Promise<boolean> {
  return page.evaluate((source) => {
    const { graph } = (
      window as unknown as {
        __kg: { graph: { nodes(): string[]; getNodeAttribute(k: string, n: string): unknown } };
      }
    ).__kg;
    const pattern = new RegExp(source, 'u');
    return graph.nodes().some((key) => pattern.test(String(graph.getNodeAttribute(key, 'label'))));
  }, label.source);
}

describe('two kg serve processes on one PostgreSQL store', () => {
  it('show an ingest through one on the other: events, API and viewer', async () => {
    const db = await databases.fresh();
    const a = await serve(db, ['--seed', 'data']);
    const b = await serve(db);
    const stream = await fetch(`${b.url}api/events`);
    const event = nextGraphEvent(stream);

    browser = await launchBrowser();
    const page = await browser.newPage();
    // The viewer's event stream is held until the change has been announced without it.
    let release: () => void = () => undefined;
    const released = new Promise<void>((done) => (release = done));
    await page.route('**/api/events', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(b.url);
    await page.evaluate(() => (window as unknown as { __kg: { ready: Promise<void> } }).__kg.ready);
    expect(await shows(page, /Scholz/)).toBe(false);

    const [result] = (await ingest(a.url, PARAGRAPH, 'scholz.txt')).results;

    expect(await event).toMatchObject({
      reason: 'external',
      docId: '',
      nodesAdded: result?.nodesAdded,
      edgesAdded: result?.edgesAdded,
    });
    const search = (await (await fetch(`${b.url}api/search?q=scholz`)).json()) as SearchResponse;
    expect(search.results[0]?.label).toBe('Olaf Scholz');

    // The page on the other server was never reloaded: the store version in its stream's
    // hello, newer than its graph's, brought the entity it had no event for.
    release();
    await expect.poll(() => shows(page, /Scholz/), { timeout: 30_000 }).toBe(true);

    // A change while the stream is open arrives as its event.
    expect(await shows(page, /Trudeau/)).toBe(false);
    await ingest(a.url, LATER, 'trudeau.txt');
    await expect.poll(() => shows(page, /Trudeau/), { timeout: 30_000 }).toBe(true);

    expect(await stop(a.child)).toBe(0);
    expect(await stop(b.child)).toBe(0);
  });
});
