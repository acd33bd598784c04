/**
 * The entity tagger at run time: the shipped model (`packages/extract/model/ner.bin.gz`, loaded
 * once per process) tags a document's tokens with BIO labels over PER, ORG, LOC and MISC. The
 * mention stage reads the labels as evidence beside its gazetteers and cues.
 */
import type { Sentence, Token } from '../analysis.js';
import type { FeatureContext } from './features.js';
import type { RawMention } from '../mentions.js';
import { documentFeatures, ruleCodes } from './features.js';
import { O, tagOf } from './labels.js';
import type { NerTag } from './labels.js';
import { NER_TAGS } from './labels.js';
import { decodeDocument, readModel } from './model.js';
import type { TaggerModel } from './model.js';

export type { FeatureContext } from './features.js';
export type { NerTag } from './labels.js';
export type { TaggerModel } from './model.js';

/** The tagger's reading of a document. */
export interface TaggedTokens {
  /** BIO label per token (see labels.ts). */
  labels: Uint8Array;
  /** Score of the chosen label over the runner-up, per token (0 = a coin toss). */
  margins: Float32Array;
}

const MODEL_URL = new URL('../../model/ner.bin.gz', import.meta.url);
let shipped: TaggerModel | undefined;

/** The shipped model, read on first use (once per process). */
export function loadTagger(): TaggerModel {
  shipped ??= readModel(MODEL_URL);
  return shipped;
}

/**
 * Tags a document's tokens, reading the rule-based mentions as evidence. Sentences where the
 * rules guess nothing are left untagged (O): nothing downstream asks about them.
 */
export function tagTokens(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  ctx: FeatureContext,
  rules: readonly RawMention[],
  model: TaggerModel = loadTagger(),
): TaggedTokens {
  if (!tokens.length) return { labels: new Uint8Array(0), margins: new Float32Array(0) };
  const codes = ruleCodes(tokens.length, rules);
  const skip = settledSentences(tokens, rules);
  return decodeDocument(model, documentFeatures(tokens, sentences, ctx, codes, skip, true));
}

/**
 * Sentences whose mentions the rules are all sure of (or that have none) need no tagging: the
 * reconcile pass only reads the tagger where the rules guess. Returns 1 per token to skip.
 */
function settledSentences(tokens: readonly Token[], rules: readonly RawMention[]): Uint8Array {
  const open = new Set<number>();
  for (const m of rules) {
    if (m.canonical || (m.confident && !m.yieldable)) continue;
    open.add(tokens[m.firstToken]?.sentence ?? -1);
  }
  const skip = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!open.has((tokens[i] as Token).sentence)) skip[i] = 1;
  }
  return skip;
}

/** The tag of token i, or undefined for O. */
export function tagAt(tagged: TaggedTokens, i: number): NerTag | undefined {
  const label = tagged.labels[i] ?? O;
  return label === O ? undefined : NER_TAGS[tagOf(label)];
}
