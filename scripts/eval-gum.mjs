#!/usr/bin/env node
/**
 * Scores `kg extract` on GUM's Wikimedia genres (../shared/corpora/gum, CC BY): news and
 * interviews (Wikinews), biographies (Wikipedia) and travel guides (Wikivoyage), the proxy for
 * issue 14's line on held-out news and Wikipedia sentences. Each document's sentences (their
 * `# text` lines, one a line) become a text file, the built CLI extracts the folder, and mentions
 * are scored by exact span and type over PER, ORG and LOC (PERSON → PER, ORG → ORG,
 * GPE/LOC/FACILITY → LOC), as `scripts/eval-uner.mjs` does for Universal NER.
 *
 * Gold names come from the tagger's own GUM reader (`packages/extract/dist/tagger/corpora.js`:
 * mentions headed by a proper noun, leading titles cut, outermost name wins) and its mapping
 * (`packages/extract/data/ner-types.json`: person → PER, organization → ORG, place → LOC).
 * GUM does not annotate nationalities or stray proper nouns outside a mention: a prediction on
 * exactly such an unknown span, or on a name the reader left starting with a lower-case word, is
 * neither right nor wrong and is left out. GUM's own split:
 * the tagger trains on GUM train, so dev and test are held out.
 *
 *   node scripts/eval-gum.mjs [dev|test] [--genres news,interview,bio,voyage] [--verbose]
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { predictedSpans } from './lib/predicted-spans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const genresAt = args.indexOf('--genres');
const genres = (genresAt >= 0 ? args[genresAt + 1] : 'news,interview,bio,voyage').split(',');
const which = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--genres') ?? 'dev';
if (!['dev', 'test'].includes(which)) {
  console.error(`eval-gum: the set must be dev or test, not "${which}".`);
  process.exit(2);
}
const file = join(shared, 'corpora', 'gum', `en_gum-ud-${which}.conllu`);
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
const reader = join(root, 'packages', 'extract', 'dist', 'tagger', 'corpora.js');
if (!existsSync(file)) {
  console.error(`eval-gum: ${file} is missing (set KG_SHARED to the folder that holds corpora/).`);
  process.exit(2);
}
if (!existsSync(cli) || !existsSync(reader)) {
  console.error(
    `eval-gum: ${existsSync(cli) ? reader : cli} is missing; build first (npx tsc -b).`,
  );
  process.exit(2);
}
const { readGum } = await import(pathToFileURL(reader).href);
const docs = readGum(file, genres);
if (!docs.length) {
  console.error(`eval-gum: no ${which} document in the genres ${genres.join(', ')}.`);
  process.exit(2);
}

const names = docs.map((d) => `${d.id}.txt`);
const spans = predictedSpans(
  cli,
  docs.map((d, n) => ({ name: names[n], text: d.text })),
);
const predicted = new Map(names.map((n, k) => [n, spans[k]]));

const TYPES = ['PER', 'ORG', 'LOC'];
const count = Object.fromEntries(['ALL', ...TYPES].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const byGenre = new Map();
const errors = [];
docs.forEach((d, n) => {
  const genre = /^GUM_([a-z]+)_/.exec(d.id)?.[1] ?? '?';
  if (!byGenre.has(genre)) byGenre.set(genre, { tp: 0, fp: 0, fn: 0 });
  const g = byGenre.get(genre);
  // A name the reader left starting with a lower-case word ("of the …" after a cut title) is
  // no name as written: unknown.
  const named = (s) => TYPES.includes(s.tag) && /^[\p{Lu}\p{N}]/u.test(d.text[s.start] ?? '');
  const gold = new Set(d.spans.filter(named).map((s) => `${s.start}:${s.end}:${s.tag}`));
  const unknown = new Set(
    d.spans.filter((s) => !named(s) && s.tag !== 'MISC').map((s) => `${s.start}:${s.end}`),
  );
  const p = predicted.get(names[n]);
  const quote = (s) => d.text.slice(...s.split(':').slice(0, 2).map(Number));
  for (const s of p) {
    const t = s.split(':')[2];
    const hit = gold.has(s);
    if (!hit && unknown.has(s.split(':').slice(0, 2).join(':'))) continue;
    count[t][hit ? 'tp' : 'fp']++;
    count.ALL[hit ? 'tp' : 'fp']++;
    g[hit ? 'tp' : 'fp']++;
    if (!hit && verbose) errors.push(`extra ${t}: ${quote(s)}\t${d.id}`);
  }
  for (const s of gold) {
    if (p.has(s)) continue;
    const t = s.split(':')[2];
    count[t].fn++;
    count.ALL.fn++;
    g.fn++;
    if (verbose) errors.push(`missed ${t}: ${quote(s)}\t${d.id}`);
  }
});
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
const line = (k, c) => {
  const { p, r, f1 } = prf(c);
  return `${k.padEnd(9)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`;
};
if (verbose) console.log(errors.join('\n'));
for (const [k, c] of Object.entries(count)) console.log(line(k, c));
for (const [k, c] of byGenre) console.log(line(k, c));
console.log(
  `gum_f1=${prf(count.ALL).f1.toFixed(3)} docs=${docs.length} genres=${genres.join(',')} file=${basename(file)}`,
);
