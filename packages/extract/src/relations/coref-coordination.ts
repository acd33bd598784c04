/**
 * A subject that names several entities by coordination ("Globex and Initech both cut prices",
 * "Tom Reed and Ola Vik met in Oslo") is no antecedent of a singular reference: "It later sued
 * Acme", "He later visited Bergen", "The company said …" after it may mean either, and a guess
 * at the first conjunct makes a false relation half the time. coref.ts lets "they" and a plural
 * description take it as before and leaves the singular ones unresolved.
 */
import type { MentionSpan } from '../analysis.js';
import { denote, entityType } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

/**
 * Whether the conjuncts of subject `s` name more than one entity, each by its own name or
 * pronoun (not one entity reached two ways, "Globex chief Tom Reed").
 *
 * @example
 * // "Globex and Initech both cut prices": namesSeveral(tree, <Globex>, ctx) -> true
 */
export function namesSeveral(tree: SentenceTree, s: number, ctx: Context): boolean {
  const conjuncts = tree.conjuncts(s);
  if (conjuncts.length < 2) return false;
  // A coordination says "and" or "or" between its conjuncts; commas alone may be an apposition
  // the parse took for a list ("Vik, 20, barged linesman Tom Reed").
  const lo = Math.min(...conjuncts);
  const hi = Math.max(...conjuncts);
  let joined = false;
  for (let t = lo + 1; t < hi && !joined; t++) joined = tree.upos(t) === 'CCONJ';
  if (!joined) return false;
  // Of one kind with the first: a person and a demonym the parse joined ("Ms Holt, whose father
  // was Welsh, …") are no two candidates for "she".
  const kind = (type: string) => (type === 'PERSON' ? 'PERSON' : 'BODY');
  let first: string | undefined;
  const entities = new Set<string>();
  for (const c of conjuncts) {
    for (const r of denote(tree, c, ctx)) {
      if (r.via !== 'name' && r.via !== 'coref') continue;
      if (r.mention.type === 'NORP') continue;
      first ??= kind(r.type);
      if (kind(r.type) === first) entities.add(r.mention.entityId);
    }
  }
  return entities.size > 1;
}

/**
 * The names coordinated with antecedent `m` where it is a subject of its sentence ("Globex and
 * Initech"), `m` first, for a plural pronoun that took `m`: "they" means them all. Undefined
 * when `m` heads no coordination of two names of its kind joined by "and" / "or".
 *
 * @example
 * // "Globex and Initech cut prices. They sued Acme." -> [<Globex>, <Initech>] for "They"
 */
export function coordinatedMembers(
  trees: readonly SentenceTree[],
  m: MentionSpan,
  ctx: Context,
): MentionSpan[] | undefined {
  const tree = trees[m.sentence];
  if (!tree) return undefined;
  const node = tree.headOfSpan(m);
  if (!tree.is(node, 'nsubj', 'nsubj:pass') || !namesSeveral(tree, node, ctx)) return undefined;
  const kind = (type: string) => (type === 'PERSON' ? 'PERSON' : 'BODY');
  const want = kind(entityType(tree, m));
  const out = new Map<string, MentionSpan>([[m.entityId, m]]);
  for (const c of tree.conjuncts(node)) {
    for (const r of denote(tree, c, ctx)) {
      if (r.via !== 'name' || r.mention.type === 'NORP' || kind(r.type) !== want) continue;
      if (!out.has(r.mention.entityId)) out.set(r.mention.entityId, r.mention);
    }
  }
  return out.size > 1 ? [...out.values()] : undefined;
}
