/**
 * Verb frames for a verb node of the tree (data/verb-frames.json): the lemma, or the longest
 * phrasal key the tree shows — a particle ("take over"), an object noun ("hold talks", "take
 * delivery") or a preposition ("call on", "turn to"; the frames' object then comes after it).
 */
import type { Lexicon, VerbFrame } from './lexicon.js';
import { IRREGULAR } from './irregular-verbs.js';
import type { SentenceTree } from './tree.js';

export interface VerbPredicate {
  verb: number;
  /** Lemma or phrasal key ("take over"). */
  key: string;
  lemma: string;
  frames: VerbFrame[];
  /** The direct object is part of the key ("hold talks"): it is no argument. */
  objectInKey: boolean;
}

const keyCache = new Map<string, string>();

/** The key a verb is known by: wink's lemma, or an inflection stripped when wink's is unknown. */
export function verbLemma(tree: SentenceTree, v: number, known: (k: string) => boolean): string {
  const lemma = tree.lemma(v);
  if (known(lemma)) return lemma;
  const w = tree.lower(v);
  let key = keyCache.get(w);
  if (key === undefined) {
    const candidates = [
      IRREGULAR.get(w) ?? w,
      w.replace(/ied$/, 'y'),
      w.replace(/ies$/, 'y'),
      w.replace(/ed$/, ''),
      w.replace(/d$/, ''),
      w.replace(/ing$/, ''),
      w.replace(/ing$/, 'e'),
      w.replace(/(.)\1(ed|ing)$/, '$1'),
      w.replace(/es$/, ''),
      w.replace(/s$/, ''),
    ];
    key = candidates.find(known) ?? lemma;
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(w, key);
  }
  return key;
}

export function knownVerb(lex: Lexicon): (k: string) => boolean {
  return (k) =>
    lex.verbs.has(k) ||
    lex.complementVerbs.has(k) ||
    lex.lightVerbs.has(k) ||
    lex.reportingVerbs.has(k);
}

/** The frames of verb `v`, by its longest known key; undefined when no frame knows it. */
export function verbPredicate(
  tree: SentenceTree,
  v: number,
  lex: Lexicon,
): VerbPredicate | undefined {
  // Several passes ask about the same verb (clauses, event nouns, agentless passives): the tree
  // is never changed after it is built, so the answer is kept per tree.
  return tree.memo(VERB_PREDICATE, v, () => predicateOf(tree, v, lex));
}

/** Nouns of a span of time: an oblique of one gives the verb no prepositional sense. */
const DURATION = /^(second|minute|hour|day|week|month|year|decade|century|while|season)s?$/;

/** Memo key of `verbPredicate` (tree.memo). */
const VERB_PREDICATE = 'verbPredicate';

function predicateOf(tree: SentenceTree, v: number, lex: Lexicon): VerbPredicate | undefined {
  const lemma = verbLemma(tree, v, knownVerb(lex));
  const keys: { key: string; prep?: string; object?: boolean }[] = [];
  for (const prt of tree.childrenBy(v, 'compound:prt')) {
    keys.push({ key: `${lemma} ${tree.lower(prt)}` });
  }
  for (const obj of tree.childrenBy(v, 'obj')) {
    const noun = tree.lemma(obj);
    keys.push({ key: `${lemma} ${noun}`, object: true });
    keys.push({ key: `${lemma} ${tree.lower(obj)}`, object: true });
    const det = tree.childBy(obj, 'det');
    if (det !== undefined) keys.push({ key: `${lemma} ${tree.lower(det)} ${noun}`, object: true });
  }
  // "called Kari Lund on Tuesday" is no "call on": a prepositional verb has no object between
  // it and its preposition ("took Globex to court" keeps its noun).
  const firstObject = Math.min(
    ...tree.childrenBy(v, 'obj', 'iobj', 'xcomp').filter((o) => o > v && !tree.isVerbal(o)),
  );
  for (const obl of tree.childrenBy(v, 'obl')) {
    const prep = tree.caseOf(obl);
    if (!prep || prep.includes(' ')) continue;
    keys.push({ key: `${lemma} ${prep} ${tree.lemma(obl)}` });
    // "worked at Globex for ten years": a span of time makes no "work for".
    if (obl < firstObject && !DURATION.test(tree.lemma(obl).toLowerCase()))
      keys.push({ key: `${lemma} ${prep}`, prep });
  }
  keys.sort((a, b) => b.key.length - a.key.length);
  for (const k of keys) {
    const frames = lex.verbs.get(k.key);
    if (!frames) continue;
    // "move in" (troops to X) is a particle verb: "moved to Lyon in 1961" is not it.
    if (k.prep && frames.every((f) => f.prep !== undefined && f.prep !== k.prep)) continue;
    // "call on X": frames without a preposition take the key's.
    const adapted = k.prep ? frames.map((f) => (f.prep ? f : { ...f, prep: k.prep })) : frames;
    return { verb: v, key: k.key, lemma, frames: adapted, objectInKey: k.object === true };
  }
  const frames = lex.verbs.get(lemma);
  return frames ? { verb: v, key: lemma, lemma, frames, objectInKey: false } : undefined;
}
