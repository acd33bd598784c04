/**
 * Performances in a work the words call a work: a person who appears, stars, plays or has a
 * part "in" a work noun's name ("Kari Lund, who appeared in the BBC drama Harbour Lights", "Tom
 * Reed plays a detective in the TV series Cold Ridge", "her role in the comedy Night Ferry",
 * "made his debut in the sitcom Ward Nine"). The schema has no type for acting (cast.ts), so the
 * pair is RELATED_TO labelled "stars in", confidence 0.5.
 *
 * Only a work noun right before the name (over nothing but a comma) makes it a work here: "appeared
 * in Oslo", "played in Bergen", "his role in Globex" name places and bodies, not works. Between
 * "in" and the work noun may stand an article, lower-case modifiers and the names or capitalised
 * words of a medium or a broadcaster ("in TV comedy", "in the BBC One drama", "in US sitcom").
 * The performer is the person subject of the verb governing the phrase (a relative clause's
 * antecedent, coordinated subjects), or, for a noun of performing (`PERFORM_NOUNS`: role, part,
 * debut …), its person possessor or the person subject of the verb whose object it is ("landed a
 * part in …"). Not in a sports report: players play and make debuts in games.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';
import { wholeTitle } from './work.js';
import { works } from './works-data.js';

/** Verbs of performing whose "in" phrase is the work performed in. */
const PERFORM_VERBS = new Set([
  'appear',
  'star',
  'starred',
  'starring',
  'co-star',
  'play',
  'feature',
  'cast',
  'perform',
]);
/** Forms of "star" the tagger may take for a plural noun ("Tom Reed stars in …"). */
const STAR_NOUN_FORMS = new Set(['stars', 'co-stars']);
/** Nouns of a performance whose "in" phrase is the work ("her role in the film …"). */
const PERFORM_NOUNS = new Set(['role', 'part', 'debut', 'cameo', 'appearance', 'turn', 'lead']);
/** Words that may stand between "in" and the work noun ("a", "hit", "long-running", "TV"). */
const LOWER = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const CAPITALISED = /^\p{Lu}[\p{L}\d'&-]*$/u;
const MAX_BETWEEN = 5;
const LABEL = 'stars in';

export function performanceRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  if (ctx.sport) return [];
  const out: RelationCandidate[] = [];
  const nouns = works().nouns;
  for (const n of tree.indices()) {
    if (!workNoun(tree, n, nouns)) continue;
    const work = titleAfter(tree, n);
    if (!work || !wholeTitle(tree, work) || entityType(tree, work) === 'PERSON') continue;
    const at = inBefore(tree, n);
    if (at < 0) continue;
    const { performers, governor } = performersOf(tree, ctx, n, at);
    if (performers.length === 0) continue;
    const objects = denote(tree, tree.headOfSpan(work), ctx);
    emit(out, tree, ctx, {
      type: 'RELATED_TO',
      subjects: performers,
      objects,
      confidence: 0.5,
      stance: stanceOf(tree, governor, ctx),
      trigger: n,
      label: LABEL,
      // The words say it is a work; titles are often typed as people or companies.
      argumentClasses: ['actor', 'any'],
    });
  }
  return out;
}

/** A work noun, lower-case, whatever tag the parse gave it ("in US sitcom Night Shift": PROPN). */
function workNoun(tree: SentenceTree, n: number, nouns: ReadonlySet<string>): boolean {
  const upos = tree.upos(n);
  if (upos !== 'NOUN' && upos !== 'PROPN') return false;
  return LOWER.test(tree.token(n).text) && (nouns.has(tree.lemma(n)) || nouns.has(tree.lower(n)));
}

/** The name right after the work noun at `n` (past a comma), if it starts there. */
function titleAfter(tree: SentenceTree, n: number): MentionSpan | undefined {
  let at = n + 1;
  if (tree.contains(at) && tree.lower(at) === ',') at++;
  const m = tree.contains(at) ? nameAt(tree, at) : undefined;
  return m && m.firstToken === at && m.kind === 'name' ? m : undefined;
}

/**
 * The "in" before the work noun at `n`, over an article, lower-case modifiers and the names or
 * capitalised words of a medium ("in the hit BBC One drama"); -1 if there is none.
 */
function inBefore(tree: SentenceTree, n: number): number {
  let k = n - 1;
  for (let seen = 0; seen <= MAX_BETWEEN && tree.contains(k); seen++) {
    const word = tree.token(k).text;
    if (tree.lower(k) === 'in') return k;
    const m = tree.mentionAt(k);
    if (m && m.kind !== 'pronoun' && entityType(tree, m) !== 'PERSON') {
      k = m.firstToken - 1;
      continue;
    }
    if (m || !(LOWER.test(word) || CAPITALISED.test(word) || word === '-')) return -1;
    k--;
  }
  return -1;
}

interface Performers {
  performers: Ref[];
  /** The verb or noun of performing, whose markers give the stance. */
  governor: number;
}

const NONE: Performers = { performers: [], governor: -1 };

/** Who performs in the work noun at `n` whose phrase opens with "in" at token `at`. */
function performersOf(tree: SentenceTree, ctx: Context, n: number, at: number): Performers {
  // The word the "in" phrase hangs on: the parse's head of the work noun, else the word before.
  let head = tree.parent(n);
  if (head < 0 || head > at) head = at - 1;
  const persons = (nodes: number[], governor: number): Performers => ({
    performers: nodes
      .flatMap((s) => [s, ...tree.conjuncts(s)])
      .flatMap((s) => denote(tree, s, ctx))
      .filter((r) => r.type === 'PERSON'),
    governor,
  });
  if (!tree.contains(head)) return NONE;
  const lemma = tree.lemma(head);
  // "Tom Reed stars in quirky movie …", the verb tagged a plural noun and the name its compound.
  if (STAR_NOUN_FORMS.has(tree.lower(head)) && !tree.isVerbal(head)) {
    const m = tree.contains(head - 1) ? nameAt(tree, head - 1) : undefined;
    if (m && m.lastToken === head && entityType(tree, m) === 'PERSON') {
      return persons([tree.headOfSpan(m)], head);
    }
  }
  if (tree.isVerbal(head) && PERFORM_VERBS.has(lemma)) {
    // "Kari Lund, who appeared in …", "Tom Reed plays a detective in …".
    let subjects = grammaticalSubject(tree, head);
    if (subjects.length === 0 && tree.is(head, 'acl', 'acl:relcl')) subjects = [tree.parent(head)];
    return persons(subjects, head);
  }
  if (tree.upos(head) === 'NOUN' && PERFORM_NOUNS.has(lemma)) {
    // "her role in …", "Kari Lund's part in …", "landed a part in …".
    const owners = tree.childrenBy(head, 'nmod:poss');
    if (owners.length > 0) return persons(owners, head);
    const v = tree.parent(head);
    if (v >= 0 && tree.is(head, 'obj') && tree.isVerbal(v)) {
      return persons(grammaticalSubject(tree, v), v);
    }
  }
  return NONE;
}
