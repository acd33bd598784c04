/**
 * "Tom Reed praised Ola Dahl. Reports say the Wigan star …": a description whose noun a name
 * qualifies ("the Wigan star", "the Swedish striker") carries a cue of its own, the body or
 * country it ties its person to. Which person it continues is chosen among the candidates the
 * text offers, not by position alone:
 *
 * - the candidates are the person the sentence before (or one of the three before) made its main
 *   subject and every other person a sentence from there on names as an object or another
 *   clause's subject (a core argument);
 * - a candidate the document already ties to the cue's name (a role fact with that body,
 *   "Wigan striker Ola Dahl"; or the name on the person's own phrase: "Wigan's Ola Dahl", "Ola
 *   Dahl of Wigan", "Swedish striker Ola Dahl") is the one meant, if it is the only one so tied;
 * - a candidate the document gives a role at another body of the same kind ("Leeds manager Tom
 *   Reed" against "the Wigan star") is not;
 * - one candidate left is taken; two or more left, none is: a wrong link is worse than none.
 */
import type { MentionSpan } from '../analysis.js';
import { denote, entityType } from './arguments.js';
import type { Context } from './arguments.js';
import type { RoleFact } from './patterns/role.js';
import type { SentenceTree } from './tree.js';

/** Dependents of a person's name that tie it to a body or a country. */
const TYING = new Set(['nmod:poss', 'compound', 'amod', 'nmod', 'appos', 'nmod:desc', 'flat']);
/** Links by which a name hangs on a descriptor noun ("Wigan striker Ola Dahl" parsed so). */
const HANGING = new Set(['appos', 'compound', 'flat', 'nmod:desc']);

/**
 * An object, a clause's subject, or the subject of "with X coming in" (parsed as a *with*
 * phrase before its verb).
 */
export function coreArgument(tree: SentenceTree, h: number): boolean {
  if (tree.is(h, 'obj', 'iobj', 'nsubj')) return true;
  const p = tree.parent(h);
  return tree.is(h, 'obl') && p > h && tree.isVerbal(p) && tree.caseOf(h) === 'with';
}

/** Whether a dependent of `n` (of the kinds in TYING), outside `m`, names one of `bodies`. */
function namesBody(
  tree: SentenceTree,
  n: number,
  m: MentionSpan,
  bodies: ReadonlySet<string>,
  ctx: Context,
): boolean {
  return tree.children(n).some((c) => {
    if (c >= m.firstToken && c < m.lastToken) return false;
    if (!TYING.has(tree.label(c))) return false;
    if (denote(tree, c, ctx).some((r) => bodies.has(r.mention.entityId))) return true;
    // "Ola Dahl, the Wigan striker,": one step into an apposition.
    return (
      tree.is(c, 'appos', 'nmod:desc') &&
      tree
        .childrenBy(c, 'compound', 'amod', 'nmod:poss', 'nmod')
        .some((d) => denote(tree, d, ctx).some((r) => bodies.has(r.mention.entityId)))
    );
  });
}

/** Whether the document, before token `i` of sentence `k`, ties `person` to one of `bodies`. */
function tied(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  person: string,
  bodies: ReadonlySet<string>,
  facts: readonly RoleFact[],
  ctx: Context,
): boolean {
  if (facts.some((f) => f.holder === person && f.sentence <= k && bodies.has(f.body ?? ''))) {
    return true;
  }
  const tree = trees[k] as SentenceTree;
  return tree.analysis.mentions.some((m) => {
    if (m.entityId !== person || m.kind === 'pronoun') return false;
    if (m.sentence > k || (m.sentence === k && m.firstToken >= i)) return false;
    const t = trees[m.sentence];
    if (!t) return false;
    const h = t.headOfSpan(m);
    if (namesBody(t, h, m, bodies, ctx)) return true;
    const p = t.parent(h);
    return p >= 0 && t.is(h, ...HANGING) && t.isNominal(p) && namesBody(t, p, m, bodies, ctx);
  });
}

/** Whether a role fact gives `person` a position at a body of `types` none of `bodies`. */
function heldElsewhere(
  tree: SentenceTree,
  k: number,
  person: string,
  bodies: ReadonlySet<string>,
  types: ReadonlySet<string>,
  facts: readonly RoleFact[],
): boolean {
  return facts.some((f) => {
    if (f.holder !== person || f.sentence > k || !f.body || bodies.has(f.body)) return false;
    const body = tree.analysis.entities.get(f.body);
    return body !== undefined && types.has(body.type);
  });
}

/**
 * The person a name-qualified description at token `i` of sentence `k` continues: `subject`
 * is the main subject of sentence `from` (the nearest of the three before that has a person
 * subject), `mods` the names before the noun.
 *
 * @example
 * // "Tom Reed praised Ola Dahl. Reports say the Wigan star …" -> undefined (either)
 * // "Tom Reed praised Wigan's Ola Dahl. Reports say the Wigan star …" -> Ola Dahl
 */
export function cuedPerson(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  subject: MentionSpan,
  from: number,
  mods: readonly MentionSpan[],
  facts: readonly RoleFact[],
  ctx: Context,
): MentionSpan | undefined {
  const tree = trees[k] as SentenceTree;
  const candidates = new Map<string, MentionSpan>([[subject.entityId, subject]]);
  for (const m of tree.analysis.mentions) {
    if (m.sentence < from || m.sentence >= k || m.kind === 'pronoun') continue;
    if (candidates.has(m.entityId) || entityType(tree, m) !== 'PERSON') continue;
    const t = trees[m.sentence];
    if (t && coreArgument(t, t.headOfSpan(m))) candidates.set(m.entityId, m);
  }
  const bodies = new Set(mods.map((m) => m.entityId));
  const types = new Set(mods.map((m) => tree.analysis.entities.get(m.entityId)?.type ?? m.type));
  const all = [...candidates.values()];
  const cued = all.filter((c) => tied(trees, k, i, c.entityId, bodies, facts, ctx));
  if (cued.length > 0) return cued.length === 1 ? cued[0] : undefined;
  const left = all.filter((c) => !heldElsewhere(tree, k, c.entityId, bodies, types, facts));
  return left.length === 1 ? left[0] : undefined;
}
