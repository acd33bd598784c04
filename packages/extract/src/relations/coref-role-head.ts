/**
 * "The finance minister, Ralph Vik, … The minister said …": a bare role description whose
 * role no fact of the document has exactly ("minister") refers to the one person the document
 * gives a longer role ending in that word ("finance minister", "foreign minister"). With two such
 * holders ("the foreign minister, X, and the defence minister, Y") it names neither. A holder the
 * document names with a qualified role ("deputy foreign minister") is no candidate
 * (coref-qualified.ts), and heads that also name a body or a rank ("the executive", "the
 * general") are left alone: "the executive" of a Scottish report is the Scottish Executive.
 */
import type { RoleFact } from './patterns/role.js';

/** Role heads that may name something else than the longer role's holder. */
const NOT_HEADS = new Set(['executive', 'general', 'officer', 'member', 'head', 'chief']);

/**
 * The holder (entity id) of the one longer role ending in `key` among the facts up to sentence
 * `sentence`, or undefined when there is none or more than one; a holder `qualified` says the
 * document names with a qualified form of its role makes it none.
 *
 * @example
 * // facts: [{ holder: 'vik', key: 'finance minister', sentence: 0 }]
 * headRoleHolder(facts, 'minister', 1, () => false); // 'vik'
 */
export function headRoleHolder(
  facts: readonly RoleFact[],
  key: string,
  sentence: number,
  qualified: (holder: string, key: string) => boolean,
): string | undefined {
  if (key.includes(' ') || NOT_HEADS.has(key)) return undefined;
  const holders = new Set<string>();
  for (const f of facts) {
    if (f.sentence > sentence || !f.key.endsWith(` ${key}`)) continue;
    if (qualified(f.holder, f.key)) return undefined;
    holders.add(f.holder);
  }
  return holders.size === 1 ? [...holders][0] : undefined;
}
