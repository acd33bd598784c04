/**
 * The lexicons, loaded once per process from `packages/extract/data/`: the generated gazetteer
 * (`lexicon.json`, built by `pnpm lexicons`), the company-name words (`companies.json`, built by
 * `pnpm lexicons:companies`) and the hand-curated cue and title lists. Lookups walk
 * a trie of lower-cased tokens, one Map probe per token; the gazetteer's trie is built one first
 * word at a time as texts ask for it, so loading it is little more than reading the file.
 */
import { readFileSync } from 'node:fs';
import type { EntityType, MentionType, RelationType } from '@kg/schema';
import type { MentionKind } from './analysis.js';

export type CaseMode = 'cap' | 'exact' | 'any';
/** Where an entry came from: a country (name, short form, demonym), a capital or seat of government, a city, … */
export type LexClass =
  'country' | 'capital' | 'city' | 'place' | 'org' | 'person' | 'weapon' | 'event' | 'group';

export interface GazetteerEntry {
  /** Canonical entity name ("Iran" for "Tehran" and "Iranian"). */
  name: string;
  type: EntityType;
  mentionType: MentionType;
  kind: MentionKind;
  caseMode: CaseMode;
  lexClass: LexClass;
}

export type RoleRelation = Extract<RelationType, 'LEADER_OF' | 'SPOKESPERSON_OF' | 'MEMBER_OF'>;

/** A trie over lower-cased tokens: one Map step per token, stopping at the first miss. */
export interface PhraseNode<T> {
  value?: T;
  next?: Map<string, PhraseNode<T>>;
  /**
   * Phrases below this node not built into it yet, as numbers the table's `lazy` source turns
   * into a key and a value: the gazetteer builds a first word's subtree the first time a text asks
   * for it, so loading it costs one Map entry per first word and a number per phrase.
   */
  pending?: number[];
}

export interface PhraseTable<T> {
  root: Map<string, PhraseNode<T>>;
  /** Where a node's `pending` phrases come from: the phrase's whole key (words joined by spaces) and value. */
  lazy?: (id: number) => [string, T];
}

/** Builds a node's pending phrases into it (`depth` = the node's words from the root). */
function expand<T>(table: PhraseTable<T>, node: PhraseNode<T>, depth: number): void {
  const pending = node.pending;
  if (!pending || !table.lazy) return;
  node.pending = undefined;
  for (const id of pending) {
    const [key, value] = table.lazy(id);
    const words = key.split(' ');
    if (words.length === depth) node.value = value;
    else addWords(table, (node.next ??= new Map()), words, depth, value);
  }
}

/** Adds `words[from…]` below `level`, expanding what is pending on the way. */
function addWords<T>(
  table: PhraseTable<T>,
  level: Map<string, PhraseNode<T>>,
  words: readonly string[],
  from: number,
  value: T,
): void {
  let node: PhraseNode<T> | undefined;
  for (let k = from; k < words.length; k++) {
    if (node) level = node.next ??= new Map();
    const word = words[k] ?? '';
    node = level.get(word);
    if (!node) {
      node = {};
      level.set(word, node);
    }
    expand(table, node, k + 1);
  }
  if (node) node.value = value;
}

/** Adds a phrase (lower-cased words) to a table; a later value for the same phrase replaces it. */
export function addPhrase<T>(table: PhraseTable<T>, words: readonly string[], value: T): void {
  addWords(table, table.root, words, 0, value);
}

/** Adds phrase `id` of the table's `lazy` source, to be built on first use; `first` is its first word. */
function addPending<T>(table: PhraseTable<T>, first: string, id: number): void {
  let node = table.root.get(first);
  if (!node) {
    node = {};
    table.root.set(first, node);
  }
  (node.pending ??= []).push(id);
}

/** Longest phrase starting at token `i` (not crossing `end`), by the tokens' `lower`. */
export function longestPhrase<T>(
  table: PhraseTable<T>,
  tokens: readonly { lower: string }[],
  i: number,
  end: number,
): { length: number; value: T } | undefined {
  let level: Map<string, PhraseNode<T>> | undefined = table.root;
  let best: { length: number; value: T } | undefined;
  for (let k = i; k < end && level; k++) {
    const node: PhraseNode<T> | undefined = level.get(tokens[k]?.lower ?? '');
    if (!node) break;
    expand(table, node, k - i + 1);
    if (node.value !== undefined) best = { length: k - i + 1, value: node.value };
    level = node.next;
  }
  return best;
}

export interface Lexicon {
  gazetteer: PhraseTable<GazetteerEntry>;
  /** First words of entries matched in any case (weapon classes): lower-case tokens check only these. */
  anyCaseStarts: Set<string>;
  roles: PhraseTable<RoleRelation>;
  givenNames: Set<string>;
  /** Given names and surnames of many cultures (lower case). */
  personWords: Set<string>;
  /** One-word places and demonyms that are also people's names ("chad", "jordan", "christian"). */
  namesOfPlaces: Set<string>;
  /** Words that name a company or a brand and little else ("toshiba", "accenture"; lower case). */
  companyWords: Set<string>;
  /** Company names of capitalised words joined by hyphens ("coca-cola"; lower case). */
  companyNames: Set<string>;
  /** Every word of the gazetteer's people (political figures: "putin", "xi", "walesa"). */
  figureWords: Set<string>;
  /** Canonical names that a demonym points to: countries and nations ("England", "Wales"). */
  nations: Set<string>;
  roleModifiers: Set<string>;
  honorifics: Set<string>;
  /** Titles of peers, kept in the name before one name word ("Lord Halvering", "Baroness Treddle"). */
  peerTitles: Set<string>;
  orgSuffix: Set<string>;
  orgPrefix: Set<string>;
  locSuffix: Set<string>;
  locPrefix: Set<string>;
  facilitySuffix: Set<string>;
  facilityPrefix: Set<string>;
  eventSuffix: Set<string>;
  /** Common nouns that introduce a name of their kind: "oil firm Yukos", "his wife Cherie". */
  orgNouns: Set<string>;
  personNouns: Set<string>;
  /** Everyday jobs and people ("cleaner", "driver", "pensioner") heading an apposition. */
  jobNouns: Set<string>;
  placeNouns: Set<string>;
  /** Words before "of" that make the names after it places ("the outskirts of Bergen"). */
  placeOfHeads: Set<string>;
  /** Role nouns whose "of" phrase names one place ("the mayor of Carmel"; cues.json). */
  placeOfRoles: Set<string>;
  /** People of a place before "in" and a name: "officials in Kelbrook", "police in Dunmore". */
  localNounsBefore: Set<string>;
  /** People of a place and its police after a name: "a Bergen man", "Tarnby police". */
  localNounsAfter: Set<string>;
  /** Foreign prepositions that, capitalised inside a name, make it a body's ("Sans", "Sin"). */
  foreignFunctionWords: Set<string>;
  /** Tags and end marks of wire copy ("FILE -", "Enditem"). */
  wireMarks: Set<string>;
  /** Words of page buttons and share bars ("Autoplay", "Tumblr"). */
  pageChrome: Set<string>;
  /** Lower-case words after a name that make it a product ("format", "standard"). */
  productHeadsAfter: Set<string>;
  /**
   * Nouns of creative works (`works.json` *workNouns*, shared with the PRODUCES rules): a name
   * right after one is a work, PRODUCT ("the thriller Cold Ridge", "his album Blue Harbour").
   */
  workNouns: Set<string>;
  /**
   * Role nouns whose holder works in a body named right before them (`cues.json` *bodyRoles*,
   * lower case, one or two words): "Zantrix spokesman", "Morvane striker" make the name a body.
   */
  bodyRoles: Set<string>;
  /**
   * Nouns of a club's or a company's people (`cues.json` *clubNounsAfter*: "side", "fans",
   * "board") that make a capitalised everyday word right before them a body ("Celtic fans").
   */
  clubNounsAfter: Set<string>;
  /**
   * Jobs held at a firm or a university (`cues.json` *employerRoles*: "trader", "professor"):
   * with *bodyRoles*, before *at / for / with*, they make the name after it that body.
   */
  employerRoles: Set<string>;
  groupNouns: Set<string>;
  personVerbs: Set<string>;
  /** Lemmas of verbs of going: a capital after one and "to" is the city, not its government. */
  motionVerbs: Set<string>;
  /** Lemmas of nouns of going: "a visit to Beijing" is the city, as "flew to Beijing" is. */
  motionNouns: Set<string>;
  /** Lemmas whose object capital is the city visited, left or fought over (cues.json). */
  placeObjectVerbs: Set<string>;
  locativePrepositions: Set<string>;
  /** Words and two-word phrases between the two sides of a match: "beat", "lost to", "v". */
  contestVerbs: Set<string>;
  /** Words of sports reports ("innings", "striker", "league"): three or more make one. */
  sportWords: Set<string>;
  /** Lower-case words after a name that make it a place: "the Guangdong province" (GPE). */
  placeHeadsAfter: Set<string>;
  /** …a natural place: "the Pamir mountains" (LOC). */
  landHeadsAfter: Set<string>;
  /** Lower-case words after a name that make it an organisation: "Jones stock", "the X daily". */
  companyNounsAfter: Set<string>;
  /** Lower-case vehicle words after a brand: "a Varden truck" (the brand names a PRODUCT). */
  vehicleHeadsAfter: Set<string>;
  /** Lower-case venue words after a name: "the Larkin restaurant" (FACILITY). */
  venueHeadsAfter: Set<string>;
  /** Nouns before "of" / "in" and a company: "shares of Jones", "a stake in Comelf". */
  companyNounsBefore: Set<string>;
  /** What a company has, after "X 's": "El Al 's head office", "Jones 's chairman". */
  companyPossessions: Set<string>;
  /** Group nouns that after a capital make it the city, not its country: "Paris police". */
  cityGroupNouns: Set<string>;
  /** Kinds of business, capitalised after "X 's": "Holt 's Body Shop" names one business. */
  businessNouns: Set<string>;
  /** Kin a person has and a body has not, after a possessive: "Gaddafi 's sons". */
  personPossessions: Set<string>;
  /** Lower-case words after a name that make it a group: "Zarvani fighters" (ORG). */
  groupHeadsAfter: Set<string>;
  /** Nouns before "of" and a group: "militants of Zarvan", "the armed wing of Zarvan" (ORG). */
  groupNounsBefore: Set<string>;
  nameConnectors: Set<string>;
  stopCapitals: Set<string>;
  /** Generic words of place names ("republic", "oblast"): "Kyiv Oblast" resolves with "Kyiv". */
  placeGenerics: Set<string>;
  /** Company legal forms ("corp.", "plc"): "Microsoft Corp." resolves with "Microsoft". */
  legalForms: Set<string>;
}

/** The gazetteer as `pnpm lexicons` writes it: entries grouped by their tags (see its `format`). */
interface LexiconFile {
  groups: [
    [EntityType, MentionType, MentionKind, CaseMode, LexClass],
    (string | [string, string])[],
  ][];
  givenNames: string[];
  personWords: string[];
  namesOfPlaces: string[];
}

/** Bits of a gazetteer phrase's id below its group's index (the entry's place in its group). */
const ENTRY_BITS = 20;

/** A gazetteer entry's key: the name in lower case unless the file gives one. */
const entryKey = (entry: string | [string, string]): string =>
  typeof entry === 'string' ? entry.toLowerCase() : entry[0];

/**
 * The gazetteer, nothing built but its first words: each phrase is a number (its group and its
 * place in it) until a text reaches its first word, and only then gets its entry object and its
 * subtree (`PhraseTable.lazy`).
 */
function gazetteerTable(file: LexiconFile): PhraseTable<GazetteerEntry> {
  const groups = file.groups;
  const table: PhraseTable<GazetteerEntry> = {
    root: new Map(),
    lazy: (id) => {
      const [[type, mentionType, kind, caseMode, lexClass], entries] = groups[
        id >>> ENTRY_BITS
      ] as LexiconFile['groups'][number];
      const entry = entries[id & ((1 << ENTRY_BITS) - 1)] ?? '';
      const name = typeof entry === 'string' ? entry : entry[1];
      return [entryKey(entry), { name, type, mentionType, kind, caseMode, lexClass }];
    },
  };
  groups.forEach(([, entries], g) => {
    if (entries.length >= 1 << ENTRY_BITS) throw new RangeError('lexicon group too large');
    for (let i = 0; i < entries.length; i++) {
      const key = entryKey(entries[i] ?? '');
      const space = key.indexOf(' ');
      addPending(table, space < 0 ? key : key.slice(0, space), (g << ENTRY_BITS) | i);
    }
  });
  return table;
}

/** Every word of more than one letter of the gazetteer's people (political figures). */
function figureWordsOf(file: LexiconFile): Set<string> {
  const words = new Set<string>();
  for (const [[, , , , lexClass], entries] of file.groups) {
    if (lexClass !== 'person') continue;
    for (const entry of entries) {
      for (const word of entryKey(entry).split(' ')) if (word.length > 1) words.add(word);
    }
  }
  return words;
}

interface CuesFile {
  orgSuffix: string[];
  orgPrefix: string[];
  locSuffix: string[];
  locPrefix: string[];
  facilitySuffix: string[];
  facilityPrefix: string[];
  eventSuffix: string[];
  orgNouns: string[];
  personNouns: string[];
  jobNouns: string[];
  placeNouns: string[];
  placeOfHeads: string[];
  placeOfRoles: string[];
  localNounsBefore: string[];
  localNounsAfter: string[];
  foreignFunctionWords: string[];
  wireMarks: string[];
  pageChrome: string[];
  productHeadsAfter: string[];
  groupNouns: string[];
  personVerbs: string[];
  motionVerbs: string[];
  motionNouns: string[];
  placeObjectVerbs: string[];
  locativePrepositions: string[];
  contestVerbs: string[];
  sportWords: string[];
  placeHeadsAfter: string[];
  landHeadsAfter: string[];
  companyNounsAfter: string[];
  vehicleHeadsAfter: string[];
  venueHeadsAfter: string[];
  companyNounsBefore: string[];
  companyPossessions: string[];
  cityGroupNouns: string[];
  businessNouns: string[];
  personPossessions: string[];
  groupHeadsAfter: string[];
  groupNounsBefore: string[];
  nameConnectors: string[];
  stopCapitals: string[];
  placeGenerics: string[];
  legalForms: string[];
  bodyRoles: string[];
  clubNounsAfter: string[];
  employerRoles: string[];
}

/** `works.json`, the creative-work nouns the PRODUCES rules read too. */
interface WorksFile {
  workNouns: string[];
}

/** `companies.json`, written by `scripts/build-companies.mjs`. */
interface CompaniesFile {
  words: string[];
  hyphenated: string[];
}

interface TitlesFile {
  roles: Record<string, RoleRelation>;
  modifiers: string[];
  honorifics: string[];
  peerTitles: string[];
}

/** A data file of the package (`data/NAME`), parsed: the one place the rules read their JSON. */
export const readData = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8')) as T;

/** Splits a lower-case phrase the way the matcher sees tokens ("vice-president" → "vice - president"). */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/(\w)-(\w)/g, '$1 - $2')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function phraseTable<T>(pairs: Iterable<[string, T]>): PhraseTable<T> {
  const table: PhraseTable<T> = { root: new Map() };
  for (const [key, value] of pairs) addPhrase(table, key.split(' '), value);
  return table;
}

let cached: Lexicon | undefined;

/** Loads the lexicons (once per process). */
export function loadLexicon(): Lexicon {
  if (cached) return cached;
  const file = readData<LexiconFile>('lexicon.json');
  const cues = readData<CuesFile>('curated/cues.json');
  const titles = readData<TitlesFile>('curated/titles.json');
  const works = readData<WorksFile>('works.json');
  const companies = readData<CompaniesFile>('companies.json');
  const set = (words: string[]) => new Set(words.map((w) => w.toLowerCase()));
  const anyCaseStarts = new Set<string>();
  const nations = new Set<string>();
  for (const [[, , kind, caseMode], entries] of file.groups) {
    if (kind !== 'demonym' && caseMode !== 'any') continue;
    for (const entry of entries) {
      if (kind === 'demonym') nations.add(typeof entry === 'string' ? entry : entry[1]);
      if (caseMode === 'any') anyCaseStarts.add(entryKey(entry).split(' ', 1)[0] ?? '');
    }
  }
  let figureWords: Set<string> | undefined;
  cached = {
    gazetteer: gazetteerTable(file),
    anyCaseStarts,
    // A title of two words is also written with a hyphen: "Major-General", "Lieutenant-Colonel".
    roles: phraseTable(
      Object.entries(titles.roles).flatMap(([role, relation]): [string, RoleRelation][] => {
        const key = phraseKey(role);
        const words = key.split(' ');
        const pairs: [string, RoleRelation][] = [[key, relation]];
        if (words.length === 2) pairs.push([words.join(' - '), relation]);
        // wink keeps most hyphenated words one token: "vice-president", "co-chairman".
        const whole = role.toLowerCase();
        if (whole.includes('-') && !whole.includes(' ')) pairs.push([whole, relation]);
        return pairs;
      }),
    ),
    givenNames: set(file.givenNames),
    personWords: set(file.personWords),
    namesOfPlaces: set(file.namesOfPlaces),
    companyWords: set(companies.words),
    companyNames: set(companies.hyphenated),
    // Built when first asked for: one text in a few reaches the check that reads it.
    get figureWords() {
      return (figureWords ??= figureWordsOf(file));
    },
    nations,
    roleModifiers: set(titles.modifiers),
    honorifics: set(titles.honorifics),
    peerTitles: set(titles.peerTitles),
    orgSuffix: set(cues.orgSuffix),
    orgPrefix: set(cues.orgPrefix),
    locSuffix: set(cues.locSuffix),
    locPrefix: set(cues.locPrefix),
    facilitySuffix: set(cues.facilitySuffix),
    facilityPrefix: set(cues.facilityPrefix),
    eventSuffix: set(cues.eventSuffix),
    orgNouns: set(cues.orgNouns),
    personNouns: set(cues.personNouns),
    jobNouns: set(cues.jobNouns),
    placeNouns: set(cues.placeNouns),
    placeOfHeads: set(cues.placeOfHeads),
    placeOfRoles: set(cues.placeOfRoles),
    localNounsBefore: set(cues.localNounsBefore),
    localNounsAfter: set(cues.localNounsAfter),
    foreignFunctionWords: set(cues.foreignFunctionWords),
    wireMarks: set(cues.wireMarks),
    pageChrome: set(cues.pageChrome),
    productHeadsAfter: set(cues.productHeadsAfter),
    workNouns: set(works.workNouns),
    bodyRoles: set(cues.bodyRoles),
    clubNounsAfter: set(cues.clubNounsAfter),
    employerRoles: set(cues.employerRoles),
    groupNouns: set(cues.groupNouns),
    personVerbs: set(cues.personVerbs),
    motionVerbs: set(cues.motionVerbs),
    motionNouns: set(cues.motionNouns),
    placeObjectVerbs: set(cues.placeObjectVerbs),
    locativePrepositions: set(cues.locativePrepositions),
    contestVerbs: set(cues.contestVerbs),
    sportWords: set(cues.sportWords),
    placeHeadsAfter: set(cues.placeHeadsAfter),
    landHeadsAfter: set(cues.landHeadsAfter),
    companyNounsAfter: set(cues.companyNounsAfter),
    vehicleHeadsAfter: set(cues.vehicleHeadsAfter),
    venueHeadsAfter: set(cues.venueHeadsAfter),
    companyNounsBefore: set(cues.companyNounsBefore),
    companyPossessions: set(cues.companyPossessions),
    cityGroupNouns: set(cues.cityGroupNouns),
    businessNouns: set(cues.businessNouns),
    personPossessions: set(cues.personPossessions),
    groupHeadsAfter: set(cues.groupHeadsAfter),
    groupNounsBefore: set(cues.groupNounsBefore),
    nameConnectors: set(cues.nameConnectors),
    stopCapitals: set(cues.stopCapitals),
    placeGenerics: set(cues.placeGenerics),
    legalForms: set(cues.legalForms),
  };
  return cached;
}

/** Does a lower-case word before "of" make the names after it places ("the towns of")? */
export function placeOfHead(lex: Lexicon, word: string): boolean {
  return (
    lex.placeNouns.has(word) ||
    lex.placeNouns.has(word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/u, '')) ||
    lex.placeOfHeads.has(word)
  );
}
