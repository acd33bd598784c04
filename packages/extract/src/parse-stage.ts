/**
 * The parse stage: sentences of the analysis get a dependency tree from @kg/parse over wink-nlp's
 * tokens and UPOS tags (the parser's tagger corrects the tags first, as in training). Heads
 * become absolute token indices; trees never cross sentences. A sentence left out (by `include`)
 * gets a flat tree instead, so every token always has a well-formed head. Also here, because it
 * needs wink-nlp: wink's tags for words someone else tokenised (a CoNLL-U file), aligned by
 * character offsets.
 */
import { loadParser, sentenceText } from '@kg/parse';
import type { ConlluSentence, Parser } from '@kg/parse';
import type { Sentence, Token } from './analysis.js';
import { asideDashes } from './dash-asides.js';
import type { Nlp } from './nlp.js';
import { tokenise } from './tokens.js';

let shared: Parser | undefined;

/** The process-wide parser with the model shipped in @kg/parse, loaded on first call. */
export function loadSharedParser(): Parser {
  shared ??= loadParser();
  return shared;
}

/**
 * Which sentences the extraction pipeline parses: every one, or only those with at least one
 * mention and more than one token (a relation needs a mention; its other end may be a pronoun
 * or a description that coreference resolves, so a sentence with one mention is parsed too; a
 * lone token has one tree only, its root).
 */
export type ParseScope = 'all' | 'mentions';

/**
 * The flat tree of a sentence that is not parsed: its first verb (else its first auxiliary,
 * else its first token) is the root, every other token depends on it with `dep`.
 */
function flatTree(tokens: Token[], s: Sentence): void {
  let root = s.firstToken;
  for (const pos of ['VERB', 'AUX']) {
    const verb = tokens.slice(s.firstToken, s.lastToken).find((t) => t.pos === pos);
    if (verb) {
      root = verb.i;
      break;
    }
  }
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i] as Token;
    t.head = i === root ? -1 : root;
    t.deprel = i === root ? 'root' : 'dep';
    t.upos = t.pos;
  }
}

/** A parser, or what loads one: called only when a sentence is to be parsed. */
export type ParserSource = Parser | (() => Parser);

/**
 * Sets `head`, `deprel` and `upos` on every token, one sentence at a time, and `parsed` on
 * every sentence: sentences `include` rejects get a flat tree (`flatTree`). Returns the number
 * of sentences parsed. A parser given as a loader (`loadSharedParser`) is loaded only when a
 * sentence is parsed: a text with nothing to parse never reads the model.
 *
 * @example
 * parseTokens(loadSharedParser(), tokens, sentences);
 * tokens[2].deprel; // 'obj'
 */
export function parseTokens(
  source: ParserSource,
  tokens: Token[],
  sentences: readonly Sentence[],
  include?: (sentence: Sentence) => boolean,
): number {
  const chosen: Sentence[] = [];
  for (const s of sentences) {
    if (include && !include(s)) {
      flatTree(tokens, s);
      s.parsed = false;
    } else {
      s.parsed = true;
      chosen.push(s);
    }
  }
  if (chosen.length === 0) return 0;
  const parser = typeof source === 'function' ? source() : source;
  // The whole document at once: the parser tags every sentence, then parses every sentence.
  const results = parser.parseAll(
    chosen.map((s) => {
      const slice = tokens.slice(s.firstToken, s.lastToken);
      // A spaced dash pair around an aside reads as the commas the treebanks use.
      const asides = asideDashes(slice);
      return {
        words: slice.map((t, k) => (asides.has(k) ? ',' : t.text)),
        tags: slice.map((t) => t.pos),
      };
    }),
  );
  chosen.forEach((s, c) => {
    const { heads, deprels, upos } = results[c]!;
    for (let k = 0; k < heads.length; k++) {
      const t = tokens[s.firstToken + k] as Token;
      const h = heads[k] ?? -1;
      t.head = h < 0 ? -1 : s.firstToken + h;
      t.deprel = deprels[k] ?? 'dep';
      t.upos = upos[k] ?? t.pos;
    }
  });
  return chosen.length;
}

/**
 * Tokens, sentences and trees of a (normalised) text, without mentions: what `kg parse` shows.
 *
 * @example
 * const { tokens } = parseText(loadNlp(), 'Iran sent troops to Crimea.');
 * tokens.map((t) => `${t.text} ${t.deprel} ${t.head}`);
 */
export function parseText(
  nlp: Nlp,
  text: string,
  parser: Parser = loadSharedParser(),
): { tokens: Token[]; sentences: Sentence[] } {
  const { tokens, sentences } = tokenise(nlp, text);
  parseTokens(parser, tokens, sentences);
  return { tokens, sentences };
}

/**
 * wink-nlp's UPOS tags for words tokenised elsewhere: reads the text as the extraction pipeline
 * does (`tokenise`: possessives split, short forms primed, so the tags do not depend on what the
 * process read before) and gives each word the tag of the token that covers most of its span
 * (the last one on a tie), so "Gibraltar-based" split by both gets three tags, and "gonna" (one
 * wink token, two UD words) gives both words its tag. A word no token covers gets X.
 *
 * @example
 * tagWords(nlp, 'Iran sent drones', [{ start: 0, end: 4 }, { start: 5, end: 9 }, { start: 10, end: 16 }]);
 * // ['PROPN', 'VERB', 'NOUN']
 */
export function tagWords(
  nlp: Nlp,
  text: string,
  spans: readonly { start: number; end: number }[],
): string[] {
  const { tokens } = tokenise(nlp, text);
  let first = 0;
  return spans.map(({ start, end }) => {
    while (first < tokens.length && (tokens[first] as Token).end <= start) first++;
    let best = -1;
    let bestOverlap = 0;
    for (let t = first; t < tokens.length && (tokens[t] as Token).start < end; t++) {
      const token = tokens[t] as Token;
      const overlap = Math.min(end, token.end) - Math.max(start, token.start);
      if (overlap > 0 && overlap >= bestOverlap) {
        best = t;
        bestOverlap = overlap;
      }
    }
    return best >= 0 ? (tokens[best] as Token).pos : 'X';
  });
}

/**
 * Parses CoNLL-U sentences with their own words (the CoNLL 2018 setting with given tokens):
 * wink-nlp tags each sentence's text (`tagWords`), the parser reads those tags (through its
 * tagger), and each word gets the predicted UPOS, HEAD and DEPREL. DEPS is cleared (it would describe the old tree);
 * the other columns stay. Returns new sentences; the input is not changed.
 */
export function parseConlluSentences(
  nlp: Nlp,
  sentences: readonly ConlluSentence[],
  parser: Parser = loadSharedParser(),
): ConlluSentence[] {
  return sentences.map((s) => {
    const { text, spans } = sentenceText(s);
    const { heads, deprels, upos } = parser.parse(
      s.words.map((w) => w.form),
      tagWords(nlp, text, spans),
    );
    return {
      ...s,
      words: s.words.map((w, i) => ({
        ...w,
        upos: upos[i] ?? 'X',
        head: heads[i] ?? -1,
        deprel: deprels[i] ?? 'dep',
        deps: '_',
      })),
    };
  });
}
