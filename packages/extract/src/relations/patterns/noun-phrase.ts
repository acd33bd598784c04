/**
 * The relation between a name and another name modifying it inside one noun phrase, looked up
 * by construction and entity types in data/noun-phrases.json (modifierRelations): "Japanese
 * carmaker Nissan" (premodifier: ORG < GPE -> LOCATED_IN), "the BBC's Paul Reynolds"
 * (possessive: PERSON < ORG -> MEMBER_OF), "Ann Fry, of Bergen" (of), "the Hall of Trade
 * in Port Ellery" (in).
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

/** Emits the relation `construction` gives between the name at `name` and the one at `modifier`. */
export function modifierRelation(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  construction: string,
  name: number,
  modifier: number,
  trigger: number,
  confidence: number,
  refs?: { name?: Ref[]; modifier?: Ref[] },
): number {
  const table = ctx.lex.modifierRelations.get(construction);
  if (!table) return 0;
  const xs = refs?.name ?? denote(tree, name, ctx);
  const ys = refs?.modifier ?? denote(tree, modifier, ctx);
  let added = 0;
  // A demonym names a people or a language here, not a place ("Radio Norland in Lemurian").
  const placeLike = construction !== 'premodifier' && construction !== 'possessive';
  for (const x of xs) {
    for (const y of ys) {
      if (placeLike && y.mention.type === 'NORP') continue;
      const rel = table.get(`${x.type}<${y.type}`) ?? table.get(`${x.type}<${y.mention.type}`);
      if (!rel || rel.onlyWithCue) continue;
      const [s, o] = rel.reverse ? [y, x] : [x, y];
      added += emit(out, tree, ctx, {
        type: rel.type,
        subjects: [s],
        objects: [o],
        confidence,
        stance: { modality: 'asserted' },
        trigger,
        argumentClasses: ['any', 'any'],
      });
    }
  }
  return added;
}
