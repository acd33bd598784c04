/**
 * The analysis pipeline up to relations: tokens and sentences from wink-nlp, dependency trees,
 * mentions, and in-document resolution, assembled into the `Analysis` the relation rules read.
 */
import type { Parser } from '@kg/parse';
import type { Analysis } from './analysis.js';
import { loadLexicon } from './lexicon.js';
import type { Checkpoint } from './limits.js';
import { detectMentions } from './mentions.js';
import type { Nlp } from './nlp.js';
import { loadSharedParser, parseTokens } from './parse-stage.js';
import { reconcileMentions } from './reconcile.js';
import { resolveMentions } from './resolve.js';
import { tagTokens } from './tagger/index.js';
import { tokenise } from './tokens.js';
import { isCommonWord, primeWords } from './vocabulary.js';

/**
 * Analyses one (normalised) text: tokens, sentences, a dependency tree per sentence, mentions
 * resolved to entities, and roles. `parser` defaults to the process-wide one (`loadSharedParser`);
 * `checkpoint` is called between stages and text chunks (see `ExtractLimits`).
 *
 * @example
 * const analysis = analyse(loadNlp(), 'doc1', 'Iran sent drones to Russia.');
 * analysis.mentions.map((m) => m.text); // ['Iran', 'drones', 'Russia']
 * analysis.tokens[2].deprel; // 'obj'
 */
export function analyse(
  nlp: Nlp,
  docId: string,
  text: string,
  parser: Parser = loadSharedParser(),
  checkpoint: Checkpoint = () => {},
): Analysis {
  const { tokens, sentences } = tokenise(nlp, text, checkpoint);
  parseTokens(parser, tokens, sentences);
  checkpoint();
  // One vocabulary pass for every capitalised word the rules may ask about.
  primeWords(
    nlp,
    tokens.filter((t) => t.text !== t.lower).map((t) => t.lower),
  );
  const isCommon = (word: string) => isCommonWord(nlp, word);
  checkpoint();
  const lex = loadLexicon();
  const rules = detectMentions(tokens, sentences, lex, isCommon);
  checkpoint();
  const tags = tagTokens(tokens, sentences, { lex, isCommon }, rules.mentions);
  const detected = reconcileMentions(rules, tokens, sentences, tags);
  checkpoint();
  const { mentions, entities, roles } = resolveMentions(text, tokens, detected, isCommon);
  checkpoint();
  return { docId, text, tokens, sentences, mentions, entities, roles };
}
