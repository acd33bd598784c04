/**
 * "The gunman", "the suspect", "the bomber": reports of attacks and crimes name the doer once and
 * then call them by what they did. A definite perpetrator noun (`perpetratorNouns` in
 * nominal-frames.json) refers to the one person the document equates with such a noun:
 *
 * - in apposition: "the gunman, Omar Haddad," / "Omar Haddad, the suspect,";
 * - as a title before the name: "suspect Omar Haddad";
 * - as a copula's or an "as" complement's: "Haddad is the suspect", "The suspect was Omar
 *   Haddad", "police identified Haddad as the gunman", "named the suspect as Omar Haddad".
 *
 * When the document equates one person with a noun, every other "the <noun>" (singular, with no
 * name of its own) refers to that person, before or after the naming. Only the same noun: a report
 * may name "the killer" of an earlier attack and leave "the suspect" of this one unnamed. Two
 * persons named so for the same noun leave it unresolved.
 */
import type { MentionSpan } from '../analysis.js';
import { entityType } from './arguments.js';
import type { Lexicon } from './lexicon.js';
import type { SentenceTree } from './tree.js';

/** Token index -> the person a perpetrator noun refers to, over the whole document. */
export function perpetratorReferences(
  trees: readonly SentenceTree[],
  lex: Lexicon,
): Map<number, MentionSpan> {
  const named = new Map<string, Map<string, MentionSpan>>();
  const naming = new Set<number>();
  for (const tree of trees) {
    for (const i of tree.indices()) {
      const person = isPerpetratorNoun(tree, i, lex)
        ? equatedPerson(tree, i)
        : titleBefore(tree, i, lex);
      if (!person) continue;
      naming.add(i);
      const key = tree.lemma(i);
      const people = named.get(key) ?? new Map<string, MentionSpan>();
      people.set(person.entityId, people.get(person.entityId) ?? person);
      named.set(key, people);
    }
  }
  const out = new Map<number, MentionSpan>();
  if (named.size === 0) return out;
  for (const tree of trees) {
    for (const i of tree.indices()) {
      if (naming.has(i) || !isPerpetratorNoun(tree, i, lex) || !definite(tree, i)) continue;
      const people = named.get(tree.lemma(i));
      const person = people?.size === 1 ? [...people.values()][0] : undefined;
      if (person) out.set(i, person);
    }
  }
  return out;
}

function isPerpetratorNoun(tree: SentenceTree, i: number, lex: Lexicon): boolean {
  return (
    tree.upos(i) === 'NOUN' &&
    !tree.mentionAt(i) &&
    lex.perpetratorNouns.has(tree.lemma(i)) &&
    tree.lower(i) === tree.lemma(i)
  );
}

/**
 * "suspect Omar Haddad" with the title read as a verb ("suspect … appeared"): a perpetrator word
 * right before a person's name, whatever its tag, is that person's title.
 */
function titleBefore(tree: SentenceTree, i: number, lex: Lexicon): MentionSpan | undefined {
  if (!lex.perpetratorNouns.has(tree.lower(i)) || tree.mentionAt(i)) return undefined;
  const m = tree.contains(i + 1) ? tree.mentionAt(i + 1) : undefined;
  if (!m || m.kind === 'pronoun' || m.firstToken !== i + 1) return undefined;
  return entityType(tree, m) === 'PERSON' ? m : undefined;
}

/** "the gunman", "this suspect": singular, definite, with no name or owner of its own. */
function definite(tree: SentenceTree, i: number): boolean {
  const det = tree.childBy(i, 'det');
  if (det === undefined || !/^(the|this)$/.test(tree.lower(det))) return false;
  // "the Ashby gunman" may be another one; "Brand's killer" names whose.
  return !tree
    .children(i)
    .some((c) => tree.is(c, 'nmod:poss', 'compound', 'amod', 'flat') && tree.mentionAt(c));
}

/** The person the tree equates with perpetrator noun `i`, if any. */
export function equatedPerson(tree: SentenceTree, i: number): MentionSpan | undefined {
  const person = (n: number | undefined): MentionSpan | undefined => {
    if (n === undefined || n < 0) return undefined;
    const m = tree.mentionAt(n);
    if (!m || m.kind === 'pronoun' || tree.headOfSpan(m) !== n) return undefined;
    return entityType(tree, m) === 'PERSON' ? m : undefined;
  };
  // "the gunman, Omar Haddad", "suspect Omar Haddad" (a title the parse hung either way).
  for (const c of tree.childrenBy(i, 'appos', 'flat', 'nmod:desc', 'nmod:unmarked')) {
    const m = person(c);
    if (m) return m;
  }
  // "named the suspect as Omar Haddad" with the "as" phrase hung on the noun.
  for (const c of tree.childrenBy(i, 'nmod')) {
    const m = tree.caseOf(c) === 'as' ? person(c) : undefined;
    if (m) return m;
  }
  const p = tree.parent(i);
  if (p >= 0 && tree.is(i, 'appos', 'nmod:desc', 'compound')) {
    const m = person(p);
    if (m) return m;
  }
  // "Haddad is the suspect"; "The suspect was Omar Haddad".
  if (tree.childBy(i, 'cop') !== undefined) {
    const m = person(tree.childBy(i, 'nsubj'));
    if (m) return m;
  }
  if (p >= 0 && tree.is(i, 'nsubj') && tree.childBy(p, 'cop') !== undefined) {
    const m = person(p);
    if (m) return m;
  }
  // "identified Haddad as the gunman" / "named the suspect as Omar Haddad".
  if (p >= 0 && tree.isVerbal(p)) {
    if (tree.is(i, 'obl', 'xcomp') && tree.caseOf(i) === 'as') {
      return person(tree.childBy(p, 'obj') ?? tree.childBy(p, 'nsubj:pass'));
    }
    if (tree.is(i, 'obj', 'nsubj:pass')) {
      const as = tree
        .children(p)
        .find((c) => tree.is(c, 'obl', 'xcomp') && tree.caseOf(c) === 'as');
      return person(as);
    }
  }
  return undefined;
}
