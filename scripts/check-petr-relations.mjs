#!/usr/bin/env node
// Sanity check of the relation rules on PETRARCH2's unit-test sentences (fictional actors such as
// Arnor and Gondor), read from ../shared/lexicon-sources/petrarch2/PETR.UnitTest.records.xml.
//
//   npx tsc -b && node scripts/check-petr-relations.mjs [--verbose]
//
// Every run of capitalised proper nouns is taken as a country-like mention (the fictional actors
// are in no gazetteer), and each sentence's gold CAMEO event codes are mapped to our relation
// types by code family. Reported: how many coded types the rules find in the same sentence. A
// coarse check (no actor matching, CAMEO and our types do not line up one to one), not a score.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, '../shared/lexicon-sources/petrarch2/PETR.UnitTest.records.xml');
if (!existsSync(src)) {
  console.error(`check-petr-relations: ${src} not found (../shared is needed).`);
  process.exit(2);
}
const dist = resolve(root, 'packages/extract/dist');
const { loadNlp } = await import(`${dist}/nlp.js`);
const { tokenise } = await import(`${dist}/tokens.js`);
const { findRelations } = await import(`${dist}/relations/index.js`);
const verbose = process.argv.includes('--verbose');

const FAMILIES = [
  ['112', 'ACCUSES'],
  ['042', 'VISITS'],
  ['04', 'MEETS'],
  ['051', 'SUPPORTS'],
  ['05', 'COOPERATES_WITH'],
  ['06', 'COOPERATES_WITH'],
  ['07', 'SUPPLIES'],
  ['10', 'PRESSURES'],
  ['11', 'CRITICIZES'],
  ['12', 'CRITICIZES'],
  ['13', 'THREATENS'],
  ['163', 'SANCTIONS'],
  ['173', 'ARRESTS'],
  ['18', 'ATTACKS'],
  ['19', 'ATTACKS'],
  ['20', 'ATTACKS'],
];
const family = (code) => FAMILIES.find(([p]) => code.startsWith(p))?.[1];

const xml = readFileSync(src, 'utf8');
const nlp = loadNlp();
const seen = new Set();
let coded = 0;
let found = 0;
let withRelation = 0;
for (const [, record] of xml.matchAll(/<Sentence[^>]*>([\s\S]*?)<\/Sentence>/g)) {
  const text = (/<Text>([\s\S]*?)<\/Text>/.exec(record)?.[1] ?? '').split(/\s+/).join(' ').trim();
  if (!text || seen.has(text)) continue;
  seen.add(text);
  const expected = new Set(
    [...record.matchAll(/eventcode="(\d+)"/g)].map((m) => family(m[1])).filter(Boolean),
  );
  const { tokens, sentences } = tokenise(nlp, text);
  const mentions = [];
  const entities = new Map();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].pos !== 'PROPN' || !/^[A-Z]/.test(tokens[i].text)) continue;
    let j = i;
    while (j < tokens.length && tokens[j].pos === 'PROPN' && /^[A-Z]/.test(tokens[j].text)) j++;
    const surface = text.slice(tokens[i].start, tokens[j - 1].end);
    const id = surface.replace(/(ian|ese|i|an)$/, '');
    mentions.push({
      i: mentions.length,
      entityId: id,
      start: tokens[i].start,
      end: tokens[j - 1].end,
      firstToken: i,
      lastToken: j,
      text: surface,
      type: 'GPE',
      kind: 'name',
      sentence: tokens[i].sentence,
    });
    if (!entities.has(id)) entities.set(id, { id, name: surface, type: 'GPE', aliases: [] });
    i = j - 1;
  }
  const relations = findRelations({
    docId: 'petr',
    text,
    tokens,
    sentences,
    mentions,
    entities,
  }).filter((r) => r.modality !== 'negated');
  const types = new Set(relations.map((r) => r.predicate));
  if (relations.length > 0) withRelation++;
  for (const t of expected) {
    coded++;
    if (types.has(t)) found++;
    else if (verbose) console.log(`missed ${t}: ${text.slice(0, 120)} -> [${[...types]}]`);
  }
}
console.log(
  `PETR unit-test sentences: ${seen.size}; coded relation types ${coded}, found ${found} ` +
    `(${(found / coded).toFixed(2)}); sentences with any relation ${withRelation}`,
);
