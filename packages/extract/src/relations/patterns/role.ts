/**
 * Roles: a role noun (data: nominal-frames.json roles — president, spokesman, founder, editor …)
 * links the person who holds it to the body it qualifies. The holder is a name the role noun is
 * in apposition with ("John Kirby, spokesman for the NSC", "the Palestinian leader, Mahmoud
 * Abbas"), a title before a name ("President Hu"), the subject of a copula or of "become / be
 * named" ("X is the president of Y", "X was named chief executive"); the body is the role noun's
 * "of / for / at" phrase, its possessor ("Yukos's founder", "its founder"), or a name or demonym
 * modifying it ("BBC correspondent", "the Palestinian leader"). A head-of-state title with no
 * body named takes the holder's country from data/leaders.json. Roles found by the entities
 * stage (title + name) become relations too. Every role found is also a fact coreference reads
 * ("the prime minister" later in the text).
 */
import type { RelationType } from '@kg/schema';
import type { MentionSpan, RelationCandidate, RoleSpan, Token } from '../../analysis.js';
import { denote, denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { countryMentionOf, namesCountry } from '../countries.js';
import { emit } from '../emit.js';
import type { Lexicon } from '../lexicon.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';
import { bodyInFocus, countryOfReport } from './focus.js';
import { nationalOfficeCountry } from './national-office.js';
import { knownWork } from './work.js';
import { works } from './works-data.js';

// Patterns used inside functions, made once: a regular expression literal is a new object
// each time it is evaluated.
const ENDS_S = /s$/;
const IS_NOUN_PROPN = /^(NOUN|PROPN)$/;
const IS_NOUN_PROPN_ADJ = /^(NOUN|PROPN|ADJ)$/;
const IS_VERB_AUX = /^(VERB|AUX)$/;
const SPACE_OR_HYPHEN = /[\s-]/;
const SPACES = /\s+/;
const POSSESSIVE_ENDING = /['’]s?$/;
const IS_ARTICLE_A = /^an?$/;
const SPACES_OR_HYPHENS = /[\s-]+/;
const IS_ITS_THEIR = /^(its|their)$/;
const IS_POSSESSIVE_MARK = /^['’]s?$/;

export interface Role {
  /** Role words, lower case, without modifiers ("prime minister"). */
  key: string;
  type: RelationType;
  /** deputy, vice, assistant: a member rather than the leader. */
  subordinate: boolean;
}

/** A role held by an entity somewhere in the document, for coreference. */
export interface RoleFact {
  holder: string;
  key: string;
  body?: string;
  sentence: number;
}

const HOLDER_LINKS = ['appos', 'nmod:desc', 'compound', 'flat', 'amod'];
const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** Role types of agent nouns (advocate, critic, assassin) rather than positions. */
const AGENT_TYPES = new Set<RelationType>(['SUPPORTS', 'CRITICIZES', 'ATTACKS']);
const BODY_CASES = new Set(['of', 'for', 'at', 'with']);
/** Verbs by which a body gives or takes away a role ("Valencia sacked Ranieri as coach"). */
const APPOINTING_VERBS = new Set([
  'sack',
  'fire',
  'dismiss',
  'axe',
  'name',
  'appoint',
  'elect',
  'make',
  'install',
  'nominate',
  'hire',
  'oust',
  'depose',
  'topple',
  'overthrow',
]);
/**
 * Verbs of entering a body in a role ("joined Globex as chief executive", "returned to Initech
 * as chairman") -> the case word of the body's phrase ('' for the direct object).
 */
const ENTERING_VERBS: ReadonlyMap<string, string> = new Map([
  ['join', ''],
  ['rejoin', ''],
  ['return', 'to'],
  ['move', 'to'],
  ['switch', 'to'],
]);

/** Verbs of taking another's place, whose subject takes the "as" role too. */
const SUCCESSION_VERBS = new Set(['succeed', 'replace']);

const ROLE_VERBS = new Set([
  'sack',
  'fire',
  'dismiss',
  'axe',
  'hire',
  'become',
  'remain',
  'name',
  'appoint',
  'elect',
  'make',
  'serve',
  'act',
  'install',
  'nominate',
  'promote',
  'succeed',
  'replace',
]);

/**
 * Verbs of taking up, keeping or leaving a role, read only with the role as an "as" phrase and
 * only for their subject ("took over as head of Y", "stepped down as chairman of Y", "resigned as
 * minister"): their object, if any, is never the holder ("took over the company as chief
 * executive"). Some need their particle: "take over", "step down", "stand down".
 */
const TENURE_VERBS: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['take', new Set(['over', 'on'])],
  ['step', new Set(['down', 'aside', 'in', 'up'])],
  ['stand', new Set(['down', 'aside', 'in'])],
  ['stay', undefined],
  ['resign', undefined],
  ['retire', undefined],
  ['quit', undefined],
  ['continue', undefined],
  ['return', undefined],
  ['start', undefined],
  ['begin', undefined],
  ['work', undefined],
  ['join', undefined],
  ['rejoin', undefined],
  ['leave', undefined],
  ['sign', undefined],
  ['re-elect', undefined],
  ['reappoint', undefined],
  ['confirm', undefined],
  ['install', undefined],
]);

/** Whether `verb` is a tenure verb, with its particle where it needs one. */
function isTenureVerb(tree: SentenceTree, verb: number): boolean {
  const lemma = tree.lemma(verb);
  if (!TENURE_VERBS.has(lemma)) return false;
  const particles = TENURE_VERBS.get(lemma);
  if (!particles) return true;
  return tree.childrenBy(verb, 'compound:prt').some((c) => particles.has(tree.lower(c)));
}

/**
 * Whether role `r` is an "as" phrase of its verb: its case word, or an "as" opening its phrase
 * that the parse hung on a modifier ("stepped down as chief executive", "as" read as the adverb
 * of "as chief as").
 */
function asPhrase(tree: SentenceTree, r: number): boolean {
  if (tree.is(r, 'obl') && tree.caseOf(r) === 'as') return true;
  if (!tree.is(r, 'obl', 'obj')) return false;
  const [lo] = tree.subtreeSpan(r);
  return lo < r && tree.lower(lo) === 'as';
}

/** Last words of the role keys ("minister" of "prime minister"), per role table. */
const keyEnds = new WeakMap<ReadonlyMap<string, RelationType>, Set<string>>();

/** The last space-separated word of `text`. */
const lastWord = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);

/**
 * Whether a role key can end with `head`: every key `roleKey` tries ends with the head word (or
 * the head word less a plural "s"), so a head no key ends with needs no modifiers collected.
 */
function mayEndRoleKey(lex: Lexicon, head: string): boolean {
  let ends = keyEnds.get(lex.roles);
  if (!ends) {
    ends = new Set();
    for (const key of lex.roles.keys()) ends.add(lastWord(key));
    keyEnds.set(lex.roles, ends);
  }
  const word = lastWord(head);
  return ends.has(word) || (word.endsWith('s') && ends.has(word.slice(0, -1)));
}

function roleKey(lex: Lexicon, words: string[]): RelationType | undefined {
  const key = words.join(' ');
  return lex.roles.get(key) ?? lex.roles.get(key.replace(ENDS_S, ''));
}

/** The role a noun names, with the modifier words just before it ("prime minister", "deputy head"). */
export function roleAt(tree: SentenceTree, r: number, lex: Lexicon): Role | undefined {
  // Only a noun, a proper noun or an adjective names a role (`findRole`): the other words need
  // no memo entry and no closure (most of what role look-ups allocated).
  const upos = tree.upos(r);
  if (upos !== 'NOUN' && upos !== 'PROPN' && upos !== 'ADJ') return undefined;
  return tree.memo('role', r, () => findRole(tree, r, lex));
}

function findRole(tree: SentenceTree, r: number, lex: Lexicon): Role | undefined {
  if (nameAt(tree, r) && nameAt(tree, r)?.type !== 'PERSON') return undefined;
  // "the secretary general of NATO" may tag "general" ADJ; an adjective modifying a noun is no role.
  const adjective = tree.upos(r) === 'ADJ' && !tree.is(r, 'amod');
  if (!IS_NOUN_PROPN.test(tree.upos(r)) && !adjective) return undefined;
  // Most nouns are no role: when no key ends with this one and its lemma is none, nothing to build.
  if (!mayEndRoleKey(lex, tree.lower(r)) && !lex.roles.has(tree.lemma(r))) return undefined;
  const mods = tree
    .children(r)
    .filter((c) => c < r && tree.is(c, 'amod', 'compound') && !nameAt(tree, c))
    .map((c) => tree.lower(c));
  // "the Times's Paris bureau chief": the parse may hang the common word right before the role
  // on a name modifying it ("Paris bureau" read as one name); it still qualifies the role (a
  // modifier counts only where it makes a longer role key or marks a subordinate).
  const before = r - 1;
  if (
    tree.contains(before) &&
    !mods.includes(tree.lower(before)) &&
    !tree.mentionAt(before) &&
    IS_NOUN_PROPN_ADJ.test(tree.upos(before)) &&
    tree.token(before).text === tree.lower(before)
  ) {
    mods.push(tree.lower(before));
  }
  const head = [tree.lower(r)];
  let key: string | undefined;
  let type: RelationType | undefined;
  for (let n = Math.min(mods.length, 3); n >= 0 && !type; n--) {
    const words = [...mods.slice(mods.length - n), ...head];
    type = roleKey(lex, words);
    if (type) key = words.join(' ');
  }
  if (!type) {
    type = lex.roles.get(tree.lemma(r));
    key = tree.lemma(r);
  }
  if (!type || !key) return undefined;
  const subordinate =
    mods.some((m) => lex.subordinateRoleModifiers.has(m)) ||
    key.split(SPACE_OR_HYPHEN).some((w) => lex.subordinateRoleModifiers.has(w));
  return { key, type, subordinate };
}

/**
 * A genre or field written like a name ("R&B singer", "Hip-Hop star"): it says what the role is
 * in, not a body its holder belongs to, whatever type mention detection gave it.
 */
function fieldName(tree: SentenceTree, c: number, lex: Lexicon): boolean {
  const m = nameAt(tree, c);
  return m !== undefined && lex.fieldNames.has(m.text.toLowerCase());
}

/** Who holds the role noun at `r`. */
function holdersOf(tree: SentenceTree, r: number, ctx: Context): Ref[] {
  const out: Ref[] = [];
  // "the Irish captain", resolved by coreference (coref.ts): the role noun names its holder.
  const self = tree.mentionAt(r) ? undefined : ctx.refs.get(r);
  if (self && entityType(tree, self) === 'PERSON') {
    out.push({ node: r, mention: self, type: 'PERSON', via: 'coref' });
  }
  const p = tree.parent(r);
  if (p >= 0 && tree.is(r, ...HOLDER_LINKS) && nameAt(tree, p)) {
    // A plural title is every name listed after it ("members Tom Reed and Ann Holt").
    const plural = tree.lower(r) !== tree.lemma(r) && tree.lower(r).endsWith('s') && r < p;
    out.push(...(plural ? denoteAll(tree, p, ctx) : denote(tree, p, ctx)));
  }
  for (const c of tree.childrenBy(r, 'appos', 'flat')) {
    if (nameAt(tree, c)) out.push(...denoteAll(tree, c, ctx));
  }
  // "the company's administrator, turnaround expert Enrico Bondi": a person noun set off by a
  // comma (apposition, or a conjunct with no "and") stands for the name it describes.
  for (const c of tree.childrenBy(r, 'appos', 'conj')) {
    if (c < r || nameAt(tree, c) || tree.upos(c) !== 'NOUN' || roleAt(tree, c, ctx.lex)) continue;
    const [lo] = tree.subtreeSpan(c);
    const comma = tree.lower(lo) === ',' || tree.lower(lo - 1) === ',';
    if (tree.childBy(c, 'cc') !== undefined || !comma) continue;
    out.push(...denote(tree, c, ctx).filter((x) => x.type === 'PERSON' && x.via === 'descriptor'));
  }
  out.push(...fieldHolders(tree, r, ctx));
  if (tree.childBy(r, 'cop') !== undefined) {
    for (const s of tree.childrenBy(r, 'nsubj')) {
      // "Mrs. Higgins, who is a major in the Marine Corps"
      const x = tree.isRelativePronoun(s) ? tree.relativeAntecedent(s) : s;
      if (x >= 0) out.push(...denoteAll(tree, x, ctx));
    }
  }
  // "The chairman of the Bar Council, Guy Mansfield QC has warned": the parse made the role's
  // phrase and the name after its comma two subjects of one verb; the name holds the role.
  if (out.length === 0 && p >= 0 && tree.is(r, 'nsubj')) {
    const [, end] = tree.subtreeSpan(r);
    for (const s of tree.childrenBy(p, 'nsubj')) {
      const m = nameAt(tree, s);
      if (s <= r || !m || !tree.contains(m.firstToken - 1) || tree.lower(m.firstToken - 1) !== ',')
        continue;
      if (end >= m.firstToken - 2) out.push(...denote(tree, s, ctx));
    }
  }
  // "leader of the Norland Greens and deputy chair of the Guild of Norland Poets"
  if (out.length === 0 && p >= 0 && tree.is(r, 'conj') && roleAt(tree, p, ctx.lex)) {
    out.push(...holdersOf(tree, p, ctx));
  }
  // "X became chairman", "named X chief executive", "served as president"; "X was elected
  // mayor of Y" (the role parsed as the passive's object); "considered X to be a leader of Y".
  const verb = p >= 0 && tree.isVerbal(p) ? p : -1;
  const passiveObject =
    tree.is(r, 'obj') && verb >= 0 && tree.childBy(verb, 'nsubj:pass') !== undefined;
  const viaVerb =
    tree.is(r, 'xcomp') || (tree.is(r, 'obl') && tree.caseOf(r) === 'as') || passiveObject;
  const lemma = verb >= 0 ? tree.lemma(verb) : '';
  const believed =
    BELIEF_VERBS.has(lemma) && tree.is(r, 'xcomp') && tree.childBy(r, 'cop') !== undefined;
  if (verb >= 0 && viaVerb && (ROLE_VERBS.has(lemma) || believed)) {
    const obj = tree.childrenBy(verb, 'obj').filter((o) => o !== r);
    // "Globex named Ann Holt as chief executive": the parse may read the name after a verb of
    // appointing as its complement and the role as an "as" phrase; the name is the appointee.
    if (obj.length === 0 && tree.is(r, 'obl') && APPOINTING_VERBS.has(lemma)) {
      obj.push(...tree.childrenBy(verb, 'xcomp').filter((o) => o < r && nameAt(tree, o)));
    }
    // "X, who became chairman of Y", "X, who was named chief executive of Y": a relative
    // pronoun stands for the name the clause is on.
    const subj = tree
      .childrenBy(verb, 'nsubj', 'nsubj:pass')
      .map((s) => (tree.isRelativePronoun(s) ? tree.relativeAntecedent(s) : s))
      .filter((s) => s >= 0);
    const holders = obj.length > 0 ? obj : subj.length > 0 ? subj : participleHead(tree, verb);
    // "Ann Holt succeeded Tom Reed as chairman of Y": the successor takes the role the object
    // held (through a relative pronoun or control too: "who succeeded", "was named to succeed").
    if (SUCCESSION_VERBS.has(lemma) && obj.length > 0 && tree.is(r, 'obl')) {
      holders.push(...grammaticalSubject(tree, verb));
    }
    for (const n of holders) out.push(...denoteAll(tree, n, ctx));
  } else if (verb >= 0 && asPhrase(tree, r) && isTenureVerb(tree, verb)) {
    // "took over as head of Y", "stepped down as chairman of Y": the subject's role (a passive
    // subject too: "was re-elected as leader of Y"); through a relative pronoun or control
    // ("X, who stepped down as chairman of Y", "X is to take over as head of Y").
    const own = tree.childrenBy(verb, 'nsubj', 'nsubj:pass');
    const subjects =
      own.some((n) => tree.isRelativePronoun(n)) || own.length === 0
        ? grammaticalSubject(tree, verb)
        : own;
    for (const n of subjects) out.push(...denoteAll(tree, n, ctx));
  }
  return out;
}

/**
 * Verbs of holding someone to be something ("considered X to be a leader of Y", "X, believed
 * to be the head of Y"): with a copula infinitive, the role is the object's, or the passive
 * subject's.
 */
const BELIEF_VERBS = new Set(['consider', 'believe', 'think', 'know', 'reckon', 'suspect']);

/**
 * "Police arrested Jon Berg, considered by Lemuria to be …": the noun a participle clause
 * modifies, or the name right before the comma that sets it off when the parse hung it on the
 * verb.
 */
function participleHead(tree: SentenceTree, v: number): number[] {
  const p = tree.parent(v);
  if (p >= 0 && tree.is(v, 'acl') && tree.isNominal(p)) return [p];
  if (!tree.is(v, 'advcl') || !tree.contains(v - 2) || tree.lower(v - 1) !== ',') return [];
  const m = tree.mentionAt(v - 2);
  return m && m.kind !== 'pronoun' && m.lastToken === v - 1 ? [tree.headOfSpan(m)] : [];
}

/** Cases of the field a role is "of" or "for" ("minister of sport", "secretary for health"). */
const FIELD_CASES = new Set(['of', 'for']);

/**
 * "Lemuria's minister of sport Kari Lund", "its secretary for health Tom Reed": the person
 * named right after the role's field, which the parse made a title of the name (or the name an
 * apposition of the field), holds the role. The field is a plain noun that names nobody and
 * describes no person ("a spokesman for singer Kari Lund" speaks for her).
 */
function fieldHolders(tree: SentenceTree, r: number, ctx: Context): Ref[] {
  const out: Ref[] = [];
  const field = (c: number) =>
    /^(NOUN|PROPN)$/.test(tree.upos(c)) &&
    !tree.mentionAt(c) &&
    !ctx.refs.get(c) &&
    !ctx.lex.descriptorTypes.has(tree.lemma(c)) &&
    !roleAt(tree, c, ctx.lex) &&
    tree.childBy(c, 'det', 'nmod:poss', 'amod') === undefined;
  const person = (a: number, after: number) => {
    const m = nameAt(tree, a);
    return m !== undefined && m.firstToken === after + 1 && entityType(tree, m) === 'PERSON';
  };
  for (const c of tree.childrenBy(r, 'nmod')) {
    if (!FIELD_CASES.has(tree.caseOf(c))) continue;
    // "of [sport] Kari Lund": the name heads the phrase, the field its title.
    const title = tree.childrenBy(c, 'nmod:desc', 'compound').find((d) => d < c);
    if (title !== undefined && field(title) && person(c, title)) {
      out.push(...denote(tree, c, ctx));
      continue;
    }
    // "of sport, [Kari Lund]": the name in apposition with the field.
    if (!field(c)) continue;
    for (const a of tree.childrenBy(c, 'appos', 'flat', 'compound')) {
      if (person(a, c)) out.push(...denote(tree, a, ctx));
    }
  }
  return out;
}

/** Verbs whose subject has the role nouns in their object ("the band includes members A and B"). */
const INCLUDING_VERBS = new Set(['include', 'comprise', 'feature']);

/** A role held in someone's service, whose "to" phrase names them (`serviceRoles`). */
function serviceRole(lex: Lexicon, key: string): boolean {
  return lex.serviceRoles.has(key) || lex.serviceRoles.has(lastWord(key));
}

/** What the role noun at `r` qualifies: its of/for/at phrase, possessor, or a name modifying it. */
function bodiesOf(tree: SentenceTree, r: number, ctx: Context, holders: Ref[], role?: Role): Ref[] {
  const out: Ref[] = [];
  const held = new Set(holders.map((h) => h.mention.entityId));
  const add = (refs: Ref[]) => {
    for (const x of refs) if (!held.has(x.mention.entityId)) out.push(x);
  };
  // A role noun tagged as an adjective ("vice-president") may keep its phrase as an obl.
  const phrases = tree.upos(r) === 'ADJ' ? ['nmod', 'obl'] : ['nmod'];
  for (const c of tree.childrenBy(r, ...phrases)) {
    if (tree.is(c, 'nmod:poss')) add(denote(tree, c, ctx));
    else if (BODY_CASES.has(tree.caseOf(c))) add(denoteAll(tree, c, ctx));
    // "an aide to Senator Tom Reed", "a consultant to Globex": whom the role serves.
    else if (tree.caseOf(c) === 'to' && role && serviceRole(ctx.lex, role.key))
      add(denoteAll(tree, c, ctx));
    // "director for children in the Department of Health": an organisation the role is in.
    else if (tree.caseOf(c) === 'in') add(denoteAll(tree, c, ctx).filter((x) => x.type === 'ORG'));
  }
  for (const c of tree.childrenBy(r, 'amod', 'compound')) {
    if (fieldName(tree, c, ctx.lex)) continue;
    if (nameAt(tree, c) || ctx.refs.get(c)) add(denote(tree, c, ctx));
  }
  if (out.length === 0) add(sharedBodies(tree, r, ctx));
  // "The choir, which also includes members Kari Lund and Ola Dahl": what includes them.
  // The role noun is the object, or the title of a name that is ("includes [members] Kari Lund").
  const named = tree.is(r, 'nmod:desc', 'compound') && nameAt(tree, tree.parent(r));
  const object = named ? tree.parent(r) : r;
  const includer = tree.parent(object);
  if (out.length === 0 && includer >= 0 && tree.is(object, 'obj') && tree.isVerbal(includer)) {
    if (INCLUDING_VERBS.has(tree.lemma(includer))) {
      for (const s of grammaticalSubject(tree, includer))
        add(denote(tree, s, ctx).filter((x) => x.type === 'ORG'));
    }
  }
  // "Wolves appoint Hoddle as manager": who appoints is what the role is in.
  const verb = tree.parent(r);
  const viaVerb = tree.is(r, 'xcomp') || (tree.is(r, 'obl') && tree.caseOf(r) === 'as');
  if (out.length === 0 && verb >= 0 && viaVerb && APPOINTING_VERBS.has(tree.lemma(verb))) {
    // "Ranieri was sacked as coach by Valencia": a passive's agent.
    const passive = tree.childBy(verb, 'nsubj:pass') !== undefined;
    for (const s of passive ? tree.childrenBy(verb, 'obl:agent') : tree.childrenBy(verb, 'nsubj'))
      add(denote(tree, s, ctx).filter((x) => x.type !== 'PERSON'));
  }
  // "joined Globex as chief executive", "returned to Initech as chairman": the body a holder
  // enters in the role is the role's (the verb's object, or its "to" phrase).
  const entering = verb >= 0 && ENTERING_VERBS.get(tree.lemma(verb));
  if (out.length === 0 && entering !== undefined && entering !== false && asPhrase(tree, r)) {
    const bodies =
      entering === ''
        ? tree.childrenBy(verb, 'obj').filter((o) => o !== r)
        : tree.childrenBy(verb, 'obl').filter((o) => o !== r && tree.caseOf(o) === entering);
    for (const b of bodies) add(denote(tree, b, ctx).filter((x) => x.type === 'ORG'));
  }
  // "a leading advocate of Turkish membership": for an agent noun, the actor modifying the
  // phrase's noun (not for jobs: "head of the Tate's digital programme").
  if (out.length === 0 && role !== undefined && AGENT_TYPES.has(role.type)) {
    for (const c of tree.childrenBy(r, 'nmod')) {
      if (!BODY_CASES.has(tree.caseOf(c)) || tree.mentionAt(c)) continue;
      for (const x of tree.childrenBy(c, 'amod', 'compound', 'nmod:poss')) {
        if (x < c && nameAt(tree, x)) add(denote(tree, x, ctx));
      }
    }
  }
  // "Chinese President Hu Jintao", "Yukos's chief Steven Theede": a demonym or a possessor hung
  // on the name (a compound there describes the person: "Hollywood classic King Kong").
  const p = tree.parent(r);
  if (out.length === 0 && p >= 0 && tree.is(r, 'nmod:desc', 'compound') && nameAt(tree, p)) {
    for (const c of tree.childrenBy(p, 'amod', 'compound', 'nmod:poss')) {
      if (c > r) continue;
      const m = nameAt(tree, c);
      if (tree.is(c, 'nmod:poss') ? m || ctx.refs.get(c) : m?.type === 'NORP')
        add(denote(tree, c, ctx));
    }
  }
  return out;
}

const SHARING_CC = new Set(['and', '&']);

/**
 * "chairman and chief executive of Globex": role nouns coordinated before one body phrase share
 * it, which the parse hangs on the last of them. Only a role noun with no body of its own takes
 * it, from the last role conjunct, and only when that conjunct is joined by "and" or "&" with no
 * determiner of its own ("the chairman and a director of Globex" are two people's roles).
 */
function sharedBodies(tree: SentenceTree, r: number, ctx: Context): Ref[] {
  const roles = tree
    .childrenBy(r, 'conj')
    .filter((c) => c > r && roleAt(tree, c, ctx.lex) && !tree.mentionAt(c));
  const last = roles[roles.length - 1];
  if (last === undefined || tree.childBy(last, 'det', 'nmod:poss') !== undefined) return [];
  const cc = tree.childBy(last, 'cc');
  if (cc === undefined || !SHARING_CC.has(tree.lower(cc))) return [];
  const out: Ref[] = [];
  for (const c of tree.childrenBy(last, 'nmod')) {
    if (c < last || tree.is(c, 'nmod:poss') || !BODY_CASES.has(tree.caseOf(c))) continue;
    out.push(...denoteAll(tree, c, ctx));
  }
  return out;
}

const POSITIONS = new Set<RelationType>(['LEADER_OF', 'MEMBER_OF', 'SPOKESPERSON_OF']);
const UNIT_CASES = new Set(['of', 'for', 'at']);

/**
 * The organisation owning the unit a role is in: the role's "of / for / at" phrase names no
 * entity itself ("director of the lab", "head of UK equities") but an organisation owns it, has
 * it "of / for / at" it or names it as a modifier ("Intel's photonics lab", "equities for
 * Standard Life", "the Arkansas State University venue").
 */
function unitBodies(tree: SentenceTree, r: number, ctx: Context, holders: Ref[]): Ref[] {
  const held = new Set(holders.map((h) => h.mention.entityId));
  const out: Ref[] = [];
  for (const c of tree.childrenBy(r, 'nmod')) {
    if (!UNIT_CASES.has(tree.caseOf(c)) || tree.is(c, 'nmod:poss')) continue;
    if (!IS_NOUN_PROPN.test(tree.upos(c)) || tree.mentionAt(c) || ctx.refs.has(c)) continue;
    for (const x of tree.childrenBy(c, 'nmod', 'compound')) {
      // "Intel's lab", "the lab of Intel", "the Arkansas State University venue".
      const owner = tree.is(x, 'compound')
        ? x < c
        : tree.is(x, 'nmod:poss') || UNIT_CASES.has(tree.caseOf(x));
      if (!owner || !nameAt(tree, x)) continue;
      for (const ref of denote(tree, x, ctx)) {
        if (ref.type !== 'ORG' || held.has(ref.mention.entityId)) continue;
        // "Ola Vik, owner of Vik's Motor Works": a unit written as a name after its
        // holder's own name is the holder's (not "Bill Ford, head of Ford's truck unit").
        const eponym = tree.upos(c) === 'PROPN' && tree.is(x, 'nmod:poss');
        if (eponym && holders.some((h) => ownName(h.mention, ref.mention))) continue;
        out.push(ref);
      }
    }
  }
  return out;
}

/** Prepositions before the organisation of a role written in its appositive phrase. */
const PHRASE_CASES = new Set(['at', 'with', 'for', 'of', 'in']);
/** Tokens that end an appositive phrase ("Ann Holt, analyst at Globex, said"). */
const PHRASE_END = /^[,;:()"\u201c\u201d\u2013\u2014-]$|^(who|which|that|whose)$/;
/** How far an appositive role phrase is read, in tokens after the role noun. */
const PHRASE_REACH = 12;
/** A participle or gerund, which may stay inside the phrase ("technology and manufacturing"). */
const NON_FINITE = /(ing|ed)$/;

/**
 * The organisation named in a role noun's appositive phrase, read along the words rather than the
 * parse, which often hangs the end of a long phrase elsewhere ("Ann Holt, deputy head of the
 * claims department at Globex,", "Kari Lund, director in Globex's storage division,"): the role
 * is in apposition with a person named right before its comma, and an organisation is named
 * after one of "at / with / for / of / in" (not after another preposition: "a film about
 * Globex") before the phrase ends (a comma, a bracket, a dash, a relative pronoun, an auxiliary
 * or a finite verb); not one named after the holder ("Eldon Dahl, owner of Dahl's Body Shop").
 * Only the first name there, and only an organisation.
 */
function phraseBodies(tree: SentenceTree, r: number, ctx: Context, holders: Ref[]): Ref[] {
  // Back over the role's modifiers and an article to the comma after the holder's name.
  let k = r - 1;
  for (let n = 0; n < 4 && tree.contains(k) && TITLE_WORD.test(tree.token(k).text); n++) k--;
  if (!tree.contains(k) || tree.lower(k) !== ',') return [];
  const before = tree.mentionAt(k - 1);
  if (!before || before.lastToken !== k) return [];
  const holder = holders.find((h) => h.mention.entityId === before.entityId);
  if (!holder || holder.type !== 'PERSON') return [];
  let cased = false;
  for (let i = r + 1; i <= r + PHRASE_REACH && tree.contains(i); i++) {
    const w = tree.lower(i);
    if (PHRASE_END.test(w) || tree.upos(i) === 'AUX') return [];
    if (tree.upos(i) === 'VERB' && !NON_FINITE.test(w)) return [];
    // "a film about Globex": only these prepositions lead to the body.
    if (tree.upos(i) === 'ADP') {
      cased = PHRASE_CASES.has(w);
      continue;
    }
    const m = tree.mentionAt(i);
    if (!m || m.kind === 'pronoun') continue;
    if (!cased || entityType(tree, m) !== 'ORG' || m.entityId === holder.mention.entityId)
      return [];
    // "Eldon Dahl, owner of Dahl's Body Shop": a business named after its holder is his own.
    if (ownName(holder.mention, m)) return [];
    return [{ node: i, mention: m, type: 'ORG', via: 'name' }];
  }
  return [];
}

/** Whether the words of `body`'s name are all words of the holder's own name ("Elliott"). */
function ownName(holder: MentionSpan, body: MentionSpan): boolean {
  const words = new Set(holder.text.toLowerCase().split(SPACES));
  const own = body.text.toLowerCase().replace(POSSESSIVE_ENDING, '').split(SPACES);
  return own.length > 0 && own.every((w) => words.has(w));
}

/**
 * "ITV's controller of entertainment, Claudia Rosencrantz": a job noun no table knows, in
 * apposition with a person and qualified by an organisation, makes the person a member of it.
 */
function jobRelations(tree: SentenceTree, ctx: Context, out: RelationCandidate[]): void {
  for (const j of tree.indices()) {
    if (tree.upos(j) !== 'NOUN' || nameAt(tree, j) || roleAt(tree, j, ctx.lex)) continue;
    const holders = holdersOf(tree, j, ctx).filter((h) => h.type === 'PERSON' && h.via !== 'coref');
    // In apposition ("X, ITV's controller of entertainment") or as a title ("BBC pundit X").
    const title =
      (tree.is(j, 'nmod:desc', 'compound') && j < tree.parent(j)) ||
      holders.some((h) => tree.parent(h.node) === j && h.node > j);
    if (holders.length === 0 || !(tree.is(j, 'appos') || title)) continue;
    const orgs: Ref[] = [];
    for (const c of tree.childrenBy(j, 'nmod')) {
      const ok = tree.is(c, 'nmod:poss') || BODY_CASES.has(tree.caseOf(c));
      if (ok && nameAt(tree, c)) orgs.push(...denote(tree, c, ctx).filter((r) => r.type === 'ORG'));
    }
    if (title) {
      for (const c of tree.childrenBy(j, 'compound')) {
        if (c < j && nameAt(tree, c) && !fieldName(tree, c, ctx.lex))
          orgs.push(...denote(tree, c, ctx).filter((r) => r.type === 'ORG'));
      }
    }
    emit(out, tree, ctx, {
      type: 'MEMBER_OF',
      subjects: holders,
      objects: orgs,
      confidence: 0.6,
      stance: { modality: 'asserted' },
      trigger: j,
    });
  }
}

/**
 * Role relations of one sentence, and the role facts they state. With `relationsToo` false only
 * the facts are made (what coreference reads, before it has resolved anything): the relations of
 * that first pass were thrown away, and making them cost as much as the facts.
 */
export function roleRelations(
  tree: SentenceTree,
  ctx: Context,
  relationsToo = true,
): { relations: RelationCandidate[]; facts: RoleFact[] } {
  const relations: RelationCandidate[] = [];
  const facts: RoleFact[] = [];
  const lex = ctx.lex;
  for (const r of tree.indices()) {
    const role = roleAt(tree, r, lex);
    if (!role) continue;
    const holders = holdersOf(tree, r, ctx).filter((h) =>
      h.type === 'PERSON' ? true : lex.nonPersonRoles.has(role.key),
    );
    if (holders.length === 0) continue;
    let bodies = bodiesOf(tree, r, ctx, holders, role);
    let confidence = 0.75;
    // "Kari Lund, director of the film Night Harbour": a maker's role qualified by a work made it
    // (PRODUCES; work.ts reads maker nouns that are no job, "the author of Silent Fjord").
    if (works().makers.has(lastWord(role.key))) {
      const made = bodies.filter((b) => knownWork(tree, b.mention));
      if (made.length > 0)
        emit(relations, tree, ctx, {
          type: 'PRODUCES',
          subjects: holders.filter((h) => h.type === 'PERSON'),
          objects: made,
          confidence: 0.6,
          stance: { modality: 'asserted' },
          trigger: r,
          argumentClasses: ['actor', 'any'],
        });
      const ids = new Set(made.map((b) => b.mention.entityId));
      bodies = bodies.filter((b) => !ids.has(b.mention.entityId));
    }
    // "Ann Holt, Globex's chief executive," where the parse lost the possessive: the
    // organisation or country written right before the role's words.
    if (bodies.length === 0) {
      const named = qualifierBefore(tree, ctx, roleStart(tree, r), 0);
      const held = new Set(holders.map((h) => h.mention.entityId));
      if (named && !held.has(named.entityId)) {
        bodies = [{ node: r, mention: named, type: entityType(tree, named), via: 'name' }];
        confidence = 0.7;
      }
    }
    // "director of Intel's photonics lab", "head of equities for Standard Life": the role is in a
    // unit of the organisation, whose member its holder is.
    let unit = false;
    if (bodies.length === 0 && POSITIONS.has(role.type)) {
      bodies = unitBodies(tree, r, ctx, holders);
      unit = bodies.length > 0;
      if (unit) confidence = 0.65;
    }
    // "Ann Holt, senior analyst of bonds and loans at Globex,": an organisation written in the
    // role's own appositive phrase after "at / with / for / of / in", wherever the parse hung it.
    if (bodies.length === 0 && POSITIONS.has(role.type)) {
      bodies = phraseBodies(tree, r, ctx, holders);
      unit = bodies.length > 0;
      if (unit) confidence = 0.6;
    }
    // "Ann Holt, the chief executive, said": a company officer's role with no body, as a title
    // the entities stage found (`companyInFocus`), when the holders are people.
    if (
      bodies.length === 0 &&
      !ctx.sport &&
      lex.companyTitles.has(role.key) &&
      holders.every((h) => h.type === 'PERSON')
    ) {
      const held = new Set(holders.map((h) => h.mention.entityId));
      const start = Math.min(roleStart(tree, r), ...holders.map((h) => h.mention.firstToken));
      const focus = companyInFocus(tree, start);
      if (focus && !held.has(focus.entityId)) {
        bodies = [{ node: r, mention: focus, type: entityType(tree, focus), via: 'name' }];
        confidence = 0.6;
      }
    }
    // "drummer Tom Reed", "chief executive Ann Holt" in a report about one band or company.
    if (bodies.length === 0 && holders.length > 0 && holders.every((h) => h.type === 'PERSON')) {
      const held = new Set(holders.map((h) => h.mention.entityId));
      const start = Math.min(roleStart(tree, r), ...holders.map((h) => h.mention.firstToken));
      const focus = bodyInFocus(tree, ctx, role.key, start, held);
      if (focus) {
        bodies = [{ node: r, mention: focus, type: entityType(tree, focus), via: 'name' }];
        confidence = 0.5;
      }
    }
    if (bodies.length === 0 && lex.headOfStateTitles.has(role.key)) {
      bodies = holders.flatMap((h) => {
        const country = countryMentionOf(tree.analysis, h.mention.entityId, tree.sentence.i);
        return country ? [{ ...h, mention: country, type: entityType(tree, country) }] : [];
      });
      confidence = 0.65;
    }
    // "Lemuria cut taxes, and finance minister Ann Holt said …": the one country in focus.
    let minister = false;
    if (
      bodies.length === 0 &&
      !ctx.sport &&
      MINISTER.test(role.key) &&
      holders.every((h) => h.type === 'PERSON')
    ) {
      const start = Math.min(roleStart(tree, r), ...holders.map((h) => h.mention.firstToken));
      const focus = countryInFocus(tree, start);
      if (focus) {
        bodies = [{ node: r, mention: focus, type: entityType(tree, focus), via: 'name' }];
        confidence = 0.55;
        minister = !lex.headOfStateTitles.has(role.key);
      }
    }
    // "oil minister Ana Ruiz" in a report about one country (not a head of government's title).
    if (
      bodies.length === 0 &&
      MINISTER.test(role.key) &&
      !lex.headOfStateTitles.has(role.key) &&
      holders.length > 0 &&
      holders.every((h) => h.type === 'PERSON')
    ) {
      const start = Math.min(roleStart(tree, r), ...holders.map((h) => h.mention.firstToken));
      const focus = countryOfReport(tree, role.key, start);
      if (focus) {
        bodies = [{ node: r, mention: focus, type: entityType(tree, focus), via: 'name' }];
        confidence = 0.5;
        minister = true;
      }
    }
    for (const h of holders) {
      facts.push({
        holder: h.mention.entityId,
        key: role.key,
        ...(bodies[0] ? { body: bodies[0].mention.entityId } : {}),
        sentence: tree.sentence.i,
      });
    }
    if (!relationsToo) continue;
    personalRelations(relations, tree, ctx, r, role, holders, bodies, confidence);
    // "our Moscow correspondent", "an Ashby lawyer": a place is where such a person is.
    if (ctx.lex.organisationRoles.has(role.key)) {
      // "Cardiff defender Rhys Weston", "the England captain, Michael Vaughan": in a sports
      // report a town or country named (not a demonym) with a player's role is the side.
      const side = (b: Ref) =>
        ctx.sport &&
        ctx.lex.sports.roles.has(role.key) &&
        b.type === 'GPE' &&
        b.mention.type === 'GPE';
      const places = bodies.filter((b) => PLACE_TYPES.has(b.type) && !side(b));
      bodies = bodies.filter((b) => b.type === 'ORG' || side(b));
      if (places.length > 0) {
        emit(relations, tree, ctx, {
          type: 'AFFILIATED_WITH',
          subjects: holders.filter((h) => h.type === 'PERSON'),
          objects: places,
          confidence: 0.6,
          stance: { modality: 'asserted' },
          trigger: r,
          key: role.key,
        });
      }
    }
    const won = achievement(lex, role.key);
    if (won) bodies = bodies.filter((b) => b.type === 'GPE');
    if (bodies.length === 0) continue;
    let type: RelationType = won
      ? 'AFFILIATED_WITH'
      : unit || minister
        ? 'MEMBER_OF'
        : role.type === 'LEADER_OF' && (role.subordinate || oneOfMany(tree, r, role))
          ? 'MEMBER_OF'
          : role.type;
    // A person who is a "partner" or an "ally" of a firm works there.
    if (type === 'COOPERATES_WITH' && holders.every((h) => h.type === 'PERSON')) type = 'MEMBER_OF';
    const copular = tree.childBy(r, 'cop') !== undefined || tree.is(r, 'xcomp');
    emit(relations, tree, ctx, {
      type,
      subjects: holders,
      objects: bodies,
      confidence,
      stance: copular ? stanceOf(tree, r, ctx) : { modality: 'asserted' },
      trigger: r,
      key: role.key,
    });
  }
  if (relationsToo) jobRelations(tree, ctx, relations);
  return { relations, facts };
}

/**
 * "Senator Ola Vik's spokeswoman Ann Bell", "Ann Bell, a spokeswoman for Ola Vik": a role whose
 * body is a person. A person leads or belongs to no person (the body types of LEADER_OF and
 * MEMBER_OF leave them out), but a spokesperson speaks for one (SPOKESPERSON_OF) and an aide,
 * adviser, chief of staff, coach or manager works for one (`personalRoles`: AFFILIATED_WITH). The
 * body is the role's own (possessor, "of / for" phrase, or "to" phrase of a role held in someone's
 * service: "an aide to Ola Vik", `serviceRoles`).
 */
function personalRelations(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  r: number,
  role: Role,
  holders: Ref[],
  bodies: Ref[],
  confidence: number,
): void {
  const type: RelationType | undefined =
    role.type === 'SPOKESPERSON_OF'
      ? 'SPOKESPERSON_OF'
      : ctx.lex.personalRoles.has(role.key)
        ? 'AFFILIATED_WITH'
        : undefined;
  if (!type) return;
  emit(out, tree, ctx, {
    type,
    subjects: holders.filter((h) => h.type === 'PERSON'),
    objects: bodies.filter((b) => b.type === 'PERSON'),
    confidence: Math.min(confidence, 0.65),
    stance: { modality: 'asserted' },
    trigger: r,
    key: role.key,
    argumentClasses: ['actor', 'actor'],
  });
}

/**
 * The first word of a role noun's own phrase: the lower-case modifiers right before it ("chief"
 * in "Globex's chief executive"), not words of the clause around it ("said frontman").
 */
function roleStart(tree: SentenceTree, r: number): number {
  let start = r;
  while (
    tree.contains(start - 1) &&
    tree.dominates(r, start - 1) &&
    tree.is(start - 1, 'amod', 'compound') &&
    TITLE_WORD.test(tree.token(start - 1).text)
  ) {
    start--;
  }
  return start;
}

/** A title won ("European champion"): its holder belongs to no body, only to a country. */
function achievement(lex: Lexicon, key: string): boolean {
  return lex.achievementTitles.has(key.split(SPACES).pop() ?? key);
}

const PAST_HOLDER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'onetime', 'one-time']);
const SHARED_ROLES = /founder|owner/;

/**
 * "a director at Disney", "Kari Nes, who is a director of Globex": a leading role held by one of
 * several (an indefinite role noun, or one placed "at" or "in" its body like a workplace) makes its holder
 * a member, not the leader. A past holder stays a leader ("a former president of Lemuria"), and
 * so do roles several share by nature ("a co-founder", "an owner").
 */
function oneOfMany(tree: SentenceTree, r: number, role: Role): boolean {
  if (SHARED_ROLES.test(role.key)) return false;
  for (const c of tree.childrenBy(r, 'nmod')) {
    const where = tree.caseOf(c);
    if (where === 'at') return true;
    // "a director in the Department of Health" (not "president of Globex in Europe").
    const m = where === 'in' ? nameAt(tree, c) : undefined;
    if (m && entityType(tree, m) === 'ORG') return true;
  }
  const indefinite = tree.childrenBy(r, 'det').some((d) => IS_ARTICLE_A.test(tree.lower(d)));
  const past = tree.children(r).some((c) => c < r && PAST_HOLDER.has(tree.lower(c)));
  return indefinite && !past;
}

/**
 * Roles the entities stage found before names ("Ukrainian President Volodymyr Zelensky"); with
 * `relationsToo` false, only the facts (as `roleRelations`).
 */
export function titleRelations(
  tree: SentenceTree,
  ctx: Context,
  roles: readonly RoleSpan[],
  relationsToo = true,
): { relations: RelationCandidate[]; facts: RoleFact[] } {
  const relations: RelationCandidate[] = [];
  const facts: RoleFact[] = [];
  const analysis = tree.analysis;
  const lex = ctx.lex;
  for (const role of roles) {
    const person = analysis.mentions[role.person];
    if (!person || person.sentence !== tree.sentence.i) continue;
    const holder: Ref = {
      node: tree.headOfSpan(person),
      mention: person,
      type: 'PERSON',
      via: 'name',
    };
    const trigger = tokenAt(tree, role.start) ?? holder.node;
    let body = role.of === undefined ? undefined : analysis.mentions[role.of];
    let confidence = 0.85;
    // "Night Harbour director Kari Lund": a maker's title qualified by a work made it.
    if (works().makers.has(lastWord(role.head))) {
      const work = body ?? (trigger !== holder.node ? nameBefore(tree, trigger) : undefined);
      if (work && work.entityId !== person.entityId && knownWork(tree, work)) {
        emit(relations, tree, ctx, {
          type: 'PRODUCES',
          subjects: [holder],
          objects: [
            { node: holder.node, mention: work, type: entityType(tree, work), via: 'name' },
          ],
          confidence: 0.6,
          stance: { modality: 'asserted' },
          trigger,
          argumentClasses: ['actor', 'any'],
        });
        facts.push({ holder: person.entityId, key: role.head, sentence: tree.sentence.i });
        continue;
      }
    }
    if (!body && trigger !== holder.node) {
      body = qualifierBefore(tree, ctx, trigger);
      confidence = 0.75;
    }
    if (!body && role.relation === 'LEADER_OF') {
      body = ofBodyAfterName(tree, person);
      confidence = 0.75;
    }
    if (!body) {
      body = appointer(tree, ctx, holder.node, role.relation === 'LEADER_OF');
      confidence = 0.7;
    }
    if (!body && !ctx.sport && lex.companyTitles.has(role.head)) {
      body = companyInFocus(tree, Math.min(trigger, person.firstToken));
      confidence = 0.6;
    }
    if (!body) {
      const before = Math.min(trigger, person.firstToken);
      body = bodyInFocus(tree, ctx, role.head, before, new Set([person.entityId]));
      confidence = 0.5;
    }
    if (!body && role.relation === 'LEADER_OF' && lex.headOfStateTitles.has(role.head)) {
      body = countryMentionOf(analysis, person.entityId, tree.sentence.i);
      confidence = 0.7;
    }
    // "Trade and Industry Secretary Ann Holt": an office that names its country, a member of it.
    let national = false;
    if (!body) {
      body = nationalOfficeCountry(analysis, role);
      national = body !== undefined;
      confidence = 0.6;
    }
    // "Lemuria cut taxes, and finance minister Ann Holt said …": the one country in focus.
    if (!body && !ctx.sport && MINISTER.test(role.head)) {
      body = countryInFocus(tree, Math.min(trigger, person.firstToken));
      national = body !== undefined && !lex.headOfStateTitles.has(role.head);
      confidence = 0.55;
    }
    if (!body && MINISTER.test(role.head) && !lex.headOfStateTitles.has(role.head)) {
      body = countryOfReport(tree, role.head, Math.min(trigger, person.firstToken));
      national = body !== undefined;
      confidence = 0.5;
    }
    facts.push({
      holder: person.entityId,
      key: role.head,
      ...(body ? { body: body.entityId } : {}),
      sentence: tree.sentence.i,
    });
    if (!relationsToo) continue;
    const won = achievement(lex, role.head);
    if (!body || (won && entityType(tree, body) !== 'GPE')) continue;
    const title = analysis.text.slice(role.start, role.end).toLowerCase().split(SPACES_OR_HYPHENS);
    const sub = title.some((w) => lex.subordinateRoleModifiers.has(w));
    const stance = stanceOf(tree, holder.node, ctx);
    emit(relations, tree, ctx, {
      type: won
        ? 'AFFILIATED_WITH'
        : national || (sub && role.relation === 'LEADER_OF')
          ? 'MEMBER_OF'
          : role.relation,
      subjects: [holder],
      objects: [{ node: holder.node, mention: body, type: entityType(tree, body), via: 'name' }],
      confidence,
      stance: { modality: stance.modality === 'negated' ? 'negated' : 'asserted' },
      trigger,
      key: role.head,
    });
  }
  return { relations, facts };
}

/**
 * "Coach Ranieri sacked by Valencia", "Wolves appoint manager Glenn Hoddle": the organisation
 * that appoints or dismisses a titled person the text names no body for is the title's body.
 */
function appointer(
  tree: SentenceTree,
  ctx: Context,
  holder: number,
  leader: boolean,
): MentionSpan | undefined {
  // "ousted long-serving leader Leonid Kuchma" may hang the name on its title as apposition.
  const up = tree.parent(holder);
  if (tree.is(holder, 'appos') && up >= 0 && up < holder && tree.upos(up) === 'NOUN') holder = up;
  const verb = tree.parent(holder);
  if (verb < 0 || !tree.isVerbal(verb) || !APPOINTING_VERBS.has(tree.lemma(verb))) return undefined;
  // A headline's participle ("Ranieri sacked by …") may keep its subject as nsubj.
  const byAgent = tree.childrenBy(verb, 'obl:agent');
  const agents = tree.is(holder, 'nsubj')
    ? byAgent
    : tree.is(holder, 'obj') && byAgent.length === 0
      ? tree.childrenBy(verb, 'nsubj')
      : [];
  // "Ukraine ousted leader Leonid Kuchma": a country makes or unmakes its own leaders.
  const orgs = agents
    .flatMap((a) => denote(tree, a, ctx))
    .filter((r) => r.type === 'ORG' || (leader && r.type === 'GPE'));
  return orgs.length === 1 ? orgs[0]?.mention : undefined;
}

/**
 * "Mayor Tom Bradley of Fresno", "Chairman Ann Holt of Globex": a leader's title before the name
 * and the body in an "of" phrase right after it. Only a place or an organisation, and only right
 * after the name ("Mayor Tom Bradley, a native of Ohio," is no mayor of Ohio).
 */
function ofBodyAfterName(tree: SentenceTree, person: MentionSpan): MentionSpan | undefined {
  const of = person.lastToken;
  if (!tree.contains(of) || tree.lower(of) !== 'of') return undefined;
  const m = tree.contains(of + 1) ? tree.mentionAt(of + 1) : undefined;
  if (!m || m.kind !== 'name' || m.firstToken !== of + 1) return undefined;
  const type = entityType(tree, m);
  return type === 'GPE' || type === 'ORG' ? m : undefined;
}

/** The name ending right before token `k`, past a possessive ("Night Harbour's director"). */
function nameBefore(tree: SentenceTree, k: number): MentionSpan | undefined {
  let at = k - 1;
  if (tree.contains(at) && IS_POSSESSIVE_MARK.test(tree.lower(at))) at--;
  const m = tree.contains(at) ? tree.mentionAt(at) : undefined;
  return m && m.kind === 'name' && m.lastToken === at + 1 ? m : undefined;
}

/** A minister's title ("finance minister", "prime minister", "premier"). */
const MINISTER = /(?:^|\s)(?:minister|premier)$/;

/**
 * "Lemuria welcomed the ruling, with finance minister Ann Holt saying …": a minister's title the
 * text gives no country for is held in the one country named (by its name, its capital or its
 * people) in the title's own sentence before it or in the sentence before, when no other
 * country is named there and that one acts there (`actingSubject`). Not in a sports report.
 */
function countryInFocus(tree: SentenceTree, before: number): MentionSpan | undefined {
  const a = tree.analysis;
  const k = tree.sentence.i;
  let lo = 0;
  for (let hi = a.mentions.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if ((a.mentions[mid] as MentionSpan).sentence < k - 1) lo = mid + 1;
    else hi = mid;
  }
  const ids = new Set<string>();
  let found: MentionSpan | undefined;
  for (let i = lo; i < a.mentions.length; i++) {
    const m = a.mentions[i] as MentionSpan;
    if (m.sentence > k || (m.sentence === k && m.firstToken >= before)) break;
    if (m.kind === 'pronoun' || entityType(tree, m) !== 'GPE' || !namesCountry(a.tokens, m))
      continue;
    ids.add(m.entityId);
    if (actingSubject(a.tokens, m)) found = m;
  }
  return ids.size === 1 ? found : undefined;
}

const HOLDING_LINKS = new Set(['amod', 'compound', 'nmod:poss']);

/**
 * Whether the mention is, or modifies, the subject of a verb ("Lemuria welcomed", "the Lemurian
 * government said"): a country in focus acts. Not a copula's or a passive's subject ("Lemuria
 * was the country worst hit": a minister of another country may speak of it).
 */
function actingSubject(tokens: readonly Token[], m: MentionSpan): boolean {
  // "Lemuria-backed": a name hyphenated to a participle modifies a noun, whatever the parse.
  if (tokens[m.lastToken]?.text === '-') return false;
  let head: Token | undefined;
  for (let t = m.firstToken; t < m.lastToken; t++) {
    const tok = tokens[t];
    if (tok && (tok.head < m.firstToken || tok.head >= m.lastToken)) {
      head = tok;
      break;
    }
  }
  if (head && HOLDING_LINKS.has(head.deprel)) head = tokens[head.head];
  return head?.deprel === 'nsubj' && tokens[head.head]?.upos === 'VERB';
}

/** Sentences before a company officer's title searched for the company the text is about. */
const FOCUS_WINDOW = 3;

/**
 * "Yukos … said chief executive Steven Theede": a company officer's title with no body named
 * is held in the organisation the sentences before (and its own, before the title) make a
 * subject, when it is the only organisation that is a subject there and no other is named
 * in the title's own sentence before it. Not in a sports report, where clubs, leagues and
 * broadcasters take turns as subjects and a "boss" or "chief executive" with no club named is
 * as often another club's ("Arsenal boss" with Arsenal typed otherwise came out the FA's).
 */
function companyInFocus(tree: SentenceTree, before: number): MentionSpan | undefined {
  const a = tree.analysis;
  const k = tree.sentence.i;
  let found: MentionSpan | undefined;
  const subjects = new Set<string>();
  const here = new Set<string>();
  // Mentions are in text order: start at the window's first (not a scan from the document's).
  let lo = 0;
  for (let hi = a.mentions.length; lo < hi;) {
    const mid = (lo + hi) >> 1;
    if ((a.mentions[mid] as MentionSpan).sentence < k - FOCUS_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < a.mentions.length; i++) {
    const m = a.mentions[i] as MentionSpan;
    if (m.kind === 'pronoun') continue;
    if (m.sentence > k || (m.sentence === k && m.firstToken >= before)) break;
    if (entityType(tree, m) !== 'ORG') continue;
    if (m.sentence === k) here.add(m.entityId);
    if (!isSubject(a.tokens, m)) continue;
    subjects.add(m.entityId);
    found = m;
  }
  if (!found || subjects.size !== 1) return undefined;
  for (const id of here) if (id !== found.entityId) return undefined;
  return found;
}

/** Whether the parse made the mention's head a clause's subject. */
function isSubject(tokens: readonly Token[], m: MentionSpan): boolean {
  for (let t = m.firstToken; t < m.lastToken; t++) {
    const tok = tokens[t];
    if (!tok || (tok.head >= m.firstToken && tok.head < m.lastToken)) continue;
    return tok.deprel.startsWith('nsubj');
  }
  return false;
}

const QUALIFIER_TYPES = new Set(['ORG', 'GPE', 'NORP']);
/** Lower-case words that may stand between a qualifier and its title ("Oxfam senior policy adviser"). */
const TITLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * The organisation or country qualifying a title that the entities stage found none for, read
 * back from the title's first token over up to three lower-case words and a possessive:
 * "Oxfam senior policy adviser X", "Eli Lilly's chief medical officer X", "its chief finance
 * officer X", "the carmaker's chief executive X" (the last two through coreference).
 */
function qualifierBefore(
  tree: SentenceTree,
  ctx: Context,
  title: number,
  words = 3,
): MentionSpan | undefined {
  let k = title - 1;
  for (let n = 0; n < words && tree.contains(k) && TITLE_WORD.test(tree.token(k).text); n++) {
    if (ctx.refs.get(k) || IS_ITS_THEIR.test(tree.lower(k))) break;
    // "a Taliban bomber killed police chief X": a verb ends the title's noun phrase.
    if (IS_VERB_AUX.test(tree.upos(k))) return undefined;
    k--;
  }
  if (tree.contains(k) && IS_POSSESSIVE_MARK.test(tree.lower(k))) k--;
  if (!tree.contains(k)) return undefined;
  const ref = ctx.refs.get(k);
  if (ref === null) return undefined;
  let named = ref;
  if (!named) {
    const m = tree.mentionAt(k);
    if (!m || m.lastToken !== k + 1) return undefined;
    named = m;
  }
  if (ctx.lex.fieldNames.has(named.text.toLowerCase())) return undefined;
  const type = tree.analysis.entities.get(named.entityId)?.type ?? named.type;
  return QUALIFIER_TYPES.has(type) ? named : undefined;
}

function tokenAt(tree: SentenceTree, offset: number): number | undefined {
  for (const i of tree.indices()) if (tree.token(i).start >= offset) return i;
  return undefined;
}
