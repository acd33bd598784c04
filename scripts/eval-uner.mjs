#!/usr/bin/env node
/**
 * Scores `kg extract` on Universal NER (../shared/corpora/uner-ewt, IOB2): each document's
 * sentences (their `# text` lines, one a line) become a text file, the built CLI extracts the
 * folder, and mentions are scored by exact span and type over PER, ORG and LOC (PERSON → PER,
 * ORG → ORG, GPE/LOC/FACILITY → LOC; other types are not UNER's and are left out).
 *
 *   node scripts/eval-uner.mjs [dev|test|FILE.iob2] [--verbose]
 *
 * KG_SHARED overrides where the shared folder is (default: ../shared beside the project).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { predictedSpans } from './lib/predicted-spans.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = resolve(process.env.KG_SHARED ?? join(root, '..', 'shared'));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const which = args.find((a) => !a.startsWith('--')) ?? 'test';
const file = /\.iob2$/.test(which)
  ? resolve(which)
  : join(shared, 'corpora', 'uner-ewt', `en_ewt-ud-${which}.iob2`);
const cli = join(root, 'packages', 'cli', 'dist', 'main.js');
if (!existsSync(file)) {
  console.error(`eval-uner: ${file} is missing (set KG_SHARED to the folder that holds corpora/).`);
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error(`eval-uner: ${cli} is missing; build first (npx tsc -b).`);
  process.exit(2);
}

// Documents: sentences as lines, gold spans in character offsets.
const docs = [];
let doc;
let text = '';
let forms = [];
let tags = [];
const flushSentence = () => {
  if (!forms.length) return;
  if (!doc) docs.push((doc = { text: '', gold: [] }));
  if (doc.text) doc.text += '\n';
  const base = doc.text.length;
  doc.text += text;
  let cursor = 0;
  let open;
  const close = () => {
    if (open) doc.gold.push(open);
    open = undefined;
  };
  forms.forEach((form, k) => {
    while (/\s/.test(text[cursor] ?? '')) cursor++;
    let start = text.startsWith(form, cursor) ? cursor : text.indexOf(form, cursor);
    if (start < 0) start = cursor;
    const end = start + form.length;
    cursor = end;
    const tag = tags[k];
    const type = /^[BI]-(PER|ORG|LOC)$/.test(tag) ? tag.slice(2) : null;
    if (!type) return close();
    if (tag.startsWith('B-') || !open || open.type !== type) {
      close();
      open = { start: base + start, end: base + end, type };
    } else open.end = base + end;
  });
  close();
  forms = [];
  tags = [];
};
for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
  if (line.startsWith('# newdoc id')) {
    flushSentence();
    docs.push((doc = { text: '', gold: [] }));
  } else if (line.startsWith('# text =')) text = line.slice(line.indexOf('=') + 1).trim();
  else if (line.startsWith('#')) continue;
  else if (!line.trim()) flushSentence();
  else {
    const cols = line.split('\t');
    forms.push(cols[1]);
    tags.push(cols[2] ?? 'O');
  }
}
flushSentence();

const names = docs.map((_, n) => `doc-${String(n).padStart(4, '0')}.txt`);
const spans = predictedSpans(
  cli,
  docs.map((d, n) => ({ name: names[n], text: d.text })),
);
const predicted = new Map(names.map((n, k) => [n, spans[k]]));
const count = Object.fromEntries(
  ['ALL', 'PER', 'ORG', 'LOC'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
);
const errors = [];
docs.forEach((d, n) => {
  const p = predicted.get(names[n]);
  const g = new Set(d.gold.map((s) => `${s.start}:${s.end}:${s.type}`));
  for (const s of p) {
    const t = s.split(':')[2];
    const hit = g.has(s);
    count[t][hit ? 'tp' : 'fp']++;
    count.ALL[hit ? 'tp' : 'fp']++;
    if (!hit && verbose)
      errors.push(`extra ${t}: ${d.text.slice(...s.split(':').slice(0, 2).map(Number))}`);
  }
  for (const s of g) {
    if (p.has(s)) continue;
    const t = s.split(':')[2];
    count[t].fn++;
    count.ALL.fn++;
    if (verbose)
      errors.push(`missed ${t}: ${d.text.slice(...s.split(':').slice(0, 2).map(Number))}`);
  }
});
const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};
if (verbose) console.log(errors.join('\n'));
for (const [k, c] of Object.entries(count)) {
  const { p, r, f1 } = prf(c);
  console.log(
    `${k.padEnd(4)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${c.tp} fp ${c.fp} fn ${c.fn})`,
  );
}
console.log(`uner_f1=${prf(count.ALL).f1.toFixed(3)} docs=${docs.length} file=${basename(file)}`);
