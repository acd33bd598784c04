/**
 * "Ola Dahl said taxes would not rise. The chancellor …": a role description no role fact settles
 * may stand for the one person the sentences before name (`soleCandidate` in coref.ts), but only
 * when nothing in the document says that person does not hold the role:
 *
 * - a role fact gives them another role anywhere in the document ("Globex chairman Kari Nes");
 * - a noun equated with them makes them a party the role holder deals with, not the holder
 *   ("the suspect, Omar Haddad", "Haddad, the victim,", "Dahl was the accused":
 *   `perpetratorNouns` and `nonHolderNouns` in nominal-frames.json);
 * - they undergo an accusation or harm ("Dahl was charged with fraud", "police arrested Dahl",
 *   "Dahl was stabbed": `accusationVerbs` and `harmVerbs`): "the prosecutor" or "the home
 *   secretary" after such a sentence is another person the report does not name.
 *
 * And the description does not reach back across another person the text calls by a role or
 * perpetrator noun of its own ("Ola Dahl was sentenced. The judge said … The prosecutor …": the
 * judge is a second person, so the one named is no longer the only candidate).
 */
import type { MentionSpan } from '../analysis.js';
import type { Lexicon } from './lexicon.js';
import { equatedPerson } from './perpetrators.js';
import type { RoleFact } from './patterns/role.js';
import { roleAt } from './patterns/role.js';
import type { SentenceTree } from './tree.js';

/** Entity ids the document says are a suspect, accused, victim or the like (memoised per document). */
const cache = new WeakMap<readonly SentenceTree[], Set<string>>();

function nonHolders(trees: readonly SentenceTree[], lex: Lexicon): Set<string> {
  const known = cache.get(trees);
  if (known) return known;
  const out = new Set<string>();
  for (const tree of trees) {
    for (const i of tree.indices()) {
      const lemma = tree.lemma(i);
      if (
        tree.upos(i) === 'NOUN' &&
        (lex.perpetratorNouns.has(lemma) || lex.nonHolderNouns.has(lemma))
      ) {
        const person = equatedPerson(tree, i);
        if (person) out.add(person.entityId);
      }
      const m = tree.mentionHeadedBy(i);
      if (!m || m.kind === 'pronoun' || !tree.is(i, 'obj', 'nsubj:pass')) continue;
      const verb = tree.parent(i);
      if (verb < 0 || !tree.isVerbal(verb)) continue;
      const v = tree.lemma(verb);
      if (lex.harmVerbs.has(v) || (lex.accusationVerbs.has(v) && !AMBIGUOUS.has(v))) {
        out.add(m.entityId);
      }
    }
  }
  cache.set(trees, out);
  return out;
}

/** Accusation verbs with common senses that accuse no one ("held talks", "tried to"). */
const AMBIGUOUS = new Set(['hold', 'try', 'name']);

/**
 * Whether the document says `person` does not hold the role `key` that a description at token
 * `i` of sentence `k` names, or another person described by a role stands between them.
 */
export function notHolder(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  person: MentionSpan,
  key: string,
  facts: readonly RoleFact[],
  lex: Lexicon,
): boolean {
  if (facts.some((f) => f.holder === person.entityId && f.key !== key)) return true;
  if (nonHolders(trees, lex).has(person.entityId)) return true;
  return describedBetween(trees, k, i, person, key, lex);
}

/** A definite role or perpetrator noun of another key after the person's last mention, before `i`. */
function describedBetween(
  trees: readonly SentenceTree[],
  k: number,
  i: number,
  person: MentionSpan,
  key: string,
  lex: Lexicon,
): boolean {
  let last = person;
  for (const m of (trees[k] as SentenceTree).analysis.mentions) {
    if (m.sentence > k || (m.sentence === k && m.firstToken >= i)) break;
    if (m.entityId === person.entityId) last = m;
  }
  for (let s = last.sentence; s <= k; s++) {
    const tree = trees[s];
    if (!tree) continue;
    for (const j of tree.indices()) {
      if (s === last.sentence && j <= last.lastToken) continue;
      if (s === k && j >= i) break;
      if (tree.mentionAt(j) || tree.upos(j) !== 'NOUN') continue;
      const det = tree.childBy(j, 'det');
      if (det === undefined || tree.lower(det) !== 'the') continue;
      if (tree.is(j, 'compound', 'amod', 'nmod:desc', 'appos')) continue;
      const role = lex.perpetratorNouns.has(tree.lemma(j)) ? undefined : roleAt(tree, j, lex);
      if (lex.perpetratorNouns.has(tree.lemma(j)) || (role && role.key !== key)) return true;
    }
  }
  return false;
}
