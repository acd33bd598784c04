/**
 * "Group" closing a company's name (issue 14): "Varno Group said its profits rose", "shares in
 * Liggett Group", "Pike Group Ltd". The word is a stop capital, which keeps the groups of a
 * results table out of names ("Group A", "Group 2 standings"), so the run stopped before it:
 * the company lost its legal form and, read as a bare guess, was often dropped by the tagger.
 * After a capitalised word of the same sentence, and not before a group's letter or number, it
 * is part of the name.
 */
import type { Token } from './analysis.js';
import { hasLetter } from './casing.js';

/** A group's letter or number in a table: "A", "2", "IV". */
const GROUP_LABEL = /^(?:\p{Lu}|\d+|[IVX]+)$/u;

/** Is the token at i a "Group" that closes the company name before it? */
export function groupClosesName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || t.text !== 'Group' || !prev || prev.sentence !== t.sentence) return false;
  if (!/^\p{Lu}/u.test(prev.text) || !hasLetter(prev.text)) return false;
  const next = tokens[i + 1];
  return !next || next.sentence !== t.sentence || !GROUP_LABEL.test(next.text);
}
