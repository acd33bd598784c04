/**
 * Casts: who stars in a named work. The schema has no typed relation for acting (PRODUCES is
 * making, and acting makes nothing: work.ts), so a performer and the work are related by the
 * open relation, RELATED_TO labelled "stars in" — the pair the text states, typed no further.
 *
 * Read along the words, since the parse of a cast list is unreliable: a work named right before
 * "starring" and the persons listed after it ("Night Harbour, starring Kari Lund and Ola Dahl";
 * "the comedy Night Harbour starring former soap actor Ola Dahl"), a work before "stars" and
 * the persons after ("Night Harbour, which stars Kari Lund"), and a person who "starred in" a
 * work ("Kari Lund, who starred in the 1962 film Night Harbour", "Dahl stars in Cold Ridge").
 * After "in" the name must be one a work can be (no known place: wholeTitle in work.ts, and not
 * in a sports report, where players star in matches), whatever type mention detection gave it:
 * titles are often taken for people or places.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import { nextListItem } from './list-items.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';
import { performanceRelations } from './performance.js';
import { wholeTitle, workNounAt } from './work.js';
import { works } from './works-data.js';

/** The verb's forms (wink's lemma of "starred" is "starred"). */
const STAR_FORMS = new Set(
  ['star', 'stars', 'starred', 'starring'].flatMap((f) => [f, `co-${f}`, `co${f}`]),
);
/** Marks between a work's name and the participle after it ("Night Harbour - starring"). */
const BEFORE_PARTICIPLE = /^[,(\u2013\u2014-]$/;
const RELATIVE = /^(which|that|who)$/;
/**
 * Words that may stand between a work's relative pronoun or comma and the verb ("which was to
 * star", "which will also star", "Night Harbour, also starring"): the verb's tense and "also".
 */
const BEFORE_VERB = new Set(['also', 'was', 'is', 'will', 'would', 'to', 'set', 'due']);
const MAX_BEFORE_VERB = 3;
/** Words that may describe a listed performer ("former soap actor", "Oscar winner"). */
const DESCRIBING = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_DESCRIBING = 4;
/** A capitalised word no mention covers, describing a person ("former Friends actor"). */
const CAPITALISED = /^\p{Lu}[\p{L}'-]*$/u;
/** Words that end a cast list ("starring Kari Lund, and classics such as …"). */
const LIST_WORDS = new Set([
  'and',
  'or',
  'as',
  'in',
  'with',
  'for',
  'of',
  'at',
  'on',
  'by',
  'such',
  'like',
  'including',
  'plus',
]);
const LABEL = 'stars in';
/** A participle of voicing before "by" ("voiced by Rolf Aune"). */
const VOICED = new Set(['voiced', 're-voiced']);
const POSSESSIVE = /^['\u2019]s?$/;

export function castRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const add = (actors: Ref[], work: Ref[], trigger: number, stance = true): void => {
    emit(out, tree, ctx, {
      type: 'RELATED_TO',
      subjects: actors.filter((a) => a.type === 'PERSON'),
      objects: work,
      confidence: 0.5,
      stance: stance ? stanceOf(tree, trigger, ctx) : { modality: 'asserted' },
      trigger,
      label: LABEL,
      argumentClasses: ['actor', 'any'],
    });
  };
  for (const v of tree.indices()) {
    // "the cartoon Tin Town, voiced by Rolf Aune": the voice of a work's character acts in it.
    if (VOICED.has(tree.lower(v)) && tree.contains(v + 1) && tree.lower(v + 1) === 'by') {
      const work = workBeforeParticiple(tree, v);
      if (!ctx.sport && work && wholeTitle(tree, work) && entityType(tree, work) !== 'PERSON') {
        const actors = listedPersons(tree, ctx, v + 2);
        if (actors.length > 0) add(actors, denote(tree, tree.headOfSpan(work), ctx), v, false);
      }
      continue;
    }
    if (!STAR_FORMS.has(tree.lower(v))) continue;
    // "the young stars": a noun, unless a relative pronoun makes it the verb ("which stars").
    const t = tenseStart(tree, v);
    const relative = tree.contains(t - 1) && RELATIVE.test(tree.lower(t - 1));
    if (tree.upos(v) !== 'VERB' && !relative) continue;
    if (tree.contains(v + 1) && tree.lower(v + 1) === 'in') {
      if (ctx.sport) continue;
      const works = worksAfterIn(tree, ctx, v + 1);
      if (works.length > 0) add(performers(tree, ctx, v), works, v);
      continue;
    }
    // "Night Harbour, starring Kari Lund", "Night Harbour, which stars Kari Lund".
    const participle = tree.lower(v).endsWith('ing');
    const work = participle ? workBeforeParticiple(tree, v) : workBeforeRelative(tree, v);
    if (!work || !wholeTitle(tree, work)) continue;
    const actors = listedPersons(tree, ctx, v + 1);
    if (actors.length > 0) add(actors, denote(tree, tree.headOfSpan(work), ctx), v, !participle);
  }
  for (const [person, work] of nomineeList(tree, ctx)) {
    add(
      denote(tree, tree.headOfSpan(person), ctx),
      denote(tree, tree.headOfSpan(work), ctx),
      work.firstToken - 1,
      false,
    );
  }
  // "appeared in the BBC drama Harbour Lights", "her role in the film Night Ferry".
  out.push(...performanceRelations(tree, ctx));
  return out;
}

/** Sentences before a bracketed list searched for the acting category it lists nominees for. */
const ACTING_WINDOW = 2;

/**
 * "faces competition from Kari Lund (Night Harbour), Ola Dahl (Cold Ridge) and …", "fellow
 * nominees include …": persons each followed by a work's name in brackets, at least two in one
 * sentence, where the sentence or the two before name an acting category ("best actress",
 * works.json actingCategories): each stars in the work after their name. Not in a sports
 * report, where brackets after players hold substitutes and minutes.
 */
function nomineeList(tree: SentenceTree, ctx: Context): [MentionSpan, MentionSpan][] {
  if (ctx.sport) return [];
  const pairs: [MentionSpan, MentionSpan][] = [];
  for (const person of tree.mentions) {
    if (person.kind !== 'name' || entityType(tree, person) !== 'PERSON') continue;
    const open = person.lastToken;
    if (!tree.contains(open + 1) || tree.lower(open) !== '(') continue;
    const work = tree.mentionAt(open + 1);
    if (!work || work.firstToken !== open + 1 || work.kind !== 'name') continue;
    if (!tree.contains(work.lastToken) || tree.lower(work.lastToken) !== ')') continue;
    if (entityType(tree, work) === 'PERSON' || !wholeTitle(tree, work)) continue;
    pairs.push([person, work]);
  }
  if (pairs.length < 2 || !actingNamed(tree)) return [];
  return pairs;
}

/** Whether this sentence or the ones just before name an acting category ("best actor"). */
function actingNamed(tree: SentenceTree): boolean {
  const acting = works().acting;
  const k = tree.sentence.i;
  return tree.analysis.tokens.some(
    (t) => t.sentence <= k && t.sentence >= k - ACTING_WINDOW && acting.has(t.lower),
  );
}

/** The name ending right before token `end` (exclusive), if one ends there. */
function nameEndingAt(tree: SentenceTree, end: number): MentionSpan | undefined {
  const m = tree.contains(end - 1) ? tree.mentionAt(end - 1) : undefined;
  return m && m.lastToken === end && m.kind === 'name' ? m : undefined;
}

/** "Night Harbour, starring", "Night Harbour - starring", "the comedy Night Harbour starring". */
function workBeforeParticiple(tree: SentenceTree, v: number): MentionSpan | undefined {
  // "Night Harbour, also starring": "also" between the mark and the participle.
  let k = tree.contains(v - 1) && tree.lower(v - 1) === 'also' ? v - 1 : v;
  if (tree.contains(k - 1) && BEFORE_PARTICIPLE.test(tree.lower(k - 1))) k--;
  // "the comedy Sea Fog!, starring": a title's own exclamation or question mark.
  const mark = k < v && tree.contains(k - 1) && /^[!?]$/.test(tree.token(k - 1).text);
  return (
    nameEndingAt(tree, k) ?? (mark ? nameEndingAt(tree, k - 1) : undefined) ?? apposed(tree, v)
  );
}

/**
 * "Sea Fog, a quirky comedy starring …": the name set off by a comma before an indefinite work
 * noun (over lower-case modifiers) right before the participle at `v`.
 */
function apposed(tree: SentenceTree, v: number): MentionSpan | undefined {
  const n = v - 1;
  if (!tree.contains(n) || !workNounAt(tree, works(), n)) return undefined;
  let k = n - 1;
  for (let seen = 0; seen < MAX_DESCRIBING && tree.contains(k) && describing(tree, k); seen++) {
    if (/^(a|an)$/.test(tree.lower(k))) break;
    k--;
  }
  if (!tree.contains(k) || !/^(a|an)$/.test(tree.lower(k))) return undefined;
  if (!tree.contains(k - 1) || tree.lower(k - 1) !== ',') return undefined;
  const m = nameEndingAt(tree, k - 1);
  return m && entityType(tree, m) !== 'PERSON' ? m : undefined;
}

/**
 * The first token of the words of tense and "also" before the verb at `v` ("which [was to] star",
 * "which [will also] star"): `v` itself where there are none. Only before a relative pronoun
 * do such words count.
 */
function tenseStart(tree: SentenceTree, v: number): number {
  let k = v;
  while (k > v - MAX_BEFORE_VERB && tree.contains(k - 1) && BEFORE_VERB.has(tree.lower(k - 1))) k--;
  return tree.contains(k - 1) && RELATIVE.test(tree.lower(k - 1)) ? k : v;
}

/** "Night Harbour, which stars", "Night Harbour, which was to star", "Night Harbour stars". */
function workBeforeRelative(tree: SentenceTree, v: number): MentionSpan | undefined {
  let k = tenseStart(tree, v);
  if (tree.contains(k - 1) && RELATIVE.test(tree.lower(k - 1))) {
    k--;
    if (tree.contains(k - 1) && tree.lower(k - 1) === ',') k--;
  }
  const m = nameEndingAt(tree, k);
  // A person "stars" no one: "Kari Lund stars Ola Dahl" is no cast.
  return m && entityType(tree, m) !== 'PERSON' ? m : undefined;
}

/**
 * The persons listed from token `from` on: names set off by commas and "and", each perhaps
 * after a few describing words ("former soap actor Ola Dahl", "Oscar winner Kari Lund"); the
 * list ends at anything else, or after the name that follows "and".
 */
function listedPersons(tree: SentenceTree, ctx: Context, from: number): Ref[] {
  const out: Ref[] = [];
  let i = from;
  let last = false;
  for (let items = 0; items < 12 && tree.contains(i); items++) {
    // Describing words, or a name that only describes ("former Friends actor").
    let person: MentionSpan | undefined;
    for (let d = 0; d <= MAX_DESCRIBING && tree.contains(i); d++) {
      const m = tree.mentionAt(i);
      // A name before a describing noun describes ("Oscar winner Kari Lund").
      // So does one owning what follows ("Ola Dahl's sister Eva Moe").
      const describes =
        m !== undefined && (describing(tree, m.lastToken) || possessive(tree, m.lastToken));
      if (m && m.kind !== 'pronoun' && entityType(tree, m) === 'PERSON' && !describes) {
        person = m;
        break;
      }
      if (m && m.kind !== 'pronoun') i = m.lastToken;
      // "starring Cold Harbour's Kari Lund": a work or a company owning the person describes.
      else if (describing(tree, i) || CAPITALISED.test(tree.token(i).text)) i++;
      else if (d > 0 && possessive(tree, i)) i++;
      else break;
      if (d === MAX_DESCRIBING) return out;
    }
    if (!person) return out;
    out.push(...denote(tree, tree.headOfSpan(person), ctx));
    i = person.lastToken;
    const next = nextListItem(tree, i, last);
    if (!next) return out;
    ({ at: i, last } = next);
  }
  return out;
}

/** Whether token `k` is a possessive's "'s" or "'". */
function possessive(tree: SentenceTree, k: number): boolean {
  return tree.contains(k) && POSSESSIVE.test(tree.token(k).text);
}

/** Whether token `k` is a lower-case word that may describe a listed person ("former", "actor"). */
function describing(tree: SentenceTree, k: number): boolean {
  if (!tree.contains(k) || tree.upos(k) === 'VERB' || LIST_WORDS.has(tree.lower(k))) return false;
  return DESCRIBING.test(tree.token(k).text);
}

/** Who stars: the verb's subject, a person ("Kari Lund, who starred in …"). */
function performers(tree: SentenceTree, ctx: Context, v: number): Ref[] {
  let subjects = grammaticalSubject(tree, v);
  // "Kari Lund and Ola Dahl star in", a participle on a name ("Kari Lund, starring in").
  if (subjects.length === 0 && tree.is(v, 'acl', 'acl:relcl')) subjects = [tree.parent(v)];
  const out: Ref[] = [];
  for (const s of subjects) {
    for (const c of [s, ...tree.conjuncts(s)]) out.push(...denote(tree, c, ctx));
  }
  return out.filter((r) => r.type === 'PERSON');
}

/**
 * The works named after "in" at token `at`: a name ("in Cold Ridge", "in The Outlaw"), or a
 * name after a work noun ("in Hughes' 1943 film The Outlaw"); a list of names too ("roles in
 * Cold Ridge, Night Harbour and Blue Fjord" is read by the caller's verb only).
 */
function worksAfterIn(tree: SentenceTree, ctx: Context, at: number): Ref[] {
  const w = works();
  let k = at + 1;
  let described = false;
  // Past an article, an owner and modifiers to the work noun, if there is one.
  for (let seen = 0; seen < 6 && tree.contains(k); seen++) {
    const m = tree.mentionAt(k);
    if (m && m.firstToken === k && !described) {
      // "in Hughes' film The Outlaw": a name followed by a possessive owns the work.
      const after = m.lastToken;
      if (!(tree.contains(after) && POSSESSIVE.test(tree.token(after).text))) break;
      k = after + 1;
      continue;
    }
    if (w.nouns.has(tree.lemma(k)) && tree.upos(k) === 'NOUN') {
      described = true;
      k++;
      if (tree.contains(k) && tree.lower(k) === ',') k++;
      // "the film The Outlaw", where the name may leave its article out.
      if (tree.contains(k + 1) && tree.lower(k) === 'the' && !tree.mentionAt(k)) k++;
      break;
    }
    if (!DESCRIBING.test(tree.token(k).text)) return [];
    k++;
  }
  const m = tree.contains(k) ? tree.mentionAt(k) : undefined;
  if (!m || m.firstToken !== k || m.kind !== 'name' || !wholeTitle(tree, m)) return [];
  // "to star in a Broadway play": a name before a work noun only describes the work.
  const next = m.lastToken;
  const noun = (k: number) => w.nouns.has(tree.lemma(k)) || w.nouns.has(tree.lower(k));
  if (tree.contains(next) && noun(next)) return [];
  return denote(tree, tree.headOfSpan(m), ctx);
}
