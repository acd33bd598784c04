/**
 * Ingest end to end with the real extractor and real SQLite files: the sample article twice
 * leaves the same rows; an ingest killed with SIGKILL half-way leaves a consistent store that
 * a second run completes without duplicates.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createExtractor } from '@kg/extract';
import { ingestDocuments, openStore } from '@kg/graph';

const kg = fileURLToPath(new URL('../packages/cli/dist/main.js', import.meta.url));
const sample = fileURLToPath(new URL('../data/iran-drones-crimea.txt', import.meta.url));
const TABLES = [
  'documents',
  'entities',
  'names',
  'aliases',
  'mentions',
  'relations',
  'evidence',
  'curation',
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function rows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
    );
  } finally {
    db.close();
  }
}

/** Rows without row ids and times, sorted: what two equivalent stores share. */
function content(file: string): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(rows(file)).map(([table, list]) => [
      table,
      list
        .map((row) => {
          const {
            id: _id,
            num: _num,
            ingested_at: _at,
            date: _date,
            first_seen: _first,
            last_seen: _last,
            ...rest
          } = row as Record<string, unknown>;
          return JSON.stringify(table === 'documents' ? { ...rest, id: _id } : rest);
        })
        .sort(),
    ]),
  );
}

describe('ingest of the sample article', () => {
  it('leaves the same rows when run twice, the second time reporting it unchanged', async () => {
    const path = join(dir, 'kg.db');
    const extractor = createExtractor();
    const inputs = () => [{ source: sample, bytes: readFileSync(sample) }];
    const extract = (input: { source: string; bytes?: Uint8Array }) =>
      extractor.extract({
        id: input.source,
        text: Buffer.from(input.bytes ?? []).toString('utf8'),
      });

    const store = await openStore({ path });
    const first = await ingestDocuments(store, inputs(), extract);
    expect(first).toMatchObject({ new: 1, unchanged: 0, failed: [] });
    expect((await store.loadGraph()).order).toBeGreaterThan(5);
    const before = rows(path);
    const second = await ingestDocuments(store, inputs(), extract);
    expect(second).toMatchObject({
      new: 0,
      unchanged: 1,
      failed: [],
      nodesAdded: 0,
      edgesAdded: 0,
    });
    await store.close();
    expect(rows(path)).toEqual(before);
  });
});

/** Short generated news items, each different, naming a few recurring actors. */
function writeCorpus(folder: string, count: number): void {
  const people = ['Anna Berg', 'Omar Haddad', 'Li Wei', 'Maria Costa', 'John Okafor', 'Sara Novak'];
  const countries = ['France', 'Germany', 'Japan', 'Brazil', 'Kenya', 'Canada', 'India', 'Egypt'];
  const cities = ['Paris', 'Berlin', 'Tokyo', 'Nairobi', 'Ottawa', 'Cairo'];
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const person = people[i % people.length] ?? '';
    const a = countries[i % countries.length] ?? '';
    const b = countries[(i * 3 + 1) % countries.length] ?? '';
    const city = cities[(i * 5) % cities.length] ?? '';
    const text = [
      `Report ${i}: Foreign Minister ${person} of ${a} met officials from ${b} in ${city} on day ${i}.`,
      `${a} said it would support ${b} in the talks, according to the ministry.`,
      `The United Nations urged ${a} and ${b} to cooperate.`,
    ].join(' ');
    writeFileSync(join(folder, `item-${String(i).padStart(4, '0')}.txt`), `${text}\n`);
  }
}

function documentCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // Not created or not migrated yet.
  }
}

describe('kg ingest killed with SIGKILL half-way', () => {
  it('leaves a consistent store that a re-run completes without duplicates', async () => {
    const total = 160;
    const corpus = join(dir, 'corpus');
    writeCorpus(corpus, total);
    const path = join(dir, 'kg.db');

    const child = spawn(
      process.execPath,
      [kg, 'ingest', corpus, '--db', path, '--jobs', '1', '--quiet'],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    let stored = 0;
    while (stored < 20) {
      await new Promise((r) => setTimeout(r, 25));
      stored = documentCount(path);
      if (child.exitCode !== null) break;
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const killedAt = documentCount(path);
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(total);

    const db = new Database(path);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const orphans = db
      .prepare(
        `SELECT
           (SELECT COUNT(*) FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation = r.id)) +
           (SELECT COUNT(*) FROM entities n WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity = n.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject = n.id OR r.object = n.id)) +
           (SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.doc = d.num)) +
           (SELECT COUNT(*) FROM relations r WHERE r.weight != (SELECT COUNT(*) FROM evidence e WHERE e.relation = r.id)) +
           (SELECT COUNT(*) FROM entities n WHERE n.mention_count != (SELECT COUNT(*) FROM mentions m WHERE m.entity = n.id))`,
      )
      .pluck()
      .get();
    expect(orphans).toBe(0);
    db.close();

    const rerun = spawnSync(
      process.execPath,
      [kg, 'ingest', corpus, '--db', path, '--json', '--quiet'],
      {
        encoding: 'utf8',
      },
    );
    expect(rerun.status).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { new: number; unchanged: number };
    expect(summary.unchanged).toBe(killedAt);
    expect(summary.new).toBe(total - killedAt);

    // The same rows as one uninterrupted run.
    const clean = join(dir, 'clean.db');
    const once = spawnSync(process.execPath, [kg, 'ingest', corpus, '--db', clean, '--quiet'], {
      encoding: 'utf8',
    });
    expect(once.status).toBe(0);
    expect(content(path)).toEqual(content(clean));
  }, 180_000);
});
