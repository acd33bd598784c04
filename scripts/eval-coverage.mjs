#!/usr/bin/env node
/**
 * Relation coverage of a corpus: ingests a folder (default ../shared/corpus/bbc) into a fresh
 * temporary SQLite store with the built CLI and prints the share of its entities that take part
 * in at least one relation — any relation, and one that is not only negated (issue 10's "at
 * least half of the entities have a relation"). The store is deleted afterwards.
 *
 *   node scripts/eval-coverage.mjs [DIR] [--jobs N] [--keep FILE.sqlite]
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && !['--jobs', '--keep'].includes(args[i - 1])) ??
    join(shared, 'corpus', 'bbc'),
);
const jobs = option('--jobs') ?? '2';
const keep = option('--keep');
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
if (!existsSync(dir)) {
  console.error(
    `eval-coverage: ${dir} is missing (set KG_SHARED to the folder that holds corpus/).`,
  );
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`eval-coverage: ${cli} is missing; build first (npx tsc -b).`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'kg-coverage-'));
const db = keep ? resolve(keep) : join(tmp, 'coverage.sqlite');
try {
  const started = Date.now();
  execFileSync(process.execPath, [cli, 'ingest', dir, '--db', db, '--jobs', jobs, '--quiet'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const store = new Database(db, { readonly: true });
  const count = (sql) => Number(store.prepare(sql).pluck().get());
  const documents = count('SELECT count(*) FROM documents');
  const entities = count('SELECT count(*) FROM entities');
  const related = (where) =>
    count(`SELECT count(*) FROM entities WHERE id IN (
      SELECT subject FROM relations ${where} UNION SELECT object FROM relations ${where})`);
  const any = related('');
  const claimed = related('WHERE asserted + reported + considered + alleged > 0');
  const relations = count('SELECT count(*) FROM relations');
  store.close();
  const pct = (n) => `${((100 * n) / Math.max(entities, 1)).toFixed(1)}%`;
  console.log(
    `${dir}: ${documents} documents, ${entities} entities, ${relations} relations (${seconds}s)`,
  );
  console.log(`  entities with a relation:             ${any} (${pct(any)})`);
  console.log(`  entities with a relation not negated: ${claimed} (${pct(claimed)})`);
  console.log(`coverage=${(any / Math.max(entities, 1)).toFixed(3)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
