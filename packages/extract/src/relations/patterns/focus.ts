/**
 * The organisation a report is about, as the body of a role the report names no body for: a
 * business report quotes "chief executive Ann Holt" of the company it is about, a music report
 * names "drummer Tom Reed" of the band it is about. Used by role.ts when no body is found in the
 * sentence (the role's own modifiers and phrases, an appointer, `companyInFocus`):
 *
 * - a company officer's title (`companyTitles` in nominal-frames.json) outside a sports report;
 * - a musician's role in a band (`bandRoles` in focus-roles.json), in a report that calls
 *   something a band (`bandNouns`);
 * - any role right after a noun for a kind of body (`bodyNouns`: "company spokesman Tom Reed",
 *   "club president Ann Holt"), in a sports report too.
 *
 * The organisation in focus is named in the report's first two sentences (the headline of a news
 * page and its lead; a band, or a club in a sports report, in the headline), has the most mentions of all organisations (three
 * at least; names with and without a possessive's "'s" count as one: "McDonald's" and the
 * "McDonald" of "McDonald's sales") and twice those of any other; and the role's own sentence
 * names no other organisation. A person the focus would
 * lead is never the focus itself, and a role qualified by a noun ("record label boss") or
 * held by a peer ("fellow guitarist") names another body. Confidence 0.5.
 *
 * So too a minister's title with a portfolio and no country ("oil minister Ana Ruiz", also a bare
 * "minister" title with its portfolio noun right before it: "agriculture minister"; not a bare
 * "minister" or a head of government's title) and the country the report is about
 * (`countryOfReport`): named in the
 * first sentence (by its name or its people: "Lemurians face fuel price rise"), the most
 * mentioned country (three mentions at least, twice those of any other), and no other country
 * named in the title's own sentence.
 */
import type { Analysis, MentionSpan } from '../../analysis.js';
import type { Context } from '../arguments.js';
import { namesCountry } from '../countries.js';
import type { SentenceTree } from '../tree.js';
import { readData } from '../../lexicon.js';

interface FocusData {
  bandRoles: string[];
  bandNouns: string[];
  bodyNouns: string[];
}

interface FocusLexicon {
  bandRoles: ReadonlySet<string>;
  bandNouns: ReadonlySet<string>;
  bodyNouns: ReadonlySet<string>;
}

let loaded: FocusLexicon | undefined;

function focusLexicon(): FocusLexicon {
  if (!loaded) {
    const d = readData<FocusData>('focus-roles.json');
    loaded = {
      bandRoles: new Set(d.bandRoles),
      bandNouns: new Set(d.bandNouns),
      bodyNouns: new Set(d.bodyNouns),
    };
  }
  return loaded;
}

/** First words of a minister's title that name no portfolio. */
const GENERIC_MINISTER = new Set(['cabinet', 'junior', 'government', 'senior', 'former', 'a']);
/** "MPs", "MEPs", "GPs": people named by a plural of initials. */
const PLURAL_INITIALS = /^\p{Lu}{2,}s$/u;
/** Mentions the organisation in focus has at least. */
const MIN_MENTIONS = 3;
/** How many times the mentions of the next organisation the focus has at least. */
const DOMINANCE = 2;

/** The organisation each analysed document is about, once per document (null: none). */
const FOCUS = new WeakMap<Analysis, Focus | null>();
/** The country each analysed document is about, once per document (null: none). */
const COUNTRY = new WeakMap<Analysis, Focus | null>();

/** An entity a report is about, and the entities of its name ("McDonald's", "McDonald"). */
export interface Focus {
  id: string;
  members: ReadonlySet<string>;
}
/** Whether the document calls something a band. */
const BANDS = new WeakMap<Analysis, boolean>();

/**
 * The mention of the organisation in focus to hold the role `key` whose words start at token
 * `before` in the sentence of `tree`, if the role is one a report leaves so and the document has
 * such an organisation; `held` are the entities holding the role.
 */
export function bodyInFocus(
  tree: SentenceTree,
  ctx: Context,
  key: string,
  before: number,
  held: ReadonlySet<string>,
): MentionSpan | undefined {
  const lex = focusLexicon();
  // "company spokesman Tom Reed", "club president Ann Holt": the noun names the body's kind, so
  // any role is held in the organisation in focus, in a sports report too.
  if (kindBefore(tree, before, lex)) {
    const focus = organisationInFocus(tree.analysis, ctx.sport);
    if (!focus || [...focus.members].some((id) => held.has(id))) return undefined;
    return mentionOf(tree, focus, before, (m) => typeOf(tree.analysis, m) === 'ORG');
  }
  const band = lex.bandRoles.has(key);
  // Clubs and broadcasters take turns in a sports report (a music report may read as one: its
  // bands "play" and "win"), so only a band's roles are read there.
  if (!band && (ctx.sport || !ctx.lex.companyTitles.has(key))) return undefined;
  const a = tree.analysis;
  if (band && !callsBand(a, lex)) return undefined;
  if (qualified(tree, key, before)) return undefined;
  const focus = organisationInFocus(a, ctx.sport);
  if (!focus || [...focus.members].some((id) => held.has(id))) return undefined;
  // A band's story names the band in its headline: a lead naming one may be a line-up's.
  if (band && !a.mentions.some((m) => m.sentence === 0 && focus.members.has(m.entityId))) {
    return undefined;
  }
  return mentionOf(tree, focus, before, (m) => typeOf(a, m) === 'ORG');
}

/**
 * Is the word right before the role's words at token `before` a noun for a kind of body
 * (`bodyNouns`: "company", "club", "band"), with no name before it ("company spokesman", not
 * "record company boss", "Globex company spokesman")?
 */
function kindBefore(tree: SentenceTree, before: number, lex: FocusLexicon): boolean {
  const k = before - 1;
  // Whatever the parse read it as ("Club president …" opening a sentence may come out ADJ).
  if (!tree.contains(k) || !lex.bodyNouns.has(tree.token(k).text.toLowerCase())) return false;
  const prev = k - 1;
  if (!tree.contains(prev)) return true;
  return !tree.mentionAt(prev) && !(tree.upos(prev) === 'NOUN' || tree.upos(prev) === 'PROPN');
}

/** Lower-case words a role may carry before it that name no other body ("former", "new"). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * "record label boss Clive Calder", "fellow guitarist Tom Reed": a noun before the role's words
 * says which body it is (another than the one in focus), and *fellow* makes its holder a peer.
 * Read back from token `before` over lower-case adjectives, and forward to the holder over the
 * words that are not the role's own.
 */
function qualified(tree: SentenceTree, key: string, before: number): boolean {
  const own = new Set(key.split(/[\s-]+/));
  const names = (k: number) =>
    tree.lower(k) === 'fellow' || (tree.upos(k) === 'NOUN' && !own.has(tree.lower(k)));
  // Back over the noun phrase's own words only: a verb or an article ends it.
  for (let k = before - 1; tree.contains(k) && LOWER_WORD.test(tree.token(k).text); k--) {
    if (names(k)) return true;
    if (tree.upos(k) !== 'ADJ') break;
  }
  for (let k = before; tree.contains(k) && LOWER_WORD.test(tree.token(k).text); k++) {
    if (names(k) && !own.has(tree.lower(k))) return true;
  }
  return false;
}

/**
 * "oil minister Ana Ruiz said" in a report about one country: that country's mention to hold
 * the minister's title whose words start at token `before`, if the report has such a country.
 */
export function countryOfReport(
  tree: SentenceTree,
  key: string,
  before: number,
): MentionSpan | undefined {
  // "oil minister", "minister of state for trade"; not a bare or cabinet "minister", which a
  // report about another country names as often from home ("former minister Ann Holt").
  const words = key.split(/\s+/);
  const portfolio = words.length === 1 && portfolioBefore(tree, before);
  if ((words.length < 2 && !portfolio) || GENERIC_MINISTER.has(words[0] ?? '')) return undefined;
  const a = tree.analysis;
  let known = COUNTRY.get(a);
  if (known === undefined) {
    // The headline only: a lead names a country for many reasons.
    known = findFocus(a, (m) => typeOf(a, m) === 'GPE' && namesCountry(a.tokens, m), 1) ?? null;
    COUNTRY.set(a, known);
  }
  if (!known) return undefined;
  return mentionOf(tree, known, before, (m) => typeOf(a, m) === 'GPE' && namesCountry(a.tokens, m));
}

/** A word written like a portfolio: "agriculture", "Tourism" (opening a sentence), "e-commerce". */
const PORTFOLIO_WORD = /^\p{L}[\p{Ll}-]*$/u;

/**
 * "agriculture minister Ana Ruiz", "natural resources minister …": a bare minister's title the
 * entities stage found, with a noun right before it naming a portfolio (not a name, not
 * "former" or "junior", not a determiner), which the title's words left out.
 */
function portfolioBefore(tree: SentenceTree, before: number): boolean {
  const k = before - 1;
  if (!tree.contains(k) || tree.mentionAt(k)) return false;
  if (tree.lower(tree.contains(before) ? before : k) !== 'minister') return false;
  const word = tree.token(k).text;
  return (
    PORTFOLIO_WORD.test(word) &&
    (tree.upos(k) === 'NOUN' || tree.upos(k) === 'PROPN') &&
    !GENERIC_MINISTER.has(word.toLowerCase())
  );
}

/**
 * The last mention of the entity in focus (or of another of its name) before token `before`
 * (else its first), unless the sentence of `tree` names another entity `rival` accepts.
 */
function mentionOf(
  tree: SentenceTree,
  focus: Focus,
  before: number,
  rival: (m: MentionSpan) => boolean,
): MentionSpan | undefined {
  let last: MentionSpan | undefined;
  let first: MentionSpan | undefined;
  for (const m of tree.analysis.mentions) {
    if (m.kind === 'pronoun') continue;
    if (focus.members.has(m.entityId)) {
      first ??= m;
      if (m.sentence < tree.sentence.i || (m.sentence === tree.sentence.i && m.lastToken <= before))
        last = m;
      continue;
    }
    // Another organisation (or country) in the role's own sentence may be the role's.
    if (m.sentence === tree.sentence.i && rival(m)) return undefined;
  }
  return last ?? first;
}

/**
 * The organisation the document is about, if one stands out; in a sports report the headline
 * must name it (a match report's lead names both sides).
 */
export function organisationInFocus(a: Analysis, sport: boolean): Focus | undefined {
  let known = FOCUS.get(a);
  if (known === undefined) {
    known = findFocus(a, (m) => typeOf(a, m) === 'ORG', sport ? 1 : OPENING) ?? null;
    FOCUS.set(a, known);
  }
  return known ?? undefined;
}

/** The possessive a business name may carry or drop ("McDonald's" and "McDonald's sales"). */
const POSSESSIVE_END = /['\u2019]s?$/u;
/** Sentences that may name the organisation in focus: a headline and its lead. */
const OPENING = 2;

/**
 * The entity that the first `opening` sentences name and whose mentions `kind` accepts stand
 * out. Entities of one name with and without a possessive's "'s" count as one ("McDonald's",
 * "McDonald" of "McDonald's sales"): the one with the most mentions stands for them.
 */
function findFocus(
  a: Analysis,
  kind: (m: MentionSpan) => boolean,
  opening: number,
): Focus | undefined {
  const counts = new Map<string, number>();
  const byEntity = new Map<string, number>();
  const key = new Map<string, string>();
  const named = new Set<string>();
  for (const m of a.mentions) {
    // "MPs", "MEPs": a plural of initials names people, no organisation.
    if (m.kind === 'pronoun' || !kind(m) || PLURAL_INITIALS.test(m.text)) continue;
    const name = a.entities.get(m.entityId)?.name ?? m.text;
    const k = name.toLowerCase().replace(POSSESSIVE_END, '');
    key.set(m.entityId, k);
    counts.set(k, (counts.get(k) ?? 0) + 1);
    byEntity.set(m.entityId, (byEntity.get(m.entityId) ?? 0) + 1);
    if (m.sentence < opening) named.add(k);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [best, next] = ranked;
  if (!best || best[1] < MIN_MENTIONS || !named.has(best[0])) return undefined;
  if (next && best[1] < DOMINANCE * next[1]) return undefined;
  const members = [...key].filter(([, k]) => k === best[0]).map(([id]) => id);
  members.sort((x, y) => (byEntity.get(y) ?? 0) - (byEntity.get(x) ?? 0));
  return { id: members[0] as string, members: new Set(members) };
}

function callsBand(a: Analysis, lex: FocusLexicon): boolean {
  let known = BANDS.get(a);
  if (known === undefined) {
    known = a.tokens.some((t) => lex.bandNouns.has(t.lower) || lex.bandNouns.has(t.lemma));
    BANDS.set(a, known);
  }
  return known;
}

function typeOf(a: Analysis, m: MentionSpan): string {
  return a.entities.get(m.entityId)?.type ?? m.type;
}
