/**
 * Relative clauses and reduced relatives: the noun a clause modifies fills the argument the
 * clause leaves open. "The YPG, which is backed by the US": the YPG is the passive subject;
 * "the firm Russia bought": the firm is the object; "a company making drones": the company
 * makes them; "the first country to recognise Kosovo": the country recognises it.
 */
import type { SentenceTree } from '../tree.js';

export interface OpenArgument {
  /** The modified noun is the clause's grammatical subject. */
  subject?: number;
  /** The modified noun is the clause's object. */
  object?: number;
}

/** What the noun that clause `v` modifies stands for inside it. */
export function openArgument(tree: SentenceTree, v: number): OpenArgument {
  const noun = tree.parent(v);
  if (noun < 0) return {};
  if (tree.is(v, 'acl:relcl')) {
    for (const c of tree.children(v)) {
      if (!tree.isRelativePronoun(c)) continue;
      if (tree.is(c, 'nsubj', 'csubj')) return { subject: noun };
      if (tree.is(c, 'obj')) return { object: noun };
      return {};
    }
    // "whose", "in which", …: the relative word is deeper; the noun fills nothing directly.
    const deep = tree
      .children(v)
      .some((c) => tree.children(c).some((d) => tree.isRelativePronoun(d)));
    if (deep) return {};
    const hasSubject = tree.children(v).some((c) => tree.is(c, 'nsubj', 'csubj', 'expl'));
    return hasSubject ? { object: noun } : { subject: noun };
  }
  if (tree.is(v, 'acl', 'amod')) {
    if (tree.children(v).some((c) => tree.is(c, 'nsubj'))) return {};
    return { subject: noun };
  }
  return {};
}
