/**
 * A stake sold to someone is theirs: "Yukos sold its 20% stake in Sibneft to Gazprom",
 * "Globex's holding in Initech was sold to Acme" → Gazprom / Acme ACQUIRES Sibneft / Initech.
 * The event-noun pass reads the seller's side ("sold its stake in X": the seller ACQUIRES X,
 * negated); this pass reads the buyer's, from a noun whose frame is ACQUIRES with verbs that
 * undo it (nominal-frames.json nouns: *stake, holding, shareholding*, `undoneBy`: *sell,
 * offload* …).
 *
 * - the noun is the object of an undoing verb or its passive subject;
 * - the buyer is a "to" phrase on the verb, on the noun, or on the noun's own "in" phrase,
 *   where the parse often hangs it ("a stake in Sibneft to Gazprom");
 * - what is bought is the noun's phrase of its frame's preposition ("in Sibneft"), or the
 *   verb's where the parse hung it there.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denoteAll } from '../arguments.js';
import type { Context } from '../arguments.js';
import { emit } from '../emit.js';
import { knownVerb, verbLemma } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

/** The "to" phrases of node `x`. */
function toPhrases(tree: SentenceTree, x: number): number[] {
  return tree.childrenBy(x, 'obl', 'nmod').filter((c) => tree.caseOf(c) === 'to');
}

/** Buyer ACQUIRES the company a stake sold to the buyer is in. */
export function stakeSaleRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const n of tree.indices()) {
    if (tree.upos(n) !== 'NOUN' || !tree.is(n, 'obj', 'nsubj:pass')) continue;
    const frame = tree
      .nounKeys(n)
      .map((k) => ctx.lex.nouns.get(k))
      .find((f) => f !== undefined);
    if (!frame || frame.type !== 'ACQUIRES' || !frame.undoneBy) continue;
    const v = tree.parent(n);
    if (v < 0 || !tree.isVerbal(v)) continue;
    const lemma = verbLemma(tree, v, knownVerb(ctx.lex));
    const prt = tree.childBy(v, 'compound:prt');
    const key = prt !== undefined ? `${lemma} ${tree.lower(prt)}` : lemma;
    if (!frame.undoneBy.includes(key) && !frame.undoneBy.includes(lemma)) continue;
    const own = (x: number) =>
      tree.childrenBy(x, 'nmod', 'obl').filter((c) => frame.preps.includes(tree.caseOf(c)));
    // "plans to sell its stake in Sibneft": the parse may hang the phrase on the verb.
    const targets = own(n).length > 0 ? own(n) : own(v);
    const buyers = [v, n, ...targets].flatMap((x) => toPhrases(tree, x));
    if (targets.length === 0 || buyers.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'ACQUIRES',
      subjects: buyers.flatMap((b) => denoteAll(tree, b, ctx)),
      objects: targets.flatMap((t) => denoteAll(tree, t, ctx)),
      confidence: 0.65,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key,
    });
  }
  return out;
}
