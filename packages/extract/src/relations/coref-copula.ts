/**
 * "It was a massive boost", "it is a concern that …", "it was definitely a learning curve": "it"
 * as the subject of a copula whose predicate is a common noun that no organisation or country
 * is speaks of a situation, not of a name before it. The predicate names an organisation or a
 * place when it is a descriptor noun of one (`noun-phrases.json`: "it is the biggest bank",
 * "it is a country that …"), a name ("it is Globex"), or one of the nouns a body may be
 * (`organisationPredicates` in `description-kinds.json`: "it is a member of NATO", "it is part of
 * Globex", "it is one of the largest …", "it is home to …").
 */
import { readData } from '../lexicon.js';
import type { Context } from './arguments.js';
import type { SentenceTree } from './tree.js';

let predicates: ReadonlySet<string> | undefined;

function organisationPredicates(): ReadonlySet<string> {
  predicates ??= new Set(
    readData<{ organisationPredicates: string[] }>('description-kinds.json').organisationPredicates,
  );
  return predicates;
}

/**
 * Whether "it" at `i` is the subject of a copula with a situation noun as its predicate.
 *
 * @example
 * // "It would be a massive boost for the club" -> true; "It is the biggest bank" -> false
 */
export function situationSubject(tree: SentenceTree, i: number, ctx: Context): boolean {
  if (tree.lower(i) !== 'it' || !tree.is(i, 'nsubj')) return false;
  const p = tree.parent(i);
  if (p < 0 || tree.childBy(p, 'cop') === undefined || tree.upos(p) !== 'NOUN') return false;
  // A phrase is no noun predicate: "it is in talks", "it is behind the bid".
  if (tree.childBy(p, 'case') !== undefined) return false;
  if (tree.mentionAt(p)) return false;
  const lemma = tree.lemma(p);
  if (ctx.lex.descriptorTypes.has(lemma) || ctx.lex.companyNouns.has(lemma)) return false;
  return !organisationPredicates().has(lemma);
}
