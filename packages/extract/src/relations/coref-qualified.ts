/**
 * A role qualified by a word that makes it another office: "the prime minister" is not the
 * deputy prime minister, nor "the president" the vice-president, "the chancellor" the shadow
 * chancellor or "the leader" the former leader. The role facts key both by the role's head
 * ("Deputy Prime Minister John Prescott" holds "prime minister"), so coref.ts asks here whether a
 * holder was named with the qualifier, and whether the description carries one, and pairs
 * only like with like.
 */
import type { Analysis } from '../analysis.js';
import type { SentenceTree } from './tree.js';

/** Words before a role that make it another office than the bare role. */
const QUALIFIERS = ['deputy', 'vice', 'shadow', 'former', 'ex', 'acting', 'assistant', 'junior'];
const QUALIFIER = QUALIFIERS.join('|');

/** The role's words as a pattern: spaces or hyphens between them ("prime minister"). */
function roleWords(key: string): string {
  return key
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s-]+');
}

/**
 * Whether the document names `holder` with a qualified form of role `key`: right before one of
 * its names ("Deputy Prime Minister John Prescott", "shadow chancellor Oliver Letwin") or in
 * apposition right after ("John Prescott, the deputy prime minister") or before ("the deputy prime
 * minister, John Prescott,").
 *
 * @example
 * // "Deputy Prime Minister John Prescott spoke." -> qualifiedHolder(a, 'prescott', 'prime minister') === true
 */
export function qualifiedHolder(analysis: Analysis, holder: string, key: string): boolean {
  const role = roleWords(key);
  // (Or set off by a comma before it: "the deputy prime minister, John Prescott,".)
  const before = new RegExp(`\\b(?:${QUALIFIER})[\\s-]+(?:[a-z]+[\\s-]+)?${role}\\s*,?\\s*$`, 'i');
  const after = new RegExp(`^\\s*,\\s*(?:the\\s+|a\\s+)?(?:${QUALIFIER})[\\s-]+${role}\\b`, 'i');
  for (const m of analysis.mentions) {
    if (m.entityId !== holder || m.kind === 'pronoun') continue;
    const text = analysis.text;
    if (before.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
    if (after.test(text.slice(m.end, m.end + 60))) return true;
  }
  return false;
}

/**
 * Whether a role description carries a qualifier between its determiner and its head: "the
 * deputy prime minister", "the former chancellor", "the vice-president".
 */
export function qualifiedDescription(tree: SentenceTree, det: number, head: number): boolean {
  const re = new RegExp(`^(?:${QUALIFIER})$`);
  for (let t = det + 1; t < head; t++) {
    if (re.test(tree.lower(t))) return true;
    // wink may keep "vice-president" or "ex-chancellor" one token.
    if (new RegExp(`^(?:${QUALIFIER})-`).test(tree.lower(t))) return true;
  }
  return new RegExp(`^(?:${QUALIFIER})-`).test(tree.lower(head));
}
