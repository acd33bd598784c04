#!/usr/bin/env node
// Builds packages/extract/data/leaders.json: people in government -> their country, so that
// "President Joe Biden" (no country named) gives LEADER_OF and "the Biden administration"
// acts as its country.
//
//   node scripts/build-leaders.mjs [--phoenix PATH]
//
// Source: PETRARCH2 Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT, (c) Open Event
// Data Alliance), read from ../shared/lexicon-sources/petrarch2/. A person entry is a name line,
// "+" alias lines and tab-indented codes such as "[USAGOV >090120]"; the first three letters of a
// code name the country. Country blocks ("IRAN_  [IRN]" and their "+" names) give each code's
// names, matched at run time against the document's entity names.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = argv.indexOf('--phoenix');
const src =
  arg >= 0
    ? resolve(argv[arg + 1])
    : resolve(root, '../shared/lexicon-sources/petrarch2/Phoenix.Countries.actors.txt');
const outPath = join(root, 'packages/extract/data/leaders.json');

/** Role codes that mean a government or political role (not, e.g., business or media). */
const ROLES = new Set(['GOV', 'ELI', 'MIL', 'LEG', 'JUD', 'OPP', 'PTY']);
const clean = (s) =>
  s
    .replace(/#.*$/, '')
    .trim()
    .replace(/^\+/, '')
    .replace(/_+$/, '')
    .replace(/_/g, ' ')
    .toLowerCase()
    .trim();

const countries = {};
const people = {};
let country = null;
let names = [];
let codes = [];
const flush = () => {
  if (names.length && codes.length) {
    const votes = codes.filter((c) => ROLES.has(c.slice(3, 6))).map((c) => c.slice(0, 3));
    const code = votes[votes.length - 1];
    if (code && countries[code]) {
      for (const n of names) if (n.split(' ').length >= 2 && !(n in people)) people[n] = code;
    }
  }
  names = [];
  codes = [];
};

for (const raw of readFileSync(src, 'utf8').split('\n')) {
  const line = raw.replace(/\r$/, '');
  if (!line.trim() || line.trim().startsWith('#')) continue;
  const block = /^([A-Z][^\s[#]*)\s+\[([A-Z]{3})\]/.exec(line);
  if (block) {
    flush();
    country = block[2];
    // A code may head several blocks (France, then Saint Barthelemy under FRA): the first
    // block's names come first.
    countries[country] ??= [];
    countries[country].push(clean(block[1]));
    continue;
  }
  if (line.startsWith('\t') || line.startsWith(' ')) {
    for (const m of line.matchAll(/\[([A-Z]{6,})[^\]]*\]/g)) codes.push(m[1]);
    country = null;
    continue;
  }
  if (line.startsWith('+')) {
    const n = clean(line);
    if (country) countries[country]?.push(n);
    else if (names.length) names.push(n);
    continue;
  }
  flush();
  country = null;
  names = [clean(line)];
}
flush();

// Country blocks list the country's names first, then its cities; keep the names.
for (const code of Object.keys(countries)) countries[code] = countries[code].slice(0, 12);

const out = {
  header: {
    description:
      'People holding government, military or political roles -> ISO-like country code; country code -> names. ' +
      'Used only to give a country to a titled person whose country the text does not name ("President Joe Biden", ' +
      '"the Biden administration").',
    sources: [
      'PETRARCH2 Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT, (c) 2014 Open Event Data Alliance)',
    ],
    generatedBy: 'node scripts/build-leaders.mjs',
  },
  countries,
  people: Object.fromEntries(Object.entries(people).sort(([a], [b]) => a.localeCompare(b))),
};
writeFileSync(outPath, JSON.stringify(out) + '\n');
console.log(
  `leaders.json: ${Object.keys(people).length} people, ${Object.keys(countries).length} countries`,
);
