/**
 * A company noun ("the company", "the firm", "the airline", "the bank") names a business, not
 * a public body: "The SEC fined Globex … the company said" is not the SEC, "Congress met to
 * discuss … the airline's crisis" not Congress. A name whose last word is the head of a public
 * body (commission, congress, parliament, ministry, party …) is no antecedent of a company noun;
 * coref.ts then leaves the description unresolved rather than pass to an older name.
 */
import type { MentionSpan } from '../analysis.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

/** Last words of names of public bodies, parties and courts: none is a company. */
const PUBLIC_HEADS = new Set([
  'agency',
  'assembly',
  'authority',
  'commission',
  'committee',
  'congress',
  'council',
  'court',
  'department',
  'foundation',
  'government',
  'ministry',
  'office',
  'parliament',
  'party',
  'police',
  'senate',
  'tribunal',
]);

/**
 * Whether the entity of `m` may be what the description headed by `noun` refers to: always,
 * unless the noun is a company noun and the entity's name ends in a public body's head.
 *
 * @example
 * // "the company" and "Securities and Exchange Commission" -> false
 */
export function companyKindFits(
  tree: SentenceTree,
  noun: number,
  m: MentionSpan,
  ctx: Context,
): boolean {
  if (!ctx.lex.companyNouns.has(tree.lemma(noun))) return true;
  const name = tree.analysis.entities.get(m.entityId)?.name ?? m.text;
  const last = name.toLowerCase().match(/[a-z]+$/)?.[0] ?? '';
  return !PUBLIC_HEADS.has(last);
}
