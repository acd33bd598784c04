/**
 * Coordination. Arguments are widened to all their conjuncts where they are read (see
 * `denoteAll`); this pass adds what coordination itself says: coordinated subjects of a
 * symmetric predicate with no other party relate to each other ("China and Brazil held talks",
 * "Peru, Chile and Bolivia agreed to boost cooperation").
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../../analysis.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { Stance } from '../modality.js';
import type { SentenceTree } from '../tree.js';

/** Every pair of `parties` (in order) as a symmetric relation; returns how many were added. */
export function pairwise(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  type: RelationType,
  parties: readonly Ref[],
  stance: Stance,
  trigger: number,
  confidence: number,
): number {
  let added = 0;
  parties.forEach((first, n) => {
    added += emit(out, tree, ctx, {
      type,
      subjects: [first],
      objects: parties.slice(n + 1),
      confidence,
      stance,
      trigger,
    });
  });
  return added;
}
