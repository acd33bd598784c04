/**
 * "Last month, Globex, Initech and Acme said they were opting for the rival format": the parse
 * may hang the names written right before a verb on something else (here as an apposition of
 * "month"), leaving the verb with no subject. A pronoun the verb governs then found no subject
 * above it and took the subject of an earlier sentence ("Kelby lost out to Vandelay in that
 * fight", two sentences back) — a wrong link, and worse than none.
 *
 * When the nearest clause above the pronoun that has no subject of its own, before the pronoun,
 * is a verb whose words just before it (past auxiliaries and adverbs: "have also said") end a
 * name, that name's phrase is the verb's subject: one name for "it", "he", "she"; a list of two
 * or more names joined by "and" or "or", all of one kind, for "they" (every name in it).
 * A name inside a prepositional phrase ("in Oslo") or a possessive is no subject. A subject so
 * found that does not fit the pronoun (a list for "it", a person for "they") blocks the guess
 * from earlier sentences, as a subject the parse found does.
 */
import type { MentionSpan } from '../analysis.js';
import { denote } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

/** Words that may stand between a subject and its verb. */
const BETWEEN = /^(AUX|ADV|PART)$/;

/** Whether a conjunction joins some two of the (text-ordered) nodes `nodes`. */
function joined(tree: SentenceTree, nodes: readonly number[]): boolean {
  const lo = Math.min(...nodes);
  const hi = Math.max(...nodes);
  for (let t = lo + 1; t < hi; t++) if (tree.upos(t) === 'CCONJ') return true;
  return false;
}

/**
 * The names heading the phrase right before the subjectless verb that governs pronoun `p`
 * (one, or each of a list), when they all `fit` and their number is the pronoun's (`plural`);
 * null when such names do not fit so; undefined when there are none.
 *
 * @example
 * // "Last month, Globex, Initech and Acme said they …" (p at "they") -> [Globex, Initech, Acme]
 */
export function strandedSubject(
  tree: SentenceTree,
  p: number,
  plural: boolean,
  ctx: Context,
  fit: (m: MentionSpan) => boolean,
): MentionSpan[] | null | undefined {
  let verb = -1;
  for (let a = tree.parent(p), n = 0; a >= 0 && n < 6; a = tree.parent(a), n++) {
    if (tree.childBy(a, 'nsubj', 'nsubj:pass', 'expl') !== undefined) continue;
    if (!tree.isVerbal(a) || a > p) return undefined;
    verb = a;
    break;
  }
  if (verb < 0) return undefined;
  let t = verb - 1;
  // ("to" is no such word: "asked Globex to repay it" makes Globex no subject of "repay".)
  while (tree.contains(t) && BETWEEN.test(tree.upos(t)) && tree.lower(t) !== 'to') t--;
  if (!tree.contains(t)) return undefined;
  const last = tree.mentionAt(t);
  if (!last || last.kind === 'pronoun' || last.lastToken !== t + 1) return undefined;
  const head = tree.headOfSpan(last);
  const members = tree.coordinationOf(head);
  if (members[members.length - 1] !== head) return undefined;
  if (members.some((c) => tree.childBy(c, 'case') !== undefined || tree.is(c, 'nmod:poss'))) {
    return undefined;
  }
  if (members.length > 1 !== plural || (plural && !joined(tree, members))) return null;
  const out: MentionSpan[] = [];
  for (const c of members) {
    const refs = denote(tree, c, ctx).filter((r) => r.via === 'name');
    const m = refs[0]?.mention;
    if (refs.length !== 1 || !m || !fit(m)) return null;
    if (!out.some((x) => x.entityId === m.entityId)) out.push(m);
  }
  return out.length === members.length ? out : null;
}
