/**
 * A death someone is charged, arrested, convicted or suspected in: "Tom Reed was charged in the
 * death of Ann Holt", "is charged with first-degree murder in the death of Ann Holt", "police
 * arrested Tom Reed in the 1985 death of Ann Holt" → Reed ATTACKS Holt, with the stance of the
 * verb of accusing. A death is no attack by itself ("mourned the death of Ann Holt"): only a
 * verb of accusing (nominal-frames.json accusationVerbs) makes it one, as it does an event noun
 * (event-noun.ts `accused`); the death nouns are nominal-frames.json deathNouns.
 *
 * - the death noun is the verb's oblique ("in / for / over the death of X"), or the "in" phrase
 *   of a charge noun that is ("charged with murder in the death of X");
 * - the one who died is the noun's "of" phrase or its possessor ("in Ann Holt's death");
 * - the doer is the verb's patient: its object, or a passive's subject.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import { knownVerb, verbLemma } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { clauseArgs } from './clause.js';

const CASES = new Set(['in', 'for', 'over']);

/** The verb of accusing a death noun hangs on, directly or through a charge noun; or -1. */
function accusingVerb(tree: SentenceTree, n: number, ctx: Context): number {
  if (!CASES.has(tree.caseOf(n))) return -1;
  let v = tree.parent(n);
  // "charged with murder in the death of X": the death is the charge's.
  if (v >= 0 && tree.upos(v) === 'NOUN' && tree.is(n, 'nmod') && tree.is(v, 'obl')) {
    v = tree.parent(v);
  }
  if (v < 0 || !tree.isVerbal(v)) return -1;
  return ctx.lex.accusationVerbs.has(verbLemma(tree, v, knownVerb(ctx.lex))) ? v : -1;
}

/** ATTACKS from the one accused in a death to the one who died. */
export function deathChargeRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    if (tree.upos(n) !== 'NOUN' || !ctx.lex.deathNouns.has(tree.lemma(n))) continue;
    const v = accusingVerb(tree, n, ctx);
    if (v < 0) continue;
    const dead = [
      ...tree.childrenBy(n, 'nmod').filter((c) => tree.caseOf(c) === 'of'),
      ...tree.childrenBy(n, 'nmod:poss'),
    ]
      .flatMap((c) => denoteAll(tree, c, ctx))
      .filter((r) => r.type === 'PERSON');
    if (dead.length === 0) continue;
    const accused = clauseArgs(tree, v).patients.flatMap((p) => denoteAll(tree, p, ctx));
    if (accused.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'ATTACKS',
      subjects: accused,
      objects: dead,
      confidence: 0.6,
      stance: stanceOf(tree, v, ctx),
      trigger: n,
      key: 'death',
    });
  }
  return out;
}
