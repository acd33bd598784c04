/**
 * "X in Y", "X near Y", "X at Y": a name with a place phrase inside its own noun phrase ("the
 * Hall of Trade, in Port Ellery", "a church near Ashby", "Ola Vik at the
 * Institute of Geology"), related by entity types (noun-phrases.json: in, near, at). Verbs of
 * location ("is based in", "was born in") are clause frames.
 */
import type { RelationCandidate } from '../../analysis.js';
import { nameAt } from '../arguments.js';
import { namesCountry } from '../countries.js';
import type { Context } from '../arguments.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';

const PLACE_CASES = new Set(['in', 'near', 'at']);
const PLACE_TYPES = new Set(['GPE', 'LOC']);

export function locatedInRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const tokens = tree.analysis.tokens;
  // A country is in no other country: "fought Iran in Kuwait" says where the fighting was.
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    // A demonym modifies a noun; it is not a name the noun phrase describes.
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    for (const d of descriptorsOf(tree, h, ctx.lex)) {
      for (const c of tree.prepChildren(d, PLACE_CASES)) {
        const prep = tree.caseOf(c);
        const y = nameAt(tree, c);
        if (!y || (namesCountry(tokens, x) && namesCountry(tokens, y))) continue;
        modifierRelation(out, tree, ctx, prep, h, c, c, 0.65);
      }
    }
    listPlacePhrases(out, tree, ctx, h);
  }
  return out;
}

/**
 * "Alderton, Birchwood and Cedar County in western Norland": a place phrase after the last of
 * coordinated places, hung on the first, places every one of them.
 */
function listPlacePhrases(out: RelationCandidate[], tree: SentenceTree, ctx: Context, h: number) {
  const tokens = tree.analysis.tokens;
  const isPlace = (i: number) => PLACE_TYPES.has(nameAt(tree, i)?.type ?? '');
  // Below country level: "Iran and Syria in Kuwait" is where they are, not what they are in.
  const isLocality = (i: number) => {
    const m = nameAt(tree, i);
    return m !== undefined && isPlace(i) && !namesCountry(tokens, m);
  };
  if (!isLocality(h)) return;
  const members = tree.conjuncts(h).filter((k) => k !== h && isLocality(k));
  if (members.length === 0) return;
  const last = Math.max(...members);
  for (const c of tree.prepChildren(h, PLACE_CASES)) {
    if (c < last || tree.caseOf(c) !== 'in' || !isPlace(c)) continue;
    for (const k of members) modifierRelation(out, tree, ctx, 'in', k, c, c, 0.6);
  }
}
