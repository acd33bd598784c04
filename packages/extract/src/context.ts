/**
 * Context typing: the words around a name say what it names, and one such reading settles
 * every guess of the same name in the document. Runs after the tagger has settled the rules'
 * guesses and before teams and resolution, on guesses only (gazetteer entries, cue words and
 * titles stay as they are). The cues, from `cues.json`:
 *
 * - a place noun and *of* before: "the town of **Bou Haroun**", "the eastern province of
 *   **Zhejiang**" → GPE;
 * - a place or land word after, in lower case: "the **Guangdong** province", "the **Pamir**
 *   mountains" → GPE / LOC;
 * - a dateline: a line that opens with the name, in capitals or before a comma and a known
 *   place, then a date, an agency in brackets, a dash or nothing ("MAHALA , Bosnia 1996-08-31",
 *   "ROCHESTER , N.H. 1996-08-30", "KHASAVYURT (Reuters) —") → GPE;
 * - company words: "**El Al** 's head office", "shares of **Jones**", "**Jones** stock",
 *   "**Comelf** said its output" → ORG;
 * - a person named in full as its possession ("**Everton** 's Duncan Ferguson"; not when the name
 *   is itself a person's, given name first, owning a work: "Paul Varden 's Le Grand Soir"), or a plural
 *   verb after it opening a clause ("**Rotor** are well placed") → ORG: a team or a body;
 * - the other end of a stretch from a known town ("between Srinagar and **Muzaffarabad**") → GPE;
 * - group words: "**Zarvan** fighters", "militants of **Zarvan**", "the armed wing of
 *   **Zarvan**", "**Zarvan** claimed responsibility" → ORG, an armed or political group;
 * - a role in apposition without an article: "**Vik**, former deputy director of the mint," →
 *   PERSON (`role-appositions.ts`);
 * - a work described after a comma: "**Cold Ridge**, directed by Kari Lund", "**Blue Harbour**,
 *   her third album" → PRODUCT.
 *
 * Then one name, one reading: every other guess with the same words takes the context's type
 * (when contexts disagree, each keeps its own and the others take the most frequent).
 */
import type { EntityType } from '@kg/schema';
import type { Token } from './analysis.js';
import { hasLetter, isAllCaps, isCap } from './casing.js';
import { placeOfHead, type Lexicon } from './lexicon.js';
import type { RawMention } from './raw-mention.js';
import { companyCue } from './company-cues.js';
import { takeoverSide } from './acquisitions.js';
import { castAfterStarring, starringTitle } from './starring-titles.js';
import { followedUpWork } from './sequel-titles.js';
import { copulaDescriptionStart } from './copular-descriptions.js';
import { afterPlaceOwner } from './possessive-descriptions.js';
import { employerAfterRole } from './employer-cues.js';
import { subjectOfParticiple } from './fronted-participles.js';
import { placeAfterLocals, placeBeforeLocals } from './local-groups.js';
import { surnameOfNamedPerson } from './person-surnames.js';
import { roleInApposition } from './role-appositions.js';
import { inSentence } from './sentence-tokens.js';

/** A wire dateline's date: "1996-08-30". */
const DATE = /^\d{4}-\d\d-\d\d$/;
const DASHES = new Set(['-', '–', '—', '--']);

const isGuess = (m: RawMention) =>
  !m.canonical &&
  (!m.confident || !!m.yieldable) &&
  m.type !== 'NORP' &&
  (m.kind === 'name' || m.kind === 'acronym');

const key = (tokens: readonly Token[], m: RawMention) =>
  tokens
    .slice(m.firstToken, m.lastToken)
    .map((t) => t.lower)
    .join(' ');

/** Retypes, in place, the guesses their context or a sibling's context types; returns how many. */
export function typeByContext(
  tokens: readonly Token[],
  mentions: RawMention[],
  lex: Lexicon,
): number {
  const read = new Map<RawMention, EntityType>();
  mentions.forEach((m, n) => {
    if (!isGuess(m)) return;
    const type = contextType(tokens, mentions, n, lex);
    if (type) read.set(m, type);
  });
  // One name, one reading: the contexts of a name vote for all its guesses.
  const votes = new Map<string, Map<EntityType, number>>();
  for (const [m, type] of read) {
    const k = key(tokens, m);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(k, v);
  }
  let retyped = 0;
  const settle = (m: RawMention, type: EntityType) => {
    if (m.entityType !== type) retyped++;
    m.type = type;
    m.entityType = type;
    m.confident = true;
    delete m.yieldable;
    // "MAHALA" in a dateline is a word in capitals, not an acronym.
    if (m.kind === 'acronym' && type !== 'ORG') m.kind = 'name';
  };
  for (const m of mentions) {
    if (!isGuess(m)) continue;
    const own = read.get(m);
    const v = votes.get(key(tokens, m));
    const voted = v && [...v].sort((a, b) => b[1] - a[1])[0]?.[0];
    const type = own ?? voted;
    if (type) settle(m, type);
  }
  return retyped;
}

/** The type the words around mention n give it, or undefined. */
function contextType(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  n: number,
  lex: Lexicon,
): EntityType | undefined {
  const m = mentions[n] as RawMention;
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  const prev = at(m.firstToken - 1);
  const before = at(m.firstToken - 2);
  const next = at(m.lastToken);
  const after = at(m.lastToken + 1);
  // "the town of Bou Haroun", "the eastern province of Zhejiang", "the outskirts of Vardby",
  // "the mayor of Carmel".
  const headFirst = before && !at(m.firstToken - 3);
  if (
    prev?.lower === 'of' &&
    before &&
    (before.text === before.lower || headFirst) &&
    (placeOfHead(lex, before.lower) || lex.placeOfRoles.has(before.lower))
  ) {
    return 'GPE';
  }
  // "Depp starred in Finding Neverland": what one stars in is a work.
  if (starringTitle(tokens, m)) return 'PRODUCT';
  // "Steel Warden and its sequel", "the remake of Cold Ridge": what has a sequel is a work.
  if (followedUpWork(tokens, m)) return 'PRODUCT';
  // "starring Sydney Poitier and Ruby Dee": the cast.
  if (castAfterStarring(tokens, m)) return 'PERSON';
  // "officials in Kelbrook said", "police in Dunmore".
  if (placeAfterLocals(tokens, m, lex)) return 'GPE';
  // "a Bergen man was arrested", "Tarnby police said".
  if (placeBeforeLocals(tokens, m, lex)) return 'GPE';
  // "the Guangdong province", "the Pamir mountains" (a lower-case word: "Guangdong Province"
  // is a name of its own).
  if (next && next.text === next.lower) {
    if (lex.placeHeadsAfter.has(next.lower)) return 'GPE';
    if (lex.landHeadsAfter.has(next.lower)) return 'LOC';
    // Not a verb with its object ("Holt shares the view"), nor after the surname of a person the
    // document names in full ("Manuel Noriega … Noriega shares power with the army").
    if (
      lex.companyNounsAfter.has(next.lower) &&
      !takesObject(after) &&
      !surnameOfNamedPerson(tokens, mentions, m)
    ) {
      return 'ORG';
    }
    // "the Varden truck": a vehicle of that brand, a product; "the Larkin restaurant": a venue.
    // Not a name particle: "Joost van der Berg"; not a vehicle word modifying a noun after it
    // ("Zarvan car patrols", "Zarvan car and bicycle patrols": the body's patrols).
    if (
      lex.vehicleHeadsAfter.has(next.lower) &&
      !(after && isCap(after)) &&
      !modifiesNoun(at, m.lastToken + 1)
    ) {
      return 'PRODUCT';
    }
    // Not an acronym, most often a body's ("the BNP office").
    if (lex.venueHeadsAfter.has(next.lower) && m.kind !== 'acronym') return 'FACILITY';
    // "the Zorbex format", "the Q9 standard".
    if (lex.productHeadsAfter.has(next.lower)) return 'PRODUCT';
    // "Zarvani fighters", "Zarvan militants": an armed or political group.
    if (lex.groupHeadsAfter.has(next.lower)) return 'ORG';
  }
  // "El Al 's head office", "Jones 's shares".
  if (next && /^['’]s?$/.test(next.text) && after) {
    const two = `${after.lower} ${at(m.lastToken + 2)?.lower ?? ''}`;
    if (lex.companyPossessions.has(after.lower) || lex.companyPossessions.has(two)) return 'ORG';
    // "Gaddafi 's sons", "Levrentyeva 's lawyer", "Rabin 's assassination": kin, a body of
    // one's own, a death; not an act done to others ("Syria 's killing of protesters").
    const then = at(m.lastToken + 2);
    if (lex.personPossessions.has(after.lower) && then?.lower !== 'of') return 'PERSON';
  }
  // "shares of Jones", "a stake in Comelf".
  if (prev && (prev.lower === 'of' || prev.lower === 'in') && before) {
    if (lex.companyNounsBefore.has(before.lower)) return 'ORG';
  }
  // "chief executive of Varnel", "Tarvex's managing director", "Torvane posted profits".
  if (companyCue(tokens, m.firstToken, m.lastToken)) return 'ORG';
  // "Quorvix bought Halvane", "the takeover of Velkin".
  if (takeoverSide(tokens, mentions, m, lex)) return 'ORG';
  // "an analyst at Nomura", "a spokesman for Initech", "head of research at Globex".
  if (employerAfterRole(tokens, mentions, m, lex)) return 'ORG';
  // "militants of Zarvan", "the armed wing of Zarvan".
  if (prev?.lower === 'of' && before && lex.groupNounsBefore.has(before.lower)) return 'ORG';
  // "Kolm, a small town near the coast,"; "Bellwood is a small town in Kent".
  const copula = copulaDescriptionStart(tokens, m);
  const described =
    describedInApposition(tokens, mentions, m, lex) ??
    (copula === undefined ? undefined : describedFrom(tokens, mentions, m, copula, lex));
  if (described) return described;
  // "Vik, former deputy director of the mint,": a bare role in apposition.
  if (roleInApposition(tokens, m, lex)) return 'PERSON';
  if (describedAsWork(tokens, m, lex)) return 'PRODUCT';
  if (claimsResponsibility(tokens, m)) return 'ORG';
  if (describedAsPerson(tokens, m, lex)) return 'PERSON';
  // "Born in Lagos, Ade Bello moved …", "Founded in 1990, Globex makes …".
  const subject = subjectOfParticiple(tokens, m);
  if (subject) return subject;
  // "Comelf said its output …": a body speaking of itself as "its"; not a person named in full
  // speaking of the body they lead ("Ann Holt said its sales rose").
  const given =
    m.lastToken - m.firstToken > 1 && lex.givenNames.has(tokens[m.firstToken]?.lower ?? '');
  if (next && lex.personVerbs.has(next.lower) && after?.lower === 'its' && !given) return 'ORG';
  // Not a person named in full owning a work ("Evelyn Waugh's Brideshead Revisited").
  if ((possessesPerson(tokens, mentions, n) && !given) || takesPluralVerb(tokens, m)) return 'ORG';
  if (betweenPlaces(tokens, mentions, n)) return 'GPE';
  if (listedAfterPlace(tokens, mentions, n)) return 'GPE';
  if (isDateline(tokens, mentions, n)) return 'GPE';
  return undefined;
}

/**
 * Is the word after a company noun ("shares", "stock") the start of an object, so that the
 * company noun was a verb ("shares power", "shares the view", "shares his concern")?
 */
function takesObject(t: Token | undefined): boolean {
  return !!t && OBJECT_OPENERS.has(t.text);
}

const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'this',
  'that',
  'these',
  'those',
]);

/**
 * Does a lower-case noun follow at k ("car patrols", "truck driver"), or "and" / "or" and two
 * lower-case words of which the second is a noun ("car and bicycle patrols")? Then the word before
 * k modifies that noun.
 */
function modifiesNoun(at: (i: number) => Token | undefined, k: number): boolean {
  const noun = (t: Token | undefined) => !!t && t.pos === 'NOUN' && t.text === t.lower;
  const t = at(k);
  if (noun(t)) return true;
  if (t?.lower !== 'and' && t?.lower !== 'or') return false;
  const w = at(k + 1);
  return !!w && w.text === w.lower && noun(at(k + 2));
}

/** A person noun or a role word ("lawyer", "leader"). */
const personWord = (lex: Lexicon, w: string) =>
  lex.personNouns.has(w) || lex.roles.root.get(w)?.value !== undefined;

/**
 * "Halvik is a lawyer", "Vennor was a former aide", "Ostrad (leader of the Left)": a copula and
 * an article, or a bracket, before a person noun or a role word (two modifiers at most between).
 */
function describedAsPerson(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  let k = m.lastToken;
  const first = at(k);
  if (first?.text === '(') k++;
  else if (first?.lower === 'is' || first?.lower === 'was') {
    const article = at(k + 1)?.lower;
    if (article !== 'a' && article !== 'an') return false;
    k += 2;
  } else return false;
  for (let n = 0; n < 3; n++) {
    const t = at(k + n);
    if (!t || t.text !== t.lower) return false;
    if (t.pos === 'NOUN') return personWord(lex, t.lower);
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Words that may close an apposition after its head noun. */
const APPOSITION_ENDS = new Set([
  ',',
  '.',
  ';',
  ')',
  '--',
  '—',
  '–',
  'who',
  'which',
  'that',
  'whose',
  'in',
  'near',
  'from',
  'at',
  'of',
  'on',
  'based',
]);

/** Participles after a place and a hyphen in a description: "the Chicago-based plane maker". */
const BASED = new Set(['based', 'headquartered', 'listed', 'owned', 'registered']);
/** Nouns owning a superlative in a description: "the country's biggest lender". */
const OWNER_NOUNS = new Set(['country', 'nation', 'world', 'region', 'continent', 'state']);

/**
 * "Popescu, a Romanian cleaner,", "Varnel, the retailer,", "Kolm, a small town near …": an
 * article after the name and a comma opens a description whose head noun, before a comma, a
 * full stop, a relative pronoun or a preposition ("a town near …"), says what the name is: a
 * person noun, role word or everyday job (`jobNouns`: "cleaner", "driver") → PERSON, an
 * organisation noun → ORG, a place noun → GPE. A few modifiers stand before the head: lower-case
 * words, numbers and hyphens ("a 45-year-old man"), a demonym, a place and *-based* ("the
 * Chicago-based plane maker"), or a place or *country, nation, world* owning a superlative ("the
 * country's biggest lender", "Britain's biggest bank"). Not a noun owning what follows ("Reed,
 * the firm's founder").
 */
export function describedInApposition(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  lex: Lexicon,
): EntityType | undefined {
  const at = inSentence(tokens, tokens[m.firstToken]?.sentence);
  if (at(m.lastToken)?.text !== ',') return undefined;
  return describedFrom(tokens, mentions, m, m.lastToken + 1, lex);
}

/**
 * The type a description opening with an article at token `from` gives the mention (see
 * `describedInApposition`; `copular-descriptions.ts` reads one after "is" / "was").
 */
export function describedFrom(
  tokens: readonly Token[],
  mentions: readonly RawMention[],
  m: RawMention,
  from: number,
  lex: Lexicon,
): EntityType | undefined {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  const article = at(from)?.lower;
  const demonym = (i: number) =>
    mentions.some((d) => d.type === 'NORP' && d.firstToken === i && d.lastToken === i + 1);
  const known = (w: string) =>
    lex.orgNouns.has(w) || lex.jobNouns.has(w) || personWord(lex, w) || lex.placeNouns.has(w);
  const place = (i: number) =>
    mentions.some(
      (d) =>
        d.firstToken === i &&
        d.lastToken === i + 1 &&
        (d.entityType === 'GPE' || d.entityType === 'LOC'),
    );
  // "Globex, Norway's biggest bank,": a place's possessive opens the description as an article
  // does (`possessive-descriptions.ts`).
  const articled = article === 'a' || article === 'an' || article === 'the';
  const start = articled ? from + 1 : afterPlaceOwner(tokens, mentions, from);
  if (start === undefined) return undefined;
  // Three modifiers, a hyphenated age counting as one: "a 45-year-old man".
  for (let k = start; k < start + 7; k++) {
    const t = at(k);
    if (!t) return undefined;
    // "the Chicago-based plane maker", "the country's biggest lender", "Britain's biggest bank".
    const hyphen = at(k + 1)?.text === '-' && BASED.has(at(k + 2)?.lower ?? '');
    const owner = /^['’]s?$/.test(at(k + 1)?.text ?? '');
    if (t.text !== t.lower) {
      if (demonym(k)) continue;
      if (place(k) && (hyphen || owner)) {
        k += hyphen ? 2 : 1;
        continue;
      }
      return undefined;
    }
    if (owner && OWNER_NOUNS.has(t.lower)) {
      k++;
      continue;
    }
    const then = at(k + 1);
    // "cleaner" reads as an adjective too.
    if ((t.pos === 'NOUN' || known(t.lower)) && (!then || APPOSITION_ENDS.has(then.lower))) {
      if (lex.orgNouns.has(t.lower)) return 'ORG';
      if (personWord(lex, t.lower) || lex.jobNouns.has(t.lower)) return 'PERSON';
      if (lex.placeNouns.has(t.lower)) return 'GPE';
      return undefined;
    }
    // A modifier: "small", "45", "-", "oil"; not a verb, a preposition or an article.
    const modifier = t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || t.pos === 'NOUN';
    if (!/^[\p{Ll}\d-]+$/u.test(t.text) || !(modifier || t.text === '-')) return undefined;
  }
  return undefined;
}

/** Participles after a work and a comma that name its maker or cast: "Cold Ridge, directed by …". */
const WORK_PARTICIPLES = new Set([
  'directed',
  'written',
  'co-written',
  'scripted',
  'starring',
  'co-starring',
]);
/** Words that may open an apposition describing a work: "Cold Ridge, her third album". */
const WORK_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'this']);

/**
 * "Cold Ridge, directed by Kari Lund", "Cold Ridge, starring Kari Lund", "Blue Harbour, her
 * third album", "Cold Ridge, a thriller set in Oslo": a participle of directing, writing or
 * starring after the name and a comma, or an apposition headed by a work noun (`works.json`),
 * makes the name a work. Not when the work noun modifies another noun or owns something ("Vale,
 * the film studio", "Lund, the film's director").
 */
function describedAsWork(tokens: readonly Token[], m: RawMention, lex: Lexicon): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  const at = inSentence(tokens, sentence);
  if (at(m.lastToken)?.text !== ',') return false;
  const first = at(m.lastToken + 1);
  if (!first) return false;
  if (WORK_PARTICIPLES.has(first.lower)) {
    return first.lower.endsWith('starring') || at(m.lastToken + 2)?.lower === 'by';
  }
  if (!WORK_DETERMINERS.has(first.lower)) return false;
  for (let k = m.lastToken + 2; k < m.lastToken + 6; k++) {
    const t = at(k);
    if (!t || t.text !== t.lower) return false;
    if (lex.workNouns.has(t.lower) && t.pos === 'NOUN') {
      const then = at(k + 1);
      return !then || (then.pos !== 'NOUN' && then.pos !== 'PROPN' && then.pos !== 'PART');
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'ADV' && !/^[\p{Ll}\d-]+$/u.test(t.text)) {
      return false;
    }
  }
  return false;
}

/** Words between a name and "claimed responsibility": "Zarvan has since claimed …". */
const CLAIM_GAP = new Set([
  ',',
  'which',
  'has',
  'have',
  'had',
  'later',
  'since',
  'also',
  'quickly',
  'swiftly',
  'already',
  'reportedly',
  'promptly',
]);
const CLAIM_VERBS = new Set(['claimed', 'claims', 'claim', 'claiming']);

/**
 * "Zarvan claimed responsibility for the attack", "Zarvan, which has claimed responsibility":
 * the group behind an attack. A person may claim an attack too, but news names a person who
 * does with a title or in full first, which the rules read as a person before this.
 */
function claimsResponsibility(tokens: readonly Token[], m: RawMention): boolean {
  const sentence = tokens[m.firstToken]?.sentence;
  let k = m.lastToken;
  for (let gap = 0; gap < 3 && CLAIM_GAP.has(tokens[k]?.lower ?? ''); gap++) k++;
  const verb = tokens[k];
  const object = tokens[k + 1];
  return (
    !!verb &&
    !!object &&
    verb.sentence === sentence &&
    object.sentence === sentence &&
    CLAIM_VERBS.has(verb.lower) &&
    (object.lower === 'responsibility' || object.lower === 'credit')
  );
}

/**
 * "Everton 's Duncan Ferguson", "Reynolds 's Mark Kelly": a name whose possession is a person
 * named in full (two words or more, as the rules read it) is a club, a company or a body that
 * person plays or works for; people are not said to own people by their names.
 */
function possessesPerson(tokens: readonly Token[], mentions: readonly RawMention[], n: number) {
  const m = mentions[n] as RawMention;
  const next = tokens[m.lastToken];
  const owned = mentions[n + 1];
  if (!next || !/^['’]s?$/.test(next.text) || owned?.firstToken !== m.lastToken + 1) return false;
  if (tokens[owned.firstToken]?.sentence !== next.sentence) return false;
  return owned.entityType === 'PERSON' && owned.lastToken - owned.firstToken >= 2;
}

/** Plural verbs that agree with a team or a body, never with one person. */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);
/** Words after which a clause, and so its subject, starts. */
const CLAUSE_OPENERS = new Set([
  'that',
  'but',
  'when',
  'while',
  'as',
  'because',
  'after',
  'before',
  'since',
  'if',
  'though',
  'although',
  'where',
  '"',
  "'",
  '(',
]);

/**
 * "Rotor are well placed", "Leeds have won five": a name opening a clause and taking a plural
 * verb names a team or a body, as British English writes it. Not a plural ("the Smiths are"),
 * the last of a list ("Smith and Jones are", "a wrist injury to Fernandez have") or a name
 * inside a phrase ("tanks advancing on Arbil were"): the name must open its sentence or a
 * clause (after a subordinating word, or a comma closing an opening phrase).
 */
function takesPluralVerb(tokens: readonly Token[], m: RawMention): boolean {
  const first = tokens[m.firstToken];
  const next = tokens[m.lastToken];
  if (!first || !next || next.sentence !== first.sentence) return false;
  if (!PLURAL_VERBS.has(next.lower)) return false;
  const prev = tokens[m.firstToken - 1];
  if (!prev || prev.sentence !== first.sentence) return true;
  if (CLAUSE_OPENERS.has(prev.lower)) return true;
  // "Despite the defeat , Rotor are": a comma after a lower-case word, not inside a list.
  const before = tokens[m.firstToken - 2];
  return (
    prev.text === ',' &&
    !!before &&
    before.sentence === first.sentence &&
    before.text === before.lower
  );
}

/**
 * "the road between Srinagar and Muzaffarabad": the other end of a stretch that starts at a
 * town the gazetteer knows is a place too. A town, not a country: "talks between Israel and
 * Hamas" pair a country with a body.
 */
function betweenPlaces(tokens: readonly Token[], mentions: readonly RawMention[], n: number) {
  const m = mentions[n] as RawMention;
  const town = mentions[n - 1];
  if (!town || tokens[m.firstToken - 1]?.lower !== 'and' || town.lastToken !== m.firstToken - 1)
    return false;
  if (tokens[town.firstToken - 1]?.lower !== 'between') return false;
  if (tokens[town.firstToken - 1]?.sentence !== tokens[m.firstToken]?.sentence) return false;
  return (
    !!town.canonical &&
    town.type !== 'NORP' &&
    (town.lexClass === 'city' || town.lexClass === 'capital' || town.lexClass === 'place') &&
    (town.entityType === 'GPE' || town.entityType === 'LOC')
  );
}

/**
 * "attacks in Vardby al-Kor and Vardby al-Sham", "clashes in Kolbrey, Ostra and Vennik": a name
 * listed (after *and* or *or*) right after a place that follows a locative preposition
 * is a place too; the rules read only the list's first name by the preposition. Not after *to*
 * ("sent letters to Oslo and Ola Vik") nor *from*, which also take people and bodies.
 */
function listedAfterPlace(tokens: readonly Token[], mentions: readonly RawMention[], n: number) {
  const m = mentions[n] as RawMention;
  const joint = tokens[m.firstToken - 1];
  // Not a comma alone: "At Ashby , Tom Reed 's homer …" closes an opening phrase.
  if (!joint || !(joint.lower === 'and' || joint.lower === 'or')) return false;
  // Not an acronym, nor a name modifying a noun: "customers in Bristol and Zentel viewers".
  const next = tokens[m.lastToken];
  if (
    m.kind === 'acronym' ||
    (next && next.sentence === tokens[m.firstToken]?.sentence && next.pos === 'NOUN')
  ) {
    return false;
  }
  const sentence = tokens[m.firstToken]?.sentence;
  if ((mentions[n - 1] as RawMention | undefined)?.lastToken !== m.firstToken - 1) return false;
  for (let k = n - 1; k >= 0; k--) {
    const place = mentions[k] as RawMention;
    if (tokens[place.firstToken]?.sentence !== sentence) return false;
    if (place.entityType !== 'GPE' && place.entityType !== 'LOC') return false;
    const before = tokens[place.firstToken - 1];
    if (!before || before.sentence !== sentence) return false;
    if (LIST_LOCATIVES.has(before.lower)) return true;
    // Walk back over the list: "in Kolbrey , Ostra and Vennik".
    if (!(before.lower === 'and' || before.lower === 'or' || before.text === ',')) return false;
    if ((mentions[k - 1] as RawMention | undefined)?.lastToken !== place.firstToken - 1) {
      return false;
    }
  }
  return false;
}
/** Prepositions of place before a list of places. */
const LIST_LOCATIVES = new Set(['in', 'at', 'near', 'across', 'around', 'throughout', 'between']);

/**
 * "MAHALA , Bosnia 1996-08-31", "ROCHESTER , N.H. 1996-08-30", "KHASAVYURT ( Reuters ) -": the
 * name opens its line, in capitals or before a comma and a known place, and the line then
 * ends, or goes on with a date, an agency in brackets or a dash.
 */
function isDateline(tokens: readonly Token[], mentions: readonly RawMention[], n: number): boolean {
  const m = mentions[n] as RawMention;
  const first = tokens[m.firstToken];
  if (!first) return false;
  const prev = tokens[m.firstToken - 1];
  if (prev && prev.sentence === first.sentence) return false;
  const words = tokens.slice(m.firstToken, m.lastToken).filter((t) => hasLetter(t.text));
  const capitals = words.every(isAllCaps);
  let k = m.lastToken;
  let place = false;
  if (tokens[k]?.text === ',' && tokens[k]?.sentence === first.sentence) {
    const known = mentions[n + 1];
    if (
      !known ||
      known.firstToken !== k + 1 ||
      !(known.canonical || known.confident) ||
      (known.entityType !== 'GPE' && known.entityType !== 'LOC')
    ) {
      return false;
    }
    place = true;
    k = known.lastToken;
    if (tokens[k]?.text === '.' && tokens[k]?.sentence === first.sentence) k++;
  }
  if (!capitals && !place) return false;
  const t = tokens[k];
  if (!t || t.sentence !== first.sentence) return true;
  if (DATE.test(t.text) || t.text === '(') return true;
  // "KELMORIN - Police said …", not a headline's topic ("GOLF - WOODS MAKES PRO DEBUT"): running
  // text follows the dash.
  if (!DASHES.has(t.text)) return false;
  const rest = tokens.slice(k + 1, k + 6).filter((r) => r.sentence === first.sentence);
  return rest.some((r) => /\p{Ll}/u.test(r.text));
}

/**
 * After the tagger: a guessed person right after "the" is an organisation ("the China Daily
 * said", "the Royals", "the Sereipheap Thmei"): people are named without an article. Not when
 * the name modifies a noun after it ("the Smith family", "the Jones case"). Retypes in place;
 * returns how many.
 */
export function typeAfterArticle(tokens: readonly Token[], mentions: RawMention[]): number {
  let retyped = 0;
  for (const m of mentions) {
    if (m.canonical || m.confident || m.kind !== 'name' || m.entityType !== 'PERSON') continue;
    const first = tokens[m.firstToken];
    const prev = tokens[m.firstToken - 1];
    const next = tokens[m.lastToken];
    if (!first || prev?.lower !== 'the' || prev.sentence !== first.sentence) continue;
    if (next && next.sentence === first.sentence && /^\p{Ll}/u.test(next.text)) {
      if (next.pos === 'NOUN' || next.pos === 'PROPN') continue;
    }
    m.type = 'ORG';
    m.entityType = 'ORG';
    retyped++;
  }
  return retyped;
}
