/**
 * Two `kg serve` processes on one PostgreSQL store: a document ingested through one appears on
 * the other (LISTEN/NOTIFY into its `/api/events` stream and its API), and both shut down
 * cleanly. Known gap: a viewer open on the other server did not show the new entity in a CI
 * run after the viewer's reload-on-change landed (the event and API did); see the closing note.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { GraphChangeEvent, IngestResponse, SearchResponse } from '@kg/schema';
import { testDatabases } from './databases.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const kg = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const databases = testDatabases('kg_serve');
const children: ChildProcessWithoutNullStreams[] = [];

afterAll(async () => {
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

describe('two kg serve processes on one PostgreSQL store', () => {
  it('show an ingest through one on the other: events and API', async () => {
    const db = await databases.fresh();
    const a = await serve(db, ['--seed', 'data']);
    const b = await serve(db);
    const stream = await fetch(`${b.url}api/events`);
    const event = nextGraphEvent(stream);

    const res = await fetch(`${a.url}api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: PARAGRAPH, source: 'scholz.txt' }),
    });
    expect(res.status).toBe(201);
    const [result] = ((await res.json()) as IngestResponse).results;
    expect(result).toMatchObject({ status: 'added' });

    expect(await event).toMatchObject({
      reason: 'external',
      docId: '',
      nodesAdded: result?.nodesAdded,
      edgesAdded: result?.edgesAdded,
    });
    const search = (await (await fetch(`${b.url}api/search?q=scholz`)).json()) as SearchResponse;
    expect(search.results[0]?.label).toBe('Olaf Scholz');

    expect(await stop(a.child)).toBe(0);
    expect(await stop(b.child)).toBe(0);
  });
});
