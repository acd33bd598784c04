/**
 * A country's or body's forces said to be in a place are deployed there: "British troops in
 * Iraq", "French peacekeepers in Ivory Coast fired on …", "the US has 150,000 troops in Iraq",
 * "Britain has 600 soldiers stationed in Bosnia" → DEPLOYS_TO (nouns, verbs and participles in
 * nominal-frames.json `stationedForces`).
 *
 * - the owner is what the force noun stands for ("British troops", "Britain's soldiers": the
 *   group reading of arguments.ts, or a name modifying it: "French peacekeepers"), or the subject of a verb of having or keeping whose object
 *   the force noun is ("the US has … troops", "Lemuria keeps 500 soldiers");
 * - the place is the force noun's "in" phrase, the "in" phrase of a participle on it
 *   ("stationed / based / deployed in"), or, with a verb of having or an existential ("there
 *   are 8,000 British troops in Iraq"), that verb's own "in" phrase;
 * - a town is taken only for a body's forces ("UN peacekeepers in Goma"): a country's may be at
 *   home there ("Iraqi soldiers in Basra"), which the gazetteer cannot tell;
 * - forces "from" or "of" a place are its own, not sent there ("troops from Iraq"), and forces
 *   leaving a place are no longer in it ("withdrew its troops from Iraq" is the clause pass's).
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { gazetteerClass } from '../countries.js';
import { emit } from '../emit.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';

/** The "in" phrases of node `x` (its nmod or obl children with that case word). */
function inPhrases(tree: SentenceTree, x: number, cases: ReadonlySet<string>): number[] {
  return tree.childrenBy(x, 'nmod', 'obl').filter((c) => cases.has(tree.caseOf(c)));
}

/**
 * Whether place `r` can be where the owners' forces were sent: a country or a region, or any
 * place for a body's forces ("UN peacekeepers in Goma"); a town may be the country's own
 * ("Iraqi soldiers in Basra" are at home), which the gazetteer cannot tell.
 */
function abroad(tree: SentenceTree, r: Ref, owners: readonly Ref[]): boolean {
  if (owners.every((o) => o.type === 'ORG')) return true;
  if (r.type === 'LOC') return true;
  const place = gazetteerClass(tree.analysis.tokens, r.mention);
  return place === 'country' || place === 'place';
}

/** DEPLOYS_TO from a force noun's owner to the place the sentence puts the force in. */
export function stationedForceRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { nouns, verbs, participles, cases } = ctx.lex.stationedForces;
  for (const n of tree.indices()) {
    if (tree.upos(n) !== 'NOUN' || !tree.nounKeys(n).some((k) => nouns.has(k))) continue;
    const places = inPhrases(tree, n, cases);
    for (const a of tree.childrenBy(n, 'acl')) {
      if (participles.has(tree.lemma(a))) places.push(...inPhrases(tree, a, cases));
    }
    let owners: Ref[] = denote(tree, n, ctx).filter((r) => r.via === 'group');
    // "French peacekeepers", "Britain's marines": a name modifying a force noun no group reads.
    if (owners.length === 0) {
      owners = tree
        .childrenBy(n, 'amod', 'compound', 'nmod:poss')
        .filter((c) => c < n)
        .flatMap((c) => denote(tree, c, ctx));
    }
    const v = tree.parent(n);
    const having = v >= 0 && tree.is(n, 'obj') && tree.isVerbal(v) && verbs.has(tree.lemma(v));
    // "There are 8,000 British troops in Iraq": the existential's place is the troops'.
    const existential = v >= 0 && tree.is(n, 'nsubj') && tree.childBy(v, 'expl') !== undefined;
    if (existential) places.push(...inPhrases(tree, v, cases));
    if (having) {
      places.push(...inPhrases(tree, v, cases));
      if (owners.length === 0) {
        const subject = tree.childBy(v, 'nsubj');
        if (subject !== undefined) owners = denote(tree, subject, ctx);
      }
    }
    if (owners.length === 0 || places.length === 0) continue;
    const objects = places
      .flatMap((p) => tree.conjuncts(p))
      .flatMap((p) => denote(tree, p, ctx))
      .filter((r) => abroad(tree, r, owners));
    emit(out, tree, ctx, {
      type: 'DEPLOYS_TO',
      subjects: owners,
      objects,
      confidence: 0.65,
      stance: stanceOf(tree, having ? v : n, ctx),
      trigger: n,
    });
  }
  return out;
}
