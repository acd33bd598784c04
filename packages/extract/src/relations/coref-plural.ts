/**
 * "they", "their", "them" stand for people and things as often as for a body: "Globex said its
 * shareholders would vote on their pay", "Oil prices are higher than they were", "Menatep
 * lawyers said they would appeal". A plural common noun written before the pronoun in its own
 * sentence, after the antecedent found (when that is in the sentence too), is a candidate of its
 * own that the walk to a named organisation or country passes over; coref.ts then leaves the
 * pronoun unresolved rather than give the body a relation its members or goods have.
 */
import type { MentionSpan } from '../analysis.js';
import { denote } from './arguments.js';
import type { Context, Ref } from './arguments.js';
import type { SentenceTree } from './tree.js';

/** Plural nouns of time and measure, which no "they" stands for ("in recent years"). */
const MEASURES = new Set([
  'years',
  'months',
  'weeks',
  'days',
  'hours',
  'minutes',
  'decades',
  'centuries',
  'times',
  'points',
  'percent',
]);

/** Plurals not written with -s. */
const PEOPLE = new Set(['people', 'men', 'women', 'children']);

/**
 * A plural common noun subject before plural pronoun `p` in its sentence, and after `found` when
 * `found` is named in the sentence, that names no entity, or another entity than `found` ("shareholders
 * in Yukos … their property"); not one through which the sentence names `found` itself ("Labour
 * MPs … their seats").
 *
 * @example
 * // "Globex said shareholders would vote on their pay." -> true (for "their", found: Globex)
 */
export function pluralCompetitor(
  tree: SentenceTree,
  p: number,
  found: MentionSpan,
  ctx: Context,
): boolean {
  const from = found.sentence === tree.sentence.i ? found.lastToken : tree.sentence.firstToken;
  for (let t = from; t < p; t++) {
    if (!tree.contains(t) || tree.upos(t) !== 'NOUN' || tree.mentionAt(t)) continue;
    const w = tree.lower(t);
    // A plural the lemmatiser reduced ("prices" → "price"), or "people", "men" …
    const reduced = w !== tree.lemma(t) && /s$/.test(w) && !MEASURES.has(w);
    if (!reduced && !PEOPLE.has(w)) continue;
    // A subject (or one listed with it): "Oil prices are higher than they were", "creditors
    // asked Globex to meet their demands". An object or a phrase ("recorded three wins since
    // they joined") less often is what the pronoun speaks of.
    // (A sentence the parser left flat, every word a "dep", says nothing either way.)
    const head = tree.is(t, 'conj') ? tree.parent(t) : t;
    if (!tree.is(head, 'nsubj', 'nsubj:pass', 'dep')) continue;
    // (Its owner is not it: "its workers … they" are the workers.)
    const same = (r: Ref) => r.mention.entityId === found.entityId && r.via !== 'owner';
    if (denote(tree, t, ctx).some(same)) continue;
    return true;
  }
  return false;
}
