/**
 * Is a word part of everyday English? wink-nlp's model ships a case-sensitive vocabulary; a
 * lower-cased word it knows ("findings", "several", "video") is a common word, while a name
 * ("tsarnaev", "kandahar") is not. Words the model has not seen get ids past the shipped
 * vocabulary, so one probe per new word (cached) answers the question.
 */
import type { ItsFunction } from 'wink-nlp';
import type { WinkMethods as Nlp } from 'wink-nlp';

const PROBE = 'qzxjvkwpq';

interface State {
  base: number;
  cache: Map<string, boolean>;
}

const states = new WeakMap<Nlp, State>();

function idOf(nlp: Nlp, word: string): number {
  const ids = nlp
    .readDoc(word)
    .tokens()
    .out(nlp.its.uniqueId as unknown as ItsFunction<number>) as unknown as number[];
  return ids.length === 1 ? (ids[0] ?? Infinity) : Infinity;
}

/** Records the size of the shipped vocabulary; call before the instance reads any document. */
export function primeVocabulary(nlp: Nlp): void {
  if (!states.has(nlp)) states.set(nlp, { base: idOf(nlp, PROBE), cache: new Map() });
}

/**
 * Looks up many lower-case words with one `readDoc` (one word per line), so a document's
 * capitalised words cost one pass, not one pass each.
 */
export function primeWords(nlp: Nlp, words: Iterable<string>): void {
  primeVocabulary(nlp);
  const state = states.get(nlp) as State;
  const fresh = [...new Set(words)].filter((w) => !state.cache.has(w));
  const simple = fresh.filter((w) => /^[a-z]+$/.test(w));
  for (const w of fresh) if (!/^[a-z]+$/.test(w)) state.cache.set(w, false);
  if (!simple.length) return;
  const items = nlp.readDoc(simple.join('\n')).tokens();
  const ids = items.out(nlp.its.uniqueId as unknown as ItsFunction<number>) as unknown as number[];
  const texts = items.out() as string[];
  // Align tokens with words; a word the tokenizer splits ("cannot") counts as not common.
  let k = 0;
  let built = '';
  let pieces = 0;
  let firstId = Infinity;
  for (let t = 0; t < texts.length && k < simple.length; t++) {
    const text = texts[t] ?? '';
    if (text.trim() === '') continue;
    if (pieces === 0) firstId = ids[t] ?? Infinity;
    built += text;
    pieces++;
    const word = simple[k] as string;
    if (built.length >= word.length) {
      state.cache.set(word, built === word && pieces === 1 && firstId < state.base);
      k++;
      built = '';
      pieces = 0;
    }
  }
}

/** True when `lower` (a lower-case word) is in the model's shipped vocabulary. */
export function isCommonWord(nlp: Nlp, lower: string): boolean {
  primeVocabulary(nlp);
  const state = states.get(nlp) as State;
  let known = state.cache.get(lower);
  if (known === undefined) {
    known = /^\p{Ll}[\p{Ll}'-]*$/u.test(lower) && idOf(nlp, lower) < state.base;
    state.cache.set(lower, known);
  }
  return known;
}
