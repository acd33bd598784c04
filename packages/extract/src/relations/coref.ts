/**
 * Coreference the tree makes possible, within one document, left to right.
 *
 * - Pronouns: he/she/his/her/him take a person, it/its and they/their/them an organisation or
 *   a country. The antecedent is, in order: the subject of a clause governing the pronoun
 *   ("Yukos said it would appeal"), the subject of the previous sentence's main clause (two
 *   sentences back at most), and for he/she only, the last person named within two sentences.
 *   A subject that names no entity of the right type ("The deal … its") blocks the guess.
 *   Gender by honorific or given name (coref-gender.ts); "they" after a plural common-noun
 *   subject stays unresolved (coref-plural.ts).
 * - Definite descriptions: "the prime minister", "the spokesman" refer to the entity the
 *   document gives that role (role facts from role.ts and the entities stage; not a deputy's,
 *   coref-qualified.ts); "the company",
 *   "the firm", "the country" to the last organisation or country that was a subject within
 *   three sentences, else the last one named within two; "the body shop" the one earlier name
 *   ending so ("Lund's Body Shop", coref-description.ts). With a place, people or team name
 *   before the noun ("the Canadian firm", "the Everton striker") see `modifiedDescription`.
 *   With no antecedent so: an epithet subject ("The 17-year-old midfielder …") continues the
 *   sentence before's subject (coref-epithet.ts); "the club", "the band" the organisation the
 *   report is about (coref-focus.ts).
 *
 * The result maps token indices to the mention of the antecedent (null: the token names no
 * entity, whatever mention detection guessed); the passes read it through `denote`.
 */
import type { RelationType } from '@kg/schema';
import type { Analysis, MentionSpan } from '../analysis.js';
import { denote, entityType, nameAt } from './arguments.js';
import { frontedOwner } from './coref-cataphora.js';
import { coordinatedMembers, namesSeveral } from './coref-coordination.js';
import { situationSubject } from './coref-copula.js';
import { coreArgument, cuedPerson } from './coref-cue.js';
import { demonymPerson } from './coref-demonym.js';
import { strandedSubject } from './coref-stranded.js';
import { epithetSubject } from './coref-epithet.js';
import { focusDescription } from './coref-focus.js';
import { namedDescription } from './coref-description.js';
import { occupationReferences } from './coref-occupation.js';
import { companyKindFits } from './coref-kind.js';
import { notHolder } from './coref-office.js';
import { bareDescription, descriptionKind, kindAntecedent, kindFits } from './coref-kinds.js';
import { pluralCompetitor } from './coref-plural.js';
import { ownerPastPerson } from './coref-possessive.js';
import { qualifiedDescription, qualifiedHolder } from './coref-qualified.js';
import { quoted, quoteFilter, speechSubject } from './coref-quotes.js';
import { headRoleHolder } from './coref-role-head.js';
import { documentGenders, genderFits } from './coref-gender.js';
import type { Gender } from './coref-gender.js';
import type { Context, Ref } from './arguments.js';
import type { Lexicon } from './lexicon.js';
import type { SentenceTree } from './tree.js';
import type { RoleFact } from './patterns/role.js';
import { roleAt } from './patterns/role.js';

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'himself', 'herself']);
const SINGULAR_PRONOUNS = new Set(['it', 'its', 'itself']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const ORG_TYPES = new Set(['ORG', 'GPE']);
const WINDOW = 2;
const DESCRIPTION_WINDOW = 3;

type Want = 'PERSON' | 'ORG_GPE';

function fits(want: Want, type: string): boolean {
  return want === 'PERSON' ? type === 'PERSON' : ORG_TYPES.has(type);
}

/**
 * The main-clause subjects of the sentences read so far (`mainSubject`), by sentence index, and
 * the sentences whose subject names more than one entity ("Globex and Initech cut prices"): a
 * plural pronoun may take it, never "it", "he" or "the company" (coref-coordination.ts).
 */
interface Subjects {
  readonly main: readonly (MentionSpan | null | undefined)[];
  readonly shared: ReadonlySet<number>;
  /** Sentences whose main subject is an epithet continuing the sentence before's (coref-epithet.ts). */
  readonly epithets: ReadonlySet<number>;
}

/** The entity the main clause of a sentence is about: its root's subject. */
function mainSubject(
  tree: SentenceTree,
  ctx: Context,
): { subject: MentionSpan | null | undefined; shared: boolean } {
  let root = -1;
  for (const i of tree.indices()) {
    if (tree.parent(i) < 0 && !tree.is(i, 'punct')) {
      root = i;
      break;
    }
  }
  if (root < 0) return { subject: undefined, shared: false };
  const subject = tree.children(root).find((c) => tree.is(c, 'nsubj'));
  if (subject === undefined) return { subject: undefined, shared: false };
  const refs = denote(tree, subject, ctx);
  if (unnamedBody(tree, subject, refs)) return { subject: null, shared: false };
  const first = refs[0]?.mention ?? (tree.upos(subject) === 'PRON' ? undefined : null);
  return { subject: first, shared: first ? namesSeveral(tree, subject, ctx) : false };
}

/** The subject of a clause that governs `p` and precedes it ("X said it would …"). */
function governingSubject(
  tree: SentenceTree,
  p: number,
  want: Want,
  ctx: Context,
): MentionSpan | null | undefined {
  const pluralPronoun = PLURAL_PRONOUNS.has(tree.lower(p));
  // Set once the walk leaves a clause with no subject of its own for a governor that may control
  // it through an object ("pressure on Tehran to stop assisting Russia in its war").
  let objectControl = false;
  for (
    let a = tree.parent(p), n = 0, below = p;
    a >= 0 && n < 12;
    below = a, a = tree.parent(a), n++
  ) {
    // (An object pronoun is settled by `disjoint` instead.)
    if (controlledByObject(tree, below, a) && !/^(obj|iobj|obl)/.test(tree.label(p))) {
      objectControl = true;
    }
    // A noun phrase the parse made a conjunct of a clause ("… the day Ola was hurt and the
    // car that took Tom home after he fell"): the clause's subject does not govern it.
    if (tree.is(below, 'conj') && tree.isNominal(below) && tree.isVerbal(a)) return undefined;
    for (const s of tree.children(a)) {
      if (!tree.is(s, 'nsubj') || s >= p || tree.dominates(s, p)) continue;
      const refs = denote(tree, s, ctx);
      if (unnamedBody(tree, s, refs)) return null;
      const hit = refs.find((r) => fits(want, r.type));
      // Past an object-controlled clause the subject is not the only candidate: another
      // fitting name between it and the pronoun makes the guess unsafe.
      if (hit && objectControl && fittingBetween(tree, s, p, want, hit.mention)) return null;
      if (hit) return hit.mention;
      if (refs.length > 0) return null;
      // A subject naming no entity of the kind blocks the guess ("The deal … its terms", "The
      // chair was joined by his daughter"), unless its number rules it out ("Prosecutors say
      // he drove").
      if (tree.upos(s) === 'PRON' || plural(tree, s) !== pluralPronoun) continue;
      // Nor does one owned by a pronoun of the same kind: it speaks of the same owner ("Yukos
      // claims its downfall was punishment for the ambitions of its founder X").
      if (ownedByPronoun(tree, s, want)) continue;
      if (want === 'ORG_GPE' || personNoun(tree, s, ctx)) return null;
    }
  }
  return undefined;
}

/** Whether the phrase at `c` opens with a comma (its own, or right before it). */
function commaOpened(tree: SentenceTree, c: number): boolean {
  const [lo] = tree.subtreeSpan(c);
  return tree.lower(lo) === ',' || (tree.contains(lo - 1) && tree.lower(lo - 1) === ',');
}

/** Whether noun `s` has a possessive pronoun of the kind wanted ("its downfall", "his car"). */
function ownedByPronoun(tree: SentenceTree, s: number, want: Want): boolean {
  return tree
    .childrenBy(s, 'nmod:poss')
    .some((o) => tree.upos(o) === 'PRON' && pronounWant(tree.lower(o)) === want);
}

/**
 * Whether the non-finite clause at `c` (no subject of its own) hangs on a governor `a` that has
 * an object, or is a noun's complement: its understood subject may then be the object ("urged
 * Iran to stop …", "pressure on Tehran to stop …"), not the governor's subject.
 */
function controlledByObject(tree: SentenceTree, c: number, a: number): boolean {
  if (!tree.isVerbal(c) || !tree.is(c, 'xcomp', 'advcl', 'acl')) return false;
  if (tree.childBy(c, 'nsubj', 'nsubj:pass', 'expl') !== undefined) return false;
  if (tree.isNominal(a)) return true;
  return tree.childBy(a, 'obj', 'iobj') !== undefined;
}

/** A fitting name, other than `hit`'s entity, between the subject `s` and the pronoun `p`. */
function fittingBetween(
  tree: SentenceTree,
  s: number,
  p: number,
  want: Want,
  hit: MentionSpan,
): boolean {
  const [, end] = tree.subtreeSpan(s);
  return tree.analysis.mentions.some(
    (m) =>
      m.sentence === tree.sentence.i &&
      m.firstToken > end &&
      m.firstToken < p &&
      m.kind !== 'pronoun' &&
      m.entityId !== hit.entityId &&
      fits(want, entityType(tree, m)),
  );
}

/**
 * "a US court", "an Italian bank": an indefinite body named only through a country or company
 * modifying it is an entity of its own that "it" may stand for, not the modifier: it blocks.
 */
function unnamedBody(tree: SentenceTree, s: number, refs: readonly Ref[]): boolean {
  if (refs.length === 0 || !refs.every((r) => r.via === 'group')) return false;
  const det = tree.childBy(s, 'det');
  return det !== undefined && /^an?$/.test(tree.lower(det));
}

/** A plural common noun ("prosecutors", "officials"). */
function plural(tree: SentenceTree, n: number): boolean {
  const w = tree.lower(n);
  // wink may leave a capitalised plural unlemmatised ("Prosecutors"): the ending decides.
  return (w !== tree.lemma(n) && /s$/.test(w)) || (/[^su]s$/.test(w) && w.length > 3);
}

function personNoun(tree: SentenceTree, n: number, ctx: Context): boolean {
  const lemma = tree.lemma(n);
  return (
    ctx.lex.descriptorTypes.get(lemma) === 'PERSON' ||
    ctx.lex.personNouns.has(lemma) ||
    ctx.lex.roles.has(lemma) ||
    roleAt(tree, n, ctx.lex) !== undefined
  );
}

/** The last mention of the wanted type before token `p`, within the window. */
function lastNamed(
  trees: readonly SentenceTree[],
  k: number,
  p: number,
  want: Want,
  ok: (m: MentionSpan) => boolean = () => true,
): MentionSpan | undefined {
  const analysis = trees[k]?.analysis;
  if (!analysis) return undefined;
  let found: MentionSpan | undefined;
  // Mentions are in text order: start at the window's first (a scan from the document's first
  // made a document's cost the square of its length).
  const mentions = analysis.mentions;
  let at = 0;
  for (let hi = mentions.length; at < hi;) {
    const mid = (at + hi) >> 1;
    if ((mentions[mid] as MentionSpan).sentence < k - WINDOW) at = mid + 1;
    else hi = mid;
  }
  for (; at < mentions.length; at++) {
    const m = mentions[at] as MentionSpan;
    if (m.firstToken >= p) break;
    if (m.kind === 'pronoun' || m.sentence < k - WINDOW) continue;
    if (fits(want, analysis.entities.get(m.entityId)?.type ?? m.type) && ok(m)) found = m;
  }
  return found;
}

/**
 * The entity last referred to before token `p` within the window, by name or by a pronoun
 * already resolved: "… he would be recognised everywhere, in places John Lennon wouldn't be. A
 * case can be made for him … the year he toured Africa" — "him" came after Lennon and was
 * resolved, so the later "he" follows the chain, not the last name.
 */
function lastReferenced(
  trees: readonly SentenceTree[],
  k: number,
  p: number,
  want: Want,
  ctx: Context,
  ok: (m: MentionSpan) => boolean = () => true,
): MentionSpan | undefined {
  const named = lastNamed(trees, k, p, want, ok);
  const from = trees[Math.max(0, k - WINDOW)]?.sentence.firstToken ?? p;
  // A speaker is no one a quotation refers to: its pronouns are passed over (coref-quotes.ts).
  const speech = speechSubject(trees[k] as SentenceTree, p, ctx);
  for (let i = p - 1; i >= from && i >= (named?.lastToken ?? from); i--) {
    if (speech && quoted(trees[k]?.analysis as Analysis, i)) continue;
    const m = ctx.refs.get(i);
    if (m && fits(want, entityType(trees[k] as SentenceTree, m)) && ok(m)) return m;
  }
  return named;
}

/**
 * An object pronoun is not its own clause's subject ("it signed an agreement with Nissan to
 * supply it with cars": the second "it" is not the subject "it"): when the antecedent found is
 * the entity the clause's subject (or, for a subjectless infinitive or participle clause, its
 * governor's subject) names, the nearest other fitting name before the pronoun in the sentence
 * is taken instead, else none. Reflexives and possessives are left alone.
 */
function disjoint(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  want: Want,
  found: MentionSpan,
  ctx: Context,
  ok: (m: MentionSpan) => boolean = () => true,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  if (!/^(obj|iobj|obl)/.test(tree.label(i)) || tree.lower(i).endsWith('self')) return found;
  // "insisted it would not bow": an "object" followed by a verb is the next clause's subject.
  if (tree.contains(i + 1) && /^(AUX|VERB)$/.test(tree.upos(i + 1))) return found;
  let v = tree.parent(i);
  let subject: number | undefined;
  for (let n = 0; v >= 0 && n < 3; n++) {
    subject = tree.childBy(v, 'nsubj', 'nsubj:pass');
    if (subject !== undefined || !tree.is(v, 'xcomp', 'advcl', 'acl')) break;
    v = tree.parent(v);
  }
  if (subject === undefined) return found;
  const named = denote(tree, subject, ctx).map((r) => r.mention.entityId);
  if (!named.includes(found.entityId)) return found;
  let other: MentionSpan | undefined;
  for (const m of tree.analysis.mentions) {
    if (m.sentence !== k || m.firstToken >= i) continue;
    if (m.kind === 'pronoun' || named.includes(m.entityId)) continue;
    if (fits(want, entityType(tree, m)) && ok(m)) other = m;
  }
  return other;
}

/** The name just before ", its …" when the pronoun starts a phrase listed after it. */
function listedAfter(tree: SentenceTree, i: number, want: Want): MentionSpan | undefined {
  let [lo] = tree.subtreeSpan(tree.parent(i) >= 0 ? tree.parent(i) : i);
  // (The parse may attach the comma before the phrase to the phrase.)
  while (lo < i && tree.upos(lo) === 'PUNCT') lo++;
  const start = Math.min(lo, i);
  if (start !== i || !tree.contains(i - 2) || tree.lower(i - 1) !== ',') return undefined;
  const m = tree.mentionAt(i - 2);
  if (!m || m.kind === 'pronoun') return undefined;
  return fits(want, entityType(tree, m)) ? m : undefined;
}

/** "it" refers as a subject or a possessor; "it is said", "make it difficult" do not. */
function referring(tree: SentenceTree, i: number, w: string): boolean {
  if (tree.is(i, 'expl')) return false;
  if (w !== 'it' && w !== 'them') return true;
  if (tree.is(i, 'nsubj')) {
    const p = tree.parent(i);
    // "it is unclear whether …", "it is understood that …"
    return p < 0 || !tree.children(p).some((c) => tree.is(c, 'ccomp', 'csubj'));
  }
  if (tree.is(i, 'obj')) {
    const p = tree.parent(i);
    return p < 0 || tree.childBy(p, 'xcomp') === undefined;
  }
  return tree.is(i, 'obl', 'nmod', 'iobj');
}

function pronounWant(w: string): Want | undefined {
  if (PERSON_PRONOUNS.has(w)) return 'PERSON';
  if (SINGULAR_PRONOUNS.has(w) || PLURAL_PRONOUNS.has(w)) return 'ORG_GPE';
  return undefined;
}

/**
 * Antecedents of the pronouns and definite descriptions of a document.
 *
 * @example
 * // "Yukos sued Rosneft. It said the sale was illegal." -> { <It>: Yukos }
 */
export function resolveReferences(
  trees: readonly SentenceTree[],
  facts: readonly RoleFact[],
  base: Omit<Context, 'refs'>,
  plurals?: Map<number, readonly MentionSpan[]>,
): Map<number, MentionSpan | null> {
  const refs = new Map<number, MentionSpan | null>();
  const ctx: Context = { ...base, refs };
  const main: (MentionSpan | null | undefined)[] = [];
  const shared = new Set<number>();
  const epithets = new Set<number>();
  const subjects: Subjects = { main, shared, epithets };
  const genders = trees[0] ? documentGenders(trees[0].analysis) : new Map<string, Gender>();
  trees.forEach((tree, k) => {
    for (const i of tree.indices()) {
      const w = tree.lower(i);
      const want = tree.upos(i) === 'PRON' || tree.upos(i) === 'DET' ? pronounWant(w) : undefined;
      if (want) {
        if (!referring(tree, i, w)) continue;
        // "It was a massive boost": a situation, no name (coref-copula.ts).
        if (situationSubject(tree, i, ctx)) {
          refs.set(i, null);
          continue;
        }
        // "he" is no one the document calls Mrs or Joyce, "she" no one it calls Mr (coref-gender.ts).
        const fitsGender = (m: MentionSpan) => genderFits(genders, w, m.entityId);
        // Not a quotation's speaker inside it, nor a name quoted for a speaker (coref-quotes.ts).
        const quotes = want === 'PERSON' ? quoteFilter(trees, k, i, ctx) : undefined;
        const ok = quotes ? (m: MentionSpan) => fitsGender(m) && quotes(m) : fitsGender;
        const found = pronounAntecedent(trees, k, i, want, w, subjects, ctx, ok);
        let taken = (found && disjoint(trees, k, i, want, found, ctx, ok)) ?? null;
        // "Globex said shareholders would vote on their pay": not Globex (coref-plural.ts).
        if (taken && PLURAL_PRONOUNS.has(w) && pluralCompetitor(tree, i, taken, ctx)) taken = null;
        refs.set(i, taken);
        // "Globex and Initech cut prices. They sued Acme": "they" is both (coref-coordination.ts).
        if (taken && plurals && PLURAL_PRONOUNS.has(w)) {
          const stranded = strandedSubject(tree, i, true, ctx, () => true);
          const members =
            stranded?.[0]?.entityId === taken.entityId
              ? stranded
              : coordinatedMembers(trees, taken, ctx);
          if (members) plurals.set(i, members);
        }
        continue;
      }
      // "The Briton beat …": a person named before, not the country (coref-demonym.ts).
      const native = demonymPerson(trees, k, i, ctx);
      if (native) {
        refs.set(i, native);
        continue;
      }
      let described = description(tree, i, ctx, facts, subjects, k, trees);
      if (!described) {
        // "The 17-year-old midfielder …" after a sentence about a player (coref-epithet.ts).
        described = epithetAntecedent(tree, i, ctx, facts, subjects, k, trees, genders);
        if (described) epithets.add(k);
      }
      if (described) refs.set(i, described);
    }
    const { subject, shared: several } = mainSubject(tree, ctx);
    main.push(subject);
    if (several) shared.add(k);
  });
  // "the singer" after "singer Ola Dahl" (coref-occupation.ts).
  for (const [i, m] of occupationReferences(trees, ctx.lex)) if (!refs.has(i)) refs.set(i, m);
  quotedSpeakers(trees, ctx, refs, facts);
  return refs;
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
const FIRST_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
const POSITIONS = new Set<RelationType>(['LEADER_OF', 'SPOKESPERSON_OF', 'MEMBER_OF']);
const QUOTE = /["\u201c\u201d]/;

/**
 * "I", "me", "my" in a sentence that quotes are its speaker: the person subject of a speech verb
 * of the sentence ('"I welcome the deal," he said'), else of one of the two sentences before it
 * in the same paragraph ('Ann Holt said: "…" / "I hope …"'). Runs after the
 * third-person pronouns are resolved, so a speaker named by "he" counts.
 */
function quotedSpeakers(
  trees: readonly SentenceTree[],
  ctx: Context,
  refs: Map<number, MentionSpan | null>,
  facts: readonly RoleFact[],
): void {
  const text = trees[0]?.analysis.text ?? '';
  trees.forEach((tree, k) => {
    const pronouns = (set: ReadonlySet<string>) =>
      [...tree.indices()].filter(
        (i) => tree.upos(i) === 'PRON' && set.has(tree.lower(i)) && !refs.has(i),
      );
    const own = pronouns(FIRST_PERSON);
    const ours = pronouns(FIRST_PLURAL);
    if (own.length + ours.length === 0) return;
    if (!QUOTE.test(text.slice(tree.sentence.start, tree.sentence.end))) return;
    let speaker: MentionSpan | undefined;
    for (let back = 0; back <= 2 && !speaker; back++) {
      const t = trees[k - back];
      if (!t || (back > 0 && paragraphBreak(text, t, trees[k - back + 1] as SentenceTree))) break;
      speaker = speakerOf(t, ctx);
    }
    if (!speaker) return;
    for (const i of own) refs.set(i, speaker);
    const body = bodyOf(tree, speaker, facts, ctx);
    if (body) for (const i of ours) refs.set(i, body);
  });
}

/**
 * The organisation or country a speaker holds a position in, by the latest role fact up to this
 * sentence ("Globex's chief executive Ann Holt"): what "we" and "our" in their words stand for.
 */
function bodyOf(
  tree: SentenceTree,
  speaker: MentionSpan,
  facts: readonly RoleFact[],
  ctx: Context,
): MentionSpan | undefined {
  let body: string | undefined;
  for (const f of facts) {
    if (f.holder !== speaker.entityId || !f.body || f.sentence > tree.sentence.i) continue;
    // Agent nouns ("critic", "assassin") are no positions.
    const type = ctx.lex.roles.get(f.key);
    if (type === undefined || POSITIONS.has(type)) body = f.body;
  }
  return tree.analysis.mentions.find((m) => m.entityId === body && m.kind !== 'pronoun');
}

/** The person a sentence names as the subject of a speech verb ("said", "told", "added"). */
function speakerOf(tree: SentenceTree, ctx: Context): MentionSpan | undefined {
  for (const v of tree.indices()) {
    if (!ctx.lex.reportingVerbs.has(tree.lemma(v))) continue;
    const s = tree.childBy(v, 'nsubj');
    if (s === undefined || FIRST_PERSON.has(tree.lower(s))) continue;
    const hit = denote(tree, s, ctx).find((r) => r.type === 'PERSON');
    if (hit) return hit.mention;
  }
  return undefined;
}

/** Whether a line break separates two consecutive sentences. */
function paragraphBreak(text: string, before: SentenceTree, after: SentenceTree): boolean {
  return text.slice(before.sentence.end, after.sentence.start).includes('\n');
}

function pronounAntecedent(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  want: Want,
  w: string,
  subjects: Subjects,
  ctx: Context,
  ok: (m: MentionSpan) => boolean,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  // "grain trader Globex, its unit Globex Feed": the name the pronoun's phrase is listed after.
  const listed = listedAfter(tree, i, want);
  if (listed) return listed;
  // "In its latest report, the OECD cut …": the subject after the opening phrase.
  const owner = frontedOwner(tree, i, ctx, (r) => fits(want, r.type) && ok(r.mention));
  if (owner) return owner.mention;
  const governing = governingSubject(tree, i, want, ctx);
  // (A governing subject of the other gender is passed over: "Mr Reed said she had left".)
  if (governing && ok(governing)) return governing;
  // "Mr Ghosn cut Nissan's costs and trimmed its workforce" (coref-possessive.ts).
  if (governing === null) return want === 'ORG_GPE' ? ownerPastPerson(tree, i, ctx) : undefined;
  // "Last month, Globex and Initech said they …" with the names hung elsewhere (coref-stranded.ts).
  if (governing === undefined) {
    const fitting = (m: MentionSpan) => fits(want, entityType(tree, m)) && ok(m);
    const stranded = strandedSubject(tree, i, PLURAL_PRONOUNS.has(w), ctx, fitting);
    if (stranded === null) return undefined;
    if (stranded?.[0]) return stranded[0];
  }
  // A person named earlier in the same sentence ("the car that drove Ola Vik to the clinic
  // after he fell").
  if (want === 'PERSON') {
    const same = lastNamed(trees, k, i, want, ok);
    if (same && same.sentence === k) return same;
  }
  for (let back = 1; back <= WINDOW; back++) {
    const s = subjects.main[k - back];
    if (s === undefined) continue;
    if (s === null) break;
    // "Globex and Initech cut prices. It …": either may be meant; "they" takes the first.
    if (fits(want, entityType(tree, s)) && subjects.shared.has(k - back)) {
      if (!PLURAL_PRONOUNS.has(w)) return undefined;
    }
    if (fits(want, entityType(tree, s)) && ok(s)) return s;
    if (want === 'ORG_GPE') break;
  }
  if (want === 'PERSON') return lastReferenced(trees, k, i, want, ctx, ok);
  // "its" still takes the last organisation named in the same sentence ("Yukos and its unit").
  if (!PLURAL_PRONOUNS.has(w)) {
    const last = lastNamed(trees, k, i, want);
    if (last && last.sentence === k) return last;
  }
  return undefined;
}

/**
 * "Ola Dahl is poised to join Leeds. The 17-year-old midfielder …": an epithet subject of a
 * main clause continues the previous sentence's subject (coref-epithet.ts, `ageSubject`) when
 * that sentence names it (not by a pronoun or a description resolved before), of its gender;
 * a role not when a role fact gives it to someone else or the person a role of another kind
 * ("Globex chairman Kari Nes … The striker").
 */
function epithetAntecedent(
  tree: SentenceTree,
  i: number,
  ctx: Context,
  facts: readonly RoleFact[],
  subjects: Subjects,
  k: number,
  trees: readonly SentenceTree[],
  genders: ReadonlyMap<string, Gender>,
): MentionSpan | undefined {
  const gender = epithetSubject(tree, i);
  if (gender === undefined) return undefined;
  // "The Wigan star": a name before the noun is a cue `modifiedDescription` has weighed
  // (coref-cue.ts); its verdict stands.
  const cue = (c: number) => c < i && tree.is(c, 'amod', 'compound') && nameAt(tree, c);
  if (isPerson(tree, i, ctx) && tree.children(i).some(cue)) return undefined;
  const found = ageSubject(trees, i, subjects, k);
  // Named there, not by a reference: one guess does not stand on another.
  if (!found || found.sentence !== k - 1 || found.kind === 'pronoun') return undefined;
  if (gender !== '' && !genderFits(genders, gender, found.entityId)) return undefined;
  const role = roleAt(tree, i, ctx.lex);
  if (!role) return found;
  const before = facts.filter((f) => f.sentence <= k);
  if (before.some((f) => f.key === role.key && f.holder !== found.entityId)) return undefined;
  // "Globex chairman Kari Nes … The striker": a role of another kind is someone else's.
  const kind = ctx.lex.roles.get(role.key);
  const other = (f: RoleFact) => f.holder === found.entityId && ctx.lex.roles.get(f.key) !== kind;
  return before.some(other) ? undefined : found;
}

/** "the prime minister", "the company": the entity the document gives that role or type. */
function description(
  tree: SentenceTree,
  i: number,
  ctx: Context,
  facts: readonly RoleFact[],
  subjects: Subjects,
  k: number,
  trees: readonly SentenceTree[],
): MentionSpan | undefined {
  if (isAge(tree, i)) return ageDescription(tree, i, facts, k, trees, subjects);
  if (tree.upos(i) !== 'NOUN' || tree.mentionAt(i)) return undefined;
  const det = tree.childBy(i, 'det');
  if (det === undefined || !/^(the|this)$/.test(tree.lower(det))) return undefined;
  const named = (x: number) => nameAt(tree, x) !== undefined;
  // Describing a name next to it: not a reference back.
  const p = tree.parent(i);
  if (p >= 0 && named(p) && tree.is(i, 'appos', 'nmod:desc', 'compound')) return undefined;
  // A phrase or a restrictive clause makes a new referent ("the firm that makes tyres"); a
  // clause set off by a comma only adds to the old one ("The firm, which is based in Paris,").
  const restricting = (c: number) =>
    (tree.is(c, 'nmod') && tree.caseOf(c) !== 'in') ||
    (tree.is(c, 'acl:relcl') && !commaOpened(tree, c));
  if (tree.children(i).some(restricting)) return undefined;
  const modifiers = tree.children(i).filter((c) => named(c) && !tree.is(c, 'det', 'case'));
  if (
    modifiers.length > 0 ||
    (placeParticiple(tree, i, ctx) !== undefined && isPerson(tree, i, ctx))
  ) {
    return modifiedDescription(tree, i, modifiers, ctx, facts, subjects, k, trees);
  }
  const role = roleAt(tree, i, ctx.lex);
  if (role) {
    // "the directors", "the ministers": several holders, none of them alone.
    if (plural(tree, i)) return undefined;
    // "the prime minister" is not the deputy prime minister (coref-qualified.ts).
    const qualified = qualifiedDescription(tree, det, i);
    let best: RoleFact | undefined;
    const other = new Set<string>();
    for (const f of facts) {
      if (f.key !== role.key || f.sentence > tree.sentence.i) continue;
      if (qualifiedHolder(tree.analysis, f.holder, f.key) !== qualified) {
        other.add(f.holder);
        continue;
      }
      if (!best || f.sentence >= best.sentence) best = f;
    }
    if (!best) {
      if (qualified) return undefined;
      // "the finance minister, Ralph Vik, … the minister" (coref-role-head.ts).
      const head = headRoleHolder(facts, role.key, tree.sentence.i, (h, key) =>
        qualifiedHolder(tree.analysis, h, key),
      );
      if (head !== undefined) {
        return tree.analysis.mentions.find((m) => m.entityId === head && m.kind !== 'pronoun');
      }
      const sole = soleCandidate(trees, k, i, facts, role.key, ctx.lex);
      return sole && !other.has(sole.entityId) ? sole : undefined;
    }
    const holder = best.holder;
    return tree.analysis.mentions.find((m) => m.entityId === holder && m.kind !== 'pronoun');
  }
  // "the body shop" after "Lund's Body Shop" (coref-description.ts).
  const byName = namedDescription(tree, i, det, ctx);
  if (byName) return byName;
  const bare = bareDescription(tree, i) && !plural(tree, i);
  const byKind = kindDescription(tree, i, ctx, subjects, k, trees);
  if (byKind || !bare || tree.lower(det) !== 'the') return byKind;
  // "the club" of a report about one club, "the band" of one about a band (coref-focus.ts).
  return focusDescription(trees, k, i, ctx);
}

/** "the company", "the country": the organisation or place named by its kind or position. */
function kindDescription(
  tree: SentenceTree,
  i: number,
  ctx: Context,
  subjects: Subjects,
  k: number,
  trees: readonly SentenceTree[],
): MentionSpan | undefined {
  const type = ctx.lex.descriptorTypes.get(tree.lemma(i));
  if (type !== 'ORG' && type !== 'GPE') return undefined;
  const several = plural(tree, i);
  // "the party", "the newspaper": the one organisation the document gives that kind (coref-kinds.ts).
  const kind = type === 'ORG' ? descriptionKind(tree, i) : undefined;
  if (kind !== undefined && !several && bareDescription(tree, i)) {
    const ofKind = kindAntecedent(trees, k, i, kind, DESCRIPTION_WINDOW);
    if (ofKind) return ofKind;
  }
  const fitting = (m: MentionSpan) =>
    companyKindFits(tree, i, m, ctx) && kindFits(trees, tree, i, m);
  for (let back = 1; back <= DESCRIPTION_WINDOW; back++) {
    const s = subjects.main[k - back];
    // A plural ("the companies") takes only a coordinated subject ("Globex and Initech"), and
    // then its first name; a singular one never does.
    if (s && entityType(tree, s) === type) {
      // "The SEC fined Globex. The company said …" is not the SEC (coref-kind.ts); "the
      // club" no broadcaster, "the city" no country (coref-kinds.ts).
      if (!fitting(s)) return undefined;
      // "Lemuria … The EU will open talks with Norland. Talks begin only if the country …": a
      // subject reached past a nearer name of its type is no safer guess than that name.
      if (namedSince(trees, k, i, k - back + 1, type, s)) return undefined;
      return subjects.shared.has(k - back) === several ? s : undefined;
    }
  }
  // "the banks", "the provinces": a plural is no one entity named before.
  if (several) return undefined;
  // "the law firm", "the standards committee": a kind narrowed by a noun may be a body the text
  // never named; only a subject (above) is a safe antecedent, not the last name of the type.
  if (narrowedByNoun(tree, i)) return undefined;
  const last = lastNamed(trees, k, i, 'ORG_GPE');
  return last && entityType(tree, last) === type && fitting(last) ? last : undefined;
}

/**
 * Whether sentences `from` to `k` (before token `i`) name, not by a pronoun, an entity of
 * `type` other than `s`'s.
 */
function namedSince(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  from: number,
  type: string,
  s: MentionSpan,
): boolean {
  const tree = trees[k] as SentenceTree;
  return tree.analysis.mentions.some(
    (m) =>
      m.sentence >= from &&
      m.sentence <= k &&
      (m.sentence < k || m.firstToken < i) &&
      m.kind !== 'pronoun' &&
      m.entityId !== s.entityId &&
      m.type !== 'NORP' &&
      entityType(tree, m) === type,
  );
}

/** A common noun compounded before the description's head ("the law firm"), no name. */
function narrowedByNoun(tree: SentenceTree, i: number): boolean {
  return tree
    .childrenBy(i, 'compound')
    .some((c) => c < i && tree.upos(c) === 'NOUN' && nameAt(tree, c) === undefined);
}

/** "the 54-year-old": the word "old" of an age written as a hyphenated phrase, heading it. */
function isAge(tree: SentenceTree, i: number): boolean {
  return (
    tree.lower(i) === 'old' &&
    tree.contains(i - 4) &&
    tree.lower(i - 1) === '-' &&
    /^years?$/.test(tree.lower(i - 2)) &&
    tree.lower(i - 3) === '-' &&
    /^\d{1,3}$/.test(tree.lower(i - 4))
  );
}

/**
 * "Claudio Ranieri was sacked … The 54-year-old then moved to Atletico Madrid": an age used as
 * a noun ("the N-year-old", not "the 25-year-old winger", whose noun refers by itself) refers to
 * the one person the three sentences before name, as a role noun no fact settles does; else,
 * as a subject, to the person the sentence before made its subject (`ageSubject`).
 */
function ageDescription(
  tree: SentenceTree,
  i: number,
  facts: readonly RoleFact[],
  k: number,
  trees: readonly SentenceTree[],
  subjects: Subjects,
): MentionSpan | undefined {
  if (tree.is(i, 'amod', 'compound', 'nmod:desc', 'appos') || tree.mentionAt(i)) return undefined;
  const det = tree.childBy(i, 'det');
  if (det === undefined || tree.lower(det) !== 'the') return undefined;
  return soleCandidate(trees, k, i, facts) ?? ageSubject(trees, i, subjects, k);
}

/**
 * "Hewitt hopes to become the first Australian to win since Tom Reed in 1976. The 23-year-old
 * has never …": an age that is its clause's subject continues the person the previous sentence
 * made its main subject, by name or by a pronoun resolved to them; not when that subject names
 * no person or several, when that sentence quotes someone (its speaker is no topic) or has
 * another person as an object or another clause's subject ("Ola Dahl praised Kari Nes. The
 * 20-year-old …" may be either), nor when its own sentence names a person before it.
 */
function ageSubject(
  trees: readonly SentenceTree[],
  i: number,
  subjects: Subjects,
  k: number,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  if (!tree.is(i, 'nsubj')) return undefined;
  const before = tree.analysis.mentions.some(
    (m) =>
      m.sentence === k &&
      m.firstToken < i &&
      m.kind !== 'pronoun' &&
      entityType(tree, m) === 'PERSON',
  );
  if (before) return undefined;
  const s = subjects.main[k - 1];
  const there = trees[k - 1];
  if (!s || !there || subjects.shared.has(k - 1) || entityType(tree, s) !== 'PERSON') {
    return undefined;
  }
  // A quotation's speaker is no topic the next sentence goes on with ('"…," Reed added.').
  const { start, end } = there.sentence;
  if (QUOTE.test(tree.analysis.text.slice(start, end))) return undefined;
  const object = tree.analysis.mentions.some(
    (m) =>
      m.sentence === k - 1 &&
      m.kind !== 'pronoun' &&
      m.entityId !== s.entityId &&
      entityType(tree, m) === 'PERSON' &&
      coreArgument(there, there.headOfSpan(m)),
  );
  return object ? undefined : s;
}

/**
 * "Chelsea signed Ola Dahl from Leeds. The striker …": a role noun no role fact settles refers
 * to the one person the three sentences before name, when exactly one is named there, none
 * earlier in its own sentence, and nothing says that person does not hold the role (`notHolder`:
 * another role, a suspect or a victim, a second person described between). (Plain person
 * nouns, "the man", "the author", often bring in someone the text does not name.)
 */
function soleCandidate(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  facts: readonly RoleFact[],
  key?: string,
  lex?: Lexicon,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  if (key !== undefined && plural(tree, i)) return undefined;
  const people = new Map<string, MentionSpan>();
  for (const m of tree.analysis.mentions) {
    if (m.sentence > k || (m.sentence === k && m.firstToken >= i)) break;
    if (m.sentence < k - DESCRIPTION_WINDOW || m.kind === 'pronoun') continue;
    if (entityType(tree, m) !== 'PERSON') continue;
    if (m.sentence === k) return undefined;
    if (!people.has(m.entityId)) people.set(m.entityId, m);
  }
  if (people.size !== 1) return undefined;
  const [only] = people.values();
  if (!only) return undefined;
  // (An age is no role: any role the person holds fits it.)
  if (key === undefined || lex === undefined) return only;
  // Not a person the document gives another role, calls a suspect or a victim, or one a second
  // person described by a role stands after (coref-office.ts).
  return notHolder(trees, k, i, only, key, facts, lex) ? undefined : only;
}

const PLACE_MODIFIERS = new Set(['GPE', 'LOC', 'NORP']);

/** "Scotland-born", "London-based": a compound participle on `i` with a place name under it. */
function placeParticiple(tree: SentenceTree, i: number, ctx: Context): number | undefined {
  for (const a of tree.childrenBy(i, 'amod', 'compound')) {
    if (a > i || !ctx.lex.compounds.has(tree.lower(a))) continue;
    const name = tree.children(a).find((c) => c < a && nameAt(tree, c) !== undefined);
    if (name !== undefined) return name;
  }
  return undefined;
}

/**
 * A definite description with a name before its noun refers back when the name says where the
 * entity is from or what it belongs to, and the noun what it is: "the Canadian firm", "the
 * Irish airline", "the London-based bank" (a company: the organisation the document last made
 * a subject, or last named, within three sentences); "the Irish captain", "the Chelsea striker",
 * "the Scotland-born athlete" (a person noun or a role: the person holding that role by a role
 * fact whose body is the modifier, else the person the document last made a subject). A
 * government, a team or a court of a country ("the French team", "the Spanish parliament") is
 * that country's own, and refers to no company. The antecedent is never named in the
 * description's own sentence ("Henman beat the Scot": not Henman) nor the modifier itself.
 */
function modifiedDescription(
  tree: SentenceTree,
  i: number,
  modifiers: readonly number[],
  ctx: Context,
  facts: readonly RoleFact[],
  subjects: Subjects,
  k: number,
  trees: readonly SentenceTree[],
): MentionSpan | undefined {
  if (tree.lower(tree.childBy(i, 'det') ?? i) !== 'the') return undefined;
  // Premodifiers only ("the Canadian firm"), not a name after the noun ("the firm Nortel") nor
  // an owner ("the BBC's correspondent").
  if (modifiers.some((c) => c > i || !tree.is(c, 'amod', 'compound'))) return undefined;
  const all = [...modifiers];
  const participle = placeParticiple(tree, i, ctx);
  if (participle !== undefined) all.push(participle);
  const mods = all.map((c) => nameAt(tree, c) as MentionSpan);
  // One entity: "the French soldiers", "the Spanish champions" are no name's.
  if (plural(tree, i)) return undefined;
  const types = mods.map((m) => entityType(tree, m));
  const role = roleAt(tree, i, ctx.lex);
  let found: MentionSpan | undefined;
  if (isPerson(tree, i, ctx)) {
    if (!types.every((t) => PLACE_MODIFIERS.has(t) || t === 'ORG')) return undefined;
    // "exchanged passes with Kari Nes before the Norwegian striker scored": another person
    // named before it in the sentence makes the reference ambiguous.
    const before = tree.analysis.mentions.some(
      (m) =>
        m.sentence === tree.sentence.i &&
        m.firstToken < i &&
        m.kind !== 'pronoun' &&
        entityType(tree, m) === 'PERSON',
    );
    if (before) return undefined;
    const bodies = new Set(mods.map((m) => m.entityId));
    if (role) {
      let best: RoleFact | undefined;
      for (const f of facts) {
        if (f.key !== role.key || f.sentence > tree.sentence.i || !f.body) continue;
        if (bodies.has(f.body) && (!best || f.sentence >= best.sentence)) best = f;
      }
      if (best) {
        const holder = best.holder;
        found = tree.analysis.mentions.find((m) => m.entityId === holder && m.kind !== 'pronoun');
      }
    }
    // Which person the name ties (coref-cue.ts): not simply the last subject.
    if (!found) {
      const at = previousSubjectAt(tree, subjects, k, 'PERSON');
      found = at && cuedPerson(trees, k, i, at.mention, at.sentence, mods, facts, ctx);
    }
    const id = found?.entityId;
    // The reference is not to a person its own sentence names ("Holt beat the Norwegian star").
    const here = tree.analysis.mentions.some(
      (m) => m.sentence === tree.sentence.i && m.entityId === id,
    );
    if (here) return undefined;
  } else {
    if (!ctx.lex.companyNouns.has(tree.lemma(i))) return undefined;
    if (!types.every((t) => PLACE_MODIFIERS.has(t))) return undefined;
    // A company told apart by where it is may be another than the one just named: the text's
    // last subject company and the last company it named must be one ("Globex bought Kelvo.
    // The Danish firm …" names neither for sure).
    const subject = previousSubject(tree, subjects, k, 'ORG');
    const named = lastOrganisation(trees, k, i);
    found = subject && named && subject.entityId !== named.entityId ? undefined : named;
  }
  if (!found) return undefined;
  const id = found.entityId;
  return mods.some((m) => m.entityId === id) ? undefined : found;
}

function isPerson(tree: SentenceTree, i: number, ctx: Context): boolean {
  // Descriptor person nouns and roles; not the agent nouns a collective may be ("opposition").
  return (
    roleAt(tree, i, ctx.lex) !== undefined ||
    ctx.lex.descriptorTypes.get(tree.lemma(i)) === 'PERSON'
  );
}

/** The last organisation named before token `p` within the window. */
function lastOrganisation(
  trees: readonly SentenceTree[],
  k: number,
  p: number,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  let found: MentionSpan | undefined;
  for (const m of tree.analysis.mentions) {
    if (m.firstToken >= p) break;
    if (m.kind === 'pronoun' || m.sentence < k - WINDOW) continue;
    if (entityType(tree, m) === 'ORG') found = m;
  }
  return found;
}

/**
 * The entity of `type` the main clause of one of the three sentences before made its subject;
 * none past a subject an epithet continued (coref-epithet.ts).
 */
function previousSubject(
  tree: SentenceTree,
  subjects: Subjects,
  k: number,
  type: string,
): MentionSpan | undefined {
  return previousSubjectAt(tree, subjects, k, type)?.mention;
}

/** `previousSubject` with the index of the sentence whose subject it is. */
function previousSubjectAt(
  tree: SentenceTree,
  subjects: Subjects,
  k: number,
  type: string,
): { mention: MentionSpan; sentence: number } | undefined {
  for (let back = 1; back <= DESCRIPTION_WINDOW; back++) {
    const s = subjects.main[k - back];
    if (s && entityType(tree, s) === type) {
      // A subject an epithet continued ("The striker …") is no ground for another guess.
      if (subjects.epithets.has(k - back)) return undefined;
      return subjects.shared.has(k - back) ? undefined : { mention: s, sentence: k - back };
    }
  }
  return undefined;
}
