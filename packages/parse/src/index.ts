export { Parser } from './parser.js';
export type { ModelInfo, ParsedSentence } from './parser.js';
export {
  loadParser,
  saveParser,
  serialiseParser,
  deserialiseParser,
  DEFAULT_MODEL_PATH,
} from './model-io.js';
export { trainParser, evaluateParser } from './train.js';
export type { EpochReport, TrainingSentence, TrainOptions } from './train.js';
export { scoreParses } from './evaluate.js';
export type { ParseScores } from './evaluate.js';
export { readConllu, writeConllu, sentenceText, spaceAfter } from './conllu.js';
export type { ConlluSentence, ConlluToken, ConlluWord } from './conllu.js';
export { UPOS_TAGS } from './features.js';
export type { FeatureSet } from './features.js';
export { renderTree } from './format.js';
export type { TreeWord } from './format.js';
export { Tagger, trainTagger } from './tagger.js';
export type { TaggerOptions, TaggingSentence } from './tagger.js';
export { induceClusters } from './clusters.js';
export type { ClusterOptions, WordClusters } from './clusters.js';
