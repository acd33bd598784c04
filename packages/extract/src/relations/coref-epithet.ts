/**
 * "Ola Dahl is poised to join Leeds. The 17-year-old midfielder was also chased by Hull": a
 * report goes on about the person its last sentence was about by what they are ("the former
 * England coach", "the double Olympic champion", "the US star"). A definite singular epithet
 * noun (`subjectEpithets` in description-kinds.json: what a person does, not who they are to
 * someone — "the woman", "the son", "the official" bring in someone new) that is the subject of
 * its sentence's main clause, and that no rule before found an antecedent for, continues the
 * previous sentence's main subject under the guards of coref.ts's `ageSubject` (a person, one,
 * no quotation, no other person as an object there, none named before it here).
 *
 * A phrase that restricts the noun ("the chairman of Globex", "the man making sure …"), a name
 * in apposition ("the minister, Ann Holt,") or a coordinated noun ("the director and writer of
 * …") makes the description its own. A gendered noun ("the actress") takes no one the document
 * gives the other gender.
 */
import { readData } from '../lexicon.js';
import type { SentenceTree } from './tree.js';

interface EpithetFile {
  readonly subjectEpithets: {
    readonly nouns: readonly string[];
    readonly feminine: readonly string[];
    readonly masculine: readonly string[];
  };
}

interface Epithets {
  readonly nouns: ReadonlySet<string>;
  readonly feminine: ReadonlySet<string>;
  readonly masculine: ReadonlySet<string>;
}

let loaded: Epithets | undefined;

function epithets(): Epithets {
  if (!loaded) {
    const file = readData<EpithetFile>('description-kinds.json').subjectEpithets;
    loaded = {
      nouns: new Set([...file.nouns, ...file.feminine, ...file.masculine]),
      feminine: new Set(file.feminine),
      masculine: new Set(file.masculine),
    };
  }
  return loaded;
}

/** Dependents that make the noun's phrase pick out someone of its own. */
const OWN_PHRASE = new Set(['nmod', 'acl', 'acl:relcl', 'appos', 'conj', 'nmod:poss']);

/**
 * The pronoun whose gender the epithet headed by `i` has ('she' for "the actress"), '' for none,
 * or undefined when `i` heads no epithet subject of its sentence's main clause.
 *
 * @example
 * // "The 17-year-old midfielder was chased by Hull." (i at "midfielder") -> ''
 */
export function epithetSubject(tree: SentenceTree, i: number): string | undefined {
  const { nouns, feminine, masculine } = epithets();
  const lemma = tree.lemma(i);
  if (tree.upos(i) !== 'NOUN' || tree.lower(i) !== lemma || !nouns.has(lemma)) return undefined;
  if (tree.mentionAt(i) || !tree.is(i, 'nsubj', 'nsubj:pass')) return undefined;
  const root = tree.parent(i);
  if (root < 0 || tree.parent(root) >= 0) return undefined;
  const det = tree.childBy(i, 'det');
  if (det === undefined || tree.lower(det) !== 'the') return undefined;
  if (tree.children(i).some((c) => OWN_PHRASE.has(tree.label(c)))) return undefined;
  if (feminine.has(lemma)) return 'she';
  return masculine.has(lemma) ? 'he' : '';
}

/**
 * Whether `lemma` is an epithet noun ("star", "singer", "tycoon": `subjectEpithets` in
 * description-kinds.json).
 */
export function isEpithetNoun(lemma: string): boolean {
  return epithets().nouns.has(lemma);
}
