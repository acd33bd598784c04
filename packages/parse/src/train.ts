/**
 * Training: the averaged perceptron learns the move classifier from the dynamic oracle
 * (Goldberg & Nivre 2012/2013: after the first epochs it follows its own mistakes with
 * probability `explore`, so it learns to recover from them) and the label classifier from the
 * gold relation of every correctly attached word. Seeded and deterministic: the same data and
 * options give the same model, byte for byte.
 */
import {
  ARC_PAIRS,
  arcPair,
  encodeSentence,
  LABEL_DENSE,
  LABEL_KEYS,
  labelFeatures,
  labelLayout,
  MOVE_DENSE,
  MOVE_KEYS,
  moveFeatures,
  moveLayout,
  Vocabulary,
} from './features.js';
import type { EncodedSentence, FeatureSet } from './features.js';
import { AveragedPerceptron, newFeatures } from './perceptron.js';
import { Parser } from './parser.js';
import type { ModelInfo } from './parser.js';
import type { Tagger } from './tagger.js';
import { moveCosts, MOVES, ParseState, projectivise, SHIFT } from './transitions.js';
import { Beam } from './beam.js';
import type { BeamScorer } from './beam.js';
import { scoreParses } from './evaluate.js';
import type { ParseScores } from './evaluate.js';
import type { WordClusters } from './clusters.js';

/** A sentence with its gold tree: heads 0-based, -1 for the root. */
export interface TrainingSentence {
  words: readonly string[];
  /** The tags the parser will see in use (gold, predicted or noisy: the caller decides). */
  tags: readonly string[];
  heads: readonly number[];
  deprels: readonly string[];
}

export interface TrainOptions {
  /**
   * A tagger for the parser to run before parsing (its vocabulary becomes the parser's). The
   * training sentences' `tags` are then what the parser reads after tagging (e.g. the tagger's
   * jackknifed output), while `dev` sentences carry the tags `parse` is given (wink-nlp's).
   */
  tagger?: Tagger;
  /** Passes over the data (default 15). */
  epochs?: number;
  /** Seed of the shuffling and exploration (default 1). */
  seed?: number;
  /** Words seen fewer times become unknown-word classes (default 2). */
  minCount?: number;
  /** From this epoch (0-based) on, follow a wrong prediction with probability `explore`. */
  exploreFrom?: number;
  /** Default 0.9. */
  explore?: number;
  /** Features whose averaged weights are all within this of zero are dropped (default 0). */
  prune?: number;
  /**
   * Beam width (default 1: greedy, trained with the dynamic oracle). Wider beams train the move
   * classifier globally, with the max-violation update of Huang, Fayong & Guo (2012), and the
   * model parses with this width by default.
   */
  beam?: number;
  /** Scored after every epoch; the epoch with the best LAS on it is kept. */
  dev?: readonly TrainingSentence[];
  /** Feature set (default 1, the shipped model's; see `FeatureSet`); the tagger's must match. */
  features?: FeatureSet;
  /** Word clusters (feature set 3) when there is no tagger to bring its vocabulary's. */
  clusters?: WordClusters;
  /** Kept in the model file. */
  info?: ModelInfo;
  /** Called after every epoch with its dev scores (when there is a dev set). */
  onEpoch?: (report: EpochReport) => void;
}

export interface EpochReport {
  epoch: number;
  seconds: number;
  moveFeatures: number;
  labelFeatures: number;
  /** Share of move decisions that the oracle counted as mistakes (beam: of sentences updated). */
  trainErrors: number;
  dev?: ParseScores;
}

/** mulberry32: a small seeded PRNG, so training runs repeat exactly. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Prepared {
  sentence: EncodedSentence;
  /** Projective gold heads, n for the root. */
  gold: Int32Array;
  /** Gold label classes. */
  labels: Int32Array;
}

/** Parses `sentences` with `parser` and scores them against their gold trees. */
export function evaluateParser(
  parser: Parser,
  sentences: readonly TrainingSentence[],
): ParseScores {
  const predicted = sentences.map((s) => parser.parse(s.words, s.tags));
  return scoreParses(sentences, predicted);
}

/**
 * Trains a parser on sentences with gold trees.
 *
 * @example
 * const parser = trainParser(sentences, { epochs: 10, seed: 1, dev });
 */
export function trainParser(
  sentences: readonly TrainingSentence[],
  options: TrainOptions = {},
): Parser {
  const epochs = options.epochs ?? 15;
  const rng = random(options.seed ?? 1);
  const exploreFrom = options.exploreFrom ?? 2;
  const explore = options.explore ?? 0.9;
  const vocabulary =
    options.tagger?.vocabulary ??
    Vocabulary.fromForms(
      sentences.flatMap((s) => s.words),
      options.minCount ?? 2,
      options.clusters,
    );
  const labelSet = new Set<string>(['root']);
  for (const s of sentences) for (const d of s.deprels) labelSet.add(d);
  const labels = [...labelSet].sort();
  if (labels.length > 63) throw new Error(`parse.train: ${labels.length} labels, at most 63.`);
  const labelClass = new Map(labels.map((l, i) => [l, i]));
  const rootLabel = labelClass.get('root')!;

  const data: Prepared[] = sentences
    .filter((s) => s.words.length > 0)
    .map((s) => {
      const n = s.words.length;
      const gold = Int32Array.from(projectivise(s.heads.map((h) => (h < 0 ? n : h))));
      return {
        sentence: encodeSentence(vocabulary, s.words, s.tags),
        gold,
        labels: Int32Array.from(s.deprels, (d) => labelClass.get(d) ?? rootLabel),
      };
    });

  // The relations seen with each (dependent tag, head tag, direction): the label candidates.
  const seen = Array.from({ length: ARC_PAIRS }, () => new Set<number>());
  for (const { sentence, gold, labels: goldLabels } of data) {
    for (let i = 0; i < sentence.n; i++) {
      if (gold[i] !== sentence.n) seen[arcPair(sentence, i, gold[i]!)]!.add(goldLabels[i]!);
    }
  }
  const candidates = seen.map((set) => [...set].sort((a, b) => a - b));
  const nonRoot = Int32Array.from(labels.map((_, c) => c).filter((c) => c !== rootLabel));
  const candidateLists = candidates.map((c) => (c.length ? Int32Array.from(c) : nonRoot));
  const set = options.features ?? 1;
  if (options.tagger && options.tagger.featureSet !== set) {
    throw new Error(
      `parse.train: the tagger has feature set ${options.tagger.featureSet}, not ${set}.`,
    );
  }
  if (set >= 3 && !vocabulary.clusters) {
    throw new Error('parse.train: feature set 3 needs word clusters (options.clusters).');
  }
  const { fineClasses: C, coarseClasses: K } = vocabulary;
  const moveSpace = moveLayout(vocabulary.size, labels.length + 1, set, C, K);
  const labelSpace = labelLayout(labels.length + 1, set, C, K);
  const moves = new AveragedPerceptron(MOVES, moveSpace.size);
  const labeller = new AveragedPerceptron(labels.length, labelSpace.size);
  const state = new ParseState();
  const mf = newFeatures(MOVE_DENSE, MOVE_KEYS);
  mf.denseCount = moveSpace.offsets.length;
  const lf = newFeatures(LABEL_DENSE, LABEL_KEYS);
  lf.denseCount = labelSpace.offsets.length;
  const scores = new Float64Array(MOVES);
  const labelScores = new Float64Array(labels.length);
  const costs = new Float64Array(MOVES);
  const order = data.map((_, i) => i);

  const width = Math.max(1, Math.floor(options.beam ?? 1));
  let best: { las: number; parser: Parser } | undefined;
  const build = () =>
    new Parser(
      vocabulary,
      labels,
      moves.average(options.prune ?? 0),
      labeller.average(options.prune ?? 0),
      candidates,
      { ...options.info, beam: width, ...(set > 1 ? { features: set } : {}) },
      options.tagger,
    );

  // Beam training (width > 1): the state of the search, the gold item beside it, and a replay.
  const beam = new Beam(width);
  const goldState = new ParseState();
  const replayState = new ParseState();
  let current: EncodedSentence | undefined;
  let goldMoves = new Int32Array(64);
  let goldLabelsAt = new Int32Array(64);
  let beamMoves = new Int32Array(64);
  let beamLabels = new Int32Array(64);
  /** The labeller's best relation for an arc in `state`. */
  const predictLabel = (sentence: EncodedSentence, st: ParseState, dep: number, head: number) => {
    lf.keyCount = labelFeatures(sentence, st, dep, head, labelSpace, lf.dense, lf.keys);
    const classes = candidateLists[arcPair(sentence, dep, head)]!;
    labeller.scoreSome(lf, classes, labelScores);
    let predicted = classes[0]!;
    for (const c of classes) if (labelScores[c]! > labelScores[predicted]!) predicted = c;
    return predicted;
  };
  const trainingScorer: BeamScorer = {
    scoreMoves: (st, out) => {
      mf.keyCount = moveFeatures(current!, st, moveSpace, mf.dense, mf.keys);
      moves.score(mf, out);
    },
    label: (st, dep, head) => predictLabel(current!, st, dep, head),
  };
  /** Adds `delta` to the move weights of `steps` moves from the start, from step `from` on. */
  const replay = (
    sentence: EncodedSentence,
    path: Int32Array,
    pathLabels: Int32Array,
    from: number,
    steps: number,
    delta: number,
  ) => {
    replayState.reset(sentence.n);
    for (let t = 0; t < steps; t++) {
      const legal = replayState.legal();
      if (t >= from && (legal & (legal - 1)) !== 0) {
        mf.keyCount = moveFeatures(sentence, replayState, moveSpace, mf.dense, mf.keys);
        moves.update(mf, path[t]!, delta);
      }
      replayState.apply(path[t]!, pathLabels[t]! + 1);
    }
  };
  /**
   * One sentence of beam training: the gold item follows the best-scoring zero-cost move; at the
   * step where the best item beats it by most, the gold prefix is rewarded and the best item's
   * prefix penalised. The labeller learns on the gold item's arcs. Returns whether it updated.
   */
  const beamSentence = ({ sentence, gold, labels: goldLabels }: Prepared): boolean => {
    const n = sentence.n;
    current = sentence;
    if (goldMoves.length < 2 * n) {
      goldMoves = new Int32Array(4 * n);
      goldLabelsAt = new Int32Array(4 * n);
      beamMoves = new Int32Array(4 * n);
      beamLabels = new Int32Array(4 * n);
    }
    beam.reset(n);
    goldState.reset(n);
    let goldScore = 0;
    let goldSlot = 0;
    let maxViolation = Number.NEGATIVE_INFINITY;
    let maxStep = -1;
    for (let t = 0; !goldState.isTerminal(); t++) {
      beam.step(trainingScorer, rootLabel);
      const legal = goldState.legal();
      let move = 31 - Math.clz32(legal);
      if ((legal & (legal - 1)) !== 0) {
        mf.keyCount = moveFeatures(sentence, goldState, moveSpace, mf.dense, mf.keys);
        moves.score(mf, scores);
        moveCosts(goldState, gold, costs);
        let min = Number.POSITIVE_INFINITY;
        for (let m = 0; m < MOVES; m++) if (legal & (1 << m) && costs[m]! < min) min = costs[m]!;
        move = -1;
        for (let m = 0; m < MOVES; m++) {
          if (legal & (1 << m) && costs[m] === min && (move < 0 || scores[m]! > scores[move]!)) {
            move = m;
          }
        }
        goldScore += scores[move]!;
      }
      let label = 0;
      if (move !== SHIFT) {
        const [dep, head] = goldState.arcOf(move);
        if (head === n) {
          label = rootLabel;
        } else {
          label = predictLabel(sentence, goldState, dep, head);
          labeller.instances++;
          const target = goldLabels[dep]!;
          if (gold[dep] === head && target !== rootLabel && label !== target) {
            labeller.update(lf, target, 1);
            labeller.update(lf, label, -1);
          }
        }
      }
      goldMoves[t] = move;
      goldLabelsAt[t] = label;
      goldState.apply(move, label + 1);
      if (goldSlot >= 0) {
        const parentSlot = goldSlot;
        goldSlot = -1;
        const base = t * width;
        for (let j = 0; j < beam.size; j++) {
          if (
            beam.parent[base + j] === parentSlot &&
            beam.move[base + j] === move &&
            beam.label[base + j] === label
          ) {
            goldSlot = j;
            break;
          }
        }
      }
      if (goldSlot !== 0) {
        const violation = beam.scores[0]! - goldScore;
        if (violation >= maxViolation) {
          maxViolation = violation;
          maxStep = t;
        }
      }
    }
    if (maxStep < 0) return false;
    // The best item's history at the step of the largest violation.
    const steps = maxStep + 1;
    beam.history(0, steps, beamMoves, beamLabels);
    let from = 0;
    while (
      from < steps &&
      goldMoves[from] === beamMoves[from] &&
      goldLabelsAt[from] === beamLabels[from]
    )
      from++;
    moves.instances++;
    replay(sentence, goldMoves, goldLabelsAt, from, steps, 1);
    replay(sentence, beamMoves, beamLabels, from, steps, -1);
    return true;
  };

  for (let epoch = 0; epoch < epochs; epoch++) {
    const started = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let decisions = 0;
    let mistakes = 0;
    for (const index of order) {
      if (width > 1) {
        decisions++;
        if (beamSentence(data[index]!)) mistakes++;
        continue;
      }
      const { sentence, gold, labels: goldLabels } = data[index]!;
      const n = sentence.n;
      state.reset(n);
      while (!state.isTerminal()) {
        const legal = state.legal();
        let move = 31 - Math.clz32(legal);
        if ((legal & (legal - 1)) !== 0) {
          mf.keyCount = moveFeatures(sentence, state, moveSpace, mf.dense, mf.keys);
          moves.score(mf, scores);
          moveCosts(state, gold, costs);
          let predicted = -1;
          let min = Number.POSITIVE_INFINITY;
          for (let m = 0; m < MOVES; m++) {
            if (!(legal & (1 << m))) continue;
            if (predicted < 0 || scores[m]! > scores[predicted]!) predicted = m;
            if (costs[m]! < min) min = costs[m]!;
          }
          let oracle = -1;
          for (let m = 0; m < MOVES; m++) {
            if (legal & (1 << m) && costs[m] === min) {
              if (oracle < 0 || scores[m]! > scores[oracle]!) oracle = m;
            }
          }
          moves.instances++;
          decisions++;
          if (costs[predicted]! > min) {
            mistakes++;
            moves.update(mf, oracle, 1);
            moves.update(mf, predicted, -1);
          }
          move = predicted;
          if (costs[predicted]! > min && !(epoch >= exploreFrom && rng() < explore)) move = oracle;
        }
        let label = 0;
        if (move !== SHIFT) {
          const [dep, head] = state.arcOf(move);
          if (head === n) {
            label = rootLabel;
          } else {
            lf.keyCount = labelFeatures(sentence, state, dep, head, labelSpace, lf.dense, lf.keys);
            const classes = candidateLists[arcPair(sentence, dep, head)]!;
            labeller.scoreSome(lf, classes, labelScores);
            let predicted = classes[0]!;
            for (const c of classes) if (labelScores[c]! > labelScores[predicted]!) predicted = c;
            labeller.instances++;
            const target = goldLabels[dep]!;
            if (gold[dep] === head && target !== rootLabel && predicted !== target) {
              labeller.update(lf, target, 1);
              labeller.update(lf, predicted, -1);
            }
            label = predicted;
          }
        }
        state.apply(move, label + 1);
      }
    }
    const report: EpochReport = {
      epoch: epoch + 1,
      seconds: (performance.now() - started) / 1000,
      moveFeatures: moves.features,
      labelFeatures: labeller.features,
      trainErrors: decisions > 0 ? mistakes / decisions : 0,
    };
    if (options.dev && options.dev.length > 0) {
      const parser = build();
      report.dev = evaluateParser(parser, options.dev);
      if (!best || report.dev.las > best.las) best = { las: report.dev.las, parser };
    }
    options.onEpoch?.(report);
  }
  return best?.parser ?? build();
}
