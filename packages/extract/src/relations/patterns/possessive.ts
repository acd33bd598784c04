/**
 * Possessives: a name owned by another name ("India's Infosys", "the BBC's Paul Reynolds",
 * "Sony's PlayStation"), related by entity types (noun-phrases.json, possessive); a part noun
 * owned ("its unit Gazpromneft", "Gazprom's subsidiary X") makes the name a part of the owner.
 * An origin word on an owned place ("her native Norland") makes the owner its native.
 * Roles owned ("Yukos's founder") are role.ts; events owned ("Iran's support") event-noun.ts.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';
import { parentNoun } from './parent-company.js';
import { roleAt } from './role.js';
import { describedAsWork } from './work.js';

export function possessiveRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // A demonym modifies a noun; it is not a name the noun phrase describes.
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    for (const d of descriptorsOf(tree, h, ctx.lex)) {
      if (d !== h && roleAt(tree, d, ctx.lex)) continue;
      for (const c of tree.childrenBy(d, 'nmod:poss')) {
        const part = d !== h ? ctx.lex.partRelations.get(tree.lemma(d)) : undefined;
        if (part && entityType(tree, x) !== 'PERSON') {
          emit(out, tree, ctx, {
            type: part,
            subjects: denote(tree, h, ctx),
            objects: denote(tree, c, ctx),
            confidence: 0.7,
            stance: { modality: 'asserted' },
            trigger: d,
            argumentClasses: ['any', 'any'],
          });
          continue;
        }
        if (part || !nameAt(tree, c)) continue;
        // "Initech's parent company, Halvex": the name owns the possessor (parent-company.ts).
        if (d !== h && parentNoun(tree, d, ctx)) continue;
        // "Ola Dahl's novel Silent Fjord", "Ola Dahl's The Night Ferry": a work, its maker
        // (work.ts), not a body its owner leads.
        if (describedAsWork(tree, x)) continue;
        modifierRelation(out, tree, ctx, 'possessive', h, c, c, 0.65);
      }
    }
    nativePlace(out, tree, ctx, h);
  }
  return out;
}

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** "in her native Norland": an origin word on an owned place relates owner and place. */
function nativePlace(out: RelationCandidate[], tree: SentenceTree, ctx: Context, h: number): void {
  const x = nameAt(tree, h);
  if (!x || !PLACE_TYPES.has(entityType(tree, x))) return;
  for (const a of tree.childrenBy(h, 'amod')) {
    const type = ctx.lex.originNouns.get(tree.lemma(a));
    if (!type || a > h) continue;
    const owners = tree
      .childrenBy(h, 'nmod:poss')
      .flatMap((c) => denote(tree, c, ctx))
      .filter((r) => r.type === 'PERSON');
    emit(out, tree, ctx, {
      type,
      subjects: owners,
      objects: denote(tree, h, ctx),
      confidence: 0.65,
      stance: { modality: 'asserted' },
      trigger: a,
      argumentClasses: ['actor', 'place'],
    });
  }
}
