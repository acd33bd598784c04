/**
 * `kg ingest`, `kg docs` and `kg entities` run in-process against a real store in a temp
 * directory, with the real extractor on the sample article.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Command } from '../command.js';
import { runCommand } from '../dispatch.js';
import { docsCommand } from './docs.js';
import { entitiesCommand } from './entities.js';
import { ingestCommand } from './ingest.js';

const sample = fileURLToPath(new URL('../../../../data/iran-drones-crimea.txt', import.meta.url));

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cli-store-'));
  db = join(dir, 'kg.db');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(command: Command, ...argv: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const code = await runCommand(command, argv, { stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('kg ingest, docs and entities', () => {
  it('ingests, skips what is stored, curates and removes', async () => {
    const first = await run(ingestCommand, sample, '--db', db, '--json', '--quiet');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { new: number; nodesAdded: number };
    expect(summary.new).toBe(1);
    expect(summary.nodesAdded).toBeGreaterThan(5);

    const second = await run(ingestCommand, sample, '--db', db);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/new 0, unchanged 1, re-extracted 0, failed 0/);

    const list = await run(docsCommand, 'list', '--db', db, '--json');
    const docs = JSON.parse(list.stdout) as { id: string; source: string }[];
    expect(docs.map((d) => d.source)).toEqual([sample]);

    const rename = await run(
      entitiesCommand,
      'rename',
      'Iran',
      'Islamic Republic of Iran',
      '--db',
      db,
    );
    expect(rename.stdout).toMatch(/rename gpe:iran to "Islamic Republic of Iran"/);
    const rules = await run(entitiesCommand, 'rules', '--db', db, '--json');
    expect(JSON.parse(rules.stdout)).toMatchObject([
      { rule: { op: 'rename', key: 'gpe:iran', label: 'Islamic Republic of Iran' } },
    ]);

    const removed = await run(docsCommand, 'remove', docs[0]?.id.slice(0, 8) ?? '', '--db', db);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/^removed /);
    const empty = await run(docsCommand, 'list', '--db', db);
    expect(empty.stdout).toMatch(/0 documents/);
  });

  it.each([
    [ingestCommand, [], 2, /no PATH given/],
    [ingestCommand, ['x', '--jobs', 'zero'], 2, /--jobs must be a whole number/],
    [docsCommand, ['frobnicate'], 2, /wrong use of "frobnicate"/],
    [docsCommand, ['show'], 2, /wrong use of "show"/],
    [entitiesCommand, ['merge', 'a'], 2, /wrong use of "merge"/],
    [entitiesCommand, [], 2, /no action given/],
  ] as const)(
    'refuses bad usage of %s with exit status 2',
    async (command, argv, code, message) => {
      const result = await run(command, ...argv, '--db', db);
      expect(result.code).toBe(code);
      expect(result.stderr).toMatch(message);
    },
  );

  it('names the files it could not read and exits 1', async () => {
    const result = await run(ingestCommand, join(dir, 'missing.txt'), '--db', db, '--quiet');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt: no such file/);
  });
});
