#!/usr/bin/env node
/**
 * `node scripts/check-eval-isolation.mjs [FILE…]`: fails when a file of the repository shares a
 * run of N words (default 6) with an evaluation text of ../shared/eval (conll04-dev,
 * wikievents-dev, and the BBC articles bbc-dev annotates). Evaluation data is never copied into
 * the repository, and examples in code, comments, tests, docs and the CHANGELOG are invented; this
 * is the standing guard for that rule.
 *
 * - The eval texts are read from ../shared at run time (KG_SHARED overrides where it is); nothing
 *   of them is written anywhere. The sample article (`eval/seed`, also `data/`) is the project's
 *   own and is not checked.
 * - A run of words that also occurs in the rest of the BBC corpus (`corpus/bbc` minus the bbc-dev
 *   articles) is common English ("at the end of the"), not a copy, and is ignored.
 * - Words are letters, digits and apostrophes, compared lower-case, across line breaks (a copied
 *   sentence wrapped over two comment lines is still found); the line reported is where the run
 *   starts.
 * - Without FILE arguments it checks every `.ts`, `.mjs` and `.md` file git tracks, and the
 *   hand-written data under `packages/extract/data` (the generated gazetteers are left out: they
 *   hold public names, which eval articles mention too).
 *
 * Options: `--words N` (run length), `--quiet` (print only the count). Exit codes: 0 clean,
 * 1 copies found (each printed as `file:line: "the shared words" (eval set/file)`), 2 ../shared/eval
 * missing or a bad argument.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const bbcDir = join(shared, 'corpus', 'bbc');

/** Data files built by scripts from public lists (`pnpm lexicons`, build-*.mjs). */
const GENERATED = new Set([
  'packages/extract/data/lexicon.json',
  'packages/extract/data/leaders.json',
  'packages/extract/data/companies.json',
  'packages/extract/data/verb-frames.json',
  'packages/extract/data/name-score.json',
]);
/** The eval sets whose texts must not appear in the repository. */
const SETS = ['conll04-dev', 'wikievents-dev', 'bbc-dev'];

const args = process.argv.slice(2);
let n = 6;
let quiet = false;
const files = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--words') {
    n = Number(args[++i]);
    if (!Number.isInteger(n) || n < 2) {
      console.error('check-eval-isolation: --words takes a whole number of 2 or more');
      process.exit(2);
    }
  } else if (a === '--quiet') quiet = true;
  else files.push(resolve(a));
}

if (!existsSync(evalDir)) {
  console.error(
    `check-eval-isolation: ${evalDir} is missing; put ../shared beside the project or set KG_SHARED`,
  );
  process.exit(2);
}

const WORD = /[\p{L}\p{N}']+/gu;

/** The words of a text with the line each starts on. */
function words(text) {
  const out = [];
  const norm = text.replace(/[\u2018\u2019]/g, "'");
  let line = 1;
  let last = 0;
  for (const m of norm.matchAll(WORD)) {
    for (let j = last; j < m.index; j++) if (norm.charCodeAt(j) === 10) line++;
    last = m.index;
    const w = m[0].replace(/^'+|'+$/g, '').toLowerCase();
    if (w) out.push({ w, line });
  }
  return out;
}

function* grams(ws) {
  for (let i = 0; i + n <= ws.length; i++) {
    let g = ws[i].w;
    for (let k = 1; k < n; k++) g += ' ' + ws[i + k].w;
    yield [g, ws[i].line];
  }
}

// The eval texts: conll04-dev and wikievents-dev hold .txt files; bbc-dev's gold files name the
// corpus article they annotate.
const evalGrams = new Map();
const evalTexts = new Set();
for (const set of SETS) {
  const dir = join(evalDir, set);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    let path;
    let name = `${set}/${f}`;
    if (f.endsWith('.txt') && !/^(SOURCE|BUILD-LOG|README)/.test(f)) path = join(dir, f);
    else if (f.endsWith('.gold.json')) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      if (typeof gold.text !== 'string') continue;
      path = resolve(dir, gold.text);
      name = `${set}/${f.replace(/\.gold\.json$/, '')}`;
    } else continue;
    if (evalTexts.has(path) || !existsSync(path)) continue;
    evalTexts.add(path);
    for (const [g] of grams(words(readFileSync(path, 'utf8')))) {
      if (!evalGrams.has(g)) evalGrams.set(g, name);
    }
  }
}

// Common English: runs that also occur in BBC articles outside the eval sets.
function walk(dir, out = []) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (f.endsWith('.txt')) out.push(p);
  }
  return out;
}
if (existsSync(bbcDir)) {
  for (const p of walk(bbcDir)) {
    if (evalTexts.has(p)) continue;
    for (const [g] of grams(words(readFileSync(p, 'utf8')))) evalGrams.delete(g);
  }
}

function repoFiles() {
  const listed = execFileSync('git', ['-C', root, 'ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  return listed
    .filter(
      (f) =>
        /\.(ts|mjs|md)$/.test(f) ||
        (f.startsWith('packages/extract/data/') && f.endsWith('.json') && !GENERATED.has(f)),
    )
    .map((f) => join(root, f))
    .filter((p) => existsSync(p));
}

const found = [];
for (const path of files.length ? files : repoFiles()) {
  const text = readFileSync(path, 'utf8');
  let lastLine = -1;
  for (const [g, line] of grams(words(text))) {
    const src = evalGrams.get(g);
    // One report per line: a copied sentence shares many overlapping runs.
    if (src === undefined || line === lastLine) continue;
    lastLine = line;
    found.push(`${relative(root, path)}:${line}: "${g}" (${src})`);
  }
}

if (found.length) {
  if (!quiet) for (const f of found) console.log(f);
  console.log(
    `check-eval-isolation: ${found.length} line(s) share ${n} words with an eval text of ${evalDir}; ` +
      'write an invented example instead (docs/development.md)',
  );
  process.exit(1);
}
if (!quiet) console.log(`check-eval-isolation: no run of ${n} eval words in the repository`);
