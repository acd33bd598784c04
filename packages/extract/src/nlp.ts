/**
 * The wink-nlp instance: one per process (the model is large and `learnCustomEntities` may be
 * called once), created lazily on first use and shared by every extractor in the process.
 */
import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { primeVocabulary } from './vocabulary.js';

export type Nlp = WinkMethods;

let instance: Nlp | undefined;

/**
 * Returns the process-wide wink-nlp instance (English lite web model), loading it on first call.
 *
 * @example
 * const extractor = createExtractor({ nlp: loadNlp() });
 */
export function loadNlp(): Nlp {
  if (!instance) {
    // Only what the pipeline reads: sentences, POS and lemmas (no NER, sentiment or negation).
    instance = winkNLP(model, ['sbd', 'pos']);
    primeVocabulary(instance);
  }
  return instance;
}
