/**
 * One store, several processes: `kg ingest` run in a child process against the SQLite file a
 * running server (`startServer`, as `kg serve` runs it) serves; the new entities reach an open
 * `/api/events` stream as a `graph` event and the API answers with them, without a restart.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphChangeEvent, HealthResponse, SearchResponse } from '@kg/schema';
import { startServer } from '@kg/server';
import type { RunningServer } from '@kg/server';
import { SAMPLE_PATH } from './harness.js';

const kg = fileURLToPath(new URL('../../packages/cli/dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-external-'));
const db = join(dir, 'kg.db');
const logged: string[] = [];
let running: RunningServer;

beforeAll(async () => {
  running = await startServer({
    settings: {
      db,
      port: 0,
      host: '127.0.0.1',
      extractJobs: 1,
      syncIntervalMs: 200,
      viewerDir: join(dir, 'no-viewer'),
    },
    log: (message) => logged.push(message),
  });
});

afterAll(async () => {
  await running.close();
  rmSync(dir, { recursive: true, force: true });
  expect(logged).toEqual([]);
});

/** `graph` events from an open stream, until one satisfies `want`. */
async function nextGraphEvent(
  res: Response,
  want: (event: GraphChangeEvent) => boolean,
): Promise<GraphChangeEvent> {
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
        if (/^event: graph$/m.test(frame) && data) {
          const event = JSON.parse(data) as GraphChangeEvent;
          if (want(event)) return event;
        }
      }
    }
  } finally {
    await reader.cancel();
  }
}

function kgIngest(...args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [kg, 'ingest', ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('kg ingest in another process', () => {
  it('reaches open event streams and the API without a restart', async () => {
    const api = running.url.replace(/\/$/, '');
    const before = (await (await fetch(`${api}/api/health`)).json()) as HealthResponse;
    expect(before.nodes).toBe(0);
    const stream = await fetch(`${api}/api/events`);
    const arrived = nextGraphEvent(stream, (e) => e.reason === 'external' && e.nodes > 0);

    const ingest = await kgIngest(SAMPLE_PATH, '--db', db, '--jobs', '1', '--quiet');
    expect(ingest.stderr).toBe('');
    expect(ingest.code).toBe(0);

    const event = await arrived;
    expect(event).toMatchObject({ reason: 'external', docId: '', nodesRemoved: 0 });
    expect(event.nodesAdded).toBe(event.nodes);
    expect(event.edgesAdded).toBe(event.edges);
    expect(event.edges).toBeGreaterThan(0);

    const after = (await (await fetch(`${api}/api/health`)).json()) as HealthResponse;
    expect(after).toMatchObject({ documents: 1, nodes: event.nodes, edges: event.edges });
    const search = (await (await fetch(`${api}/api/search?q=iran`)).json()) as SearchResponse;
    expect(search.results.map((r) => r.label)).toContain('Iran');
  });
});
