/**
 * The wink-nlp instance: one per process (the model is large and `learnCustomEntities` may be
 * called once), created lazily on first use and shared by every extractor in the process. The
 * library and its model load on that first call too, not on import: a process that only hands
 * documents to worker threads (`kg extract`, the server) never reads the model itself.
 */
import { createRequire } from 'node:module';
import type { WinkMethods } from 'wink-nlp';
import type winkNLPType from 'wink-nlp';
import type modelType from 'wink-eng-lite-web-model';
import { primeVocabulary } from './vocabulary.js';

export type Nlp = WinkMethods;

const require = createRequire(import.meta.url);
let instance: Nlp | undefined;

/**
 * Returns the process-wide wink-nlp instance (English lite web model), loading it on first call.
 *
 * @example
 * const extractor = createExtractor({ nlp: loadNlp() });
 */
export function loadNlp(): Nlp {
  if (!instance) {
    const winkNLP = require('wink-nlp') as typeof winkNLPType;
    const model = require('wink-eng-lite-web-model') as typeof modelType;
    // Only what the pipeline reads: sentences, POS and lemmas (no NER, sentiment or negation).
    instance = winkNLP(model, ['sbd', 'pos']);
    primeVocabulary(instance);
  }
  return instance;
}
