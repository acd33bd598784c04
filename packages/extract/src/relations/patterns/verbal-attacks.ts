/**
 * An attack on an act is criticism: "the Tories attacked Labour's tax plans", "Lemuria attacked
 * the Norland asylum moves", "Globex attacked the plans of Initech". When every object of a verb
 * of attacking is a noun of an act (nominal-frames.json `actNouns`: plan, policy, move, decision,
 * remarks, deal …) that names no one itself, the party the relation reaches is the act's owner,
 * and one attacks a plan only with words: the relation is CRITICIZES whoever the parties are. A
 * noun of a target (`attackTargets`: position, convoy, village, base …) is attacked with arms
 * ("struck Hamas positions" stays ATTACKS), as is anything that names someone.
 */
import type { Context } from '../arguments.js';
import type { SentenceTree } from '../tree.js';

/** Whether every node of `objects` is an act noun, so that attacking them is criticism. */
export function attacksAnAct(
  tree: SentenceTree,
  ctx: Context,
  objects: readonly number[],
): boolean {
  return objects.length > 0 && objects.every((o) => actNoun(tree, ctx, o));
}

function actNoun(tree: SentenceTree, ctx: Context, n: number): boolean {
  if (!tree.isNominal(n) || tree.mentionAt(n) || ctx.refs.has(n)) return false;
  const keys = tree.nounKeys(n);
  if (keys.some((k) => ctx.lex.attackTargets.has(k))) return false;
  return keys.some((k) => ctx.lex.actNouns.has(k));
}
