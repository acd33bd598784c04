/**
 * Checks that `generate-store.mjs` writes the store ingest writes: builds one size both ways
 * from the same seeded data (`build-store.mjs` through `ingestExtraction`, and the generator)
 * into a temporary folder, then compares the two lossless NDJSON dumps (`kg export --format
 * ndjson`) byte for byte and, beyond the dump, the tables a dump does not show (names, tallies,
 * the connected components, row ids, the entity full-text index). Exits 1 on any difference.
 *
 *   node scripts/bench/store-scale/check-generator.mjs [--relations=100000 --entities=10000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { childArgs, runChild } from '../lib/child.mjs';
import { ROOT, importFrom } from '../lib/workspace.mjs';

const args = childArgs();
const relations = Number(args.relations ?? 100_000);
const entities = Number(args.entities ?? 10_000);
const here = (file) => new URL(file, import.meta.url).pathname;
const KG = path.join(ROOT, 'packages', 'cli', 'dist', 'main.js');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'kg-check-generator-'));

/** The same query on both stores, as text: rows in a fixed order. */
const TABLE_QUERIES = [
  `SELECT norm, entity, kind FROM names ORDER BY norm, entity`,
  // Counts, not rows: ingest leaves a row at 0 where a count went up and down again.
  `SELECT name, count FROM tallies WHERE count != 0 ORDER BY name`,

  `SELECT * FROM entities ORDER BY id`,
  `SELECT * FROM relations ORDER BY id`,
  `SELECT * FROM evidence ORDER BY id`,
  `SELECT * FROM mentions ORDER BY id`,
  `SELECT * FROM aliases ORDER BY entity, doc, alias`,
  `SELECT * FROM documents ORDER BY num`,
  `SELECT value FROM meta WHERE key = 'version'`,
];
/**
 * The connected components a store keeps, as a partition (the union-find's choice of roots and
 * how long its chains are is its own): each entity with its component's smallest member.
 */
function partition(db) {
  const parent = new Map(db.prepare(`SELECT entity, parent FROM components`).raw(true).all());
  const root = (id) => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at);
    return at;
  };
  const smallest = new Map();
  for (const id of parent.keys()) {
    const r = root(id);
    smallest.set(r, Math.min(smallest.get(r) ?? id, id));
  }
  return [...parent.keys()].sort((x, y) => x - y).map((id) => [id, smallest.get(root(id))]);
}

const FTS_PREFIXES = ['ka', 'lo', 'mir', 'tan', 'vel', 'dor', 'sen', 'ria', 'bal', 'ost'];

try {
  const ingested = path.join(tmp, 'ingested.db');
  const generated = path.join(tmp, 'generated.db');
  const size = { relations, entities };
  process.stderr.write(`check-generator: ${relations} relations through ingest…\n`);
  const built = await runChild(
    here('./build-store.mjs'),
    { ...size, out: ingested },
    {
      timeoutMs: 4 * 3600_000,
    },
  );
  if (built.error) throw new Error(`build-store: ${built.error}`);
  process.stderr.write(`check-generator: the same, generated…\n`);
  const made = await runChild(
    here('./generate-store.mjs'),
    { ...size, out: generated },
    {
      nodeArgs: ['--max-old-space-size=8192'],
      timeoutMs: 4 * 3600_000,
    },
  );
  if (made.error) throw new Error(`generate-store: ${made.error}`);
  const differences = [];
  const dumps = [ingested, generated].map((db) => {
    const out = `${db}.ndjson`;
    const r = spawnSync(
      process.execPath,
      [KG, 'export', '--format', 'ndjson', '--db', db, '--out', out],
      {
        encoding: 'utf8',
      },
    );
    if (r.status !== 0) throw new Error(`kg export ${db}: ${r.stderr}`);
    return readFileSync(out);
  });
  if (!dumps[0].equals(dumps[1])) differences.push('the NDJSON dumps differ');
  const Database = await importFrom('graph', 'better-sqlite3');
  const [a, b] = [ingested, generated].map((db) => new Database(db, { readonly: true }));
  for (const query of TABLE_QUERIES) {
    const rows = (db) => JSON.stringify(db.prepare(query).raw(true).all());
    if (rows(a) !== rows(b)) differences.push(`differs: ${query}`);
  }
  if (JSON.stringify(partition(a)) !== JSON.stringify(partition(b))) {
    differences.push('the connected components differ');
  }
  for (const prefix of FTS_PREFIXES) {
    const query = `SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? ORDER BY rowid`;
    const rows = (db) => JSON.stringify(db.prepare(query).pluck().all(`${prefix}*`));
    if (rows(a) !== rows(b)) differences.push(`the entity full-text index differs on "${prefix}*"`);
  }
  a.close();
  b.close();
  const summary = `${made.entities} entities, ${made.relations} relations, ${made.evidence} evidence rows; dump ${dumps[0].length} bytes; ingest ${built.seconds.toFixed(0)} s, generator ${made.seconds.toFixed(0)} s`;
  if (differences.length > 0) {
    process.stdout.write(`check-generator: DIFFERENT (${summary})\n${differences.join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write(`check-generator: identical (${summary})\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
