#!/usr/bin/env node
/**
 * Relation coverage of a corpus: ingests a folder (default ../shared/corpus/bbc) into a fresh
 * temporary SQLite store with the built CLI and prints the share of its entities that take part
 * in at least one relation — any relation, and one that is not only negated (issue 10's "at
 * least half of the entities have a relation"). The store is deleted afterwards.
 *
 *   node scripts/eval-coverage.mjs [DIR] [--jobs N] [--keep FILE.sqlite] [--every N]
 *                                  [--isolated FILE.tsv]
 *
 * --every N ingests a fixed sample for a quick loop: every Nth document (file name order) of each
 * sub-folder. --isolated writes the entities with no relation, one line each: type, name,
 * number of mentions, document and the first mention's sentence (mention in [[ ]]), for
 * classifying why entities stay unconnected.
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
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
const valued = ['--jobs', '--keep', '--every', '--isolated'];
const dir = resolve(
  args.find((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1])) ??
    join(shared, 'corpus', 'bbc'),
);
const jobs = option('--jobs') ?? '2';
const keep = option('--keep');
const every = Number(option('--every') ?? '1');
const isolated = option('--isolated');
if (!Number.isInteger(every) || every < 1) {
  console.error('eval-coverage: --every takes a whole number of at least 1.');
  process.exit(2);
}
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
  const inputs = every === 1 ? [dir] : sample(dir, every);
  execFileSync(
    process.execPath,
    [cli, 'ingest', ...inputs, '--db', db, '--jobs', jobs, '--quiet'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
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
  if (isolated) writeIsolated(store, isolated);
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

/** Every `n`th file, in name order, of each folder under `root` (and of `root` itself). */
function sample(root, n) {
  const out = [];
  const walk = (d) => {
    const names = readdirSync(d).sort();
    const files = names.filter((f) => statSync(join(d, f)).isFile() && f.endsWith('.txt'));
    files.forEach((f, i) => i % n === 0 && out.push(join(d, f)));
    for (const f of names) if (statSync(join(d, f)).isDirectory()) walk(join(d, f));
  };
  walk(root);
  return out;
}

/** The entities with no relation, with the sentence of their first mention. */
function writeIsolated(store, file) {
  const rows = store
    .prepare(
      `SELECT e.type, e.label, e.mention_count AS n, d.source, m.start, m.end
       FROM entities e
       JOIN mentions m ON m.id = (SELECT min(id) FROM mentions WHERE entity = e.id)
       JOIN documents d ON d.num = m.doc
       WHERE e.id NOT IN (SELECT subject FROM relations UNION SELECT object FROM relations)
       ORDER BY d.source, m.start`,
    )
    .all();
  const texts = new Map();
  const lines = rows.map((r) => {
    if (!texts.has(r.source)) texts.set(r.source, readFileSync(r.source, 'utf8'));
    const text = texts.get(r.source);
    const from = Math.max(text.lastIndexOf('\n', r.start), text.lastIndexOf('. ', r.start)) + 1;
    const ends = [text.indexOf('. ', r.end), text.indexOf('\n', r.end), text.length];
    const to = Math.min(...ends.filter((x) => x >= 0));
    const sentence = `${text.slice(from, r.start)}[[${text.slice(r.start, r.end)}]]${text.slice(r.end, to + 1)}`;
    return [r.type, r.label, r.n, r.source, sentence.replace(/\s+/g, ' ').trim()].join('\t');
  });
  writeFileSync(file, lines.join('\n') + '\n');
}
