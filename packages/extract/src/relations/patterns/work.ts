/**
 * Works and their makers (PRODUCES), read from the words around a work noun (data/works.json),
 * whatever the parse made of a title: an owner before the work noun ("Ola Dahl's new album Blue
 * Harbour", "Blue Harbour, her third album"; a person owns only an authored work, an album or a
 * book: a person's film or show is as often the one who stars in it), a participle of making with
 * its "by" phrase ("Cold Ridge, directed by Kari Lund", "Cold Ridge, a film written by …"),
 * "by" right after a work ("the novel Silent Fjord by Ola Dahl"), and a subject making it
 * ("Globex Pictures released the thriller Cold Ridge", "Kari Lund directed Cold Ridge").
 *
 * The work is the name the words describe, whatever type mention detection gave it (titles are
 * often taken for people or companies): the words, not the type, say it is a work. Acting and
 * hosting make nothing ("Cold Ridge, starring Kari Lund").
 */
import type { Analysis, MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { gazetteerClass } from '../countries.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';
import { personWorkRelations } from './owned-work.js';
import { works } from './works-data.js';
import type { Works } from './works-data.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
const MAKER_TYPES = new Set(['PERSON', 'ORG']);
/** Words that may stand between an owner or article and its work noun ("new", "road-trip"). */
const MODIFIER = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_MODIFIERS = 3;
/** A medium's initials, no name: "TV", "DVD", "CD". */
const MEDIUM = /^(?:TV|DVD|CD|PC)$/;

export function workRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const w = works();
  const add = (makers: Ref[], work: MentionSpan, trigger: number, byVerb = false): void => {
    if (!wholeTitle(tree, work)) return;
    const objects = denote(tree, tree.headOfSpan(work), ctx);
    emit(out, tree, ctx, {
      type: 'PRODUCES',
      subjects: makers.filter((r) => MAKER_TYPES.has(r.type)),
      objects,
      confidence: 0.6,
      stance: byVerb ? stanceOf(tree, trigger, ctx) : { modality: 'asserted' },
      trigger,
      // The words say it is a work; titles are often typed as people or companies.
      argumentClasses: ['actor', 'any'],
    });
  };
  // A person's film or show: its maker or its star, as the report calls the person (owned-work.ts).
  const owned: Add = (owners, work, n) => {
    if (!wholeTitle(tree, work)) return;
    out.push(...personWorkRelations(tree, ctx, owners, work, n));
  };
  for (const i of tree.indices()) {
    titleAfterPossessive(tree, ctx, i, add);
    const lemma = tree.lemma(i);
    if (workNounAt(tree, w, i)) {
      ownedWork(tree, ctx, w, i, add, owned);
      titleBeforeNoun(tree, ctx, w, i, add);
      byPhrase(tree, ctx, i, add);
    }
    if ((w.makers.has(lemma) || w.makers.has(tree.lower(i))) && tree.upos(i) === 'NOUN') {
      makerNoun(tree, ctx, i, add);
    }
    if (w.authorVerbs.has(lemma) || w.releaseVerbs.has(lemma)) {
      madeBy(tree, ctx, w, i, add);
      madeBySubject(tree, ctx, w, i, add);
    }
  }
  // "the novel Silent Fjord by Ola Dahl" with a product name and no work noun.
  for (const m of tree.mentions) {
    if (m.kind === 'pronoun' || entityType(tree, m) !== 'PRODUCT') continue;
    const maker = byMaker(tree, ctx, m.lastToken);
    if (maker.length > 0) add(maker, m, m.lastToken);
  }
  return out;
}

/**
 * Whether a name can be the whole title of a work: a name, not a demonym ("his song Irish Son"
 * names no Ireland), not a known place (a work called "Egypt" is not the country the graph
 * knows by that name), and not cut short by a capitalised word after it ("Georgia On My Mind").
 */
export function wholeTitle(tree: SentenceTree, m: MentionSpan): boolean {
  if (m.kind !== 'name' || m.type === 'NORP') return false;
  if (gazetteerClass(tree.analysis.tokens, m) !== undefined) return false;
  const capitalised = (k: number) => tree.contains(k) && /^\p{Lu}/u.test(tree.token(k).text);
  // "The Liberace of Baghdad": "of" and a capitalised word carry the title on.
  const next = m.lastToken;
  const small = lowerAt(tree, next) === 'of';
  return !capitalised(next) && !(small && capitalised(next + 1));
}

/** Whether token `k` is a possessive marker ("'s", "'"). */
function isPossessive(tree: SentenceTree, k: number): boolean {
  return tree.contains(k) && /^['\u2019]s?$/.test(tree.token(k).text);
}

/**
 * Whether the words call the name at `m` a work: a work noun right before it ("the novel
 * Vanity Fair", "her book, Small Island"), or a capitalised "The" after a possessive ("Ola
 * Dahl's The Night Ferry": an owner's title). The possessive pass leaves these to this one.
 */
export function describedAsWork(tree: SentenceTree, m: MentionSpan): boolean {
  let k = m.firstToken - 1;
  if (tree.contains(k) && tree.token(k).text === 'The') return isPossessive(tree, k - 1);
  if (isPossessive(tree, k) && titleNounAfter(tree, m)) return true;
  if (lowerAt(tree, k) === ',') k--;
  return tree.contains(k) && tree.upos(k) === 'NOUN' && works().nouns.has(tree.lemma(k));
}

/** Work nouns the tagger may read as an adjective or a verb ("a single", "a record", "to play"). */
const AMBIGUOUS_NOUNS = new Set([
  'single',
  'record',
  'track',
  'play',
  'feature',
  'picture',
  'game',
  'series',
  'comic',
  'show',
]);
/** Words before a mis-tagged work noun that make it the noun ("her debut single", "Dahl's album"). */
const OWNING_WORDS =
  /^(?:'s?|\u2019s?|his|her|their|its|new|latest|debut|first|second|third|fourth|fifth|last|next|hit|own|previous|recent|forthcoming|upcoming|current|solo|comeback|\d{4})$/;

/**
 * Whether token `i` is a work noun ("film", "album"): a lower-case word of the list the parse
 * read as a noun, or one it read otherwise ("album" as X, "single" as an adjective) with a name
 * right after it; a word that is as often an adjective or a verb only after an owner or a
 * describing word of releases ("her debut single Soft Rain", "Dahl's 2001 album Blueprint").
 */
export function workNounAt(tree: SentenceTree, w: Works, i: number): boolean {
  const text = tree.token(i).text;
  if (!(w.nouns.has(tree.lemma(i)) || w.nouns.has(text))) return false;
  if (tree.upos(i) === 'NOUN') return true;
  if (!/^\p{Ll}+$/u.test(text) || tree.upos(i) === 'VERB' || !nameAfter(tree, i)) return false;
  return (
    !AMBIGUOUS_NOUNS.has(text) || (tree.contains(i - 1) && OWNING_WORDS.test(tree.lower(i - 1)))
  );
}

const knownWorks = new WeakMap<Analysis, Set<string>>();

/**
 * Whether the document calls the entity of `m` a work anywhere: a product, or a name a work noun
 * stands right before in some sentence ("the film Night Harbour … Night Harbour director Kari
 * Lund"), whatever type mention detection gave it.
 */
export function knownWork(tree: SentenceTree, m: MentionSpan): boolean {
  const a = tree.analysis;
  let found = knownWorks.get(a);
  if (!found) {
    found = new Set();
    const nouns = works().nouns;
    for (const x of a.mentions) {
      if (x.kind !== 'name') continue;
      if (entityType(tree, x) === 'PRODUCT') found.add(x.entityId);
      let k = x.firstToken - 1;
      if (a.tokens[k]?.lower === ',' && a.tokens[k]?.sentence === x.sentence) k--;
      const t = a.tokens[k];
      if (t && t.sentence === x.sentence && t.upos === 'NOUN' && nouns.has(t.lemma))
        found.add(x.entityId);
    }
    knownWorks.set(a, found);
  }
  return found.has(m.entityId);
}

/**
 * Whether a work noun follows the name at `m` and ends its phrase: "the Zeta Radio's Night Desk
 * programme", not "Zeta Radio's Night Desk programme makers" nor "Kari Lund's programme".
 */
function titleNounAfter(tree: SentenceTree, m: MentionSpan): boolean {
  const n = m.lastToken;
  if (!tree.contains(n) || tree.upos(n) !== 'NOUN' || !workNounAt(tree, works(), n)) return false;
  return !tree.contains(n + 1) || !['NOUN', 'PROPN'].includes(tree.upos(n + 1));
}

/**
 * "the Zeta Radio's Night Desk programme", "Globex's Tiny Town series": a title between an owner's
 * possessive and a work noun. The title is no person's name unless the document calls it a work
 * elsewhere ("Zeta TV's Ola Dahl show" is the presenter's).
 */
function titleBeforeNoun(tree: SentenceTree, ctx: Context, w: Works, n: number, add: Add): void {
  const work = nameBefore(tree, n);
  if (!work || work.lastToken !== n || !titleNounAfter(tree, work)) return;
  if (!isPossessive(tree, work.firstToken - 1)) return;
  if (entityType(tree, work) === 'PERSON' && !knownWork(tree, work)) return;
  const owner = nameBefore(tree, work.firstToken - 1);
  if (!owner) return;
  const authored = w.authored.has(tree.lemma(n)) || w.authored.has(tree.lower(n));
  const owners = denote(tree, tree.headOfSpan(owner), ctx).filter(
    (r) => r.type === 'ORG' || (r.type === 'PERSON' && authored),
  );
  if (owners.some((o) => o.mention.entityId === work.entityId)) return;
  add(owners, work, n);
}

/** "Ola Dahl's The Night Ferry", "Zeta TV's The Quiz": an owner's title after "The". */
function titleAfterPossessive(tree: SentenceTree, ctx: Context, k: number, add: Add): void {
  if (tree.token(k).text !== 'The' || !isPossessive(tree, k - 1)) return;
  const work = nameAfter(tree, k) ?? nameAt(tree, k);
  const owner = nameBefore(tree, k - 1);
  if (!work || !owner || (work.firstToken !== k + 1 && work.firstToken !== k)) return;
  add(denote(tree, tree.headOfSpan(owner), ctx), work, k);
}

/** The lower-case form of token `k`, or '' outside the sentence. */
function lowerAt(tree: SentenceTree, k: number): string {
  return tree.contains(k) ? tree.lower(k) : '';
}

type Add = (makers: Ref[], work: MentionSpan, trigger: number, byVerb?: boolean) => void;

/** The name right after token `k` (past an opening quote), if one starts there. */
function nameAfter(tree: SentenceTree, k: number): MentionSpan | undefined {
  let at = k + 1;
  if (tree.contains(at) && /^["'\u2018\u201c]$/.test(tree.token(at).text)) at++;
  const m = nameAt(tree, at);
  return m && m.firstToken === at ? m : undefined;
}

/** The name ending right before token `k` (before a closing quote), if one ends there. */
function nameBefore(tree: SentenceTree, k: number): MentionSpan | undefined {
  let at = k - 1;
  if (tree.contains(at) && /^["'\u2019\u201d]$/.test(tree.token(at).text)) at--;
  const m = nameAt(tree, at);
  return m && m.lastToken === at + 1 ? m : undefined;
}

/** Back from the work noun at `n` over lower-case modifiers; the first token before them. */
function beforeModifiers(tree: SentenceTree, n: number): number {
  let k = n - 1;
  for (let seen = 0; seen < MAX_MODIFIERS && tree.contains(k); seen++) {
    // "award-winning", which the tokeniser splits at the hyphen: one modifier.
    if (hyphenInWord(tree, k)) k--;
    if (nameAt(tree, k) || !MODIFIER.test(tree.token(k).text)) break;
    if (POSSESSIVE_PRONOUNS.has(tree.lower(k)) || /^(a|an|the)$/.test(tree.lower(k))) break;
    k--;
  }
  return k;
}

/** Whether token `k` is a hyphen joining two lower-case words ("award - winning"). */
function hyphenInWord(tree: SentenceTree, k: number): boolean {
  if (!tree.contains(k) || tree.token(k).text !== '-') return false;
  const word = (j: number) => tree.contains(j) && MODIFIER.test(tree.token(j).text);
  if (!word(k - 1) || !word(k + 1)) return false;
  // Written together: no space on either side of the hyphen.
  const hyphen = tree.token(k);
  return tree.token(k - 1).end === hyphen.start && hyphen.end === tree.token(k + 1).start;
}

/** The owner written before a work noun: "Ola Dahl's new", "her third", "Globex's". */
function ownerBefore(tree: SentenceTree, ctx: Context, n: number): Ref[] {
  const k = beforeModifiers(tree, n);
  if (!tree.contains(k)) return [];
  if (POSSESSIVE_PRONOUNS.has(tree.lower(k))) return pronounOwner(tree, ctx, k);
  if (!/^'s?$|^\u2019s?$/.test(tree.token(k).text)) return personBeforeNoun(tree, ctx, k);
  const owner = nameBefore(tree, k);
  return owner ? denote(tree, tree.headOfSpan(owner), ctx) : [];
}

/**
 * "the Ida Moss film The Guard", "a Tom Reed comedy": a person named in full between an article
 * and the work noun (over its modifiers), whose name ends at token `k`.
 */
function personBeforeNoun(tree: SentenceTree, ctx: Context, k: number): Ref[] {
  const m = tree.contains(k) ? tree.mentionAt(k) : undefined;
  if (!m || m.kind !== 'name' || m.lastToken !== k + 1 || m.lastToken - m.firstToken < 2) return [];
  if (!/^(a|an|the)$/.test(lowerAt(tree, m.firstToken - 1))) return [];
  const refs = denote(tree, tree.headOfSpan(m), ctx);
  return refs.filter((r) => r.type === 'PERSON');
}

/**
 * The owner a possessive pronoun at token `k` stands for, only where its sentence leaves no
 * doubt: no other person named before it ("Mr Vik said it was where Dahl recorded his last
 * album" is Dahl's or Vik's), and not pointing forward to a person named after it ("In his new
 * book, Silent Fjord, Ola Dahl argues …").
 */
function pronounOwner(tree: SentenceTree, ctx: Context, k: number): Ref[] {
  const refs = denote(tree, k, ctx);
  const persons = tree.mentions.filter(
    (m) => m.kind !== 'pronoun' && entityType(tree, m) === 'PERSON',
  );
  const before = new Set(persons.filter((m) => m.lastToken <= k).map((m) => m.entityId));
  if (before.size > 1) return [];
  if (before.size === 1) return refs.filter((r) => before.has(r.mention.entityId));
  return persons.some((m) => m.firstToken > k) ? [] : refs;
}

/**
 * "Ola Dahl's new album Blue Harbour", "Blue Harbour, her third album": a work noun owned by a
 * maker and naming a work. A person owns only an authored work.
 */
function ownedWork(
  tree: SentenceTree,
  ctx: Context,
  w: Works,
  n: number,
  add: Add,
  owned: Add,
): void {
  const all = ownerBefore(tree, ctx, n);
  const authored = w.authored.has(tree.lemma(n)) || w.authored.has(tree.lower(n));
  const owners = all.filter((r) => r.type === 'ORG' || (r.type === 'PERSON' && authored));
  // "Wes Rand's latest movie Dead Lake", "his film Hide Away": made or starred in, as the
  // report calls the person.
  const persons = authored ? [] : all.filter((r) => r.type === 'PERSON');
  if (persons.length > 0) {
    const work =
      nameAfter(tree, n) ?? (lowerAt(tree, n + 1) === ',' ? nameAfter(tree, n + 1) : undefined);
    if (work && !persons.some((o) => o.mention.entityId === work.entityId)) owned(persons, work, n);
  }
  if (owners.length === 0) return;
  let work = nameAfter(tree, n);
  if (!work && lowerAt(tree, n + 1) === ',') work = nameAfter(tree, n + 1);
  // "Blue Harbour, Ola Dahl's third album": the name before the owner and its comma.
  if (!work) {
    const k = beforeModifiers(tree, n);
    let start = k;
    if (!POSSESSIVE_PRONOUNS.has(tree.lower(k))) {
      const owner = nameBefore(tree, k);
      start = owner ? owner.firstToken : k;
    }
    if (tree.contains(start - 1) && tree.lower(start - 1) === ',')
      work = nameBefore(tree, start - 1);
  }
  if (work && !owners.some((o) => o.mention.entityId === work.entityId)) add(owners, work, n);
}

/** The maker named after "by" at token `k + 1` ("by Ola Dahl", "by director Ola Dahl"). */
function byMaker(tree: SentenceTree, ctx: Context, k: number): Ref[] {
  if (!tree.contains(k) || tree.lower(k) !== 'by') return [];
  let at = k;
  // One lower-case job word may stand before the name ("by director Kari Lund").
  if (tree.contains(at + 1) && /^\p{Ll}+$/u.test(tree.token(at + 1).text) && !nameAt(tree, at + 1))
    at++;
  const m = nameAfter(tree, at);
  return m ? denote(tree, tree.headOfSpan(m), ctx) : [];
}

/** "the novel Silent Fjord by Ola Dahl", "Silent Fjord, a novel by Ola Dahl". */
function byPhrase(tree: SentenceTree, ctx: Context, n: number, add: Add): void {
  const work = nameAfter(tree, n);
  if (work) {
    const makers = byMaker(tree, ctx, work.lastToken);
    if (makers.length > 0) add(makers, work, n);
  }
  const makers = byMaker(tree, ctx, n + 1);
  if (makers.length === 0) return;
  const named = appositiveName(tree, n);
  if (named) add(makers, named, n);
}

/** "Silent Fjord, a novel …": the name before a comma and an indefinite work noun. */
function appositiveName(tree: SentenceTree, n: number): MentionSpan | undefined {
  let k = beforeModifiers(tree, n);
  if (!tree.contains(k) || !/^(a|an|the)$/.test(tree.lower(k))) return undefined;
  k--;
  if (!tree.contains(k) || tree.lower(k) !== ',') return undefined;
  return nameBefore(tree, k);
}

/**
 * "Cold Ridge, directed by Kari Lund", "Cold Ridge, a comedy written by Kari Lund": a participle
 * of making with its "by" phrase, on a name (an author verb) or on a work (a release verb).
 */
function madeBy(tree: SentenceTree, ctx: Context, w: Works, v: number, add: Add): void {
  const makers = byMaker(tree, ctx, v + 1);
  if (makers.length === 0) return;
  const author = w.authorVerbs.has(tree.lemma(v));
  let k = v - 1;
  if (tree.contains(k) && tree.lower(k) === ',') k--;
  // "Cold Ridge, directed by": the name itself before the participle.
  const named = nameBefore(tree, k + 1);
  if (named) {
    const before = named.firstToken - 1;
    const described = tree.contains(before) && w.nouns.has(tree.lemma(before));
    const isPerson = entityType(tree, named) === 'PERSON';
    if ((author && !isPerson) || described || entityType(tree, named) === 'PRODUCT') {
      add(makers, named, v, true);
    }
    return;
  }
  // "Cold Ridge, a comedy written by": a work noun in apposition with the name.
  if (tree.contains(k) && w.nouns.has(tree.lemma(k))) {
    const work = appositiveName(tree, k) ?? nameBefore(tree, beforeModifiers(tree, k) + 1);
    if (work) add(makers, work, v, true);
  }
}

/** "Globex Pictures released the thriller Cold Ridge", "Kari Lund directed Cold Ridge". */
function madeBySubject(tree: SentenceTree, ctx: Context, w: Works, v: number, add: Add): void {
  if (!tree.isVerbal(v) || tree.is(v, 'acl', 'amod') || lowerAt(tree, v + 1) === 'by') return;
  if (tree.childBy(v, 'nsubj:pass', 'aux:pass') !== undefined) return;
  // "Globex plans to release …": an infinitive complement is done by its governor's subject.
  let doers = grammaticalSubject(tree, v);
  if (doers.length === 0 && tree.is(v, 'xcomp')) doers = grammaticalSubject(tree, tree.parent(v));
  const subjects = doers.flatMap((s) => denote(tree, s, ctx));
  if (subjects.length === 0) return;
  // The object's words: an article or owner, modifiers, a work noun, then the name.
  let k = v + 1;
  if (tree.contains(k) && /^(a|an|the|his|her|their|its)$/.test(tree.lower(k))) k++;
  let noun = -1;
  for (let seen = 0; seen <= MAX_MODIFIERS && tree.contains(k); seen++, k++) {
    // "created controversial TV show Late Desk": a medium's initials describe the work too.
    if (nameAt(tree, k) || !(MODIFIER.test(tree.token(k).text) || MEDIUM.test(tree.token(k).text)))
      break;
    if (workNounAt(tree, w, k)) noun = k;
  }
  const start = noun >= 0 ? noun : v;
  if (noun >= 0 && k !== noun + 1) return;
  const work = nameAfter(tree, start) ?? (noun >= 0 ? nameAfter(tree, noun + 1) : undefined);
  if (!work) return;
  const type = entityType(tree, work);
  const author = w.authorVerbs.has(tree.lemma(v));
  if (noun < 0 && !(type === 'PRODUCT' || (author && type !== 'PERSON'))) return;
  add(subjects, work, v, true);
}

/**
 * "Ola Dahl, the author of Silent Fjord", "Dahl is the writer of the play Cold Sea": a maker noun
 * (`makerRoles` in works.json) in apposition with a person, or the complement of a copula, and
 * its "of" phrase naming the work (a name, or a work noun and its name). A maker noun that is
 * also a job (director, producer: "director of Globex" leads Globex) takes only a name the
 * document calls a work (knownWork) or a work noun's name.
 */
function makerNoun(tree: SentenceTree, ctx: Context, n: number, add: Add): void {
  const holders: Ref[] = [];
  const p = tree.parent(n);
  if (p >= 0 && tree.is(n, 'appos') && nameAt(tree, p)) holders.push(...denote(tree, p, ctx));
  for (const c of tree.childrenBy(n, 'appos', 'flat')) {
    if (c > n && nameAt(tree, c)) holders.push(...denote(tree, c, ctx));
  }
  if (tree.childBy(n, 'cop') !== undefined) {
    for (const s of tree.childrenBy(n, 'nsubj')) holders.push(...denote(tree, s, ctx));
  }
  const persons = holders.filter((h) => h.type === 'PERSON');
  if (persons.length === 0) return;
  const job = ctx.lex.roles.has(tree.lemma(n)) || ctx.lex.roles.has(tree.lower(n));
  const nouns = works().nouns;
  for (const c of tree.childrenBy(n, 'nmod')) {
    if (tree.caseOf(c) !== 'of') continue;
    const named = tree.mentionAt(c);
    if (named && named.kind === 'name' && (!job || knownWork(tree, named))) {
      add(persons, named, n);
      continue;
    }
    if (tree.upos(c) !== 'NOUN' || !nouns.has(tree.lemma(c))) continue;
    // "the author of the novel Silent Fjord": the work noun's name.
    const work = nameAfter(tree, c);
    if (work) add(persons, work, n);
  }
}
