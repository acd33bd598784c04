/**
 * The parser: greedy arc-hybrid decoding with two linear models, one choosing among the three
 * unlabelled moves from the full feature set and one choosing the relation of each arc when it
 * is made (Zhang & Nivre-style labels on the children feed the later move decisions).
 */
import { encodeSentence, labelFeatures, MAX_FEATURES, moveFeatures } from './features.js';
import type { EncodedSentence, Vocabulary } from './features.js';
import type { LinearModel } from './perceptron.js';
import type { Tagger } from './tagger.js';
import { MOVES, ParseState, SHIFT } from './transitions.js';

/**
 * A parsed sentence: for each word, its head (0-based, -1 for the root), UD relation, and the
 * UPOS tag the parser read (the tagger's when the model has one, else the tag given).
 */
export interface ParsedSentence {
  heads: number[];
  deprels: string[];
  upos: string[];
}

/** What the model was trained on and how well it did, kept in the model file. */
export interface ModelInfo {
  [key: string]: unknown;
}

export class Parser {
  readonly vocabulary: Vocabulary;
  /** Relation labels; class c of the label model is `labels[c]`. */
  readonly labels: readonly string[];
  readonly moves: LinearModel;
  readonly labeller: LinearModel;
  readonly info: ModelInfo;
  /** Retags the input before parsing (wink-nlp's tags in, treebank-style UPOS out). */
  readonly tagger: Tagger | undefined;
  private readonly rootLabel: number;
  private readonly state = new ParseState();
  private readonly features = new Int32Array(MAX_FEATURES);
  private readonly moveScores: Int32Array;
  private readonly labelScores: Int32Array;

  constructor(
    vocabulary: Vocabulary,
    labels: readonly string[],
    moves: LinearModel,
    labeller: LinearModel,
    info: ModelInfo = {},
    tagger?: Tagger,
  ) {
    this.tagger = tagger;
    this.vocabulary = vocabulary;
    this.labels = labels;
    this.moves = moves;
    this.labeller = labeller;
    this.info = info;
    this.rootLabel = labels.indexOf('root');
    this.moveScores = new Int32Array(MOVES);
    this.labelScores = new Int32Array(labels.length);
  }

  /**
   * Parses one sentence given its words and UPOS tags (wink-nlp's: a model with a tagger
   * retags them first).
   *
   * @example
   * parser.parse(['Iran', 'sent', 'troops', '.'], ['PROPN', 'VERB', 'NOUN', 'PUNCT']);
   * // { heads: [1, -1, 1, 1], deprels: ['nsubj', 'root', 'obj', 'punct'], upos: [...] }
   */
  parse(words: readonly string[], tags: readonly string[]): ParsedSentence {
    const n = words.length;
    if (n === 0) return { heads: [], deprels: [], upos: [] };
    const upos = this.tagger ? this.tagger.tag(words, tags) : tags.slice(0, n);
    const heads = new Int32Array(n);
    const labels = new Int32Array(n);
    this.parseEncoded(encodeSentence(this.vocabulary, words, upos), heads, labels);
    return {
      heads: Array.from(heads),
      deprels: Array.from(labels, (l) => this.labels[l] ?? 'dep'),
      upos,
    };
  }

  /** Parses an encoded sentence into `heads` (-1 = root) and `labels` (label classes). */
  parseEncoded(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array): void {
    const st = this.state;
    const n = sentence.n;
    st.reset(n);
    while (!st.isTerminal()) {
      const legal = st.legal();
      const move = (legal & (legal - 1)) === 0 ? 31 - Math.clz32(legal) : this.bestMove(sentence);
      let label = 0;
      if (move !== SHIFT) {
        const [dep, head] = st.arcOf(move);
        label = head === n ? this.rootLabel : this.bestLabel(sentence, dep, head);
      }
      // The state numbers labels from 1 (0 = no child) for the features.
      st.apply(move, label + 1);
    }
    for (let i = 0; i < n; i++) {
      const h = st.head[i]!;
      heads[i] = h === n ? -1 : h;
      labels[i] = st.label[i]! - 1;
    }
  }

  private bestMove(sentence: EncodedSentence): number {
    const st = this.state;
    const legal = st.legal();
    const count = moveFeatures(sentence, st, this.features);
    this.moves.score(this.features, count, this.moveScores);
    let best = -1;
    for (let m = 0; m < MOVES; m++) {
      if (legal & (1 << m) && (best < 0 || this.moveScores[m]! > this.moveScores[best]!)) best = m;
    }
    return best;
  }

  private bestLabel(sentence: EncodedSentence, dep: number, head: number): number {
    const count = labelFeatures(sentence, this.state, dep, head, this.features);
    this.labeller.score(this.features, count, this.labelScores);
    let best = -1;
    for (let c = 0; c < this.labels.length; c++) {
      if (c === this.rootLabel) continue;
      if (best < 0 || this.labelScores[c]! > this.labelScores[best]!) best = c;
    }
    return best;
  }
}
