/**
 * Forces withdrawn from a place were deployed there: "Britain withdrew its troops from Basra",
 * "the US pulled its troops out of Somalia", "calls for British troops to be pulled out of Iraq",
 * "the withdrawal of British troops from Iraq", "Syria pulled out of Lebanon", "Syria's
 * withdrawal from Lebanon" → DEPLOYS_TO (verbs, nouns and case words in nominal-frames.json
 * `troopWithdrawal`; force nouns are `stationedForces.nouns`).
 *
 * - the owner is what the force noun stands for ("British troops"), a name modifying it
 *   ("its troops", "Spain's soldiers"), else the subject of the verb of withdrawing;
 * - with no force noun, only a country withdraws itself, from a country or region, with no
 *   object of its own ("Syria withdrew from Lebanon"; not "Globex pulled out of Iraq", "Libya
 *   withdrew $1bn from the US", "Britain withdrew from the talks");
 * - the place is a "from" or "out of" phrase of the verb or noun of withdrawing, or of the force
 *   noun ("the withdrawal of troops from Iraq" hung either way);
 * - the deployment is presupposed by the withdrawal whatever is said of the withdrawal ("Spain
 *   will withdraw its troops from Iraq", "refused to pull its troops out of Iraq": they are
 *   there), so the relation is asserted.
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { gazetteerClass } from '../countries.js';
import { emit } from '../emit.js';
import type { SentenceTree } from '../tree.js';

const PLACE_TYPES = new Set(['GPE', 'LOC']);

/** Whether node `n` is a force noun ("troops", "peacekeepers"). */
function isForce(tree: SentenceTree, ctx: Context, n: number): boolean {
  return (
    tree.upos(n) === 'NOUN' && tree.nounKeys(n).some((k) => ctx.lex.stationedForces.nouns.has(k))
  );
}

/** The case words of node `c` ("out", "of" for "out of Iraq"). */
function caseWords(tree: SentenceTree, c: number): string[] {
  return tree.childrenBy(c, 'case').map((w) => tree.lower(w));
}

/** The phrases of `x` that name a place left: "from X", "out of X" (or "of X" after "pull out"). */
function placesLeft(tree: SentenceTree, ctx: Context, x: number, outParticle: boolean): number[] {
  const cases = ctx.lex.troopWithdrawal.cases;
  return tree.childrenBy(x, 'obl', 'nmod').filter((c) => {
    const words = caseWords(tree, c);
    return words.some((w) => cases.has(w)) || (outParticle && words.includes('of'));
  });
}

/** Who owns force noun `f`: its group reading, or a name or possessive modifying it. */
function forceOwners(tree: SentenceTree, ctx: Context, f: number): Ref[] {
  const group = denote(tree, f, ctx).filter((r) => r.via === 'group');
  if (group.length > 0) return group;
  return tree
    .childrenBy(f, 'amod', 'compound', 'nmod:poss')
    .filter((c) => c < f)
    .flatMap((c) => denote(tree, c, ctx));
}

/** Whether place `p` is a country or region (what a country withdraws itself from). */
function countryOrRegion(tree: SentenceTree, p: Ref): boolean {
  if (p.type === 'LOC') return true;
  const place = gazetteerClass(tree.analysis.tokens, p.mention);
  return place === 'country' || place === 'place';
}

/** The force nouns a verb of withdrawing moves: its object or passive subject (or their compound). */
function forcesOf(tree: SentenceTree, ctx: Context, v: number): number[] {
  const direct = tree.childrenBy(v, 'obj', 'nsubj:pass', 'advmod');
  const nodes = [...direct, ...direct.flatMap((d) => tree.childrenBy(d, 'compound'))];
  // "asked for British troops to be pulled out of Iraq": the controller the parse left on the
  // governing verb.
  if (tree.is(v, 'xcomp') && direct.length === 0) {
    const g = tree.parent(v);
    nodes.push(...tree.childrenBy(g, 'obj', 'obl').filter((c) => c < v));
  }
  return nodes.filter((n) => isForce(tree, ctx, n));
}

/** Whether `v` is a verb of withdrawing, with the particle it needs. */
function withdrawingVerb(tree: SentenceTree, ctx: Context, v: number): boolean {
  const particles = ctx.lex.troopWithdrawal.verbs.get(tree.lemma(v));
  if (!particles || !tree.isVerbal(v)) return false;
  if (particles.size === 0) return true;
  const words = [
    ...tree.childrenBy(v, 'compound:prt', 'advmod').map((c) => tree.lower(c)),
    // "pulled its troops out of Somalia": "out" read as the place's case word.
    ...tree.childrenBy(v, 'obl').flatMap((c) => caseWords(tree, c)),
  ];
  return words.some((w) => particles.has(w));
}

function emitDeployment(
  out: RelationCandidate[],
  tree: SentenceTree,
  ctx: Context,
  owners: Ref[],
  placeNodes: number[],
  trigger: number,
  forced: boolean,
): void {
  const owned = new Set(owners.map((o) => o.mention.entityId));
  const objects = placeNodes
    .flatMap((p) => tree.conjuncts(p))
    .flatMap((p) => denote(tree, p, ctx))
    .filter((p) => PLACE_TYPES.has(p.type) && !owned.has(p.mention.entityId))
    .filter((p) => forced || countryOrRegion(tree, p));
  if (owners.length === 0 || objects.length === 0) return;
  emit(out, tree, ctx, {
    type: 'DEPLOYS_TO',
    subjects: owners,
    objects,
    confidence: 0.6,
    stance: { modality: 'asserted' },
    trigger,
  });
}

/** DEPLOYS_TO from the owner of forces withdrawn to the place they are withdrawn from. */
export function troopWithdrawalRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const { nouns } = ctx.lex.troopWithdrawal;
  for (const n of tree.indices()) {
    if (withdrawingVerb(tree, ctx, n)) {
      const out_ = tree.childrenBy(n, 'compound:prt').some((c) => tree.lower(c) === 'out');
      const places = placesLeft(tree, ctx, n, out_);
      if (places.length === 0) continue;
      const forces = forcesOf(tree, ctx, n);
      const subject = tree.childBy(n, 'nsubj');
      if (forces.length > 0) {
        let owners = forces.flatMap((f) => forceOwners(tree, ctx, f));
        if (owners.length === 0 && subject !== undefined) owners = denote(tree, subject, ctx);
        places.push(...forces.flatMap((f) => placesLeft(tree, ctx, f, false)));
        emitDeployment(out, tree, ctx, owners, places, n, true);
      } else if (subject !== undefined && tree.childBy(n, 'obj') === undefined) {
        // "Syria withdrew from Lebanon": a country withdrawing itself.
        const owners = denote(tree, subject, ctx).filter((r) => r.type === 'GPE');
        emitDeployment(out, tree, ctx, owners, places, n, false);
      }
      continue;
    }
    if (tree.upos(n) !== 'NOUN' || !nouns.has(tree.lemma(n))) continue;
    const forces = tree
      .childrenBy(n, 'nmod')
      .filter((c) => tree.caseOf(c) === 'of' && isForce(tree, ctx, c));
    const places = placesLeft(tree, ctx, n, false);
    // "completed its withdrawal from Lebanon": the phrase hung on the verb the noun is the object of.
    const v = tree.parent(n);
    if (places.length === 0 && v >= 0 && tree.is(n, 'obj') && tree.isVerbal(v)) {
      places.push(...placesLeft(tree, ctx, v, false));
    }
    places.push(...forces.flatMap((f) => placesLeft(tree, ctx, f, false)));
    if (places.length === 0) continue;
    if (forces.length > 0) {
      const owners = forces.flatMap((f) => forceOwners(tree, ctx, f));
      emitDeployment(out, tree, ctx, owners, places, n, true);
    } else {
      // "Syria's withdrawal from Lebanon", "the US withdrawal from Iraq": a country's own.
      const owners = tree
        .childrenBy(n, 'nmod:poss', 'compound', 'amod')
        .filter((c) => c < n)
        .flatMap((c) => denote(tree, c, ctx))
        .filter((r) => r.type === 'GPE');
      emitDeployment(out, tree, ctx, owners, places, n, false);
    }
  }
  return out;
}
