/**
 * Training the entity tagger: an averaged perceptron over the hashed features, trained with the
 * same greedy two-pass decoding it uses at run time (history and document tags come from its own
 * predictions, so training sees what tagging sees). Gold spans from the corpora readers are
 * projected onto wink-nlp's tokens, so the tokens and POS tags of training are those of use.
 * Deterministic: documents are shuffled with a seeded generator and ties break by label order.
 */
import type { Sentence, Token } from '../analysis.js';
import type { Nlp } from '../nlp.js';
import { tokenise } from '../tokens.js';
import { primeWords } from '../vocabulary.js';
import type { NerDocument } from './corpora.js';
import type { DocFeatures, FeatureContext } from './features.js';
import { docTagFeatures, documentFeatures, historyFeatures, ruleCodes } from './features.js';
import { detectMentions } from '../mentions.js';
import { LABEL_COUNT, NER_TAGS, O, beginOf, insideOf, isBegin, tagOf } from './labels.js';
import type { NerTag } from './labels.js';
import { allowed, decodeDocument, decodePass, documentTags, staticScores } from './model.js';
import type { Weights } from './model.js';

/** A training document on wink's tokens: gold label per token, -1 where unknown. */
export interface TaggedExample {
  id: string;
  corpus: string;
  tokens: Token[];
  sentences: Sentence[];
  gold: Int8Array;
  /** The rule-based mentions, as features (see `ruleCodes`). */
  rules: Uint32Array;
}

/**
 * Tokenises documents with wink-nlp, runs the rule-based mention stage on them (its output is
 * a feature) and projects their gold spans onto the tokens.
 */
export function prepareExamples(
  nlp: Nlp,
  ctx: FeatureContext,
  docs: readonly NerDocument[],
): TaggedExample[] {
  return docs.map((d) => {
    const { tokens, sentences } = tokenise(nlp, d.text);
    primeWords(
      nlp,
      tokens.filter((t) => t.text !== t.lower).map((t) => t.lower),
    );
    const detected = detectMentions(tokens, sentences, ctx.lex, ctx.isCommon);
    const rules = ruleCodes(tokens.length, detected.mentions);
    const gold = new Int8Array(tokens.length);
    let k = 0;
    const spans = [...d.spans].sort((a, b) => a.start - b.start);
    for (const span of spans) {
      while (k < tokens.length && (tokens[k] as Token).end <= span.start) k++;
      let first = true;
      for (let j = k; j < tokens.length && (tokens[j] as Token).start < span.end; j++) {
        if (span.tag === null) gold[j] = -1;
        else {
          const tag = NER_TAGS.indexOf(span.tag);
          // A wink token that starts a sentence inside a gold span begins a new name.
          gold[j] =
            first || (tokens[j] as Token).sentence !== (tokens[j - 1] as Token).sentence
              ? beginOf(tag)
              : insideOf(tag);
        }
        first = false;
      }
    }
    return { id: d.id, corpus: d.corpus, tokens, sentences, gold, rules };
  });
}

export interface TrainOptions {
  epochs: number;
  /** Seed of the first run; run k shuffles with `seed + k`. */
  seed: number;
  /**
   * Runs averaged together (default 1): each trains from zero on its own document order, and the
   * model is the mean of their averaged weights, so the order one seed happens to draw weighs
   * less in what is learned.
   */
  runs?: number;
  /** log2 of the feature rows. */
  bits: number;
  ctx: FeatureContext;
  /** Called after each epoch of each run with that run's averaged weights (for dev scores). */
  onEpoch?: (epoch: number, weights: Weights, run: number) => void;
}

/** A small seeded generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron with lazy averaging: avg = w - acc / steps. */
class Perceptron implements Weights {
  readonly bits: number;
  readonly mask: number;
  readonly table: Float32Array;
  private readonly acc: Float64Array;
  steps = 1;

  constructor(bits: number) {
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.table = new Float32Array((1 << bits) * LABEL_COUNT);
    this.acc = new Float64Array((1 << bits) * LABEL_COUNT);
  }

  update(features: ArrayLike<number>, from: number, to: number, gold: number, guess: number): void {
    for (let k = from; k < to; k++) {
      const row = ((features[k] as number) & this.mask) * LABEL_COUNT;
      this.table[row + gold] = (this.table[row + gold] as number) + 1;
      this.acc[row + gold] = (this.acc[row + gold] as number) + this.steps;
      this.table[row + guess] = (this.table[row + guess] as number) - 1;
      this.acc[row + guess] = (this.acc[row + guess] as number) - this.steps;
    }
  }

  averaged(): Float32Array {
    const out = new Float32Array(this.table.length);
    for (let k = 0; k < out.length; k++) {
      out[k] = (this.table[k] as number) - (this.acc[k] as number) / this.steps;
    }
    return out;
  }
}

/**
 * Trains on `examples`: `runs` perceptrons, one per seed, and returns the mean of their averaged
 * weights (LABEL_COUNT columns).
 */
export function trainTagger(
  examples: readonly TaggedExample[],
  options: TrainOptions,
): Float32Array {
  const features = examples.map((e) =>
    documentFeatures(e.tokens, e.sentences, options.ctx, e.rules),
  );
  const runs = Math.max(1, Math.floor(options.runs ?? 1));
  let sum: Float32Array | undefined;
  for (let run = 0; run < runs; run++) {
    const weights = trainRun(examples, features, options, options.seed + run, run);
    if (!sum) sum = weights;
    else for (let k = 0; k < sum.length; k++) sum[k] = (sum[k] as number) + (weights[k] as number);
  }
  const mean = sum as Float32Array;
  if (runs > 1) for (let k = 0; k < mean.length; k++) mean[k] = (mean[k] as number) / runs;
  return mean;
}

/** One perceptron over the examples in the order `seed` shuffles them; its averaged weights. */
function trainRun(
  examples: readonly TaggedExample[],
  features: readonly DocFeatures[],
  options: TrainOptions,
  seed: number,
  run: number,
): Float32Array {
  const model = new Perceptron(options.bits);
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const extra = new Uint32Array(8);
  const scores = new Float64Array(LABEL_COUNT);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const ex = examples[index] as TaggedExample;
      const doc = features[index] as DocFeatures;
      const n = ex.tokens.length;
      // First pass with the current weights gives the document tags.
      const first = new Uint8Array(n);
      decodePass(model, doc, undefined, staticScores(model, doc), first);
      const tags = documentTags(doc, first);
      let prev = -1;
      let prev2 = -1;
      for (let t = 0; t < n; t++) {
        if ((doc.sentenceFirst[t] as number) === t) {
          prev = -1;
          prev2 = -1;
        }
        scores.fill(0);
        const from = doc.offsets[t] as number;
        const to = doc.offsets[t + 1] as number;
        addRows(model, doc.hashes, from, to, scores);
        let count = historyFeatures(doc, t, prev, prev2, extra);
        count += docTagFeatures(doc, t, tags[t] as number, extra, count);
        addRows(model, extra, 0, count, scores);
        let guess = O;
        let best = -Infinity;
        for (let l = 0; l < LABEL_COUNT; l++) {
          if ((scores[l] as number) > best && allowed(prev, l)) {
            best = scores[l] as number;
            guess = l;
          }
        }
        let gold = ex.gold[t] as number;
        // An I the projection cannot continue (after O) is read as B.
        if (gold > 0 && !allowed(prev, gold)) gold = beginOf(tagOf(gold));
        if (gold >= 0 && gold !== guess) {
          model.update(doc.hashes, from, to, gold, guess);
          model.update(extra, 0, count, gold, guess);
        }
        model.steps++;
        prev2 = prev;
        prev = guess;
      }
    }
    if (options.onEpoch) {
      const avg = model.averaged();
      options.onEpoch(epoch, { bits: model.bits, mask: model.mask, table: avg }, run);
    }
  }
  return model.averaged();
}

function addRows(w: Weights, f: ArrayLike<number>, from: number, to: number, scores: Float64Array) {
  const table = w.table;
  for (let k = from; k < to; k++) {
    const row = ((f[k] as number) & w.mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++)
      scores[l] = (scores[l] as number) + (table[row + l] as number);
  }
}

// ---- scoring ------------------------------------------------------------------------------------

export interface SpanScore {
  tp: number;
  fp: number;
  fn: number;
}

export type TagScores = Record<NerTag | 'ALL', SpanScore>;

/** Spans (first, last exclusive, tag) of a label sequence. */
export function spansOf(
  labels: ArrayLike<number>,
  tokens?: readonly Token[],
): [number, number, number][] {
  const out: [number, number, number][] = [];
  let open: [number, number, number] | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] as number;
    const newSentence = tokens && i > 0 && tokens[i]?.sentence !== tokens[i - 1]?.sentence;
    if (l <= O || isBegin(l) || !open || open[2] !== tagOf(l) || newSentence) {
      if (open) out.push(open);
      open = l > O ? [i, i + 1, tagOf(l)] : undefined;
    } else open[1] = i + 1;
  }
  if (open) out.push(open);
  return out;
}

/**
 * Exact-span scores of the tagger on examples, over the tags a corpus annotates (`only`); spans
 * touching an unknown gold token are not counted either way.
 */
export function scoreExamples(
  w: Weights,
  examples: readonly TaggedExample[],
  ctx: FeatureContext,
  only: readonly NerTag[] = NER_TAGS,
): TagScores {
  const result = Object.fromEntries(
    [...NER_TAGS, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  ) as TagScores;
  const wanted = new Set(only.map((t) => NER_TAGS.indexOf(t)));
  for (const ex of examples) {
    const doc = documentFeatures(ex.tokens, ex.sentences, ctx, ex.rules);
    const { labels } = decodeDocument(w, doc);
    const gold = Int8Array.from(ex.gold, (g) => (g < 0 ? 0 : g));
    const unknown = (s: [number, number, number]) => {
      for (let k = s[0]; k < s[1]; k++) if ((ex.gold[k] as number) < 0) return true;
      return false;
    };
    const key = (s: [number, number, number]) => `${s[0]}:${s[1]}:${s[2]}`;
    const g = spansOf(gold, ex.tokens).filter((s) => wanted.has(s[2]) && !unknown(s));
    const p = spansOf(labels, ex.tokens).filter((s) => wanted.has(s[2]) && !unknown(s));
    const gs = new Set(g.map(key));
    const ps = new Set(p.map(key));
    for (const s of p) {
      const tag = NER_TAGS[s[2]] as NerTag;
      const hit = gs.has(key(s));
      result[tag][hit ? 'tp' : 'fp']++;
      result.ALL[hit ? 'tp' : 'fp']++;
    }
    for (const s of g) {
      if (ps.has(key(s))) continue;
      result[NER_TAGS[s[2]] as NerTag].fn++;
      result.ALL.fn++;
    }
  }
  return result;
}

/** F1 of a span score. */
export function f1(s: SpanScore): number {
  const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
