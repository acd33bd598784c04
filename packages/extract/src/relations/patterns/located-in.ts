/**
 * "X in Y", "X near Y", "X at Y": a name with a place phrase inside its own noun phrase ("the
 * Palace of Fine Arts, in San Francisco", "a church near Ponchatoula", "Wang Ziqiang at the
 * Institute of Mechanics"), related by entity types (noun-phrases.json: in, near, at). Verbs of
 * location ("is based in", "was born in") are clause frames.
 */
import type { RelationCandidate } from '../../analysis.js';
import { nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';

const PLACE_CASES = new Set(['in', 'near', 'at']);

export function locatedInRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // A demonym modifies a noun; it is not a name the noun phrase describes.
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    for (const d of descriptorsOf(tree, h, ctx.lex)) {
      for (const c of tree.prepChildren(d, PLACE_CASES)) {
        const prep = tree.caseOf(c);
        if (!nameAt(tree, c)) continue;
        modifierRelation(out, tree, ctx, prep, h, c, c, 0.65);
      }
    }
  }
  return out;
}
