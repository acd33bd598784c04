/**
 * A possessive in a phrase that opens the sentence refers forward to the subject after it: "In
 * its latest report, the OECD cut …", "Despite his background, President Lula has …",
 * "Accepting his prize, Ola Dahl thanked …", "For its part, Globex said …". News writes the
 * owner's name once, after the comma, and the pronoun in front of it means that subject, not
 * the subject of the sentence before (which the backward search would take).
 *
 * Only a possessive (his, her, its, their) inside a modifier of the main verb that starts the
 * sentence (after "But", "And" or the like) and ends before the verb's subject; a clause inside
 * the phrase with a subject of its own that names someone ("After Vik criticised his plan, Reed
 * quit") leaves the pronoun to the other rules, and so does a subject naming no entity of the
 * kind ("In its report, the ministry said": no name, no guess here).
 */
import { denote } from './arguments.js';
import type { Context, Ref } from './arguments.js';
import type { SentenceTree } from './tree.js';

const FRONTED_LABELS = ['obl', 'advcl', 'advmod', 'obl:tmod', 'nmod'];
const POSSESSIVES = new Set(['his', 'her', 'its', 'their']);

/** Whether the tokens of the sentence before `from` are only conjunctions and adverbs ("But"). */
function opensSentence(tree: SentenceTree, from: number): boolean {
  for (let t = tree.sentence.firstToken; t < from; t++) {
    if (!/^(CCONJ|ADV|PUNCT)$/.test(tree.upos(t))) return false;
  }
  return true;
}

/**
 * The reference of the main clause's subject that possessive `p`, in a phrase fronted before
 * it, stands for; undefined when `p` is no such possessive or the subject names no entity that
 * `fits`.
 *
 * @example
 * // "In its latest report, the OECD cut its forecast": frontedOwner(<its>) -> <OECD>
 */
export function frontedOwner(
  tree: SentenceTree,
  p: number,
  ctx: Context,
  fits: (r: Ref) => boolean,
): Ref | undefined {
  if (!POSSESSIVES.has(tree.lower(p)) || !tree.is(p, 'nmod:poss')) return undefined;
  let below = p;
  let a = tree.parent(p);
  for (let n = 0; a >= 0 && n < 12; n++, below = a, a = tree.parent(a)) {
    const subject = tree.childBy(a, 'nsubj', 'nsubj:pass');
    if (subject === undefined || tree.dominates(subject, p)) continue;
    // The first clause up with a subject of its own: it must be the sentence's main clause,
    // its subject after the phrase holding `p`, and that phrase at the sentence's start.
    if (tree.parent(a) >= 0 || subject < p) return undefined;
    if (!tree.is(below, ...FRONTED_LABELS)) return undefined;
    const [lo, hi] = tree.subtreeSpan(below);
    if (hi >= subject || !opensSentence(tree, lo)) return undefined;
    // A pronoun subject is resolved after `p` is: the other rules take both.
    if (tree.upos(subject) === 'PRON') return undefined;
    const refs = denote(tree, subject, ctx);
    const named = refs.filter((r) => r.via === 'name' && r.mention.kind !== 'pronoun');
    if (named.length !== 1) return undefined;
    const only = named[0] as Ref;
    return fits(only) ? only : undefined;
  }
  return undefined;
}
