/**
 * The parser: greedy arc-hybrid decoding with two linear models, one choosing among the three
 * unlabelled moves from the full feature set and one choosing the relation of each arc when it
 * is made (Zhang & Nivre-style labels on the children feed the later move decisions).
 */
import {
  ARC_PAIRS,
  arcPair,
  featureSetOf,
  finishEncoded,
  LABEL_DENSE,
  LABEL_KEYS,
  labelFeatures,
  labelLayout,
  MOVE_DENSE,
  MOVE_KEYS,
  moveFeatures,
  moveLayout,
  newEncoded,
  tagId,
  UPOS_TAGS,
} from './features.js';
import type { DenseLayout, EncodedSentence, Vocabulary } from './features.js';
import { newFeatures, scoreSome } from './perceptron.js';
import type { Features, LinearModel } from './perceptron.js';
import type { Tagger } from './tagger.js';
import { MOVES, ParseState, SHIFT } from './transitions.js';
import { Beam } from './beam.js';
import type { BeamScorer } from './beam.js';

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
  /**
   * For each (dependent tag, head tag, direction) of an arc, the relations seen with it in
   * training: the only ones the label classifier scores (all but root when none were seen).
   */
  readonly candidates: readonly Int32Array[];
  private readonly rootLabel: number;
  private readonly state = new ParseState();
  private readonly moveLayout: DenseLayout;
  private readonly labelLayout: DenseLayout;
  private readonly moveFeatures: Features = newFeatures(MOVE_DENSE, MOVE_KEYS);
  private readonly labelFeatures: Features = newFeatures(LABEL_DENSE, LABEL_KEYS);
  private readonly moveScores: Int32Array;
  /** Buffers reused from sentence to sentence. */
  private buffer: EncodedSentence = newEncoded(64);
  private entries = new Int32Array(64);
  private heads = new Int32Array(64);
  private labels_ = new Int32Array(64);
  private readonly labelScores: Int32Array;
  /**
   * How many partial parses the search keeps (1: greedy, the fastest). Defaults to the width
   * the model was trained with (`info.beam`).
   */
  beamWidth: number;
  private beam: Beam | undefined;
  private sentence: EncodedSentence = this.buffer;
  private readonly beamMoveScores = new Int32Array(MOVES);
  private readonly scorer: BeamScorer = {
    scoreMoves: (state, out) => {
      const f = this.moveFeatures;
      f.keyCount = moveFeatures(this.sentence, state, this.moveLayout, f.dense, f.keys);
      this.moves.score(this.moveFeatures, this.beamMoveScores);
      for (let m = 0; m < MOVES; m++) out[m] = this.beamMoveScores[m]!;
    },
    label: (state, dep, head) => this.bestLabel(this.sentence, state, dep, head),
  };

  constructor(
    vocabulary: Vocabulary,
    labels: readonly string[],
    moves: LinearModel,
    labeller: LinearModel,
    candidates: readonly (readonly number[])[],
    info: ModelInfo = {},
    tagger?: Tagger,
  ) {
    this.tagger = tagger;
    const all = Int32Array.from(labels.map((_, c) => c).filter((c) => labels[c] !== 'root'));
    this.candidates = Array.from({ length: ARC_PAIRS }, (_, p) =>
      candidates[p]?.length ? Int32Array.from(candidates[p]!) : all,
    );
    this.vocabulary = vocabulary;
    this.labels = labels;
    this.moves = moves;
    this.labeller = labeller;
    this.info = info;
    this.rootLabel = labels.indexOf('root');
    const set = featureSetOf(info);
    if (set >= 3 && !vocabulary.clusters) {
      throw new Error('parse.Parser: feature set 3 needs word clusters.');
    }
    const { fineClasses: C, coarseClasses: K } = vocabulary;
    this.moveLayout = moveLayout(vocabulary.size, labels.length + 1, set, C, K);
    this.labelLayout = labelLayout(labels.length + 1, set, C, K);
    this.moveFeatures.denseCount = this.moveLayout.offsets.length;
    this.labelFeatures.denseCount = this.labelLayout.offsets.length;
    if (moves.denseRows !== this.moveLayout.size || labeller.denseRows !== this.labelLayout.size) {
      throw new Error('parse.Parser: the models do not fit the feature layout.');
    }
    this.moveScores = new Int32Array(MOVES);
    this.labelScores = new Int32Array(labels.length);
    this.beamWidth = typeof info.beam === 'number' && info.beam > 1 ? info.beam : 1;
  }

  /**
   * The same models (shared, not copied) as another parser: without the tagger, parsing the tags
   * it is given as they are (`tagger: false`), and/or searching with another beam width.
   */
  variant(options: { tagger?: boolean; beamWidth?: number } = {}): Parser {
    const other = new Parser(
      this.vocabulary,
      this.labels,
      this.moves,
      this.labeller,
      this.candidates.map((labels) => Array.from(labels)),
      this.info,
      options.tagger === false ? undefined : this.tagger,
    );
    other.beamWidth = options.beamWidth ?? this.beamWidth;
    return other;
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
    const sentence = this.encode(this.encoded(n), words, tags);
    this.parseEncoded(sentence, this.heads, this.labels_);
    return this.result(sentence, this.heads, this.labels_);
  }

  /**
   * Parses many sentences: tags them all, then parses them all, which keeps each model's
   * tables in the processor's cache while it works (a document at a time in the pipeline).
   */
  parseAll(
    sentences: readonly { words: readonly string[]; tags: readonly string[] }[],
  ): ParsedSentence[] {
    const encoded = sentences.map((s) => this.encode(newEncoded(s.words.length), s.words, s.tags));
    return encoded.map((sentence) => {
      if (sentence.n === 0) return { heads: [], deprels: [], upos: [] };
      this.reserve(sentence.n);
      this.parseEncoded(sentence, this.heads, this.labels_);
      return this.result(sentence, this.heads, this.labels_);
    });
  }

  /** Fills `sentence` with word ids and tag ids (the tagger's, when there is one). */
  private encode(
    sentence: EncodedSentence,
    words: readonly string[],
    tags: readonly string[],
  ): EncodedSentence {
    const n = sentence.n;
    this.reserve(n);
    if (this.tagger) {
      const entries = this.entries;
      const v = this.vocabulary;
      for (let i = 0; i < n; i++) {
        const e = v.entry(words[i]!);
        entries[i] = e;
        sentence.words[i] = v.entryId[e]!;
        sentence.fine[i] = v.entryFine[e]!;
        sentence.coarse[i] = v.entryCoarse[e]!;
      }
      this.tagger.tagEntries(entries, n, tags, sentence.tags, words);
    } else {
      const v = this.vocabulary;
      for (let i = 0; i < n; i++) {
        const e = v.entry(words[i]!);
        sentence.words[i] = v.entryId[e]!;
        sentence.fine[i] = v.entryFine[e]!;
        sentence.coarse[i] = v.entryCoarse[e]!;
        sentence.tags[i] = tagId(tags[i] ?? 'X');
      }
    }
    return finishEncoded(sentence);
  }

  private result(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array): ParsedSentence {
    const n = sentence.n;
    const out: ParsedSentence = { heads: new Array(n), deprels: new Array(n), upos: new Array(n) };
    for (let i = 0; i < n; i++) {
      out.heads[i] = heads[i]!;
      out.deprels[i] = this.labels[labels[i]!] ?? 'dep';
      out.upos[i] = UPOS_TAGS[sentence.tags[i]! - 2] ?? 'X';
    }
    return out;
  }

  /** Grows the reused buffers to hold a sentence of n words. */
  private reserve(n: number): void {
    if (n + 1 <= this.heads.length) return;
    const size = Math.max(n + 1, this.heads.length * 2);
    this.buffer = newEncoded(size);
    this.entries = new Int32Array(size);
    this.heads = new Int32Array(size);
    this.labels_ = new Int32Array(size);
  }

  /** The reused sentence buffer, sized for n words. */
  private encoded(n: number): EncodedSentence {
    this.reserve(n);
    this.buffer.n = n;
    return this.buffer;
  }

  /** Parses an encoded sentence into `heads` (-1 = root) and `labels` (label classes). */
  parseEncoded(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array): void {
    const n = sentence.n;
    if (this.beamWidth > 1) {
      this.parseBeam(sentence, heads, labels);
      return;
    }
    const st = this.state;
    st.reset(n);
    while (!st.isTerminal()) {
      const legal = st.legal();
      const move = (legal & (legal - 1)) === 0 ? 31 - Math.clz32(legal) : this.bestMove(sentence);
      let label = 0;
      if (move !== SHIFT) {
        const [dep, head] = st.arcOf(move);
        label = head === n ? this.rootLabel : this.bestLabel(sentence, st, dep, head);
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

  /** Beam search: the best complete parse of `beamWidth` kept at every step. */
  private parseBeam(sentence: EncodedSentence, heads: Int32Array, labels: Int32Array): void {
    const n = sentence.n;
    if (this.beam?.width !== this.beamWidth) this.beam = new Beam(this.beamWidth);
    const beam = this.beam;
    this.sentence = sentence;
    beam.reset(n);
    while (!beam.done) beam.step(this.scorer, this.rootLabel);
    const st = beam.state(0);
    for (let i = 0; i < n; i++) {
      const h = st.head[i]!;
      heads[i] = h === n ? -1 : h;
      labels[i] = st.label[i]! - 1;
    }
  }

  private bestMove(sentence: EncodedSentence): number {
    const st = this.state;
    const legal = st.legal();
    const f = this.moveFeatures;
    f.keyCount = moveFeatures(sentence, st, this.moveLayout, f.dense, f.keys);
    this.moves.score(this.moveFeatures, this.moveScores);
    let best = -1;
    for (let m = 0; m < MOVES; m++) {
      if (legal & (1 << m) && (best < 0 || this.moveScores[m]! > this.moveScores[best]!)) best = m;
    }
    return best;
  }

  private bestLabel(
    sentence: EncodedSentence,
    state: ParseState,
    dep: number,
    head: number,
  ): number {
    const f = this.labelFeatures;
    f.keyCount = labelFeatures(sentence, state, dep, head, this.labelLayout, f.dense, f.keys);
    const classes = this.candidates[arcPair(sentence, dep, head)]!;
    scoreSome(this.labeller, f, classes, this.labelScores);
    let best = classes[0]!;
    for (const c of classes) if (this.labelScores[c]! > this.labelScores[best]!) best = c;
    return best;
  }
}
