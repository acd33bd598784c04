/**
 * Voice. A verb is passive with a passive subject or auxiliary ("Kherson was shelled by
 * Russia"), as a participle modifying a noun ("a firm based in Lyon", "Russian-backed
 * rebels"), or as a participle coordinated with a passive verb ("was arrested and charged").
 * The agent of a passive is its "by" phrase.
 */
import type { SentenceTree } from '../tree.js';

export function isPassive(tree: SentenceTree, v: number): boolean {
  if (tree.childrenBy(v, 'nsubj:pass', 'aux:pass', 'csubj:pass').length > 0) return true;
  if (!tree.isParticiple(v)) return false;
  const ownSubject = tree.childrenBy(v, 'nsubj', 'aux').length > 0;
  if (ownSubject) return false;
  if (tree.is(v, 'acl', 'amod') && !tree.is(v, 'acl:relcl')) return true;
  const p = tree.parent(v);
  if (tree.is(v, 'conj') && p >= 0 && tree.isVerbal(p)) return isPassive(tree, p);
  // "Backed by Moscow, the rebels …", "Acme, based in Lyon, …": a past participle clause.
  return tree.is(v, 'advcl') && !tree.isGerund(v) && tree.childBy(v, 'mark') === undefined;
}

/** The "by" phrase of a passive verb (its nodes; coordination is widened by the caller). */
export function agentsOf(tree: SentenceTree, v: number): number[] {
  const agents = tree.childrenBy(v, 'obl:agent');
  if (agents.length > 0) return agents;
  return tree.childrenBy(v, 'obl').filter((c) => tree.caseOf(c) === 'by');
}
