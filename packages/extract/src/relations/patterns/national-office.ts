/**
 * National offices (data/national-offices.json): a title that names the country holding it
 * ("Trade and Industry Secretary Ann Holt", "Defense Secretary Tom Reed") relates its holder to
 * that country when the text gives the title no body and the document names the country. A title
 * several countries use ("attorney general", "chancellor") is read only when the document names
 * exactly one of them; an opposition title ("shadow home secretary") holds no office.
 */
import type { Analysis, MentionSpan, RoleSpan } from '../../analysis.js';
import { leadersLexicon } from '../lexicon.js';
import { readData } from '../../lexicon.js';

interface OfficesFile {
  offices: Record<string, string[]>;
  countryNames: Record<string, string[]>;
}

let offices: Map<string, string[]> | undefined;
let extraNames: Map<string, string[]> | undefined;

/** Office title (lower case) -> the country codes that have it. */
function officeTable(): Map<string, string[]> {
  if (offices) return offices;
  const file = readData<OfficesFile>('national-offices.json');
  offices = new Map();
  extraNames = new Map(Object.entries(file.countryNames));
  for (const [code, titles] of Object.entries(file.offices)) {
    for (const t of titles) offices.set(t, [...(offices.get(t) ?? []), code]);
  }
  return offices;
}

/** Names in a country's list that name a part or a city of it, not the country. */
const NOT_THE_COUNTRY = new Set([
  'england',
  'englishman',
  'english',
  'englishwoman',
  'scot',
  'scotland',
  'scotsman',
  'washington',
  'washington d.c.',
]);
/** Words written before an office title as part of it ("Trade and Industry", "Culture, Media"). */
const TITLE_PART = /^(\p{Lu}[\p{L}-]*|and|of|the|,)$/u;
const MAX_PREFIX = 6;

/** The country a national office title names, as the document's nearest mention of it. */
export function nationalOfficeCountry(analysis: Analysis, role: RoleSpan): MentionSpan | undefined {
  const person = analysis.mentions[role.person];
  if (!person) return undefined;
  const codes = officeCodes(analysis, role, person.sentence);
  if (!codes) return undefined;
  const named = codes
    .map((code) => countryEntity(analysis, code))
    .filter((id): id is string => id !== undefined);
  if (named.length !== 1) return undefined;
  let best: MentionSpan | undefined;
  for (const m of analysis.mentions) {
    if (m.entityId !== named[0] || m.kind === 'pronoun') continue;
    if (!best || Math.abs(m.sentence - person.sentence) < Math.abs(best.sentence - person.sentence))
      best = m;
  }
  return best;
}

/** The countries whose office the title's words (with the capitalised words before it) name. */
function officeCodes(analysis: Analysis, role: RoleSpan, sentence: number): string[] | undefined {
  const table = officeTable();
  const tokens = analysis.tokens;
  let first = tokens.findIndex((t) => t.start >= role.start);
  if (first < 0) return undefined;
  const title = analysis.text.slice(role.start, role.end).toLowerCase().replace(/\s+/g, ' ');
  const words: string[] = [];
  for (let k = first - 1; k >= 0 && words.length < MAX_PREFIX; k--) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || !TITLE_PART.test(t.text)) break;
    words.unshift(t.lower);
    first = k;
  }
  const before = tokens[first - 1];
  if (before && before.sentence === sentence && before.lower === 'shadow') return undefined;
  if (words.includes('shadow')) return undefined;
  // The longest phrase that is an office: "trade and industry secretary" before "secretary".
  for (let j = 0; j <= words.length; j++) {
    const phrase = [...words.slice(j), title].join(' ').replace(/ ,/g, ',');
    const codes = table.get(phrase);
    if (codes) return codes;
  }
  return undefined;
}

/** The document's entity for the country with leaders.json code `code`, if it names it. */
function countryEntity(analysis: Analysis, code: string): string | undefined {
  const names = leadersLexicon().countries.get(code);
  if (!names) return undefined;
  officeTable();
  const order = [...names, ...(extraNames?.get(code) ?? [])].filter((n) => !NOT_THE_COUNTRY.has(n));
  let found: string | undefined;
  let best = Infinity;
  for (const e of analysis.entities.values()) {
    if (e.type !== 'GPE') continue;
    for (const n of [e.name, ...e.aliases]) {
      const rank = order.indexOf(n.toLowerCase());
      if (rank >= 0 && rank < best) {
        best = rank;
        found = e.id;
      }
    }
  }
  return found;
}
