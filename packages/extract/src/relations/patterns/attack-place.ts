/**
 * The place of an attack whose target names no one: "Taliban militants attacked a police
 * checkpoint in Kandahar", "Hamas fighters killed three soldiers near Gaza City", "Omar Haddad
 * opened fire on worshippers at a mosque in Christchurch", "a checkpoint in Kandahar was attacked
 * by the Taliban" → the attacker ATTACKS the place (the event's place, as an attack report gives
 * it; nouns of targets in nominal-frames.json `attackTargets`).
 *
 * - the verb has an ATTACKS frame (verb-frames.json): its target is the direct object (a
 *   passive's subject), or the phrase of a prepositional frame ("opened fire on");
 * - the target is a common noun of a place or of people attacked (checkpoint, convoy, mosque,
 *   soldiers, worshippers …) that names no entity (a named target is the clause pass's);
 * - the place is the target's own "in / at / near / outside" phrase, or the verb's (a place, a
 *   city, country or region, or a facility);
 * - a person attacking with a verb that is criticism when a person does it ("attack", "strike",
 *   "target": `typeOverrides`) is left out ("Blair attacked the policy in Manchester").
 */
import type { RelationCandidate } from '../../analysis.js';
import { denote, isActor } from '../arguments.js';
import type { Context, Ref } from '../arguments.js';
import { emit } from '../emit.js';
import { verbPredicate } from '../frames.js';
import { stanceOf } from '../modality.js';
import type { SentenceTree } from '../tree.js';
import { grammaticalSubject } from './clause.js';

const PLACE_CASES: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside', 'inside']);
const PLACE_TYPES = new Set(['GPE', 'LOC', 'FACILITY']);

/** Whether node `n` is a target noun that names no one. */
function unnamedTarget(tree: SentenceTree, ctx: Context, n: number): boolean {
  if (tree.upos(n) !== 'NOUN' || tree.mentionAt(n) || ctx.refs.has(n)) return false;
  if (!tree.nounKeys(n).some((k) => ctx.lex.attackTargets.has(k))) return false;
  // "Russian positions", "Kurdish villages": a target with an owner is the clause pass's.
  if (denote(tree, n, ctx).length > 0) return false;
  return !tree
    .childrenBy(n, 'compound', 'amod', 'nmod:poss')
    .some((c) => c < n && denote(tree, c, ctx).some(isActor));
}

/** The places phrases of `x` name ("in Kandahar", "at a mosque in Christchurch"). */
function placesOf(tree: SentenceTree, ctx: Context, x: number): Ref[] {
  const out: Ref[] = [];
  for (const c of tree.prepChildren(x, PLACE_CASES)) {
    for (const k of tree.conjuncts(c)) {
      const named = denote(tree, k, ctx).filter((r) => PLACE_TYPES.has(r.type));
      out.push(...named);
      // "at a mosque in Christchurch": an unnamed place in a named one.
      if (named.length === 0 && !tree.mentionAt(k)) out.push(...placesOf(tree, ctx, k));
    }
  }
  return out;
}

/** Lemmas an ATTACKS frame turns into criticism when a person is its subject. */
function criticismLemmas(ctx: Context): Set<string> {
  const out = new Set<string>();
  for (const t of ctx.lex.typeOverrides) {
    if (t.type === 'ATTACKS' && t.becomes === 'CRITICIZES')
      for (const l of t.lemmas ?? []) out.add(l);
  }
  return out;
}

/** ATTACKS from the attacker to the place of an attack on an unnamed target. */
export function attackPlaceRelations(tree: SentenceTree, ctx: Context): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  for (const v of tree.indices()) {
    if (!tree.isVerbal(v)) continue;
    const pred = verbPredicate(tree, v, ctx.lex);
    const frames = pred?.frames.filter((f) => f.type === 'ATTACKS' && !f.theme && !f.reverse);
    if (!pred || !frames || frames.length === 0) continue;
    const passive = tree.childrenBy(v, 'nsubj:pass');
    const targets: number[] = [];
    for (const f of frames) {
      if (f.prep) {
        targets.push(...tree.childrenBy(v, 'obl').filter((c) => tree.caseOf(c) === f.prep));
      } else if (!pred.objectInKey) {
        targets.push(...(passive.length > 0 ? passive : tree.childrenBy(v, 'obj')));
      }
    }
    const unnamed = targets.filter((t) => unnamedTarget(tree, ctx, t));
    if (unnamed.length === 0 || unnamed.length !== targets.length) continue;
    const places = [...unnamed.flatMap((t) => placesOf(tree, ctx, t)), ...placesOf(tree, ctx, v)];
    if (places.length === 0) continue;
    const doers =
      passive.length > 0
        ? tree.childrenBy(v, 'obl:agent', 'obl').filter((c) => tree.caseOf(c) === 'by')
        : grammaticalSubject(tree, v);
    const criticism = criticismLemmas(ctx).has(pred.key);
    // "US drones struck …", "Taliban militants attacked …": the owner of an unnamed doer.
    const owner = (d: number) =>
      tree
        .childrenBy(d, 'compound', 'amod', 'nmod:poss')
        .filter((c) => c < d)
        .flatMap((c) => denote(tree, c, ctx));
    const attackers = doers
      .flatMap((d) => {
        const named = denote(tree, d, ctx).filter(isActor);
        return named.length > 0 ? named : owner(d);
      })
      .filter(isActor)
      .filter((r) => !(criticism && r.type === 'PERSON'));
    const own = new Set(attackers.map((a) => a.mention.entityId));
    const objects = places.filter((p) => !own.has(p.mention.entityId));
    if (attackers.length === 0 || objects.length === 0) continue;
    emit(out, tree, ctx, {
      type: 'ATTACKS',
      subjects: attackers,
      objects,
      confidence: 0.55,
      stance: stanceOf(tree, v, ctx),
      trigger: v,
      key: pred.key,
    });
  }
  return out;
}
