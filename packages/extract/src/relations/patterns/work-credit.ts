/**
 * A person credited by a work's title with the part they had in it (issue 10): the title right
 * before a part noun and the person's name right after ("Night Ferry star Sam Hale", "the Red
 * Harbour actress Kari Lund", "Quiz Night presenter Ann Holt", "Night Ferry executive producer
 * Tom Reed"), or the part noun and its "of" phrase set off after the name ("Kari Lund, star of
 * the hit film Night Ferry,", "Sam Hale, the star of Night Ferry,").
 *
 * The part nouns are in data/works.json: a performer's (`performerRoles`: star, actor, actress …)
 * and a presenter's (`presenterRoles`: presenter, host) make the pair RELATED_TO labelled "stars
 * in" or "presents", as the cast pass does (acting and hosting make nothing); a maker's
 * (`makerRoles`: director, producer, creator, writer …) make the person its maker, PRODUCES. The
 * title must be one the document calls a work (`knownWork`: a product, or a name a work noun
 * stands before somewhere), so "Hollywood star", "Oscar-winning actress", "BBC presenter" and a
 * band's "singer" are left alone; up to two lower-case words may stand between the title and the
 * part noun ("executive producer", "original star"). The person is a PERSON mention (a maker may
 * be a company: "Big Brother producer Endemol"); confidence 0.5. Not in a sports report, where
 * a "star" of a match or a series is its player.
 */
import type { MentionSpan, RelationCandidate } from '../../analysis.js';
import { entityType, nameAt } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { knownWork } from './work.js';
import { works } from './works-data.js';

/** Lower-case words that may stand between the title and the part noun ("executive producer"). */
const BETWEEN = /^\p{Ll}[\p{Ll}-]*$/u;
const MAX_BETWEEN = 2;
/** Words that may stand between "of" and the work's name ("star of the hit film Night Ferry"). */
const DESCRIBING = /^[\p{Ll}\d][\p{Ll}\d'-]*$/u;
const MAX_DESCRIBING = 3;
const MAKER_TYPES = new Set(['PERSON', 'ORG']);

type Part = 'performer' | 'presenter' | 'maker';

/** The part the noun at token `k` names, if it is one. */
function partAt(tree: SentenceTree, k: number): Part | undefined {
  const w = works();
  const word = tree.lower(k);
  if (w.performers.has(word)) return 'performer';
  if (w.presenters.has(word)) return 'presenter';
  if (w.makers.has(word)) return 'maker';
  return undefined;
}

export function workCreditRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  if (ctx.sport) return [];
  const out: RelationCandidate[] = [];
  for (const k of tree.indices()) {
    const part = partAt(tree, k);
    if (!part) continue;
    titleBefore(tree, ctx, k, part, out);
    partOfAfter(tree, ctx, k, part, out);
  }
  return out;
}

/** "Night Ferry star Sam Hale": the work's name before the part noun at `k`, the person after. */
function titleBefore(
  tree: SentenceTree,
  ctx: Context,
  k: number,
  part: Part,
  out: RelationCandidate[],
): void {
  const person = nameAt(tree, k + 1);
  if (!person || person.firstToken !== k + 1 || !holds(tree, person, part)) return;
  let j = k - 1;
  for (let n = 0; n < MAX_BETWEEN && tree.contains(j) && !tree.mentionAt(j); n++) {
    if (!BETWEEN.test(tree.token(j).text)) return;
    // "The company's film star Sam Hale": a word of the part's own kind or a possessive ends it.
    if (partAt(tree, j) || tree.upos(j) === 'VERB' || tree.upos(j) === 'AUX') return;
    j--;
  }
  const work = nameAt(tree, j);
  if (!work || work.lastToken !== j + 1 || work.entityId === person.entityId) return;
  if (!knownWork(tree, work)) return;
  credit(tree, ctx, person, work, k, part, out);
}

/** "Kari Lund, (the) star of (the hit film) Night Ferry": the part noun at `k` set off after the name. */
function partOfAfter(
  tree: SentenceTree,
  ctx: Context,
  k: number,
  part: Part,
  out: RelationCandidate[],
): void {
  if (!tree.contains(k + 1) || tree.lower(k + 1) !== 'of') return;
  let j = k - 1;
  if (tree.contains(j) && (tree.lower(j) === 'the' || tree.lower(j) === 'a')) j--;
  if (!tree.contains(j) || tree.lower(j) !== ',') return;
  const person = nameAt(tree, j - 1);
  if (!person || person.lastToken !== j || !holds(tree, person, part)) return;
  let w = k + 2;
  if (tree.contains(w) && (tree.lower(w) === 'the' || tree.lower(w) === 'a')) w++;
  for (let n = 0; n < MAX_DESCRIBING && tree.contains(w) && !tree.mentionAt(w); n++) {
    if (!DESCRIBING.test(tree.token(w).text)) return;
    w++;
  }
  const work = nameAt(tree, w);
  if (!work || work.firstToken !== w || work.entityId === person.entityId) return;
  if (!knownWork(tree, work)) return;
  credit(tree, ctx, person, work, k, part, out);
}

/** Whether the mention can hold the part: a person, or for a maker a company too. */
function holds(tree: SentenceTree, m: MentionSpan, part: Part): boolean {
  const type = entityType(tree, m);
  return part === 'maker' ? MAKER_TYPES.has(type) : type === 'PERSON';
}

function credit(
  tree: SentenceTree,
  ctx: Context,
  person: MentionSpan,
  work: MentionSpan,
  trigger: number,
  part: Part,
  out: RelationCandidate[],
): void {
  const ref = (m: MentionSpan): Ref => ({
    node: tree.headOfSpan(m),
    mention: m,
    type: entityType(tree, m),
    via: 'name',
  });
  emit(out, tree, ctx, {
    type: part === 'maker' ? 'PRODUCES' : 'RELATED_TO',
    subjects: [ref(person)],
    objects: [ref(work)],
    confidence: 0.5,
    stance: { modality: 'asserted' },
    trigger,
    ...(part === 'maker' ? {} : { label: part === 'performer' ? 'stars in' : 'presents' }),
    // The words say it is a work; titles are often typed as people or companies.
    argumentClasses: ['actor', 'any'],
  });
}
