/**
 * Control: who does the action of a clause without its own subject. An infinitive complement
 * takes its governor's object when there is one ("urged Iran to stop", "forced Yukos to sell")
 * and its subject otherwise ("Iran plans to send"); a purpose clause takes the subject ("sent
 * troops to help Russia"); a gerund after "of / from / in" takes the governor's object when that
 * names an actor ("accused Iran of selling", "assist Malian soldiers in using") and its subject
 * otherwise ("denied supplying"); a coordinated verb shares its first conjunct's subject.
 */
import type { SentenceTree } from '../tree.js';

const OBJECT_CONTROL_MARKS = new Set(['of', 'from', 'in', 'into', 'for', 'with']);

/** Where the controller of clause `v` is found: the governor's object, or its subject. */
export function controlSource(tree: SentenceTree, v: number): 'object' | 'subject' | undefined {
  const p = tree.parent(v);
  if (p < 0) return undefined;
  const hasObject = tree.childrenBy(p, 'obj', 'iobj').length > 0;
  if (tree.is(v, 'xcomp')) return hasObject ? 'object' : 'subject';
  if (tree.is(v, 'conj')) return 'subject';
  if (tree.is(v, 'advcl')) {
    const marks = tree.marks(v);
    if (marks.some((m) => OBJECT_CONTROL_MARKS.has(m)) && hasObject && tree.isGerund(v)) {
      return 'object';
    }
    // Finite adverbial clauses ("because X did") carry their own subject.
    if (
      tree.childrenBy(v, 'aux').some((a) => !/^(to|be|been|being|have|having)$/.test(tree.lower(a)))
    ) {
      return undefined;
    }
    return 'subject';
  }
  return undefined;
}
