/**
 * Definite descriptions that repeat the end of a name: "the body shop" after "Lund's Body Shop",
 * "the bank" after "Globex Bank", "the federal building" after "Moss Federal Building". A report
 * names a business, institution or place once and then calls it by its kind; the words of the
 * description (its head noun, from nominal-frames.json descriptionHeads, with the compounds and
 * adjectives right before it) are the last words of the name.
 *
 * The description refers back to that entity when exactly one entity of the document, named
 * before the description (no person: "the bank" is no Ann Bank), has a name ending in those
 * words and longer than them. Two such names ("Globex Bank", "Initech Bank") leave "the bank"
 * unresolved; a name that is the description itself ("the Bank") is no antecedent.
 */
import type { MentionSpan } from '../analysis.js';
import { entityType } from './arguments.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(/['’]s$/, ''));
}

/**
 * The words of the description headed by `i` after its determiner ("body shop"), or undefined
 * when something other than compounds and adjectives of the head stands between them.
 */
function descriptionWords(tree: SentenceTree, i: number, det: number): string[] | undefined {
  const out: string[] = [];
  for (let k = det + 1; k < i; k++) {
    if (tree.parent(k) !== i || !tree.is(k, 'compound', 'amod') || tree.mentionAt(k)) {
      return undefined;
    }
    out.push(tree.lower(k));
  }
  out.push(tree.lower(i));
  return out;
}

function endsWith(name: readonly string[], tail: readonly string[]): boolean {
  if (name.length <= tail.length) return false;
  const off = name.length - tail.length;
  return tail.every((w, j) => name[off + j] === w);
}

/**
 * The antecedent of a definite description headed by `i` whose words end one earlier name, or
 * undefined.
 *
 * @example
 * // "Tom Reed runs Lund's Body Shop. Police came to the body shop." -> <Lund's Body Shop>
 */
export function namedDescription(
  tree: SentenceTree,
  i: number,
  det: number,
  ctx: Context,
): MentionSpan | undefined {
  if (!ctx.lex.descriptionHeads.has(tree.lower(i)) && !ctx.lex.descriptionHeads.has(tree.lemma(i)))
    return undefined;
  const tail = descriptionWords(tree, i, det);
  if (!tail) return undefined;
  const found = new Map<string, MentionSpan>();
  for (const m of tree.analysis.mentions) {
    if (m.lastToken > det) continue;
    if (m.kind === 'pronoun' || entityType(tree, m) === 'PERSON') continue;
    if (endsWith(words(m.text), tail)) found.set(m.entityId, m);
  }
  if (found.size !== 1) return undefined;
  return [...found.values()][0];
}
