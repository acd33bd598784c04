/**
 * Treebank sentences for training and evaluating the parser: CoNLL-U files from
 * ../shared/corpora read with @kg/parse, each sentence with its gold tree, its gold UPOS tags and
 * wink-nlp's tags for the same words (wink run on the sentence's text, tags aligned by character
 * offsets: `tagWords` in @kg/extract, the same code `kg parse --conllu` uses).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadNlp, tagWords } from '@kg/extract';
import { readConllu, sentenceText } from '@kg/parse';

export const CORPORA = path.resolve(import.meta.dirname, '../../../shared/corpora');

export const FILES = {
  ewt: (split) => path.join(CORPORA, 'ud-ewt', `en_ewt-ud-${split}.conllu`),
  gum: (split) => path.join(CORPORA, 'gum', `en_gum-ud-${split}.conllu`),
};

/**
 * Reads one CoNLL-U file: [{ words, gold (UPOS), wink (UPOS), heads, deprels }].
 *
 * @param {string} file
 */
export function readTreebank(file) {
  const nlp = loadNlp();
  return readConllu(readFileSync(file, 'utf8'), file).map((s) => {
    const { text, spans } = sentenceText(s);
    return {
      words: s.words.map((w) => w.form),
      gold: s.words.map((w) => w.upos),
      wink: tagWords(nlp, text, spans),
      heads: s.words.map((w) => w.head),
      deprels: s.words.map((w) => w.deprel),
    };
  });
}

/** Share of words whose wink tag equals the gold UPOS. */
export function tagAccuracy(sentences) {
  let right = 0;
  let all = 0;
  for (const s of sentences) {
    for (let i = 0; i < s.gold.length; i++) {
      all++;
      if (s.gold[i] === s.wink[i]) right++;
    }
  }
  return all ? right / all : 0;
}
