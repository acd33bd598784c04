/**
 * A place and a clause of where someone lives or something is, after its comma: "was born in
 * Ashby, where Globex is based" → Globex LOCATED_IN Ashby; "moved to Dunmore, where she still
 * lives" → LOCATED_IN Dunmore; "returned to Ashby, where he was born" → AFFILIATED_WITH. The
 * clause's verb has a frame of place with "in" (verb-frames.json: *live, reside, base,
 * headquarter, locate, bear, grow up*): "where" stands for that "in" phrase, the place named
 * right before its comma for what the phrase names; the one there is the verb's subject (a
 * passive's too: "where Globex is based").
 *
 * Not a clause with a place phrase of its own ("Ashby, where she lives in a flat in Dunmore"),
 * nor "where" after anything but a place name and a comma ("the town where …" is another
 * noun's clause; "at a time where …" names no place).
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll, entityType, nameAt } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import { verbPredicate } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

const PLACES = new Set(['GPE', 'LOC']);
const PLACE_RELATIONS = new Set(['LOCATED_IN', 'AFFILIATED_WITH']);
const DWELLERS = new Set(['PERSON', 'ORG']);

/** LOCATED_IN / AFFILIATED_WITH from "Place, where X lives / is based / was born". */
export function whereClauseRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const w of tree.indices()) {
    if (tree.lower(w) !== 'where' || !tree.contains(w - 2) || tree.lower(w - 1) !== ',') continue;
    const place = nameAt(tree, w - 2);
    if (!place || place.lastToken !== w - 1 || !PLACES.has(entityType(tree, place))) continue;
    const v = tree.parent(w);
    if (v < 0 || !tree.isVerbal(v)) continue;
    const frame = verbPredicate(tree, v, ctx.lex)?.frames.find(
      (f) => f.prep === 'in' && PLACE_RELATIONS.has(f.type),
    );
    if (!frame) continue;
    const own = tree.childrenBy(v, 'obl').some((c) => tree.caseOf(c) === 'in' && nameAt(tree, c));
    if (own) continue;
    const subjects = tree
      .childrenBy(v, 'nsubj', 'nsubj:pass')
      .flatMap((s) => denoteAll(tree, s, ctx))
      .filter((r) => DWELLERS.has(r.type));
    if (subjects.length === 0) continue;
    const node = tree.headOfSpan(place);
    emit(out, tree, ctx, {
      type: frame.type,
      subjects,
      objects: [{ node, mention: place, type: entityType(tree, place), via: 'name' }],
      confidence: 0.65,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key: tree.lemma(v),
    });
  }
  return out;
}
