/**
 * An event noun someone undergoes, with its doer in the noun phrase: "Iran faces sanctions from
 * the EU", "Globex settled a lawsuit brought by Initech", "Lemuria came under attack from
 * Norland", "the minister is under pressure from Globex", "the plan drew criticism from Amnesty"
 * → the doer (EU, Initech, Norland …) does the noun's relation (SANCTIONS, SUES, ATTACKS …) to the
 * one who undergoes it, the subject. The undergoing verbs are nominal-frames.json's
 * undergoerVerbs; "under" an event noun ("came under attack", "is under pressure") undergoes it
 * too. The doer comes from "from", from a "by" phrase of a participle on the noun ("brought by",
 * "imposed by"), or from the noun's own doers (a possessor, a name modifier: "faces EU
 * sanctions").
 *
 * Not a verb that makes its subject the doer ("Globex filed a lawsuit": event-noun.ts), not
 * "received X from Y" (a transfer frame), not a doer that is the subject itself.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll, isActor } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { knownVerb, verbLemma } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';
import { eventDoers } from './event-noun.js';

const FROM = new Set(['from']);
const BY = new Set(['by']);

export function undergoneEventRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const lex = ctx.lex;
  for (const e of tree.indices()) {
    if (tree.upos(e) !== 'NOUN') continue;
    const frame = tree
      .nounKeys(e)
      .map((k) => lex.nouns.get(k))
      .find((f) => f !== undefined);
    if (!frame) continue;
    const patients = undergoers(tree, e, ctx);
    if (patients.length === 0) continue;
    const held = new Set(patients.map((p) => p.mention.entityId));
    const agents = doersOf(tree, e, ctx).filter((r) => !held.has(r.mention.entityId));
    if (agents.length === 0) continue;
    emit(out, tree, ctx, {
      type: frame.type,
      subjects: agents,
      objects: patients,
      confidence: 0.65,
      stance: stanceOf(tree, e, ctx),
      trigger: e,
    });
  }
  return out;
}

/**
 * Who undergoes event noun `e`: the subject of an undergoing verb whose object it is ("Iran
 * faces sanctions"), of a verb it is "under" ("came under attack"), or of the noun itself as a
 * predicate after "under" ("is under pressure").
 */
function undergoers(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const stray = strayParticiple(tree, e);
  const v = stray >= 0 ? tree.parent(stray) : tree.parent(e);
  const under = tree.caseOf(e) === 'under';
  // "The minister is under pressure from Globex": the noun is the predicate.
  if (under && tree.childBy(e, 'cop') !== undefined) {
    return tree.childrenBy(e, 'nsubj').flatMap((s) => denoteAll(tree, s, ctx).filter(isActor));
  }
  if (v < 0 || !tree.isVerbal(v)) return [];
  const undergoing =
    ((tree.is(e, 'obj') || stray >= 0) &&
      ctx.lex.undergoerVerbs.has(verbLemma(tree, v, knownVerb(ctx.lex)))) ||
    (under && tree.is(e, 'obl'));
  if (!undergoing) return [];
  return clauseArgs(tree, v).agents.flatMap((a) => denoteAll(tree, a, ctx).filter(isActor));
}

/** The doers of `e`: "from Y", a participle's "by Y" ("brought by Y"), or its own doers. */
function doersOf(tree: SentenceTree, e: number, ctx: Context): Ref[] {
  const stray = strayParticiple(tree, e);
  // "faced criticism from Amnesty" parsed with "from Amnesty" on the verb, right after the noun.
  const v = tree.parent(e);
  const [, hi] = tree.subtreeSpan(e);
  const onVerb =
    v >= 0 && tree.is(e, 'obj')
      ? tree.prepChildren(v, FROM).filter((c) => tree.subtreeSpan(c)[0] === hi + 1)
      : [];
  const phrases = [
    ...onVerb,
    ...tree.prepChildren(e, FROM),
    ...[...tree.childrenBy(e, 'acl'), stray].flatMap((p) =>
      p < 0 ? [] : tree.prepChildren(p, BY),
    ),
  ];
  const refs = phrases.flatMap((c) => denoteAll(tree, c, ctx));
  return (refs.length > 0 ? refs : eventDoers(tree, e, ctx)).filter(isActor);
}

/**
 * "Globex settled a lawsuit brought by Initech" parsed as a clause, the noun the subject of
 * "brought" and that the complement of "settled": the participle right after the noun with a
 * "by" phrase, or -1.
 */
function strayParticiple(tree: SentenceTree, e: number): number {
  const p = tree.parent(e);
  if (p !== e + 1 || !tree.is(e, 'nsubj') || !tree.is(p, 'ccomp', 'xcomp')) return -1;
  return tree.prepChildren(p, BY).length > 0 && tree.parent(p) < e ? p : -1;
}
