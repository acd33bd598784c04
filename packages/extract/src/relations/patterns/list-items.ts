/**
 * The separators of a list of names ("A, B and C"), shared by the passes that walk one (cast
 * lists, holdings an owner lists).
 */
import type { SentenceTree } from '../tree.js';

/**
 * After a listed item that ends before token `i`: where the next item starts and whether it is
 * the last (after "and"); undefined when the list ends there (after the last item, or at
 * anything but a comma or "and").
 */
export function nextListItem(
  tree: SentenceTree,
  i: number,
  last: boolean,
): { at: number; last: boolean } | undefined {
  if (last) return undefined;
  const comma = tree.contains(i) && tree.lower(i) === ',';
  const k = comma ? i + 1 : i;
  if (tree.contains(k) && tree.lower(k) === 'and') return { at: k + 1, last: true };
  return comma ? { at: k, last: false } : undefined;
}
