/**
 * CoNLL-U reading and writing (https://universaldependencies.org/format.html). Only syntactic
 * words are parsed: multi-word token lines ("1-2 don't") and empty nodes ("8.1") are kept
 * aside so a file can be written back with its tokens intact, as in the CoNLL 2018 shared task
 * with given tokens.
 */
import { KgError } from '@kg/schema/core';

/** One syntactic word of a CoNLL-U sentence (columns 2-10; the ID is its index + 1). */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** Index of the head word in the sentence, 0-based; -1 for the root, -2 when not given. */
  head: number;
  /** Basic relation with its subtype ('nsubj:pass'); '_' when not given. */
  deprel: string;
  deps: string;
  misc: string;
}

/** A multi-word token line, kept verbatim: it spans words `first..last` (0-based, inclusive). */
export interface ConlluToken {
  first: number;
  last: number;
  line: string;
}

export interface ConlluSentence {
  /** Comment lines, with their '#'. */
  comments: string[];
  words: ConlluWord[];
  /** Multi-word token lines. */
  tokens: ConlluToken[];
  /** Empty-node lines ("8.1 …"), kept verbatim after the word they follow (0 = before word 1). */
  emptyNodes: { after: number; line: string }[];
}

function fail(where: string, line: number, message: string): never {
  throw new KgError('PARSE_ERROR', `${where}: line ${line}: ${message}.`);
}

/**
 * Reads CoNLL-U text into sentences. Throws a PARSE_ERROR naming the line on malformed input.
 *
 * @example
 * const [s] = readConllu('1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n\n');
 * s.words[0].head; // -1
 */
export function readConllu(text: string, where = 'conllu'): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [], tokens: [], emptyNodes: [] };
  const lines = text.split(/\r?\n/);
  const close = (lineNo: number) => {
    if (current.words.length > 0) {
      for (const [i, w] of current.words.entries()) {
        if (w.head >= current.words.length) {
          fail(where, lineNo, `word ${i + 1} has head ${w.head + 1} outside its sentence`);
        }
      }
      sentences.push(current);
    } else if (current.comments.length > 0 || current.tokens.length > 0) {
      fail(where, lineNo, 'sentence without words');
    }
    current = { comments: [], words: [], tokens: [], emptyNodes: [] };
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const lineNo = n + 1;
    if (line.trim() === '') {
      close(lineNo);
      continue;
    }
    if (line.startsWith('#')) {
      current.comments.push(line);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10)
      fail(where, lineNo, `expected 10 tab-separated columns, got ${cols.length}`);
    const id = cols[0] ?? '';
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      current.tokens.push({ first: Number(range[1]) - 1, last: Number(range[2]) - 1, line });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      current.emptyNodes.push({ after: current.words.length, line });
      continue;
    }
    if (!/^\d+$/.test(id) || Number(id) !== current.words.length + 1) {
      fail(where, lineNo, `expected word ID ${current.words.length + 1}, got "${id}"`);
    }
    const [, form = '', lemma = '_', upos = '_', xpos = '_', feats = '_', headText = '_'] = cols;
    let head = -2;
    if (headText !== '_') {
      if (!/^\d+$/.test(headText)) fail(where, lineNo, `HEAD "${headText}" is not a number`);
      head = Number(headText) - 1;
    }
    current.words.push({
      form,
      lemma,
      upos,
      xpos,
      feats,
      head,
      deprel: cols[7] ?? '_',
      deps: cols[8] ?? '_',
      misc: cols[9] ?? '_',
    });
  }
  close(lines.length);
  return sentences;
}

/** Writes sentences back as CoNLL-U, multi-word token lines and empty nodes in place. */
export function writeConllu(sentences: readonly ConlluSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    out.push(...s.comments);
    const tokensAt = new Map(s.tokens.map((t) => [t.first, t.line]));
    const emptyAfter = (i: number) => s.emptyNodes.filter((e) => e.after === i).map((e) => e.line);
    out.push(...emptyAfter(0));
    for (const [i, w] of s.words.entries()) {
      const token = tokensAt.get(i);
      if (token !== undefined) out.push(token);
      const head = w.head === -2 ? '_' : String(w.head + 1);
      out.push(
        [i + 1, w.form, w.lemma, w.upos, w.xpos, w.feats, head, w.deprel, w.deps, w.misc].join(
          '\t',
        ),
      );
      out.push(...emptyAfter(i + 1));
    }
    out.push('');
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** Whether a word is followed by a space in the original text (MISC SpaceAfter=No). */
export function spaceAfter(word: ConlluWord): boolean {
  return !word.misc.split('|').includes('SpaceAfter=No');
}

/**
 * The surface text of a sentence and each word's character span in it, rebuilt from the forms
 * (or the multi-word tokens that hold them) and SpaceAfter. A word inside a multi-word token
 * gets the part of it that spells the word, or the whole token when none does.
 */
export function sentenceText(sentence: ConlluSentence): {
  text: string;
  spans: { start: number; end: number }[];
} {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  const tokensAt = new Map(sentence.tokens.map((t) => [t.first, t]));
  for (let i = 0; i < sentence.words.length; i++) {
    const token = tokensAt.get(i);
    if (token) {
      const cols = token.line.split('\t');
      const start = text.length;
      const surface = cols[1] ?? '';
      text += surface;
      // Each word where its form shows in the token ("do" + "n't" in "don't"), else the token.
      let at = 0;
      for (let k = token.first; k <= token.last && k < sentence.words.length; k++) {
        const form = (sentence.words[k] as ConlluWord).form.toLowerCase();
        const found = surface.toLowerCase().indexOf(form, at);
        if (found >= 0 && form.length > 0) {
          spans.push({ start: start + found, end: start + found + form.length });
          at = found + form.length;
        } else {
          spans.push({ start, end: text.length });
        }
      }
      if (!(cols[9] ?? '_').split('|').includes('SpaceAfter=No')) text += ' ';
      i = token.last;
      continue;
    }
    const w = sentence.words[i] as ConlluWord;
    const start = text.length;
    text += w.form;
    spans.push({ start, end: text.length });
    if (spaceAfter(w)) text += ' ';
  }
  return { text: text.trimEnd(), spans };
}
