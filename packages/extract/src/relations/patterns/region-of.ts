/**
 * A place or body placed in a region of another place: "Kivu in the eastern part of Congo",
 * "a plant in the north of Lemuria", "Tarnby, in the heart of Norland" → LOCATED_IN Congo,
 * Lemuria, Norland (by entity types, as located-in.ts relates "Tarnby in western Norland"). The
 * region phrase must follow the name (a comma between allowed) and hang on it, on one of its
 * descriptors or on the verb the name depends on: the parse often takes "in the north of …"
 * for where the clause happens ("sent troops to Kivu in the east of Congo").
 *
 * Not a person ("Ola Vik in the north of Lemuria": the noun-phrase table relates no person by
 * "in"), not a country in a country, not a region phrase before the name or away from it.
 */
import type { RelationCandidate } from '../../analysis.js';
import { nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { isCompassWord, namesCountry } from '../countries.js';
import type { SentenceTree } from '../tree.js';
import { descriptorsOf } from './apposition.js';
import { modifierRelation } from './noun-phrase.js';

/** Nouns naming a region of a place, besides the compass points ("the north of"). */
const REGION_NOUNS = new Set(['part', 'parts', 'centre', 'center', 'heart', 'middle', 'interior']);
const IN = new Set(['in']);
const OF = new Set(['of']);

export function regionOfRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const tokens = tree.analysis.tokens;
  for (const h of tree.indices()) {
    const x = nameAt(tree, h);
    if (!x || tree.headOfSpan(x) !== h || x.type === 'NORP') continue;
    // Where the region phrase may hang: the name, its descriptors, the words above the name up
    // to its clause's verb ("rescued people in Tarnby in the south of Norland").
    const descriptors = descriptorsOf(tree, h, ctx.lex);
    const hosts = new Set([...descriptors, ...ancestors(tree, h)]);
    // The phrase follows the name (or its comma) or a noun after the name that describes it
    // ("Aldmoor province in the north of …", "Kelby, a province in the east of …").
    const before = new Set([x.lastToken - 1]);
    for (const d of [...descriptors, tree.parent(h)]) if (d > h) before.add(d);
    for (const host of hosts) {
      for (const r of tree.prepChildren(host, IN)) {
        if (nameAt(tree, r) || !isRegionNoun(tree, r)) continue;
        const [lo] = tree.subtreeSpan(r);
        if (!tree.contains(lo - 1)) continue;
        const prev = tree.lower(lo - 1) === ',' ? lo - 2 : lo - 1;
        if (!before.has(prev)) continue;
        for (const c of tree.prepChildren(r, OF)) {
          const y = nameAt(tree, c);
          if (!y || tree.headOfSpan(y) !== c || y.entityId === x.entityId) continue;
          if (namesCountry(tokens, x) && namesCountry(tokens, y)) continue;
          modifierRelation(out, tree, ctx, 'in', h, c, r, 0.6);
        }
      }
    }
  }
  return out;
}

/** "part", "centre", "north", "south-east": a noun naming a region of what follows "of". */
function isRegionNoun(tree: SentenceTree, r: number): boolean {
  const word = tree.lower(r);
  return REGION_NOUNS.has(word) || (isCompassWord(word) && !word.endsWith('ern'));
}

/** The words above `h` up to and including the first verb (none past the sentence root). */
function ancestors(tree: SentenceTree, h: number): number[] {
  const out = [h];
  for (let a = tree.parent(h); a >= 0 && out.length < 6; a = tree.parent(a)) {
    out.push(a);
    if (tree.isVerbal(a)) break;
  }
  return out;
}
