/**
 * Is a word part of everyday English? wink-nlp's model ships a case-sensitive vocabulary; a
 * lower-cased word it knows ("findings", "several", "video") is a common word, while a name
 * ("tsarnaev", "kandahar") is not. Words the model has not seen get ids past the shipped
 * vocabulary, so one probe per new word (cached) answers the question.
 *
 * Every answer comes from one rule and one code path (`lookUp`), whether a word is asked about
 * alone or primed in a batch, so the cache a worker builds up never depends on the order in
 * which it read its documents.
 */
import type { ItsFunction } from 'wink-nlp';
import type { WinkMethods as Nlp } from 'wink-nlp';

const PROBE = 'qzxjvkwpq';
/** The words the vocabulary is asked about: lower-case letters, inner apostrophes, hyphens. */
const ASKABLE = /^\p{Ll}[\p{Ll}'-]*$/u;

interface State {
  base: number;
  cache: Map<string, boolean>;
}

const states = new WeakMap<Nlp, State>();

/** Records the size of the shipped vocabulary; call before the instance reads any document. */
export function primeVocabulary(nlp: Nlp): void {
  if (states.has(nlp)) return;
  const ids = nlp
    .readDoc(PROBE)
    .tokens()
    .out(nlp.its.uniqueId as unknown as ItsFunction<number>) as unknown as number[];
  states.set(nlp, { base: ids[0] ?? Infinity, cache: new Map() });
}

function stateOf(nlp: Nlp): State {
  primeVocabulary(nlp);
  return states.get(nlp) as State;
}

/**
 * Answers uncached words with one `readDoc` (one word per line) and caches them. A word is
 * common when it is askable, comes out as one token and has a shipped id; a word the tokenizer
 * splits ("cannot") is not.
 */
function lookUp(nlp: Nlp, state: State, words: readonly string[]): void {
  const simple: string[] = [];
  for (const w of words) {
    if (state.cache.has(w)) continue;
    if (ASKABLE.test(w)) simple.push(w);
    else state.cache.set(w, false);
  }
  if (!simple.length) return;
  const unique = [...new Set(simple)];
  const items = nlp.readDoc(unique.join('\n')).tokens();
  const ids = items.out(nlp.its.uniqueId as unknown as ItsFunction<number>) as unknown as number[];
  const texts = items.out() as string[];
  // Align tokens with words by their characters (tokens never cross a line break).
  let k = 0;
  let built = '';
  let pieces = 0;
  let firstId = Infinity;
  for (let t = 0; t < texts.length && k < unique.length; t++) {
    const text = texts[t] ?? '';
    if (text.trim() === '') continue;
    if (pieces === 0) firstId = ids[t] ?? Infinity;
    built += text;
    pieces++;
    const word = unique[k] as string;
    if (built.length >= word.length) {
      state.cache.set(word, built === word && pieces === 1 && firstId < state.base);
      k++;
      built = '';
      pieces = 0;
    }
  }
  // Anything the alignment could not place is not common (never left to a later, other answer).
  for (; k < unique.length; k++) state.cache.set(unique[k] as string, false);
}

/**
 * Looks up many lower-case words with one `readDoc`, so a document's capitalised words cost one
 * pass, not one pass each. The answers are those `isCommonWord` gives.
 */
export function primeWords(nlp: Nlp, words: Iterable<string>): void {
  lookUp(nlp, stateOf(nlp), [...words]);
}

/** True when `lower` (a lower-case word) is in the model's shipped vocabulary. */
export function isCommonWord(nlp: Nlp, lower: string): boolean {
  const state = stateOf(nlp);
  let known = state.cache.get(lower);
  if (known === undefined) {
    lookUp(nlp, state, [lower]);
    known = state.cache.get(lower) ?? false;
  }
  return known;
}
