/**
 * The floor under a one-word `kg extract` (issue 18): a bare script that loads wink-nlp and its
 * English model as the extractor does (`winkNLP(model, ['sbd', 'pos'])`) and reads one word.
 * Nothing of kg is imported; resolved from `packages/extract`, which depends on both.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../lib/workspace.mjs';

const require = createRequire(path.join(ROOT, 'packages', 'extract', 'package.json'));
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const nlp = winkNLP(model, ['sbd', 'pos']);
nlp.readDoc('Iran').tokens().out();
