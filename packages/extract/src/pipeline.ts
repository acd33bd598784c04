/**
 * The analysis pipeline up to relations: tokens and sentences from wink-nlp, mentions, and
 * in-document resolution, assembled into the `Analysis` the relation rules read.
 */
import type { Analysis } from './analysis.js';
import { loadLexicon } from './lexicon.js';
import { detectMentions } from './mentions.js';
import type { Nlp } from './nlp.js';
import { resolveMentions } from './resolve.js';
import { tokenise } from './tokens.js';
import { isCommonWord, primeWords } from './vocabulary.js';

/**
 * Analyses one (normalised) text: tokens, sentences, mentions resolved to entities, and roles.
 *
 * @example
 * const analysis = analyse(loadNlp(), 'doc1', 'Iran sent drones to Russia.');
 * analysis.mentions.map((m) => m.text); // ['Iran', 'drones', 'Russia']
 */
export function analyse(nlp: Nlp, docId: string, text: string): Analysis {
  const { tokens, sentences } = tokenise(nlp, text);
  // One vocabulary pass for every capitalised word the rules may ask about.
  primeWords(
    nlp,
    tokens.filter((t) => t.text !== t.lower).map((t) => t.lower),
  );
  const isCommon = (word: string) => isCommonWord(nlp, word);
  const detected = detectMentions(tokens, sentences, loadLexicon(), isCommon);
  const { mentions, entities, roles } = resolveMentions(text, tokens, detected, isCommon);
  return { docId, text, tokens, sentences, mentions, entities, roles };
}
