/**
 * A person described, in apposition, as someone from or in a place: "Ben Harlow, a drifter from
 * Kentucky," (AFFILIATED_WITH: where he comes from), "Marta Ek, a lawyer in Lakeview," (LOCATED_IN:
 * where she lives or works). Whatever the noun: an occupation, a trade, a kinship word or
 * "man" — AP style gives a person's home town this way. of-phrase.ts reads the same "from" for
 * the descriptor and role nouns it knows; this pass takes any common noun, and "in".
 *
 * Not a superlative or a ranking ("the richest man in Norway", "the first woman in Lemuria to …",
 * "one of the best surgeons in Norland"): the place bounds a comparison, not a home.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

const FROM_IN = new Set(['from', 'in']);
const PLACES = new Set(['GPE', 'LOC']);
const RANKING = new Set([
  'first',
  'last',
  'only',
  'top',
  'leading',
  'best',
  'most',
  'least',
  'biggest',
  'largest',
  'oldest',
  'youngest',
  'richest',
]);

export function descriptorPlaceRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    if (!x || tree.headOfSpan(x) !== h || entityType(tree, x) !== 'PERSON') continue;
    for (const d of tree.childrenBy(h, 'appos')) {
      if (d < h || tree.upos(d) !== 'NOUN' || tree.mentionAt(d) || ranked(tree, d)) continue;
      for (const c of tree.prepChildren(d, FROM_IN)) {
        const y = nameAt(tree, c);
        if (!y || tree.headOfSpan(y) !== c || !PLACES.has(entityType(tree, y))) continue;
        // A demonym names a people here ("a novelist in Lemurian"), not a place.
        if (y.type === 'NORP') continue;
        // The phrase right after the noun, not one after a comma ("Ola Vik, then the mayor, on
        // May 3 in Kelby": a time and place of the clause the parse hung there).
        if (commaBetween(tree, d, c)) continue;
        emit(out, tree, ctx, {
          type: tree.caseOf(c) === 'from' ? 'AFFILIATED_WITH' : 'LOCATED_IN',
          subjects: denote(tree, h, ctx),
          objects: denoteAll(tree, c, ctx),
          confidence: 0.6,
          stance: { modality: 'asserted' },
          trigger: d,
          argumentClasses: ['any', 'any'],
        });
      }
    }
  }
  return out;
}

function commaBetween(tree: SentenceTree, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tree.lower(k) === ',') return true;
  return false;
}

/** "the richest man", "one of the leading experts": a noun ranked among others. */
function ranked(tree: SentenceTree, d: number): boolean {
  const words = tree.children(d).filter((c) => c < d);
  if (words.some((c) => RANKING.has(tree.lower(c)) || /est$/.test(tree.lower(c)))) return true;
  // "one of the …": the noun is the partitive's.
  const p = tree.parent(d);
  return p >= 0 && tree.lower(p) === 'one' && tree.caseOf(d) === 'of';
}
