/**
 * The tagger learns: trained on a small slice of the open corpora (../shared/corpora, which CI
 * has beside the checkout), it tags its training slice well and held-out sentences far better
 * than chance; training is deterministic; a saved model tags as the weights it was saved from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon.js';
import { loadNlp } from '../nlp.js';
import { isCommonWord } from '../vocabulary.js';
import { readGum, readUner, readWikigold } from './corpora.js';
import type { FeatureContext } from './features.js';
import { documentFeatures } from './features.js';
import { LABEL_COUNT, NER_TAGS, labelName } from './labels.js';
import { MODEL_FORMAT, decodeDocument, readModel, saveModel } from './model.js';
import type { TaggedExample } from './train.js';
import { f1, prepareExamples, scoreExamples, trainTagger } from './train.js';

const corpora = resolve(
  process.env.KG_SHARED ??
    join(fileURLToPath(new URL('../../../../..', import.meta.url)), 'shared'),
  'corpora',
);
const BITS = 16;

let ctx: FeatureContext;
let train: TaggedExample[];
let heldOut: TaggedExample[];
let weights: Float32Array;
let dir: string;

beforeAll(() => {
  const nlp = loadNlp();
  ctx = { lex: loadLexicon(), isCommon: (w) => isCommonWord(nlp, w) };
  train = prepareExamples(nlp, ctx, [
    ...readUner(join(corpora, 'uner-ewt', 'en_ewt-ud-train.iob2')).slice(0, 60),
    ...readWikigold(join(corpora, 'wikigold', 'wikigold.conll.txt')).slice(0, 15),
    ...readGum(join(corpora, 'gum', 'en_gum-ud-train.conllu')).slice(0, 3),
  ]);
  heldOut = prepareExamples(
    nlp,
    ctx,
    readWikigold(join(corpora, 'wikigold', 'wikigold.conll.txt')).slice(120, 135),
  );
  weights = trainTagger(train, { epochs: 4, seed: 7, bits: BITS, ctx });
  dir = mkdtempSync(join(tmpdir(), 'kg-ner-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asWeights = (table: Float32Array) => ({ bits: BITS, mask: (1 << BITS) - 1, table });

describe('the corpora readers', () => {
  it('reads gold names as typed spans', () => {
    const docs = readWikigold(join(corpora, 'wikigold', 'wikigold.conll.txt')).slice(0, 3);
    const spans = docs.flatMap((d) => d.spans.map((s) => [d.text.slice(s.start, s.end), s.tag]));
    expect(spans.length).toBeGreaterThan(10);
    for (const [text, tag] of spans) {
      expect(text).toMatch(/\S/);
      expect(NER_TAGS).toContain(tag);
    }
  });

  it('takes GUM names headed by proper nouns, without titles', () => {
    const doc = readGum(join(corpora, 'gum', 'en_gum-ud-dev.conllu'))[0];
    expect(doc).toBeDefined();
    const names = (doc?.spans ?? [])
      .filter((s) => s.tag !== null)
      .map((s) => doc?.text.slice(s.start, s.end));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(name).toMatch(/^\p{Lu}/u);
    expect(names.some((n) => /^(?:Mr|Mrs|Dr|President)\b/.test(n ?? ''))).toBe(false);
  });
});

describe('training', () => {
  it('fits its training slice', () => {
    const s = scoreExamples(asWeights(weights), train, ctx);
    expect(f1(s.ALL)).toBeGreaterThan(0.85);
  });

  it('tags held-out sentences far better than chance', () => {
    const s = scoreExamples(asWeights(weights), heldOut, ctx);
    expect(f1(s.ALL)).toBeGreaterThan(0.35);
    expect(f1(s.PER)).toBeGreaterThan(0.4);
  });

  it('is deterministic', () => {
    const again = trainTagger(train.slice(0, 10), { epochs: 2, seed: 3, bits: 12, ctx });
    const twice = trainTagger(train.slice(0, 10), { epochs: 2, seed: 3, bits: 12, ctx });
    expect(Buffer.from(again.buffer).equals(Buffer.from(twice.buffer))).toBe(true);
  });

  it('averages the runs of consecutive seeds', () => {
    const slice = train.slice(0, 10);
    const options = { epochs: 2, bits: 12, ctx };
    const a = trainTagger(slice, { ...options, seed: 3 });
    const b = trainTagger(slice, { ...options, seed: 4 });
    const both = trainTagger(slice, { ...options, seed: 3, runs: 2 });
    expect(Buffer.from(a.buffer).equals(Buffer.from(b.buffer))).toBe(false);
    for (let k = 0; k < both.length; k++) {
      expect(both[k]).toBeCloseTo(((a[k] as number) + (b[k] as number)) / 2, 4);
    }
  });

  it('saves a model that tags like its weights', () => {
    const path = join(dir, 'ner.bin.gz');
    saveModel(path, weights, {
      format: MODEL_FORMAT,
      bits: BITS,
      labels: LABEL_COUNT,
      tags: NER_TAGS,
    });
    const model = readModel(path);
    let same = 0;
    let total = 0;
    for (const ex of heldOut) {
      const doc = documentFeatures(ex.tokens, ex.sentences, ctx, ex.rules);
      const a = decodeDocument(asWeights(weights), doc).labels;
      const b = decodeDocument(model, doc).labels;
      a.forEach((label, i) => {
        total++;
        if (label === b[i]) same++;
      });
    }
    expect(same / total).toBeGreaterThan(0.99);
  });

  it('refuses a file that is no model', () => {
    expect(() => readModel(join(corpora, 'wikigold', 'wikigold.conll.txt'))).toThrow();
  });
});

describe('the shipped model', () => {
  it('names people, organisations and places in a sentence it never saw', () => {
    const nlp = loadNlp();
    const [ex] = prepareExamples(nlp, ctx, [
      {
        id: 'x',
        corpus: 'test',
        text: 'Maria Kowalczyk joined Northwind Industries Inc. in Krakow last spring.',
        spans: [],
      },
    ]);
    if (!ex) throw new Error('no example');
    const labels = decodeDocument(
      readModel(new URL('../../model/ner.bin.gz', import.meta.url)),
      documentFeatures(ex.tokens, ex.sentences, ctx, ex.rules),
    ).labels;
    const tagged = ex.tokens.map((t, i) => `${t.text}/${labelName(labels[i] ?? 0)}`).join(' ');
    expect(tagged).toContain('Maria/B-PER Kowalczyk/I-PER');
    expect(tagged).toContain('Northwind/B-ORG Industries/I-ORG Inc./I-ORG');
    expect(tagged).toContain('Krakow/B-LOC');
  });
});
