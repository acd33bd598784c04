/**
 * Countries: the country a person governs or serves, when the text does not say it (the
 * person's name looked up in data/leaders.json, the country found among the document's own
 * entities), and whether a mention names a country (the gazetteer's country entries).
 */
import type { Analysis, EntityCluster, MentionSpan, Token } from '../analysis.js';
import { loadLexicon, longestPhrase } from '../lexicon.js';
import type { LexClass } from '../lexicon.js';
import { leadersLexicon } from './lexicon.js';

/** Whether the mention's words are a country's name in the gazetteer ("Sudan", not "Kassala"). */
export function namesCountry(tokens: readonly Token[], m: MentionSpan): boolean {
  if (m.kind === 'capital' || m.kind === 'demonym') return true;
  return gazetteerClass(tokens, m) === 'country';
}

/** The gazetteer class of exactly the mention's words: country, place (state, region), city … */
export function gazetteerClass(tokens: readonly Token[], m: MentionSpan): LexClass | undefined {
  const entry = longestPhrase(loadLexicon().gazetteer, tokens, m.firstToken, m.lastToken);
  return entry?.length === m.lastToken - m.firstToken ? entry.value.lexClass : undefined;
}

/** Compass words before a place: "eastern", "south-west", "central", "north". */
export function isCompassWord(word: string): boolean {
  return /^(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?$|^central$/.test(word);
}

const cache = new WeakMap<Analysis, Map<string, MentionSpan | null>>();

function namesOf(e: EntityCluster): string[] {
  return [e.name, ...e.aliases].map((n) => n.toLowerCase());
}

/**
 * A mention of the country of person entity `personId` in this document, if any; with `near`,
 * only a mention within `window` sentences of sentence `near` (the text must be talking about
 * that country there).
 */
export function countryMentionOf(
  analysis: Analysis,
  personId: string,
  near?: number,
  window = 2,
): MentionSpan | undefined {
  const found = documentCountry(analysis, personId);
  if (!found || near === undefined) return found;
  let best: MentionSpan | undefined;
  for (const m of analysis.mentions) {
    if (m.entityId !== found.entityId || Math.abs(m.sentence - near) > window) continue;
    if (!best || Math.abs(m.sentence - near) < Math.abs(best.sentence - near)) best = m;
  }
  return best;
}

function documentCountry(analysis: Analysis, personId: string): MentionSpan | undefined {
  let perDoc = cache.get(analysis);
  if (!perDoc) {
    perDoc = new Map();
    cache.set(analysis, perDoc);
  }
  const known = perDoc.get(personId);
  if (known !== undefined) return known ?? undefined;
  const found = lookup(analysis, personId);
  perDoc.set(personId, found ?? null);
  return found;
}

function lookup(analysis: Analysis, personId: string): MentionSpan | undefined {
  const person = analysis.entities.get(personId);
  if (!person || person.type !== 'PERSON') return undefined;
  const lex = leadersLexicon();
  const code = namesOf(person)
    .map((n) => lex.people.get(n))
    .find((c) => c !== undefined);
  const names = code ? lex.countries.get(code) : undefined;
  if (!names) return undefined;
  // The entity matching the earliest name of the list: the country itself before its capital.
  const order = [...names];
  let country: EntityCluster | undefined;
  let best = Infinity;
  for (const e of analysis.entities.values()) {
    if (e.type !== 'GPE') continue;
    for (const n of namesOf(e)) {
      const rank = order.indexOf(n);
      if (rank >= 0 && rank < best) {
        best = rank;
        country = e;
      }
    }
  }
  if (!country) return undefined;
  return analysis.mentions.find((m) => m.entityId === country.id);
}
