export { createExtractor, EXTRACTOR_VERSION } from './extractor.js';
export type { ExtractInput, Extractor } from './extractor.js';
