/**
 * "The singer", "the rapper", "the actor": a report names a person once with what they do
 * ("singer Ola Dahl", "Ola Dahl, the actor,", "Dahl is a comedian") and then calls them by it.
 * A definite person noun (`personNouns`; not a role, whose holder role facts settle, nor a
 * perpetrator noun, perpetrators.ts) with no name of its own refers to the one person the
 * document equates with that noun — as a title right before the name, in apposition, or as a
 * copula's or *as* complement (`equatedPerson`) — before the description. A noun no one is
 * named with refers to no one ("the man", "the singer" of an unnamed band), and two persons
 * named with the same noun before it leave it unresolved; one named only after it does not count
 * ("The actress cancelled … Other stars included actress Ann Holt"), nor a description a phrase
 * restricts ("the author of the report").
 */
import type { MentionSpan } from '../analysis.js';
import { entityType } from './arguments.js';
import type { Lexicon } from './lexicon.js';
import { equatedPerson } from './perpetrators.js';
import { roleAt } from './patterns/role.js';
import type { SentenceTree } from './tree.js';

function occupationNoun(tree: SentenceTree, i: number, lex: Lexicon): boolean {
  const lemma = tree.lemma(i);
  // (A title opening the sentence may be tagged a proper noun: "Rapper Ola Dahl said".)
  return (
    /^(NOUN|PROPN)$/.test(tree.upos(i)) &&
    tree.lower(i) === lemma &&
    lex.personNouns.has(lemma) &&
    !lex.perpetratorNouns.has(lemma) &&
    !tree.mentionAt(i) &&
    roleAt(tree, i, lex) === undefined
  );
}

/** "singer Ola Dahl": the noun right before a person's name. */
function titleBefore(tree: SentenceTree, i: number): MentionSpan | undefined {
  const m = tree.contains(i + 1) ? tree.mentionAt(i + 1) : undefined;
  if (!m || m.kind === 'pronoun' || m.firstToken !== i + 1) return undefined;
  return entityType(tree, m) === 'PERSON' ? m : undefined;
}

/** "the singer", "this actor": after "the" or "this", with no modifier or owner of its own. */
function bareDefinite(tree: SentenceTree, i: number): boolean {
  const det = tree.childBy(i, 'det');
  if (det === undefined || det !== i - 1 || !/^(the|this)$/.test(tree.lower(det))) return false;
  // Nor a phrase that restricts it: "the author of the report" may be another.
  return !tree
    .children(i)
    .some((c) => tree.is(c, 'nmod:poss', 'compound', 'amod', 'flat', 'nmod', 'acl'));
}

/**
 * Token index → the person an occupation noun refers to, over the whole document.
 *
 * @example
 * // "Rapper Ola Dahl left Globex. The rapper sued Initech." -> { <rapper>: Ola Dahl }
 */
export function occupationReferences(
  trees: readonly SentenceTree[],
  lex: Lexicon,
): Map<number, MentionSpan> {
  // Noun → the persons named with it so far, left to right.
  const named = new Map<string, Map<string, MentionSpan>>();
  const out = new Map<number, MentionSpan>();
  for (const tree of trees) {
    for (const i of tree.indices()) {
      if (!occupationNoun(tree, i, lex)) continue;
      const person = equatedPerson(tree, i) ?? titleBefore(tree, i);
      if (person) {
        const people = named.get(tree.lemma(i)) ?? new Map<string, MentionSpan>();
        people.set(person.entityId, people.get(person.entityId) ?? person);
        named.set(tree.lemma(i), people);
        continue;
      }
      if (!bareDefinite(tree, i)) continue;
      // Only a person named before: "The actress cancelled … actress Ann Holt attended".
      const people = named.get(tree.lemma(i));
      const only = people?.size === 1 ? [...people.values()][0] : undefined;
      if (only) out.set(i, only);
    }
  }
  return out;
}
