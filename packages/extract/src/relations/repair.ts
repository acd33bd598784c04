/**
 * Local repairs of parse errors the relation layer meets often, applied to a copy of a
 * sentence's arcs (the Analysis keeps the parser's own). Each repair is a small rule on the
 * surface and the tree together, for constructions the parser reads from wink-nlp's tags badly:
 *
 * - function words (aux, cop, mark, case, det, cc) head no arguments or modifiers, and
 *   punctuation heads nothing: what the parse hung on one ("Russia" the subject of the
 *   auxiliary in "Russia has turned") hangs on its head;
 * - a conjunct of the subject opening right after a dash ("Bergen (NNA) -- Norland's
 *   Premier Ola Vik signed") is the subject, the dateline before the dash a loose dependent;
 * - an "of" phrase after a comma ("Tom Reed, 9, of Ashby,") hung on the verb belongs
 *   to the noun phrase the comma closes;
 * - a participle with an agent right after a noun ("a part of Ukraine annexed by Russia")
 *   parsed as a clause of the main verb, or as a reduced relative of a noun further out, is a
 *   reduced relative of that noun phrase;
 * - a goal or source ("to China") hung on a bare time or measure phrase ("a month") is the
 *   verb's; a preposition read as the marker of a clause right before a noun is its case; a
 *   participle right after a possessive 's ("last year's forced auction") modifies the noun;
 * - a name after a comma and a descriptor noun ("a Lyon-based firm, Globex") hung loose on the
 *   verb is the noun's apposition;
 * - hyphenated compounds: in "Iranian-made drones" or "a Paris-based firm" wink tags the
 *   participle as a verb and the parse makes it a clause; the phrase becomes one nominal headed
 *   by its noun, the participle an amod of it and the name its compound;
 * - comma appositions: "Chile's ambassador to the UN, Rosa Vidal," or "two Latvian citizens,
 *   Ilze Berg and Juris Ozols," parsed with the name as a conjunct or an oblique; the name
 *   becomes the apposition of the role or person noun before the comma;
 * - a preposition parsed as the head of its object ("demand for Turkey" with "Turkey" hung on
 *   "for") is its object's case; one parsed as the marker of the verb after it with a name hung
 *   on it ("an agreement with Nissan to supply") heads a phrase of the word before it; a conjunct with a preposition ("Mubanga, 29, from London"
 *   with "London" a conjunct) is a modifier;
 * - trailing appositions: "said Rolf Dress, a spokesman for Union Investment." or "Andrew Hogg,
 *   spokesman for the Foundation, said" parsed with the role noun as a clause of the verb or
 *   with the name as its compound; the role noun becomes the apposition of the name before the
 *   comma, the name taking the role noun's place when the parse hung it there;
 * - a title noun parsed as a sibling of the name right after it ("BBC pundit Mark Lawson said",
 *   both subjects of "said") describes the name;
 * - "in / near / at" and a name right after a name ("the Hall of Trade, in Port Ellery",
 *   "Ola Vik at the Institute of Geology") hung elsewhere is that name's phrase;
 * - a name hung by "flat" on the common noun before it ("reporter Tom Reed") takes the noun's
 *   place, the noun describing it;
 * - a past participle right after a name and a comma ("Carl Moss, convicted of murdering
 *   …,") hung on the main verb modifies the name;
 * - "by" and a name hung on a noun inside a passive clause that has no agent ("was shot … in
 *   the lobby of his office by Carl Moss") is the clause's agent;
 * - the one on whose orders a passive clause without an agent was done is its agent ("was
 *   poisoned at the command of Tom Hale");
 * - a noun hung as a compound on the verb after it ("Arnor cut ties") is its subject;
 * - a subject with a preposition ("in India") is an oblique;
 * - "X - the world's largest exporter - sells": the name is the subject, the rest its apposition;
 * - a possessor hung on a verb ("India's Infosys hired", or a second subject: "Germany's Alexander
 *   Kosenkow won") owns the noun after it;
 * - a gerund opening the sentence parsed as a clausal subject with the subject noun phrase its
 *   object ("Ailing truck maker Globex Motors has signed a contract") modifies that noun;
 * - a name hung flat on a time word before the predicate ("On Monday Ms Brand was in Norland
 *   touring") is the predicate's subject;
 * - after a person noun in apposition with a name, an organisation phrase or a coordinated
 *   person noun hung on the name is the noun's ("Ola Vik, analyst with Globex Securities");
 * - a comma-closed name right before a verb without a subject is its subject ("the 25th
 *   President, William McKinley, was born"); a common noun subject between a name and the verb
 *   is the name's apposition ("Tom Hale, the 9th President …, was born");
 * - a subordinator read as a preposition ("as Biden's administration continues") marks a clause;
 * - a clause with "which"/"who" after ", " is the relative clause of the name before it; made
 *   the root with the sentence's subject as a second subject, it gives the root to the verb
 *   after its closing comma;
 * - a sentence rooted in a noun with the main verb as its clause ("Ann Holt assassinated Tom
 *   Reed" with "assassinated" a reduced relative of "Ann", "Atlantis, which did not comment,
 *   invaded Lemuria" with "invaded" inside the relative clause): the verb is the root;
 * - passives without a passive auxiliary ("Arnor is about to restore ties" with Arnor as
 *   nsubj:pass of "restore") become active subjects;
 * - shapes of better parsers: a bare name `obl` right after an active verb is its object; a
 *   comma-opened bare nominal after another argument of the verb is that one's apposition; an
 *   honorific hung away from its name joins it; a descriptor noun compounded on a name is its
 *   title; a "by" phrase on an active verb belongs to its object; "being" and a participle
 *   after a noun are that noun's reduced relative; an "in"/"by" gerund right after an
 *   infinitive clause modifies the infinitive;
 * - "shot dead Ola Vik": a name phrase right after a verb and an adjective, hung on the
 *   adjective, is the verb's object and the adjective its secondary predicate.
 */
import type { Analysis, MentionSpan, Sentence, Token } from '../analysis.js';
import { loadLexicon } from '../lexicon.js';
import { isCompassWord, namesCountry } from './countries.js';
import type { Lexicon } from './lexicon.js';

// Patterns used inside functions, made once: a regular expression literal is a new object
// each time it is evaluated.
const STARTS_OBL_NSUBJ = /^(obl|nsubj)/;
const IS_VERB_AUX = /^(VERB|AUX)$/;
const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;
const IS_ADVCL_CONJ_PARATAXIS_CCOMP_ACL = /^(advcl|conj|parataxis|ccomp|acl)$/;
const STARTS_NSUBJ_CSUBJ_AUX_COP_MARK_CC_EXPL = /^(nsubj|csubj|aux|cop|mark|cc|expl)/;
const STARTS_NMOD_FLAT_COMPOUND = /^(nmod|flat|compound)/;
const POSSESSIVE_S_OR_APOSTROPHE = /^'s?$|^’s$/;
const STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD = /^(nsubj|obj|iobj|obl|nmod)/;
const STARTS_NSUBJ = /^nsubj/;
const IS_DASH = /^(--|—|–)$/;
const BARE_NOMINAL_SUBTYPE = /:(unmarked|tmod|npmod)$/;
const STARTS_NMOD_OBL = /^(nmod|obl)/;
const IS_COMPOUND_AMOD_FLAT = /^(compound|amod|flat)$/;
const STARTS_NSUBJ_OBJ_OBL_NMOD_IOBJ_CONJ_APPOS = /^(nsubj|obj|obl|nmod|iobj|conj|appos)/;
const IS_CLAUSE_BREAK = /^[,.;:(]$/;
const IS_CASE_CC_MARK = /^(case|cc|mark)$/;
const STARTS_UPPERCASE = /^\p{Lu}/u;
const IS_CLOSING_PUNCTUATION = /^[,;:.!?"”)]$/;
const IS_PHRASE_END_PUNCTUATION = /^[,.;"”]$/;
const STARTS_NSUBJ_OBJ_IOBJ = /^(nsubj|obj|iobj)/;
const IS_CONJ_APPOS_LIST = /^(conj|appos|list)$/;
const IS_POSSESSIVE_MARK = /^'s?$/;
const IS_NOUN_ADJ_PROPN = /^(NOUN|ADJ|PROPN)$/;
const IS_ADJ_NOUN = /^(ADJ|NOUN)$/;
const PARTICIPLE_ENDING = /(ed|en|wn|rn|ne|lt|ght)$/;
const IS_ADVCL_CONJ_PARATAXIS_ACL = /^(advcl|conj|parataxis|acl)$/;
const STARTS_NSUBJ_AUX = /^(nsubj|aux)/;
const IS_PERSON_ORG_GPE = /^(PERSON|ORG|GPE)$/;
const STARTS_NMOD = /^nmod/;
const IS_UP_TO_THREE_DIGITS = /^\d{1,3}$/;
const IS_AUX_PASS = /^aux:pass$/;
const PAST_PARTICIPLE_ENDING = /(ed|en|wn|ne|ld|lt|ght|ung|id|ade)$/;
const IS_FOR_OR_POSSESSIVE = /^(for|'s|’s|')$/;
const IS_DISCOURSE_DEP_VOCATIVE_OBL_UNMARKED_PARATAXIS_LIST =
  /^(discourse|dep|vocative|obl:unmarked|parataxis|list)$/;
const IS_DASH_OR_COMMA = /^[-–—,]$/;
const IS_NOUN = /^(NOUN)$/;
const STARTS_NSUBJ_OBJ = /^(nsubj|obj)/;
const IS_POSSESSIVE_S = /^('s|’s)$/;
const STARTS_NSUBJ_CSUBJ_EXPL = /^(nsubj|csubj|expl)/;
const IS_CONJ_PARATAXIS_ADVCL = /^(conj|parataxis|advcl)$/;
const STARTS_NSUBJ_CSUBJ_EXPL_MARK = /^(nsubj|csubj|expl|mark)/;
const STARTS_NSUBJ_EXPL = /^(nsubj|expl)/;
const STARTS_AUX = /^aux/;
const IS_OBL_OBL_TMOD_OBL_UNMARKED_NMOD_TMOD = /^(obl|obl:tmod|obl:unmarked|nmod:tmod)$/;
const IS_OF_FOR_WITH = /^(of|for|with)$/;
const IS_OF_FOR_WITH_AT = /^(of|for|with|at)$/;
const IS_NOUN_NUM_ADJ = /^(NOUN|NUM|ADJ)$/;
const IS_ON_AT_UNDER_BY = /^(on|at|under|by)$/;
const IS_NOUN_PROPN_PRON = /^(NOUN|PROPN|PRON)$/;
const IS_CONJ_ADVCL_PARATAXIS = /^(conj|advcl|parataxis)$/;
const STARTS_NSUBJ_CSUBJ_EXPL_MARK_CC = /^(nsubj|csubj|expl|mark|cc)/;
const STARTS_COP_NSUBJ_CSUBJ = /^(cop|nsubj|csubj)/;
const IS_ACL = /^acl(:relcl)?$/;
const ENDS_ING = /ing$/;
const IS_NOUN_PROPN_NUM = /^(NOUN|PROPN|NUM)$/;
const STARTS_MARK_COP = /^(mark|cop)/;
const IS_NOUN_PROPN_PRON_NUM = /^(NOUN|PROPN|PRON|NUM)$/;
const IS_MARK_COMPOUND_PRT = /^(mark|compound:prt)$/;
const IS_NOUN_PROPN_VERB = /^(NOUN|PROPN|VERB)$/;
const IS_OBJ_CCOMP = /^(obj|ccomp)$/;
const IS_OBL_OBJ_DEP_PARATAXIS = /^(obl|obj|dep|parataxis)$/;
const IS_OBJ_IOBJ_OBL_NSUBJ_NSUBJ_PASS = /^(obj|iobj|obl|nsubj|nsubj:pass)$/;
const STARTS_FLAT_COMPOUND = /^(flat|compound)/;
const ENDS_WITH_PERIOD = /\.$/;
const IS_CASE_CC_MARK_PUNCT = /^(case|cc|mark|punct)$/;
const STARTS_ACL_AMOD = /^(acl|amod)/;
const IS_AUX_PASS_COP = /^(aux:pass|cop)$/;
const IS_ADVCL_CONJ_PARATAXIS_DEP_XCOMP = /^(advcl|conj|parataxis|dep|xcomp)$/;
const IS_VERB_ADJ = /^(VERB|ADJ)$/;
const IS_IN_BY = /^(in|by)$/;
const IS_XCOMP_ADVCL = /^(xcomp|advcl)$/;
const IS_VERB_AUX_ADJ = /^(VERB|AUX|ADJ)$/;
const STARTS_NSUBJ_CSUBJ = /^(nsubj|csubj)/;
const STARTS_COP_AUX = /^(cop|aux)/;

export interface Arcs {
  /** Absolute head index per token of the sentence (index i - first), -1 for a root. */
  heads: number[];
  labels: string[];
}

const NOMINAL = /^(NOUN|PROPN|ADJ|NUM)$/;
const LOOSE_LABELS = new Set([
  'conj',
  'obl',
  'list',
  'dep',
  'parataxis',
  'nmod',
  'vocative',
  'obj',
]);

/** The parser's arcs of one sentence, repaired. */
export function repairArcs(
  analysis: Analysis,
  sentence: Sentence,
  mentions: readonly MentionSpan[],
  lex: Lexicon,
): Arcs {
  const first = sentence.firstToken;
  const end = sentence.lastToken;
  const tokens = analysis.tokens;
  const heads: number[] = [];
  const labels: string[] = [];
  for (let i = first; i < end; i++) {
    const t = tokens[i] as Token;
    heads.push(t.head >= first && t.head < end && t.head !== i ? t.head : -1);
    labels.push(t.deprel);
  }
  const arcs = { heads, labels };
  const ctx: RepairContext = { tokens, first, end, arcs, lex, mentions, kids: undefined };
  functionWordsAsHeads(ctx);
  agentsOfActiveVerbs(ctx);
  hyphenCompounds(ctx);
  prepositionsAsHeads(ctx);
  prepositionsAsMarkers(ctx);
  prepositionsBeforeSiblings(ctx);
  gerundsAfterClauseMarkers(ctx);
  participlesAfterPossessives(ctx);
  markedConjuncts(ctx);
  nameSpans(ctx);
  commaAppositions(ctx);
  descriptorAppositions(ctx);
  appositionsOfArguments(ctx);
  bareObliquesAsObjects(ctx);
  trailingAppositions(ctx);
  titlesAsSiblings(ctx);
  placePhrasesOnNames(ctx);
  namesFlatOnNouns(ctx);
  descriptorCompounds(ctx);
  premodifiedTitles(ctx);
  participlesAfterNames(ctx);
  passivesWithoutAuxiliary(ctx);
  reducedPassiveRelatives(ctx);
  directionsOnBareNominals(ctx);
  ofPhrasesAfterCommas(ctx);
  datelinesBeforeDashes(ctx);
  agentsOnNouns(ctx);
  agentsOfOrders(ctx);
  compoundsOnVerbs(ctx);
  nominalAdverbs(ctx);
  markedSubjects(ctx);
  subjectsBeforeAuxiliaries(ctx);
  subjectsOfAdverbs(ctx);
  beingParticiplesOnNouns(ctx);
  gerundsAfterInfinitives(ctx);
  dashAppositions(ctx);
  possessorsOnVerbs(ctx);
  subordinatorsAsCase(ctx);
  relativesAsRoots(ctx);
  subjectsBeforeCommas(ctx);
  phrasesOfAppositiveRoles(ctx);
  participlesAsSubjects(ctx);
  namesFlatOnTimes(ctx);
  honorificsOnNames(ctx);
  looseRelatives(ctx);
  predicatesAfterRelatives(ctx);
  predicatesUnderNominalRoots(ctx);
  resultativeAdjectives(ctx);
  return arcs;
}

interface RepairContext {
  tokens: Token[];
  first: number;
  end: number;
  arcs: Arcs;
  lex: Lexicon;
  mentions: readonly MentionSpan[];
  /**
   * Children of every token under the current arcs (index i - first; the roots at index n),
   * built on the first `children` call after a change and dropped by `attach`: the passes read
   * children far more often than they move an arc (a scan into a fresh array per read before).
   */
  kids: (readonly number[] | undefined)[] | undefined;
}

/** The children of a leaf: one shared empty list. */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

function head(c: RepairContext, i: number): number {
  return c.arcs.heads[i - c.first] ?? -1;
}

function label(c: RepairContext, i: number): string {
  return c.arcs.labels[i - c.first] ?? 'dep';
}

/** Re-attaches `i` under `h`, unless that would make a cycle (h inside i's own subtree). */
function attach(c: RepairContext, i: number, h: number, l: string): void {
  if (h === i || (h >= 0 && dominates(c, i, h))) return;
  if (c.arcs.heads[i - c.first] !== h) c.kids = undefined;
  c.arcs.heads[i - c.first] = h;
  c.arcs.labels[i - c.first] = l;
}

/** The tokens hung on `h` (-1: the roots), in order; read-only, valid until the next change. */
function children(c: RepairContext, h: number): readonly number[] {
  const n = c.end - c.first;
  let table = c.kids;
  if (!table) {
    const lists: (number[] | undefined)[] = new Array<number[] | undefined>(n + 1);
    for (let i = c.first; i < c.end; i++) {
      const p = head(c, i);
      const at = p === -1 ? n : p - c.first;
      if (at >= 0 && at <= n) (lists[at] ??= []).push(i);
    }
    table = lists;
    c.kids = table;
  }
  if (h !== -1 && (h < c.first || h >= c.end)) {
    // No arc leaves the sentence; a head outside it is answered by a scan all the same.
    const out: number[] = [];
    for (let i = c.first; i < c.end; i++) if (head(c, i) === h) out.push(i);
    return out;
  }
  return table[h === -1 ? n : h - c.first] ?? NO_CHILDREN;
}

function mentionEndingAt(c: RepairContext, i: number): MentionSpan | undefined {
  return c.mentions.find((m) => m.lastToken === i + 1 && m.kind !== 'pronoun');
}

/** The function-word relations of UD: such a word heads nothing but fixed phrases and punctuation. */
const FUNCTION_LABELS = /^(aux|cop|mark|case|det|cc)(:|$)/;
/** What a function word's parse may hang on it that belongs to its head instead. */
const CONTENT_LABELS =
  /^(nsubj|csubj|obj|iobj|obl|nmod|xcomp|ccomp|advcl|acl|appos|parataxis)(:|$)/;

/**
 * "Russia has increasingly turned to …" parsed with "has" an auxiliary of "turned" and "Russia"
 * the auxiliary's subject: an auxiliary, copula, marker, preposition, determiner or conjunction
 * heads no arguments or modifiers, so what the parse hung on it hangs on its head.
 */
function functionWordsAsHeads(c: RepairContext): void {
  for (let f = c.first; f < c.end; f++) {
    const h = head(c, f);
    if (h < 0) continue;
    // Punctuation heads nothing at all ("In 1899, Tom Hale" with the name on the comma).
    const punct = c.tokens[f]?.upos === 'PUNCT' || label(c, f) === 'punct';
    if (!punct && !FUNCTION_LABELS.test(label(c, f))) continue;
    for (const k of children(c, f))
      if (punct || CONTENT_LABELS.test(label(c, k))) attach(c, k, h, label(c, k));
  }
}

/**
 * "said Tom Reed, 9, of Ashby, whose …" parsed with "of Ashby" an oblique of the
 * verb (or a subject): a verb's "of" complement never opens after a comma, so the phrase belongs
 * to the noun phrase the comma closes (its head: "Tom Reed, 9" is Reed).
 */
function ofPhrasesAfterCommas(c: RepairContext): void {
  for (let y = c.first + 2; y < c.end; y++) {
    const v = head(c, y);
    // An oblique, or a subject with "of" ("Ola Vik, 52, of the Norland Space Office and
    // Ann Fry of Globex have been picked" with the office a second subject).
    if (v < 0 || !STARTS_OBL_NSUBJ.test(label(c, y)) || !IS_VERB_AUX.test(c.tokens[v]?.upos ?? ''))
      continue;
    const of = children(c, y).find((k) => k < y && label(c, k) === 'case');
    if (of === undefined || c.tokens[of]?.lower !== 'of' || c.tokens[of - 1]?.text !== ',')
      continue;
    let x = of - 2;
    while (x >= c.first && head(c, x) >= 0 && head(c, x) < of - 1 && head(c, x) !== v)
      x = head(c, x);
    if (x < c.first || x >= of - 1 || x === v || !IS_NOUN_PROPN.test(c.tokens[x]?.upos ?? ''))
      continue;
    attach(c, y, x, 'nmod');
  }
}

/**
 * "Crimea, which is a part of Ukraine unilaterally annexed by Russia" parsed with "annexed" as an
 * adverbial clause of the main verb: a participle with an agent ("by Russia") and no subject,
 * auxiliary or marker of its own, right after a noun with no comma between, is a reduced relative
 * clause of that noun phrase (its head: "a part of Ukraine" is the part).
 */
function reducedPassiveRelatives(c: RepairContext): void {
  for (let v = c.first + 1; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB' || !IS_ADVCL_CONJ_PARATAXIS_CCOMP_ACL.test(label(c, v)))
      continue;
    const kids = children(c, v);
    if (!kids.some((k) => k > v && label(c, k) === 'obl:agent')) continue;
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_AUX_COP_MARK_CC_EXPL.test(label(c, k)))) continue;
    // The words before the participle inside its own phrase may only be adverbs.
    let n = v - 1;
    while (n > c.first && head(c, n) === v && c.tokens[n]?.upos === 'ADV') n--;
    if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '') || head(c, n) === v) continue;
    // Climb to the head of the noun phrase: "a part of Ukraine" is headed by "part".
    let np = n;
    for (let k = 0; k < 6 && STARTS_NMOD_FLAT_COMPOUND.test(label(c, np)); k++) {
      const up = head(c, np);
      if (up < 0 || up > np || !IS_NOUN_PROPN.test(c.tokens[up]?.upos ?? '')) break;
      np = up;
    }
    // Already a reduced relative: moved only from a noun further out to the phrase right before
    // it ("troops to Crimea, which is a part of Ukraine annexed by Russia": "part", not "troops").
    if (label(c, v) === 'acl' && (head(c, v) === np || !dominates(c, head(c, v), np))) continue;
    attach(c, v, np, 'acl');
  }
}

/**
 * "in last month's forced public sale" parsed with "forced" a clause (the auction its object,
 * "year" its subject or oblique): a word right after a possessive 's opens a noun phrase, so a
 * participle there modifies the noun after it, which takes its place and its possessor.
 */
function participlesAfterPossessives(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end - 1; v++) {
    if (
      c.tokens[v]?.upos !== 'VERB' ||
      !POSSESSIVE_S_OR_APOSTROPHE.test(c.tokens[v - 1]?.lower ?? '')
    )
      continue;
    const owner = head(c, v - 1);
    if (label(c, v - 1) !== 'case' || owner < 0 || owner >= v - 1) continue;
    const n = children(c, v).find(
      (k) => k > v && label(c, k) === 'obj' && IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? ''),
    );
    // The words between are the noun's own ("forced state auction").
    let inside = n !== undefined;
    for (let k = v + 1; inside && n !== undefined && k < n; k++) inside = dominates(c, n, k);
    if (n === undefined || !inside) continue;
    const up = head(c, v);
    const verbal = up >= 0 && IS_VERB_AUX.test(c.tokens[up]?.upos ?? '');
    attach(
      c,
      n,
      up,
      up < 0
        ? 'root'
        : STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD.test(label(c, v))
          ? label(c, v)
          : verbal
            ? 'obl'
            : 'nmod',
    );
    for (const k of children(c, v)) {
      if (k === owner) continue;
      const l = label(c, k);
      attach(c, k, n, l === 'mark' && c.tokens[k]?.upos === 'ADP' ? 'case' : l);
    }
    attach(c, owner, n, 'nmod:poss');
    attach(c, v, n, 'amod');
  }
}

/**
 * "Bergen, 3 Mar (NNA) -- Norland's Premier Ola Vik … signed" parsed with the dateline
 * as the subject and the name after the dash its conjunct: a conjunct with no conjunction of
 * its own that opens right after a dash ends the dateline; it takes the dateline's role, and
 * the dateline hangs loose on the verb.
 */
function datelinesBeforeDashes(c: RepairContext): void {
  for (let x = c.first + 1; x < c.end; x++) {
    const y = head(c, x);
    if (label(c, x) !== 'conj' || y < 0 || y > x || !STARTS_NSUBJ.test(label(c, y))) continue;
    if (children(c, x).some((k) => label(c, k) === 'cc')) continue;
    let start = y + 1;
    while (start < x && (label(c, start) === 'punct' || !dominates(c, x, start))) start++;
    if (!IS_DASH.test(c.tokens[start - 1]?.text ?? '')) continue;
    const v = head(c, y);
    attach(c, x, v, label(c, y));
    attach(c, y, v, 'dep');
  }
}

/** The prepositions of a goal or source: a verb's, never a bare time or measure phrase's. */
const DIRECTION_CASES = new Set(['to', 'from', 'into', 'onto']);

/**
 * "offered to ship 40,000 tonnes of grain a month to Lemuria" parsed with "to Lemuria" on "a
 * month": a bare noun phrase of time or measure ("a month", "each year", labelled unmarked,
 * tmod or npmod) takes no goal or source; the phrase belongs to the nearest verb above it.
 */
function directionsOnBareNominals(c: RepairContext): void {
  for (let x = c.first; x < c.end; x++) {
    if (!BARE_NOMINAL_SUBTYPE.test(label(c, x))) continue;
    let v = head(c, x);
    for (let k = 0; v >= 0 && k < 8 && c.tokens[v]?.upos !== 'VERB'; k++) v = head(c, v);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    for (const n of children(c, x)) {
      if (n < x || !STARTS_NMOD_OBL.test(label(c, n))) continue;
      const prep = children(c, n).find((k) => label(c, k) === 'case' && k < n);
      if (prep !== undefined && DIRECTION_CASES.has(c.tokens[prep]?.lower ?? ''))
        attach(c, n, v, 'obl');
    }
  }
}

/**
 * Hyphenated words: "US-German", "newly-appointed", "Iranian-made", "state-run". The word after
 * the hyphen heads the compound and takes the attachment of the whole; a participle of a
 * compound frame ("made", "based", "backed") then modifies the noun after it: "Iranian-made
 * drones" is a noun phrase headed by "drones", not a clause.
 */
function hyphenCompounds(c: RepairContext): void {
  const { tokens } = c;
  for (let dash = c.first + 1; dash < c.end - 1; dash++) {
    const t = tokens[dash] as Token;
    const before = tokens[dash - 1] as Token;
    const after = tokens[dash + 1] as Token;
    if (t.text !== '-' || before.end !== t.start || t.end !== after.start) continue;
    const b = dash + 1;
    const named = mentionEndingAt(c, dash - 1);
    const from = named ? Math.max(named.firstToken, c.first) : dash - 1;
    const a = named ? headOf(c, named) : dash - 1;
    mergeInto(c, from, b, b);
    attach(c, a, b, c.lex.compounds.has(after.lower) ? 'obl:npmod' : 'compound');
    attach(c, dash, b, 'punct');
    for (let i = from; i < dash - 1; i++)
      if (i !== a && outside(c, i, from, b)) attach(c, i, a, 'flat');
    // A hyphenated modifier never heads the noun after it ("US-German carmaker X").
    const next = b + 1;
    const modifies =
      next < c.end && IS_NOUN_PROPN.test(tokens[next]?.upos ?? '') && dominates(c, b, next);
    if (c.lex.compounds.has(after.lower) || modifies) participleOnNoun(c, from, b);
  }
}

function dominates(c: RepairContext, a: number, x: number): boolean {
  for (let k = 0; x >= 0 && k < 100; x = head(c, x), k++) if (x === a) return true;
  return false;
}

function outside(c: RepairContext, i: number, from: number, to: number): boolean {
  const h = head(c, i);
  return h < from || h > to;
}

/**
 * Makes `into` the head of tokens from..to: it takes the outside attachment of the span's
 * highest token, and outside children of the others move to it.
 */
function mergeInto(c: RepairContext, from: number, to: number, into: number): void {
  let top = -1;
  for (let i = from; i <= to; i++) {
    if (!outside(c, i, from, to)) continue;
    if (top < 0 || depth(c, i) < depth(c, top)) top = i;
  }
  // First lift `into` to where the span hangs, so moving the others under it makes no cycle.
  if (top >= 0 && top !== into) attach(c, into, head(c, top), label(c, top));
  for (let i = from; i <= to; i++) {
    for (const ch of children(c, i)) if (ch < from || ch > to) attach(c, ch, into, label(c, ch));
  }
}

/** "Iranian-made drones": the participle modifies the noun after it, which heads the phrase. */
function participleOnNoun(c: RepairContext, from: number, part: number): void {
  const noun = part + 1;
  if (noun >= c.end || !NOMINAL.test(c.tokens[noun]?.upos ?? '')) return;
  let n = noun;
  for (let k = 0; k < 4; k++) {
    const h = head(c, n);
    if (h > n && h < c.end && IS_COMPOUND_AMOD_FLAT.test(label(c, n))) n = h;
    else break;
  }
  if (head(c, part) === n) return;
  // The noun phrase takes the participle's place; clauses hung on the participle go up with it.
  const up = head(c, part);
  const upLabel = label(c, part);
  for (const ch of children(c, part)) {
    if (ch >= from && ch < part) continue;
    if (ch < from) attach(c, ch, n, label(c, ch));
    else if (ch > n) attach(c, ch, up >= 0 ? up : n, label(c, ch));
  }
  if (outside(c, n, from, n) || head(c, n) === part) {
    const l = STARTS_NSUBJ_OBJ_OBL_NMOD_IOBJ_CONJ_APPOS.test(upLabel) ? upLabel : 'obj';
    attach(c, n, up, up < 0 ? 'root' : l);
  }
  attach(c, part, n, c.lex.compounds.has(c.tokens[part]?.lower ?? '') ? 'amod' : 'compound');
  for (let i = noun; i < n; i++)
    if (head(c, i) === part || outside(c, i, from, n)) attach(c, i, n, 'compound');
}

/** The token of a mention nearest the root (its head). */
function headOf(c: RepairContext, m: MentionSpan): number {
  const from = Math.max(m.firstToken, c.first);
  const to = Math.min(m.lastToken, c.end);
  let best = to - 1;
  let bestDepth = Infinity;
  for (let i = from; i < to; i++) {
    const h = head(c, i);
    if (h >= from && h < to) continue;
    const d = depth(c, i);
    if (d < bestDepth) {
      best = i;
      bestDepth = d;
    }
  }
  return best;
}

function depth(c: RepairContext, i: number): number {
  let d = 0;
  for (let h = head(c, i); h >= 0 && d < 100; h = head(c, h)) d++;
  return d;
}

function isPersonNoun(c: RepairContext, i: number): boolean {
  const t = c.tokens[i] as Token;
  const lemma = t.lemma.toLowerCase();
  const lex = c.lex;
  return (
    lex.roles.has(lemma) ||
    lex.roles.has(t.lower) ||
    lex.personNouns.has(lemma) ||
    lex.personNouns.has(t.lower) ||
    lex.descriptorTypes.get(lemma) === 'PERSON'
  );
}

/** A name is one subtree: its words hang on its head ("Rosa Vidal" never split across phrases). */
function nameSpans(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken - m.firstToken < 2) continue;
    const h = headOf(c, m);
    const from = Math.max(m.firstToken, c.first);
    const to = Math.min(m.lastToken, c.end);
    for (let i = from; i < to; i++) {
      if (i === h) continue;
      if (head(c, i) < from || head(c, i) >= to) attach(c, i, h, 'flat');
      // What hangs on a word of the name hangs on the name ("Kari Lund of Ashby").
      for (const ch of children(c, i)) if (ch < from || ch >= to) attach(c, ch, h, label(c, ch));
    }
  }
}

/** A noun that describes what a name is ("unit", "firm", "town") or a person noun. */
function isDescriptorNoun(c: RepairContext, i: number): boolean {
  const lemma = (c.tokens[i] as Token).lemma.toLowerCase();
  return c.lex.descriptorTypes.has(lemma) || c.lex.partRelations.has(lemma) || isPersonNoun(c, i);
}

function isPersonName(c: RepairContext, i: number): boolean {
  return c.mentions.some((m) => m.type === 'PERSON' && m.firstToken <= i && i < m.lastToken);
}

/**
 * "Investors backed a Lyon-based firm, Globex." parsed with the name a bare oblique of the verb:
 * a name that is not a person's, right after a comma (and a determiner) that closes a noun phrase headed by a noun
 * describing such names ("firm", "town", "unit"), hung loosely on a verb with no preposition or
 * conjunction of its own, and closed by punctuation, is that noun's apposition.
 */
function descriptorAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type === 'PERSON' || m.firstToken < c.first + 2) continue;
    let comma = m.firstToken - 1;
    if (tokens[comma]?.upos === 'DET') comma--;
    if (tokens[comma]?.text !== ',' || !IS_CLAUSE_BREAK.test(tokens[m.lastToken]?.text ?? '.'))
      continue;
    const h = headOf(c, m);
    const l = label(c, h).split(':')[0] ?? '';
    // Loose in the clause, not inside a noun phrase ("in Bergen, Norland" is a list of places).
    if (l === 'appos' || !LOOSE_LABELS.has(l) || c.tokens[head(c, h)]?.upos !== 'VERB') continue;
    if (children(c, h).some((k) => IS_CASE_CC_MARK.test(label(c, k)))) continue;
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      if (tokens[x]?.upos === 'NOUN' && isDescriptorNoun(c, x) && !isPersonNoun(c, x)) r = x;
    }
    if (r < 0 || r === h || c.mentions.some((x) => x.firstToken <= r && r < x.lastToken)) continue;
    attach(c, h, r, 'appos');
  }
}

/** "Chile's ambassador to the UN, Rosa Vidal,", "two Latvian citizens, Ilze Berg and Juris Ozols". */
function commaAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.type !== 'PERSON' || m.firstToken < c.first + 2) continue;
    // A title between the comma and the name stays with the name (", Ayatollah Ruhollah …").
    let comma = m.firstToken - 1;
    while (
      comma > c.first &&
      STARTS_UPPERCASE.test(tokens[comma]?.text ?? '') &&
      isPersonNoun(c, comma)
    ) {
      comma--;
    }
    if (tokens[comma]?.text !== ',') continue;
    const h = headOf(c, m);
    // A flat arc across a comma is a broken name, not part of one.
    const l = label(c, h) === 'flat' ? 'dep' : label(c, h);
    // An apposition stays when it names the person noun or person it hangs on.
    const on = head(c, h);
    if (l === 'appos' && on >= 0 && (isPersonNoun(c, on) || isPersonName(c, on))) continue;
    // "A second Iranian blogger, Ann Fry, who also used …" parsed with the name and "who" both
    // subjects of the relative clause's verb (active or passive: "…, who had been shot").
    const doubled =
      l.startsWith('nsubj') &&
      tokens[m.lastToken]?.text === ',' &&
      children(c, head(c, h)).some(
        (ch) => ch === m.lastToken + 1 && STARTS_NSUBJ.test(label(c, ch)) && isRelative(c, ch),
      );
    // "The head of the WFP, Ann Fry, spoke" parsed with both the noun and the name subjects.
    const second =
      l.startsWith('nsubj') &&
      children(c, head(c, h)).some((ch) => ch < comma && STARTS_NSUBJ.test(label(c, ch)));
    if (l !== 'appos' && !doubled && !second && !LOOSE_LABELS.has(l.split(':')[0] ?? l)) continue;
    if (l.startsWith('conj') && children(c, h).some((ch) => label(c, ch) === 'cc')) continue;
    if (STARTS_NMOD_OBL.test(l) && children(c, h).some((ch) => label(c, ch) === 'case')) continue;
    // The noun phrase closed by the comma: climb from the word before it while still left of it.
    let r = -1;
    for (let x = comma - 1, k = 0; x >= c.first && x < comma && k < 8; x = head(c, x), k++) {
      if (NOMINAL.test(tokens[x]?.upos ?? '') && isPersonNoun(c, x)) r = x;
    }
    if (r < 0 || r === h) continue;
    attach(c, h, r, 'appos');
  }
}

/**
 * "said Rolf Dress, a spokesman for Union Investment." and "Andrew Hogg, spokesman for the
 * Foundation, said …": a person's name closed by a comma and followed by a phrase headed by a
 * person noun, which the next comma or the sentence's end closes, is described by that phrase.
 */
function trailingAppositions(c: RepairContext): void {
  const { tokens } = c;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first) continue;
    const comma = m.lastToken;
    if (tokens[comma]?.text !== ',' || comma + 1 >= c.end) continue;
    let close = comma + 1;
    while (close < c.end && !IS_CLOSING_PUNCTUATION.test(tokens[close]?.text ?? '')) close++;
    if (close < c.end && !IS_PHRASE_END_PUNCTUATION.test(tokens[close]?.text ?? '')) continue;
    const r = segmentHead(c, comma + 1, close);
    if (r === undefined || tokens[r]?.upos !== 'NOUN' || !isPersonNoun(c, r)) continue;
    if (c.mentions.some((x) => x.firstToken <= r && r < x.lastToken)) continue;
    const n = headOf(c, m);
    if (head(c, r) === n && label(c, r) === 'appos') continue;
    // The name hung inside the phrase (as its compound or subject): it takes the phrase's place.
    if (dominates(c, r, n)) attach(c, n, head(c, r), head(c, r) < 0 ? 'root' : label(c, r));
    // Or beside it, the phrase taking the name's role in the clause ("Tom Reed, the mayor, was
    // born" with "mayor" the subject and the name an oblique).
    else if (
      head(c, n) === head(c, r) &&
      STARTS_NSUBJ_OBJ_IOBJ.test(label(c, r)) &&
      LOOSE_LABELS.has(label(c, n).split(':')[0] ?? '')
    )
      attach(c, n, head(c, r), label(c, r));
    attach(c, r, n, 'appos');
  }
}

/**
 * "BBC pundit Mark Lawson said" parsed with "pundit" and "Mark" both subjects of "said", "its
 * unit Initech" with both conjuncts of a name before: a common noun right before a name, hung
 * with the same label on the same head, is its title (for a person) or descriptor.
 */
function titlesAsSiblings(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first) continue;
    const t = m.firstToken - 1;
    if (c.tokens[t]?.upos !== 'NOUN') continue;
    if (m.type !== 'PERSON' && !isDescriptorNoun(c, t)) continue;
    const h = headOf(c, m);
    if (head(c, t) < 0 || head(c, t) !== head(c, h)) continue;
    // "Russian oil firm Yukos has sued" with "firm" an oblique, "Globex pundit Kari Nes
    // predicted" with "pundit" one: a descriptor noun, or any noun before a person's name, with
    // no preposition of its own, whatever label the parse gave it.
    const loose =
      (isDescriptorNoun(c, t) || m.type === 'PERSON') &&
      LOOSE_LABELS.has(label(c, t).split(':')[0] ?? '') &&
      !children(c, t).some((k) => IS_CASE_CC_MARK.test(label(c, k)));
    if (label(c, t) !== label(c, h) && !loose) continue;
    attach(c, t, h, 'nmod:desc');
  }
}

const PLACE_CASES = new Set(['in', 'near', 'at']);

/**
 * "the Hall of Trade, in Port Ellery," with "in Port Ellery" on the verb, "Ola Vik
 * at the Institute of Geology" with "at the Institute" on another noun: a place phrase right
 * after a name is the name's own. Set off by a comma, it is so even on a verb, but not after a
 * person ("said Ann Fry, in Oslo,"); with no comma, when the parse hung it on a noun, or when a
 * place below country level is followed by "in" and a place ("shelled Kassala in eastern Sudan":
 * a town is in the region, not the shelling). A compass word may stand before the second place.
 */
function placePhrasesOnNames(c: RepairContext): void {
  for (const x of c.mentions) {
    if (x.kind === 'pronoun' || x.lastToken >= c.end || x.firstToken < c.first) continue;
    const comma = c.tokens[x.lastToken]?.text === ',';
    if (comma && x.type === 'PERSON') continue;
    const prep = comma ? x.lastToken + 1 : x.lastToken;
    if (!PLACE_CASES.has(c.tokens[prep]?.lower ?? '')) continue;
    let at = prep + 1;
    if (c.tokens[at]?.lower === 'the') at++;
    while (isCompassWord(c.tokens[at]?.lower ?? '')) at++;
    const y = c.mentions.find((m) => m.firstToken === at && m.kind !== 'pronoun');
    if (!y || y.lastToken > c.end) continue;
    const yh = headOf(c, y);
    const xh = headOf(c, x);
    const on = head(c, yh);
    if (on === xh || label(c, prep) !== 'case' || head(c, prep) !== yh || on < 0) continue;
    // "around Alderton, Birchwood and Cedarville in western Norway" with the phrase hung on
    // "roads": after the last of a list with no place phrase of its own, it is the list's.
    const list = firstConjunct(c, xh);
    if (list !== xh && on !== list && !hasOwnPlacePhrase(c, list) && placeInPlace(c, x, y, prep)) {
      attach(c, yh, list, 'nmod');
      continue;
    }
    // "Alderton and Cedar in Norland": the phrase on the first conjunct is the whole list's,
    // unless that conjunct has its own ("Elm Ridge in Kent, Oak Hollow in Lake").
    if (conjoinedUnder(c, xh, on) && !hasOwnPlacePhrase(c, on)) continue;
    const onNoun = IS_NOUN_PROPN.test(c.tokens[on]?.upos ?? '');
    if (!comma && !onNoun && !placeInPlace(c, x, y, prep)) continue;
    attach(c, yh, xh, 'nmod');
  }
}

/** The first conjunct of the coordination `x` is in (`x` itself when it is in none). */
function firstConjunct(c: RepairContext, x: number): number {
  let k = x;
  for (let n = 0; n < 12 && label(c, k) === 'conj' && head(c, k) >= 0; n++) k = head(c, k);
  return k;
}

/** Whether the name headed at `h` is followed right away by "in", "near" or "at". */
function hasOwnPlacePhrase(c: RepairContext, h: number): boolean {
  const m = c.mentions.find((k) => k.kind !== 'pronoun' && headOf(c, k) === h);
  return m !== undefined && PLACE_CASES.has(c.tokens[m.lastToken]?.lower ?? '');
}

/** Whether `x` hangs on `top` through conjunct or apposition links only. */
function conjoinedUnder(c: RepairContext, x: number, top: number): boolean {
  for (let k = x, n = 0; k >= 0 && n < 12; k = head(c, k), n++) {
    if (k === top) return k !== x;
    if (!IS_CONJ_APPOS_LIST.test(label(c, k))) return false;
  }
  return false;
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** "Kassala in Sudan": a place that is no country, "in", and another place. */
function placeInPlace(c: RepairContext, x: MentionSpan, y: MentionSpan, prep: number): boolean {
  if (c.tokens[prep]?.lower !== 'in' || x.entityId === y.entityId) return false;
  return PLACE_TYPES.has(x.type) && PLACE_TYPES.has(y.type) && !namesCountry(c.tokens, x);
}

/**
 * "murdering Bergen newspaper reporter Tom Reed" parsed with the name as a flat part (or a
 * comma-less apposition) of "reporter", or "Lord Hanningfield, leader of the council," with the name flat on "Lord": the
 * name heads the phrase, the noun or honorific before it is its title, and what the parse hung on
 * that word after the name (an apposition, a relative clause) is the name's.
 */
function namesFlatOnNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const n = head(c, h);
    // Flat, or a person's apposition with no comma between on a bare noun ("murdering
    // reporter Tom Reed"; "Norland historian Kari Lund", with a modifier, stays).
    const appos =
      label(c, h) === 'appos' &&
      m.type === 'PERSON' &&
      children(c, n).every((k) => k > n || IS_CASE_CC_MARK_PUNCT.test(label(c, k)));
    if ((label(c, h) !== 'flat' && !appos) || n !== m.firstToken - 1) continue;
    if (!isCommonNoun(c, n) && !isBareTitle(c, n)) continue;
    attach(c, h, head(c, n), label(c, n));
    attach(c, n, h, 'nmod:desc');
    // What hangs on it after the name, and its function words ("with US bank Wells Fargo").
    for (const k of children(c, n))
      if (k >= m.lastToken || IS_CASE_CC_MARK.test(label(c, k))) attach(c, k, h, label(c, k));
  }
}

function isCommonNoun(c: RepairContext, i: number): boolean {
  const t = c.tokens[i] as Token;
  return t.upos === 'NOUN' && t.text === t.lower;
}

/** An honorific or role word outside any mention: "Lord", "Sir", "President" before a name. */
function isBareTitle(c: RepairContext, i: number): boolean {
  if (c.mentions.some((k) => i >= k.firstToken && i < k.lastToken)) return false;
  const w = c.tokens[i]?.lower ?? '';
  return loadLexicon().honorifics.has(w) || c.lex.roles.has(w);
}

/**
 * "Japanese rival Nissan Motor", "Globex's newly-appointed chief executive Ann Holt" parsed as
 * parts of different phrases: a descriptor or role noun right before a name, and the words
 * before it back to a name or demonym (adjectives, nouns, -ly adverbs, hyphenated words, a
 * possessive 's), are one noun phrase. The name heads it, the noun is its title, the name or
 * demonym and the words between modify the noun. A verb or a determiner between stops it.
 */
function premodifiedTitles(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken - 2 < c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const d = m.firstToken - 1;
    if (!isDescriptorWord(c, d)) continue;
    const owner = ownerBefore(c, d);
    if (!owner) continue;
    const oh = headOf(c, owner);
    // Already one phrase under the name ("Acme's chief executive Jon Voss" with both the owner
    // and the title on "Jon") still needs the title between them; deeper inside it does not.
    if (dominates(c, d, oh) || (dominates(c, h, oh) && head(c, oh) !== h)) continue;
    // The phrase keeps the attachment of its first word when that one reaches outside it
    // ("praised by Globex's … Ann Holt"), else the name's.
    const out = head(c, oh);
    if (out >= 0 && (out < owner.firstToken || out >= m.lastToken)) {
      attach(c, h, out, label(c, oh));
      for (const k of children(c, oh)) if (k < owner.firstToken) attach(c, k, h, label(c, k));
    }
    attach(c, d, h, 'nmod:desc');
    const possessive = IS_POSSESSIVE_MARK.test(c.tokens[owner.lastToken]?.lower ?? '');
    for (let k = owner.lastToken; k < d; k++) {
      if (possessive && k === owner.lastToken) attach(c, k, oh, 'case');
      else if (head(c, k) < owner.firstToken || head(c, k) > d) {
        attach(c, k, d, c.tokens[k]?.upos === 'NOUN' ? 'compound' : 'amod');
      }
    }
    const ownerLabel = possessive ? 'nmod:poss' : owner.type === 'NORP' ? 'amod' : 'compound';
    attach(c, oh, d, ownerLabel);
  }
}

/**
 * A lower-case noun (or adjective-tagged role word) that describes or titles a name; a lower-case
 * word tagged as a proper noun between names is a noun ("Ruth Brand assassin Tom Hale").
 */
function isDescriptorWord(c: RepairContext, i: number): boolean {
  const t = c.tokens[i];
  if (!t || t.text !== t.lower || !IS_NOUN_ADJ_PROPN.test(t.upos)) return false;
  const { lex } = c;
  return (
    lex.roles.has(t.lower) ||
    lex.personNouns.has(t.lemma) ||
    lex.descriptorTypes.has(t.lemma) ||
    lex.partRelations.has(t.lemma)
  );
}

/**
 * The name or demonym that opens the noun phrase ending in the title at `d`: reached leftwards
 * over adjectives, nouns, -ly adverbs, hyphens and the words they join, and one possessive 's.
 */
function ownerBefore(c: RepairContext, d: number): MentionSpan | undefined {
  for (let k = d - 1; k >= c.first && k > d - 8; k--) {
    const named = c.mentions.find(
      (x) => x.kind !== 'pronoun' && k >= x.firstToken && k < x.lastToken,
    );
    if (named) return named.lastToken === k + 1 ? named : undefined;
    const t = c.tokens[k] as Token;
    if (IS_POSSESSIVE_MARK.test(t.lower)) {
      return c.mentions.find((x) => x.kind !== 'pronoun' && x.lastToken === k);
    }
    const joined = t.text === '-' || c.tokens[k - 1]?.text === '-' || c.tokens[k + 1]?.text === '-';
    const word =
      (IS_ADJ_NOUN.test(t.upos) && t.text === t.lower) ||
      (t.upos === 'ADV' && t.lower.endsWith('ly'));
    if (!word && !joined) return undefined;
  }
  return undefined;
}

/**
 * "the sentence of Carl Moss, convicted of murdering Tom Reed" or "Ola Vik, 68, born
 * in Port Ellery": the participle after the name (and its age) is the name's.
 */
function participlesAfterNames(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.lastToken + 1 >= c.end || m.firstToken < c.first) continue;
    if (c.tokens[m.lastToken]?.text !== ',') continue;
    let v = m.lastToken + 1;
    if (isAge(c, v) && c.tokens[v + 1]?.text === ',') v += 2;
    if (v >= c.end) continue;
    const t = c.tokens[v] as Token;
    if (t.upos !== 'VERB' || !PARTICIPLE_ENDING.test(t.lower)) continue;
    if (!IS_ADVCL_CONJ_PARATAXIS_ACL.test(label(c, v))) continue;
    if (children(c, v).some((k) => STARTS_NSUBJ_AUX.test(label(c, k)))) continue;
    const h = headOf(c, m);
    if (head(c, v) === h) continue;
    attach(c, v, h, 'acl');
  }
}

/**
 * "Reed was shot … in the lobby of his office by Carl Moss": in a passive clause
 * with no agent, "by" and an actor's name hung on a noun of the clause is its agent.
 */
function agentsOnNouns(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || !IS_PERSON_ORG_GPE.test(m.type)) continue;
    if (m.firstToken <= c.first || m.lastToken > c.end) continue;
    if (c.tokens[m.firstToken - 1]?.lower !== 'by') continue;
    const x = headOf(c, m);
    if (!STARTS_NMOD.test(label(c, x))) continue;
    // The verb above the noun the phrase hangs on.
    let v = head(c, x);
    for (let k = 0; v >= 0 && k < 6 && !IS_VERB_AUX.test(c.tokens[v]?.upos ?? ''); k++)
      v = head(c, v);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    if (!kids.some((k) => label(c, k) === 'aux:pass')) continue;
    if (kids.some((k) => label(c, k) === 'obl:agent')) continue;
    attach(c, x, v, 'obl:agent');
  }
}

/** A bare number that can be a person's age after a name ("Ola Vik, 68,"). */
function isAge(c: RepairContext, i: number): boolean {
  const t = c.tokens[i];
  return t !== undefined && t.upos === 'NUM' && IS_UP_TO_THREE_DIGITS.test(t.text);
}

function isRelative(c: RepairContext, i: number): boolean {
  const w = c.tokens[i]?.lower ?? '';
  return w === 'who' || w === 'which';
}

/** "Arnor is about to restore ties": no passive auxiliary and no participle, so no passive. */
function passivesWithoutAuxiliary(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'nsubj:pass') continue;
    const v = head(c, i);
    if (v < 0) continue;
    const aux = children(c, v).some((ch) => IS_AUX_PASS.test(label(c, ch)));
    const t = c.tokens[v] as Token;
    const participle = PAST_PARTICIPLE_ENDING.test(t.lower) || t.lower !== t.lemma.toLowerCase();
    // A participle with an object of its own and no passive auxiliary is active ("Ann Holt
    // assassinated Governor Tom Reed" with "Ann" parsed as a passive subject).
    const object = children(c, v).some((ch) => label(c, ch) === 'obj');
    if (!aux && (!participle || object)) attach(c, i, v, 'nsubj');
  }
}

/** "Arnor cut ties" tagged so that "Arnor" is a compound of the verb: a noun before a verb with
 * no subject is its subject (UD never hangs a compound on a verb). */
function compoundsOnVerbs(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'compound') continue;
    const v = head(c, i);
    if (v <= i || c.tokens[v]?.upos !== 'VERB') continue;
    if (children(c, v).some((ch) => STARTS_NSUBJ.test(label(c, ch)))) continue;
    if (!IS_NOUN_PROPN.test(c.tokens[i]?.upos ?? '')) continue;
    attach(c, i, v, 'nsubj');
  }
}

/** "Ms Brand was in Norland touring …" parsed with "in Norland" as a subject: a subject has no
 * preposition (bar "for Iran to sell"), so it is an oblique. */
function markedSubjects(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (!STARTS_NSUBJ.test(label(c, i))) continue;
    const marked = children(c, i).some(
      (ch) => label(c, ch) === 'case' && !IS_FOR_OR_POSSESSIVE.test(c.tokens[ch]?.lower ?? ''),
    );
    if (marked) attach(c, i, head(c, i), 'obl');
  }
}

/**
 * "Lemuria - the region's third largest grain exporter - sells …" parsed with the descriptor as
 * the subject and the name loose: the name is the subject, the descriptor its apposition.
 */
function dashAppositions(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun') continue;
    const x = headOf(c, m);
    const v = head(c, x);
    if (v < 0 || !IS_DISCOURSE_DEP_VOCATIVE_OBL_UNMARKED_PARATAXIS_LIST.test(label(c, x))) continue;
    const sep = c.tokens[m.lastToken]?.text ?? '';
    if (!IS_DASH_OR_COMMA.test(sep)) continue;
    const subject = children(c, v).find((ch) => STARTS_NSUBJ.test(label(c, ch)) && ch > x);
    if (subject === undefined || !IS_NOUN.test(c.tokens[subject]?.upos ?? '')) continue;
    attach(c, x, v, label(c, subject));
    attach(c, subject, x, 'appos');
  }
}

/** "India's Infosys hired …" parsed with the possessor on the verb: it owns the noun after it. */
function possessorsOnVerbs(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    // Also "Germany's Alexander Kosenkow won" parsed with both names subjects of "won".
    const owns =
      label(c, i) === 'nmod:poss' ||
      (STARTS_NSUBJ_OBJ.test(label(c, i)) &&
        children(c, i).some(
          (k) => label(c, k) === 'case' && IS_POSSESSIVE_S.test(c.tokens[k]?.lower ?? ''),
        ));
    if (!owns) continue;
    const v = head(c, i);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB') continue;
    // The noun phrase after the possessor's 's: its head is the first token there that hangs
    // outside the span from the possessor to it.
    let k = i + 1;
    const flatName = (x: number) =>
      label(c, x) === 'flat' && c.mentions.some((m) => m.firstToken === x);
    while (k < c.end && (label(c, k) === 'case' || (head(c, k) === i && !flatName(k)))) k++;
    for (let n = k; n < c.end && n < k + 6; n++) {
      const h = head(c, n);
      if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
      if (h > n && h < k + 6 && IS_COMPOUND_AMOD_FLAT.test(label(c, n))) continue;
      // A name the parse hung on the possessor across its "'s" takes the possessor's place.
      if (h === i) attach(c, n, v, label(c, i) === 'nmod:poss' ? 'obj' : label(c, i));
      attach(c, i, n, 'nmod:poss');
      break;
    }
  }
}

const SUBORDINATORS = new Set([
  'as',
  'while',
  'because',
  'since',
  'after',
  'before',
  'when',
  'although',
  'though',
  'if',
  'until',
  'whereas',
]);

/**
 * "… as President Biden's administration continues to mount pressure" parsed with "as" as the
 * case of the noun: the noun is the subject of the verb right after it, "as" its mark.
 */
function subordinatorsAsCase(c: RepairContext): void {
  for (let k = c.first; k < c.end; k++) {
    if (label(c, k) !== 'case' || !SUBORDINATORS.has(c.tokens[k]?.lower ?? '')) continue;
    const n = head(c, k);
    if (n < 0 || !STARTS_NMOD_OBL.test(label(c, n))) continue;
    // The first token after the noun phrase.
    let last = n;
    for (let i = n + 1; i < c.end && dominates(c, n, i); i++) last = i;
    const v = last + 1;
    if (v >= c.end || c.tokens[v]?.upos !== 'VERB') continue;
    if (children(c, v).some((ch) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, ch)))) continue;
    attach(c, n, v, 'nsubj');
    attach(c, k, v, 'mark');
  }
}

/**
 * "Crimea, which is a part of Ukraine" parsed with the clause hung elsewhere (on a verb, or as
 * the relative clause of a noun before the name: "a number of troops to Crimea, which"): a clause
 * whose subject is "which" or "who" right after a name and a comma is that name's relative clause.
 */
function looseRelatives(c: RepairContext): void {
  for (let r = c.first + 2; r < c.end; r++) {
    const w = c.tokens[r]?.lower ?? '';
    if ((w !== 'which' && w !== 'who') || c.tokens[r - 1]?.text !== ',') continue;
    if (!STARTS_NSUBJ.test(label(c, r))) continue;
    const clause = head(c, r);
    if (clause < 0) continue;
    const named = mentionEndingAt(c, r - 2);
    if (!named) continue;
    const antecedent = headOf(c, named);
    if (head(c, clause) === antecedent && label(c, clause) === 'acl:relcl') continue;
    // Already a relative clause of another noun: move it only if the pronoun agrees with the
    // name ("who" a person, "which" not), the noun it hangs on is no name itself ("the
    // president of France, who" stays on "president") and the clause describes rather than
    // acts ("Crimea, which is a part of Ukraine"; "the bombing in Kandahar, which killed three
    // soldiers" stays on "bombing").
    if (label(c, clause) === 'acl:relcl') {
      if ((w === 'who') !== (named.type === 'PERSON')) continue;
      const on = head(c, clause);
      if (c.mentions.some((m) => m.firstToken <= on && on < m.lastToken)) continue;
      // "who" right after a person's name never describes a noun that is no person ("the
      // files relating to Tom Hale, who was charged" hung on "files").
      const person = w === 'who' && !isPersonNoun(c, on);
      if (!person && !children(c, clause).some((k) => label(c, k) === 'cop')) continue;
    }
    attach(c, clause, antecedent, 'acl:relcl');
  }
}

/**
 * "A spokesman for Free Press Watch, which monitors newspapers, described the ruling
 * as unfair" parsed with the relative clause's verb as the root, both "spokesman" and "which" its
 * subjects and "described" its conjunct: the verb after the clause's closing comma, with no
 * subject of its own, is the root; the other subject is its subject; the relative clause is the
 * clause of the word before the comma.
 */
function relativesAsRoots(c: RepairContext): void {
  const v = rootOf(c);
  if (v < 0 || c.tokens[v]?.upos !== 'VERB') return;
  const subjects = children(c, v).filter((k) => STARTS_NSUBJ.test(label(c, k)));
  const rel = subjects.find((k) => isRelative(c, k) && c.tokens[k - 1]?.text === ',' && k < v);
  if (rel === undefined) return;
  const other = subjects.find((k) => k < rel - 1 && !isRelative(c, k));
  if (other === undefined) return;
  const next = children(c, v).find(
    (k) =>
      k > v &&
      IS_CONJ_PARATAXIS_ADVCL.test(label(c, k)) &&
      c.tokens[k]?.upos === 'VERB' &&
      c.tokens[k - 1]?.text === ',' &&
      !children(c, k).some((x) => STARTS_NSUBJ_CSUBJ_EXPL_MARK.test(label(c, x))),
  );
  if (next === undefined) return;
  const antecedent = rel - 2;
  if (!IS_NOUN_PROPN.test(c.tokens[antecedent]?.upos ?? '')) return;
  attach(c, next, -1, 'root');
  attach(c, other, next, label(c, other));
  attach(c, v, antecedent, 'acl:relcl');
  for (const k of children(c, v))
    if (k > next && label(c, k) === 'punct') attach(c, k, next, 'punct');
}

/**
 * "Ailing Lemurian truck maker Globex Motors has signed a contract" parsed with the participle
 * as a clausal subject and the noun phrase its object: a gerund opening the sentence, whose
 * object is a noun phrase with a name reaching up to the verb, modifies the noun, and the noun is
 * the verb's subject.
 */
function participlesAsSubjects(c: RepairContext): void {
  const g = c.first;
  const t = c.tokens[g];
  if (!t || t.upos !== 'VERB' || !t.lower.endsWith('ing') || label(c, g) !== 'csubj') return;
  const v = head(c, g);
  if (v < 0 || children(c, v).some((k) => STARTS_NSUBJ_EXPL.test(label(c, k)))) return;
  const n = children(c, g).find(
    (k) => label(c, k) === 'obj' && IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? ''),
  );
  if (n === undefined) return;
  // The noun phrase runs from the gerund to the verb (or its first auxiliary) and names someone.
  const verbStart = Math.min(v, ...children(c, v).filter((k) => STARTS_AUX.test(label(c, k))));
  for (let k = g + 1; k < verbStart; k++) if (!dominates(c, n, k)) return;
  let named = false;
  for (let k = g + 1; k < verbStart; k++)
    if (c.mentions.some((m) => m.firstToken === k && m.kind === 'name' && m.type !== 'NORP'))
      named = true;
  if (!named) return;
  attach(c, n, v, 'nsubj');
  attach(c, g, n, 'amod');
}

/**
 * "On Monday Ms Brand was in Norland touring the cathedral" parsed with the name hung flat on the
 * time word before it: a name hung by "flat" on a time oblique of a predicate with no subject,
 * and standing before that predicate, is its subject.
 */
function namesFlatOnTimes(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.firstToken < c.first || m.lastToken > c.end) continue;
    const n = headOf(c, m);
    const w = head(c, n);
    if (label(c, n) !== 'flat' || w < 0 || (w >= m.firstToken && w < m.lastToken)) continue;
    if (c.mentions.some((x) => x.firstToken <= w && w < x.lastToken)) continue;
    if (!IS_OBL_OBL_TMOD_OBL_UNMARKED_NMOD_TMOD.test(label(c, w)) || !isTimeWord(c, w)) continue;
    const p = head(c, w);
    if (p < 0 || p < n || children(c, p).some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k))))
      continue;
    attach(
      c,
      n,
      p,
      c.tokens[p]?.upos === 'VERB' && children(c, p).some((k) => label(c, k) === 'aux:pass')
        ? 'nsubj:pass'
        : 'nsubj',
    );
  }
}

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

function isTimeWord(c: RepairContext, i: number): boolean {
  return TIME_WORDS.test(c.tokens[i]?.lower ?? '');
}

/**
 * "Ola Vik, grain analyst with Globex Securities Inc." or "Ann Holt, director of
 * the Institute and a member of the Council" parsed with the phrase or the second role on the
 * person's name: after a person noun in apposition, an organisation phrase (of / for / with /
 * at) hung on the name, or on the verb before the name right after the apposition, belongs to
 * that noun, and a coordinated person noun is its conjunct.
 */
function phrasesOfAppositiveRoles(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken < c.first) continue;
    const n = headOf(c, m);
    const role = children(c, n).find((k) => k > n && label(c, k) === 'appos' && isPersonNoun(c, k));
    if (role === undefined) continue;
    // Hung on the name, or on the name's verb right after the role's phrase ("said Ola
    // Vik, grain analyst with Globex" with the "with" phrase an oblique of "said").
    const v = head(c, n);
    const after = span(c, role)[1] + 1;
    const onVerb =
      v >= 0 && v < n && IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')
        ? children(c, v).filter((k) => label(c, k) === 'obl' && span(c, k)[0] === after)
        : [];
    for (const k of [...children(c, n), ...onVerb]) {
      if (k <= role) continue;
      const prep = children(c, k).find((x) => x < k && label(c, x) === 'case');
      const w = prep === undefined ? '' : (c.tokens[prep]?.lower ?? '');
      const named = c.mentions.some(
        (x) => x.firstToken <= k && k < x.lastToken && x.type === 'ORG',
      );
      const on = label(c, k) === 'obl' ? IS_OF_FOR_WITH : IS_OF_FOR_WITH_AT;
      if (STARTS_NMOD_OBL.test(label(c, k)) && named && on.test(w)) {
        attach(c, k, role, 'nmod');
      } else if (label(c, k) === 'conj' && isPersonNoun(c, k)) {
        attach(c, k, role, 'conj');
      }
    }
  }
}

/**
 * "In 1901, the 12th President of Lemuria, Ruth Brand, was born in Ashby" with
 * no subject, or "Tom Hale, the 9th President of Lemuria, was born" with
 * the apposition as the subject and the name an oblique: a comma-closed name right before a
 * verb that lacks a subject is its subject (a person noun phrase before it its apposition), and
 * a common noun subject closed by a comma right after a name is the name's apposition; with no
 * subject, a person's name and a person noun phrase after it, each closed by a comma, are the
 * subject and its apposition.
 */
function subjectsBeforeCommas(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    const auxes = kids.filter((k) => STARTS_AUX.test(label(c, k)) && k < v);
    const f = Math.min(v, ...auxes);
    if (c.tokens[f - 1]?.text !== ',') continue;
    const passive = auxes.some((k) => label(c, k) === 'aux:pass');
    const subject = kids.find((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)));
    const q = commaBefore(c, f - 1);
    if (subject === undefined) {
      // The segment between the last two commas is a name: the subject.
      const m = nameFilling(c, q + 1, f - 1);
      if (!m) {
        // "In 1899, Tom Hale, the 9th President of Lemuria, was born": a
        // person's name, then a person noun phrase, each closed by a comma.
        const named = nameFilling(c, commaBefore(c, q) + 1, q);
        const r = segmentHead(c, q + 1, f - 1);
        if (!named || named.type !== 'PERSON' || r === undefined || !isPersonNoun(c, r)) continue;
        const n = headOf(c, named);
        attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
        attach(c, r, n, 'appos');
        continue;
      }
      const n = headOf(c, m);
      attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
      const r = segmentHead(c, commaBefore(c, q) + 1, q);
      if (r !== undefined && isPersonNoun(c, r)) attach(c, r, n, 'appos');
      continue;
    }
    // The subject is a common noun closed by the comma; the segment before it is a name.
    if (
      subject <= q ||
      subject >= f - 1 ||
      c.mentions.some((x) => x.firstToken <= subject && subject < x.lastToken)
    )
      continue;
    if (!IS_NOUN_NUM_ADJ.test(c.tokens[subject]?.upos ?? '')) continue;
    const m = nameFilling(c, commaBefore(c, q) + 1, q);
    if (!m || m.type !== 'PERSON') continue;
    const n = headOf(c, m);
    if (!LOOSE_LABELS.has(label(c, n)) || head(c, n) !== v) continue;
    attach(c, n, v, label(c, subject));
    attach(c, subject, n, 'appos');
  }
}

/** The comma before position `i` in the sentence (or the token before the sentence). */
function commaBefore(c: RepairContext, i: number): number {
  let k = i - 1;
  while (k >= c.first && c.tokens[k]?.text !== ',' && c.tokens[k]?.text !== ':') k--;
  return k;
}

/** A name (not a pronoun) spanning exactly tokens [from, to). */
function nameFilling(c: RepairContext, from: number, to: number): MentionSpan | undefined {
  return c.mentions.find(
    (m) => m.kind !== 'pronoun' && m.firstToken === from && m.lastToken === to && m.type !== 'NORP',
  );
}

/** The one token of [from, to) whose head lies outside it, if there is exactly one. */
function segmentHead(c: RepairContext, from: number, to: number): number | undefined {
  const out: number[] = [];
  for (let k = Math.max(from, c.first); k < to; k++) {
    const h = head(c, k);
    if ((h < from || h >= to) && label(c, k) !== 'punct') out.push(k);
  }
  return out.length === 1 ? out[0] : undefined;
}

const ORDER_NOUNS = new Set([
  'order',
  'orders',
  'instruction',
  'instructions',
  'behest',
  'command',
]);

/**
 * "The envoy was poisoned on the orders of Tom Hale": in a passive clause with no
 * agent, the one whose orders it was done on (an "of" phrase of "orders", "instructions",
 * "behest" under "on / at / under") is its agent.
 */
function agentsOfOrders(c: RepairContext): void {
  for (let o = c.first; o < c.end; o++) {
    if (!ORDER_NOUNS.has(c.tokens[o]?.lower ?? '') || label(c, o) !== 'obl') continue;
    const prep = children(c, o).find((k) => label(c, k) === 'case' && k < o);
    if (!IS_ON_AT_UNDER_BY.test(c.tokens[prep ?? -1]?.lower ?? '')) continue;
    const v = head(c, o);
    const kids = children(c, v);
    if (
      !kids.some((k) => label(c, k) === 'aux:pass') ||
      kids.some((k) => label(c, k) === 'obl:agent')
    )
      continue;
    const of = children(c, o).find(
      (k) =>
        k > o &&
        STARTS_NMOD.test(label(c, k)) &&
        c.tokens[children(c, k).find((x) => label(c, x) === 'case') ?? -1]?.lower === 'of',
    );
    if (of === undefined) continue;
    attach(c, of, v, 'obl:agent');
  }
}

function isRoot(c: RepairContext, i: number): boolean {
  return head(c, i) < 0;
}

/**
 * "Atlantis, which did not comment, invaded Lemuria" parsed with "invaded" as a conjunct or an
 * adverbial clause of "comment" and the name as the root: the verb after the relative clause's
 * closing comma, with no subject of its own, is the sentence's predicate and the name its subject.
 */
function predicatesAfterRelatives(c: RepairContext): void {
  for (let a = c.first; a < c.end; a++) {
    if (!isRoot(c, a) || !IS_NOUN_PROPN_PRON.test(c.tokens[a]?.upos ?? '')) continue;
    for (const rc of children(c, a)) {
      if (label(c, rc) !== 'acl:relcl' || rc < a) continue;
      const v = children(c, rc).find(
        (k) =>
          k > rc &&
          IS_CONJ_ADVCL_PARATAXIS.test(label(c, k)) &&
          c.tokens[k]?.upos === 'VERB' &&
          c.tokens[k - 1]?.text === ',' &&
          !children(c, k).some((x) => STARTS_NSUBJ_CSUBJ_EXPL_MARK_CC.test(label(c, x))),
      );
      if (v === undefined) continue;
      attach(c, v, -1, 'root');
      attach(c, a, v, 'nsubj');
      for (const k of children(c, a))
        if (k > v && label(c, k) === 'punct') attach(c, k, v, 'punct');
      return;
    }
  }
}

/**
 * "Ann Holt assassinated Governor Tom Reed" parsed as a noun phrase ("Ann" the root, the verb its
 * reduced relative), "US-German carmaker Daimler raised its stake" with "Daimler raised …" a
 * relative clause of "carmaker", "Mr Vik, 31, from east Bergen, was detained" with the
 * clause on "Bergen": a root noun with no copula or predicate of its own, and a clause in its
 * noun phrase that is finite in form (an auxiliary, or an object; no marker or relative word),
 * heads no sentence; the clause does. The noun becomes its subject, or the title of a name
 * subject right after it.
 */
function predicatesUnderNominalRoots(c: RepairContext): void {
  const r = rootOf(c);
  if (r < 0 || !IS_NOUN_PROPN.test(c.tokens[r]?.upos ?? '')) return;
  if (children(c, r).some((k) => STARTS_COP_NSUBJ_CSUBJ.test(label(c, k)))) return;
  const v = clauseInNounPhrase(c, r);
  if (v === undefined) return;
  const vk = children(c, v);
  const subject = vk.find((k) => STARTS_NSUBJ.test(label(c, k)) && k < v);
  const passive = vk.some((k) => label(c, k) === 'aux:pass');
  if (subject === undefined) {
    attach(c, v, -1, 'root');
    attach(c, r, v, passive ? 'nsubj:pass' : 'nsubj');
  } else {
    // Only a name right after the noun: "carmaker Daimler raised".
    const named = c.mentions.find(
      (m) => m.kind !== 'pronoun' && m.firstToken === r + 1 && headOf(c, m) === subject,
    );
    if (!named || c.tokens[r]?.upos !== 'NOUN') return;
    attach(c, v, -1, 'root');
    attach(c, r, subject, 'nmod:desc');
  }
  for (const k of children(c, r)) if (k > v && label(c, k) === 'punct') attach(c, k, v, 'punct');
}

/** The first clause right of `r` inside its noun phrase (through nominals only) finite in form. */
function clauseInNounPhrase(c: RepairContext, r: number): number | undefined {
  for (let v = r + 1; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB' || !IS_ACL.test(label(c, v))) continue;
    if (ENDS_ING.test(c.tokens[v]?.lower ?? '')) continue;
    let x = head(c, v);
    while (x !== r && x >= 0 && IS_NOUN_PROPN_NUM.test(c.tokens[x]?.upos ?? '')) x = head(c, x);
    if (x !== r) continue;
    const vk = children(c, v);
    if (vk.some((k) => STARTS_MARK_COP.test(label(c, k)) || isRelative(c, k) || isThat(c, k)))
      return undefined;
    const finite = vk.some((k) => label(c, k) === 'obj' || STARTS_AUX.test(label(c, k)));
    return finite ? v : undefined;
  }
  return undefined;
}

function rootOf(c: RepairContext): number {
  for (let i = c.first; i < c.end; i++) if (isRoot(c, i)) return i;
  return -1;
}

function isThat(c: RepairContext, i: number): boolean {
  return c.tokens[i]?.lower === 'that' && STARTS_NSUBJ_OBJ.test(label(c, i));
}

/**
 * "an EU demand for Turkey to recognise Cyprus" parsed with "for" as a modifier and "Turkey" hung
 * on it: a preposition heads nothing; its nominal child takes its place and it becomes the case.
 */
function prepositionsAsHeads(c: RepairContext): void {
  for (let k = c.first; k < c.end; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || !STARTS_NMOD_OBL.test(label(c, k))) continue;
    const n = children(c, k).find(
      (x) => x > k && IS_NOUN_PROPN_PRON_NUM.test(c.tokens[x]?.upos ?? ''),
    );
    if (n === undefined) continue;
    attach(c, n, head(c, k), label(c, k));
    for (const x of children(c, k)) if (x !== n) attach(c, x, n, label(c, x));
    attach(c, k, n, 'case');
  }
}

/**
 * "signed an agreement with Lemurian rival Globex Motors to supply …" or "called on President
 * Ruth Brand to secure …" parsed with the preposition as the marker of the verb after it
 * (or as a particle) and the name hung on the preposition: the preposition and the name are a
 * phrase of the word before the preposition (a noun's modifier, a verb's oblique); a particle's
 * name is its verb's object.
 */
function prepositionsAsMarkers(c: RepairContext): void {
  for (let k = c.first + 1; k < c.end; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || !IS_MARK_COMPOUND_PRT.test(label(c, k))) continue;
    // "an agreement with rival Initech to supply" read as "for X to V": with "with", the name
    // is the noun's party, not the infinitive's subject (nor its bare oblique).
    const v = head(c, k);
    const subject =
      c.tokens[k]?.lower === 'with' && label(c, k) === 'mark' && v > k
        ? children(c, v).find(
            (x) =>
              x > k &&
              x < v &&
              (STARTS_NSUBJ.test(label(c, x)) || (label(c, x) === 'obl' && !hasFunctionWord(c, x))),
          )
        : undefined;
    const n =
      subject ??
      children(c, k).find((x) => x > k && IS_NOUN_PROPN_PRON.test(c.tokens[x]?.upos ?? ''));
    if (n === undefined) continue;
    // A particle's name is its verb's object: "called on President Khatami".
    if (label(c, k) === 'compound:prt') {
      if (head(c, k) >= 0) attach(c, n, head(c, k), 'obj');
      continue;
    }
    const before = k - 1;
    const upos = c.tokens[before]?.upos ?? '';
    if (!IS_NOUN_PROPN_VERB.test(upos)) continue;
    attach(c, n, before, upos === 'VERB' ? 'obl' : 'nmod');
    if (head(c, n) !== before) continue;
    attach(c, k, n, 'case');
  }
}

/**
 * "Ms Brand was in Norland touring the cathedral" parsed with "in" a marker of "touring" and
 * "Norland" its subject: a preposition right before a noun hung on the same word is that noun's
 * case ("for Iran to sell", where "for" marks the clause of its subject, stays).
 */
function prepositionsBeforeSiblings(c: RepairContext): void {
  for (let k = c.first; k < c.end - 1; k++) {
    if (c.tokens[k]?.upos !== 'ADP' || label(c, k) !== 'mark' || c.tokens[k]?.lower === 'for')
      continue;
    const n = k + 1;
    if (!IS_NOUN_PROPN_PRON_NUM.test(c.tokens[n]?.upos ?? '') || head(c, n) !== head(c, k))
      continue;
    if (!STARTS_NSUBJ_OBJ_IOBJ_OBL_NMOD.test(label(c, n))) continue;
    attach(c, k, n, 'case');
  }
}

/** "Mr Vik, 31, from east Bergen," parsed with "Bergen" a conjunct: a conjunct has no
 * preposition, so it is a modifier of what it hangs on. */
function markedConjuncts(c: RepairContext): void {
  for (let i = c.first; i < c.end; i++) {
    if (label(c, i) !== 'conj') continue;
    const kids = children(c, i);
    if (kids.some((k) => label(c, k) === 'cc')) continue;
    const prep = kids.find((k) => label(c, k) === 'case' && k < i && c.tokens[k]?.upos === 'ADP');
    if (prep === undefined) continue;
    const h = head(c, i);
    const verbal = IS_VERB_AUX.test(c.tokens[h]?.upos ?? '');
    attach(c, i, h, verbal ? 'obl' : 'nmod');
  }
}

/** The first and last token of `h`'s subtree. */
function span(c: RepairContext, h: number): [number, number] {
  let lo = h;
  let hi = h;
  for (let i = c.first; i < c.end; i++) {
    if (i >= lo && i <= hi) continue;
    if (dominates(c, h, i)) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  return [lo, hi];
}

/** A function word of its own on `h`: a preposition, marker or conjunction. */
function hasFunctionWord(c: RepairContext, h: number): boolean {
  return children(c, h).some((k) => IS_CASE_CC_MARK.test(label(c, k)));
}

/**
 * "agreed to supply Norland truck maker Initech with 9,000 trucks" parsed with the name an
 * `obl` of the verb without a preposition: a bare nominal oblique (no preposition, not a time
 * word) headed by a name and starting right after an active verb is its object, or its indirect
 * object when the verb has an object after it ("sold Acme the plant").
 */
function bareObliquesAsObjects(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken <= c.first || m.lastToken > c.end) continue;
    const h = headOf(c, m);
    const v = head(c, h);
    if (label(c, h) !== 'obl' || v < 0 || v >= m.firstToken) continue;
    if (c.tokens[v]?.upos !== 'VERB' || hasFunctionWord(c, h) || isTimeWord(c, h)) continue;
    const kids = children(c, v);
    if (kids.some((k) => label(c, k) === 'aux:pass')) continue;
    if (span(c, h)[0] !== v + 1) continue;
    const objects = kids.filter((k) => IS_OBJ_CCOMP.test(label(c, k)));
    if (objects.length === 0) attach(c, h, v, 'obj');
    else if (objects.every((k) => k > h) && label(c, objects[0]!) === 'obj')
      attach(c, h, v, 'iobj');
  }
}

/**
 * "touring Norland's oldest church, the Old Cathedral" parsed with the phrase after the comma a
 * bare `obl` of the verb: a nominal hung on a verb as an oblique or a loose dependent, with no
 * preposition, marker or conjunction of its own, opened by a comma right after the noun phrase of
 * another nominal dependent of the same verb and closed by punctuation, is that phrase's
 * apposition.
 */
function appositionsOfArguments(c: RepairContext): void {
  for (let h = c.first + 2; h < c.end; h++) {
    if (!IS_NOUN_PROPN.test(c.tokens[h]?.upos ?? '')) continue;
    if (!IS_OBL_OBJ_DEP_PARATAXIS.test(label(c, h)) || isTimeWord(c, h)) continue;
    const v = head(c, h);
    if (v < 0 || v > h || !IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')) continue;
    if (hasFunctionWord(c, h)) continue;
    const [first, hi] = span(c, h);
    // The comma opens the phrase, or stands right before it on the verb.
    const lo = c.tokens[first]?.text === ',' && head(c, first) === h ? first : first - 1;
    if (c.tokens[lo]?.text !== ',' || (lo < first && head(c, lo) !== v)) continue;
    const after = c.tokens[hi + 1];
    if (hi + 1 < c.end && after?.upos !== 'PUNCT') continue;
    // Another nominal argument of the verb whose phrase ends right before the comma, else a name
    // closing a phrase of the clause there.
    const last = lo - 1;
    let n = children(c, v).find(
      (k) =>
        k < lo &&
        IS_OBJ_IOBJ_OBL_NSUBJ_NSUBJ_PASS.test(label(c, k)) &&
        IS_NOUN_PROPN.test(c.tokens[k]?.upos ?? '') &&
        span(c, k)[1] === last,
    );
    if (
      n === undefined &&
      mentionEndingAt(c, last) &&
      IS_NOUN_PROPN.test(c.tokens[last]?.upos ?? '') &&
      dominates(c, v, last) &&
      span(c, last)[1] === last &&
      !STARTS_FLAT_COMPOUND.test(label(c, last))
    )
      n = last;
    if (n === undefined) continue;
    // A common noun that describes the kind of the name closing the argument's phrase is the
    // name's ("a report from Arnor, the capital of Lemuria"); another noun ("the oldest
    // building in Bergen, a mosque") or a name ("the president of France, Emmanuel Macron")
    // stays on the argument.
    const named = mentionEndingAt(c, last);
    const kind = c.lex.descriptorTypes.get(c.tokens[h]?.lemma ?? '');
    if (
      named &&
      c.tokens[h]?.upos === 'NOUN' &&
      kind !== undefined &&
      kind === (named.type === 'LOC' ? 'GPE' : named.type) &&
      !c.mentions.some((x) => x.firstToken <= h && h < x.lastToken)
    ) {
      const x = headOf(c, named);
      if (x !== n && dominates(c, n, x) && STARTS_NMOD_OBL.test(label(c, x))) n = x;
    }
    attach(c, h, n, 'appos');
  }
}

/**
 * "Mr Straw", "Dr Ann Holt" where the parse hung the honorific somewhere else than on the name
 * after it (a time word, the verb): an honorific outside any mention, right before a name, is a
 * part of that name's phrase.
 */
function honorificsOnNames(c: RepairContext): void {
  const honorifics = loadLexicon().honorifics;
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.type !== 'PERSON' || m.firstToken <= c.first) continue;
    const t = m.firstToken - 1;
    if (
      !honorifics.has(c.tokens[t]?.lower.replace(ENDS_WITH_PERIOD, '') ?? '') ||
      !isBareTitle(c, t)
    )
      continue;
    const h = headOf(c, m);
    if (head(c, t) === h || head(c, h) === t) continue;
    for (const k of children(c, t))
      if (k < m.firstToken || k >= m.lastToken) attach(c, k, h, label(c, k));
    attach(c, t, h, 'compound');
  }
}

/**
 * "its key oil production unit Yuganskneftegas" parsed with the noun a compound of the name: a
 * common noun that describes names ("unit", "firm", "spokesman") right before a name and hung
 * on it as a compound is the name's title (`nmod:desc`, as `namesFlatOnNouns` makes it).
 */
function descriptorCompounds(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind !== 'name' || m.firstToken <= c.first) continue;
    const d = m.firstToken - 1;
    const h = headOf(c, m);
    if (head(c, d) !== h || label(c, d) !== 'compound') continue;
    if (!isCommonNoun(c, d) || !isDescriptorNoun(c, d)) continue;
    c.arcs.labels[d - c.first] = 'nmod:desc';
    // Its own modifiers and possessor ("its key … unit") are the noun's, as the name's would be.
    for (const k of children(c, h))
      if (k < d && !IS_CASE_CC_MARK_PUNCT.test(label(c, k))) attach(c, k, d, label(c, k));
  }
}

/**
 * "Norland welcomed the decision by Lemuria and Atlantis" parsed with the "by" phrase an agent of
 * the active verb: only a passive verb has an agent, so a `by` phrase right after the object of
 * a verb without a passive auxiliary belongs to that object.
 */
function agentsOfActiveVerbs(c: RepairContext): void {
  for (let a = c.first; a < c.end; a++) {
    if (label(c, a) !== 'obl:agent') continue;
    const v = head(c, a);
    if (v < 0 || c.tokens[v]?.upos !== 'VERB' || STARTS_ACL_AMOD.test(label(c, v))) continue;
    const kids = children(c, v);
    if (kids.some((k) => label(c, k) === 'aux:pass')) continue;
    const o = kids.find((k) => label(c, k) === 'obj' && k < a);
    if (o === undefined || span(c, o)[1] !== span(c, a)[0] - 1) continue;
    attach(c, a, o, 'nmod');
  }
}

/**
 * "the use of drones being utilized to attack Ukraine" parsed with the participle a clause of
 * the main verb and the noun before it its oblique: "being" and a participle right after a noun,
 * with no subject of their own, are a reduced passive relative of that noun (the clause's
 * controlled subject is then the noun, not the sentence's subject). A noun phrase the parse hung
 * on the participle goes back to the noun right before it.
 */
function beingParticiplesOnNouns(c: RepairContext): void {
  for (let b = c.first + 1; b < c.end - 1; b++) {
    if (c.tokens[b]?.lower !== 'being') continue;
    const p = b + 1;
    const n = b - 1;
    if (head(c, b) !== p || !IS_AUX_PASS_COP.test(label(c, b))) continue;
    if (!IS_ADVCL_CONJ_PARATAXIS_DEP_XCOMP.test(label(c, p))) continue;
    if (!IS_VERB_ADJ.test(c.tokens[p]?.upos ?? '') || !IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? ''))
      continue;
    if (children(c, p).some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    if (head(c, n) === p) {
      const before = span(c, n)[0] - 1;
      if (
        before >= c.first &&
        IS_NOUN_PROPN.test(c.tokens[before]?.upos ?? '') &&
        head(c, before) !== n
      )
        attach(c, n, before, 'nmod');
      else attach(c, n, head(c, p), label(c, n));
    }
    if (head(c, n) === p) continue;
    attach(c, p, n, 'acl');
  }
}

/**
 * "were sent to support Moscow's forces in using the drones" parsed with the gerund a clause of
 * "sent": a gerund clause opened by "in" or "by" right after an infinitive clause of the same
 * verb modifies the infinitive (whose subject it then shares), the nearer attachment.
 */
function gerundsAfterInfinitives(c: RepairContext): void {
  for (let g = c.first + 2; g < c.end; g++) {
    if (c.tokens[g]?.upos !== 'VERB' || label(c, g) !== 'advcl') continue;
    if (!ENDS_ING.test(c.tokens[g]?.lower ?? '')) continue;
    const m = g - 1;
    if (head(c, m) !== g || !IS_IN_BY.test(c.tokens[m]?.lower ?? '')) continue;
    const v = head(c, g);
    if (v < 0) continue;
    const i = children(c, v).find(
      (k) =>
        k < m &&
        IS_XCOMP_ADVCL.test(label(c, k)) &&
        c.tokens[k]?.upos === 'VERB' &&
        children(c, k).some(
          (x) => x < k && c.tokens[x]?.lower === 'to' && label(c, x) === 'mark',
        ) &&
        span(c, k)[1] === m - 1,
    );
    if (i !== undefined) attach(c, g, i, 'advcl');
  }
}

/**
 * "convicted of murdering reporter Tom Reed" parsed with the gerund a modifier (`amod`) of the
 * noun after it and "of", tagged a subordinator, that noun's case: a gerund right after a
 * subordinator-tagged marker of the same noun opens a clause, whose object the noun is ("because
 * of rising prices", with "of" a preposition, stays).
 */
function gerundsAfterClauseMarkers(c: RepairContext): void {
  for (let g = c.first + 1; g < c.end - 1; g++) {
    const t = c.tokens[g];
    if (t?.upos !== 'VERB' || !ENDS_ING.test(t.lower) || label(c, g) !== 'amod') continue;
    const n = head(c, g);
    const p = g - 1;
    if (n <= g || !IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
    if (c.tokens[p]?.upos !== 'SCONJ' || head(c, p) !== n || label(c, p) !== 'case') continue;
    const h = head(c, n);
    if (h < 0) continue;
    const verbal = IS_VERB_AUX_ADJ.test(c.tokens[h]?.upos ?? '');
    attach(c, g, h, verbal ? 'advcl' : 'acl');
    if (head(c, g) !== h) continue;
    attach(c, p, g, 'mark');
    attach(c, n, g, 'obj');
  }
}

/**
 * "On the first of May, 1901, Lemurian King Ola Vik was assassinated" parsed with the
 * name an apposition of the date and the verb without a subject: a verb with an auxiliary and
 * no subject, right after a phrase that ends in a name and follows a comma or opens the sentence,
 * takes that phrase as its subject.
 */
function subjectsBeforeAuxiliaries(c: RepairContext): void {
  for (let v = c.first + 2; v < c.end; v++) {
    if (c.tokens[v]?.upos !== 'VERB') continue;
    const kids = children(c, v);
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    const auxes = kids.filter((k) => STARTS_AUX.test(label(c, k)) && k < v);
    if (auxes.length === 0) continue;
    const f = Math.min(...auxes);
    const named = mentionEndingAt(c, f - 1);
    if (!named || named.type === 'NORP') continue;
    const q = commaBefore(c, f);
    if (q >= named.firstToken) continue;
    const r = segmentHead(c, q + 1, f);
    if (r === undefined || !IS_NOUN_PROPN.test(c.tokens[r]?.upos ?? '')) continue;
    if (STARTS_NSUBJ_CSUBJ.test(label(c, r)) || hasFunctionWord(c, r) || dominates(c, r, v))
      continue;
    const passive = auxes.some((k) => label(c, k) === 'aux:pass');
    attach(c, r, v, passive ? 'nsubj:pass' : 'nsubj');
  }
}

/**
 * "much of Ashby, Norland's third-largest town 20 miles north of the Lemurian border" parsed
 * with "town" the subject of "north": an adverb with a subject but no copula or auxiliary is no
 * clause. A subject opened by a comma right after a name is the name's apposition, and the
 * adverb modifies it.
 */
function subjectsOfAdverbs(c: RepairContext): void {
  for (let a = c.first + 3; a < c.end; a++) {
    if (c.tokens[a]?.upos !== 'ADV') continue;
    const kids = children(c, a);
    if (kids.some((k) => STARTS_COP_AUX.test(label(c, k)))) continue;
    const s = kids.find((k) => k < a && STARTS_NSUBJ.test(label(c, k)));
    if (s === undefined || !IS_NOUN_PROPN.test(c.tokens[s]?.upos ?? '')) continue;
    // The comma opens the subject's phrase or stands right before it.
    const lo = span(c, s)[0];
    const comma = c.tokens[lo]?.text === ',' ? lo : lo - 1;
    if (c.tokens[comma]?.text !== ',') continue;
    const named = mentionEndingAt(c, comma - 1);
    if (!named) continue;
    const x = headOf(c, named);
    if (dominates(c, s, x)) continue;
    attach(c, s, x, 'appos');
    if (head(c, s) !== x) continue;
    attach(c, a, s, 'advmod');
    attach(c, comma, s, 'punct');
  }
}

/**
 * "Serbia denied supplying weapons" parsed with "Serbia" an adverb (`advmod`) of the verb: a
 * name is no adverb, so a name right before a verb with no subject, hung on it as `advmod`, is
 * its subject (a time word stays: "Monday").
 */
function nominalAdverbs(c: RepairContext): void {
  for (const m of c.mentions) {
    if (m.kind === 'pronoun' || m.firstToken < c.first || m.lastToken > c.end) continue;
    const n = headOf(c, m);
    const v = head(c, n);
    if (label(c, n) !== 'advmod' || v <= n || isTimeWord(c, n)) continue;
    if (!IS_NOUN_PROPN.test(c.tokens[n]?.upos ?? '')) continue;
    if (!IS_VERB_AUX.test(c.tokens[v]?.upos ?? '')) continue;
    const kids = children(c, v);
    if (kids.some((k) => STARTS_NSUBJ_CSUBJ_EXPL.test(label(c, k)))) continue;
    const passive = kids.some((k) => label(c, k) === 'aux:pass');
    attach(c, n, v, passive ? 'nsubj:pass' : 'nsubj');
  }
}

/**
 * "Gunmen shot dead Ola Vik in Tarnby" parsed with the name hung on "dead" (flat or
 * nmod): a resultative adjective right after an active verb ("shot dead", "set free", "beat
 * unconscious") comes before the object it describes when the object is long, so a noun phrase
 * with a name right after the adjective, not hung on the verb, is the verb's object and the
 * adjective its xcomp. Not when the verb has an object already or is passive ("was found dead
 * Tuesday"), nor for a time word ("kept quiet Monday").
 */
function resultativeAdjectives(c: RepairContext): void {
  for (let a = c.first + 1; a < c.end - 1; a++) {
    const v = a - 1;
    if (c.tokens[a]?.upos !== 'ADJ' || c.tokens[v]?.upos !== 'VERB') continue;
    // A participle inside a noun phrase ("newly-appointed chief executive Ann Holt") is none.
    if (/^(amod|compound)/.test(label(c, v)) || c.tokens[v - 1]?.text === '-') continue;
    const kids = children(c, v);
    if (kids.some((k) => k !== a && /^(obj|nsubj:pass|aux:pass|ccomp|xcomp)$/.test(label(c, k))))
      continue;
    // The noun phrase after the adjective: determiners, numbers, adjectives, nouns, names.
    let e = a + 1;
    while (e < c.end && /^(DET|NUM|ADJ|NOUN|PROPN)$/.test(c.tokens[e]?.upos ?? '')) e++;
    if (e === a + 1) continue;
    if (![...Array(e - a - 1).keys()].some((k) => c.tokens[a + 1 + k]?.upos === 'PROPN')) continue;
    // Its head: the one word of the span hung outside it.
    const heads: number[] = [];
    for (let k = a + 1; k < e; k++) if (outside(c, k, a + 1, e - 1)) heads.push(k);
    const h = heads[0];
    if (heads.length !== 1 || h === undefined || isTimeWord(c, h)) continue;
    if (head(c, h) === v && /^(obj|iobj)$/.test(label(c, h))) continue;
    // The adjective hung on the phrase is its own modifier ("found dead fish"): leave it there.
    if (head(c, a) !== h) attach(c, a, v, 'xcomp');
    attach(c, h, v, 'obj');
  }
}
