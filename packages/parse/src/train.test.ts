import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { readConllu } from './conllu.js';
import { scoreParses } from './evaluate.js';
import { deserialiseParser, serialiseParser } from './model-io.js';
import { evaluateParser, trainParser } from './train.js';
import { trainTagger } from './tagger.js';
import { induceClusters } from './clusters.js';
import type { TrainingSentence } from './train.js';

/** Sentences of a fixture slice with their gold tags and trees. */
function slice(name: string): TrainingSentence[] {
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
  return readConllu(text).map((s) => ({
    words: s.words.map((w) => w.form),
    tags: s.words.map((w) => w.upos),
    heads: s.words.map((w) => w.head),
    deprels: s.words.map((w) => w.deprel),
  }));
}

const train = slice('ewt-train-250.conllu');
const heldOut = slice('ewt-dev-80.conllu');

describe('trainParser on a 250-sentence slice of EWT', () => {
  const parser = trainParser(train, { epochs: 4, seed: 3 });

  it('learns: held-out UAS far above attaching every word to its neighbour', () => {
    // The best of the trivial baselines: each word's head is the next word, or the previous one.
    const next = scoreParses(
      heldOut,
      heldOut.map((s) => ({ heads: s.words.map((_, i) => i + 1), deprels: s.deprels })),
    );
    const previous = scoreParses(
      heldOut,
      heldOut.map((s) => ({ heads: s.words.map((_, i) => i - 1), deprels: s.deprels })),
    );
    const baseline = Math.max(next.uas, previous.uas);
    const scores = evaluateParser(parser, heldOut);
    expect(baseline).toBeLessThan(0.45);
    expect(scores.uas).toBeGreaterThan(baseline + 0.3);
    expect(scores.las).toBeGreaterThan(0.55);
  });

  it('gives every word one head in its sentence and exactly one root, without cycles', () => {
    for (const s of heldOut) {
      const { heads, deprels } = parser.parse(s.words, s.tags);
      expect(heads.filter((h) => h === -1)).toHaveLength(1);
      expect(deprels[heads.indexOf(-1)]).toBe('root');
      heads.forEach((h, i) => {
        let at = i;
        for (let steps = 0; at !== -1; steps++) {
          expect(steps).toBeLessThanOrEqual(heads.length);
          at = heads[at]!;
        }
        expect(h).toBeGreaterThanOrEqual(-1);
        expect(h).toBeLessThan(heads.length);
      });
    }
  });

  it('is deterministic: the same data and seed give the same model file', () => {
    const again = trainParser(train.slice(0, 60), { epochs: 2, seed: 3 });
    const twice = trainParser(train.slice(0, 60), { epochs: 2, seed: 3 });
    expect(serialiseParser(again)).toEqual(serialiseParser(twice));
  });

  it('survives a save and load with the same parses', () => {
    const loaded = deserialiseParser(serialiseParser(parser));
    for (const s of heldOut.slice(0, 20)) {
      expect(loaded.parse(s.words, s.tags)).toEqual(parser.parse(s.words, s.tags));
    }
  });

  it('refuses bytes that are not a model', () => {
    const bytes = serialiseParser(parser);
    const broken = bytes.slice(0, bytes.length / 2);
    for (const input of [new Uint8Array([1, 2, 3]), broken]) {
      let error: unknown;
      try {
        deserialiseParser(input, 'm.kgdp');
      } catch (err) {
        error = err;
      }
      expect(isKgError(error) && error.code).toBe('PARSE_ERROR');
      expect((error as Error).message).toMatch(/m\.kgdp/);
    }
  });

  it('parses an empty sentence to nothing', () => {
    expect(parser.parse([], [])).toEqual({ heads: [], deprels: [], upos: [] });
  });
});

describe('beam search (trainParser with beam > 1) on the same slice', () => {
  const greedy = trainParser(train, { epochs: 4, seed: 3 });
  const parser = trainParser(train, { epochs: 4, seed: 3, beam: 4 });

  it('learns with the global max-violation update, at least as well as greedy training', () => {
    const beam = evaluateParser(parser, heldOut);
    const base = evaluateParser(greedy, heldOut);
    expect(parser.beamWidth).toBe(4);
    expect(beam.las).toBeGreaterThan(0.55);
    expect(beam.uas).toBeGreaterThan(base.uas - 0.02);
  });

  it('gives every word one head and exactly one root at every width', () => {
    for (const width of [1, 2, 4, 8]) {
      parser.beamWidth = width;
      for (const s of heldOut) {
        const { heads, deprels } = parser.parse(s.words, s.tags);
        expect(heads.filter((h) => h === -1)).toHaveLength(1);
        expect(deprels[heads.indexOf(-1)]).toBe('root');
        heads.forEach((_, i) => {
          let at = i;
          for (let steps = 0; at !== -1; steps++) {
            expect(steps).toBeLessThanOrEqual(heads.length);
            at = heads[at]!;
          }
        });
      }
    }
    parser.beamWidth = 4;
  });

  it('keeps its width through a save and load, and is deterministic', () => {
    const loaded = deserialiseParser(serialiseParser(parser));
    expect(loaded.beamWidth).toBe(4);
    for (const s of heldOut.slice(0, 20)) {
      expect(loaded.parse(s.words, s.tags)).toEqual(parser.parse(s.words, s.tags));
    }
    const once = trainParser(train.slice(0, 40), { epochs: 2, seed: 3, beam: 3 });
    const twice = trainParser(train.slice(0, 40), { epochs: 2, seed: 3, beam: 3 });
    expect(serialiseParser(once)).toEqual(serialiseParser(twice));
  });

  it('gives a variant at another width that shares the model and leaves the original as it was', () => {
    const one = parser.variant({ beamWidth: 1 });
    const copy = deserialiseParser(serialiseParser(parser));
    copy.beamWidth = 1;
    expect(one.beamWidth).toBe(1);
    expect(parser.beamWidth).toBe(4);
    expect(one.moves).toBe(parser.moves);
    expect(parser.variant({ tagger: false }).tagger).toBeUndefined();
    for (const s of heldOut.slice(0, 20)) {
      expect(one.parse(s.words, s.tags)).toEqual(copy.parse(s.words, s.tags));
    }
  });

  it('searches: the same model at width 1 (greedy decoding) parses some sentences differently', () => {
    const one = deserialiseParser(serialiseParser(parser));
    one.beamWidth = 1;
    const changed = heldOut.filter(
      (s) =>
        JSON.stringify(one.parse(s.words, s.tags)) !==
        JSON.stringify(parser.parse(s.words, s.tags)),
    );
    expect(changed.length).toBeGreaterThan(0);
  });
});

describe('feature set 2 (trainParser with features: 2) on the same slice', () => {
  const tagger = trainTagger(
    train.map((s) => ({ words: s.words, hints: s.tags, tags: s.tags })),
    { epochs: 2, seed: 3, features: 2 },
  );
  const parser = trainParser(train, { epochs: 4, seed: 3, features: 2, tagger });

  it('learns, and keeps its feature set and its parses through a save and load', () => {
    const scores = evaluateParser(parser, heldOut);
    expect(scores.las).toBeGreaterThan(0.55);
    const loaded = deserialiseParser(serialiseParser(parser));
    expect(loaded.info.features).toBe(2);
    expect(loaded.tagger?.featureSet).toBe(2);
    for (const s of heldOut.slice(0, 20)) {
      expect(loaded.parse(s.words, s.tags)).toEqual(parser.parse(s.words, s.tags));
    }
  });

  it('reads models of feature set 1, which name none', () => {
    const one = trainParser(train.slice(0, 60), { epochs: 2, seed: 3 });
    expect(one.info.features).toBeUndefined();
    expect(deserialiseParser(serialiseParser(one)).moves.denseRows).toBe(one.moves.denseRows);
    expect(one.moves.denseRows).toBeLessThan(parser.moves.denseRows);
  });

  it('refuses a tagger of another feature set', () => {
    expect(() => trainParser(train.slice(0, 20), { epochs: 1, tagger })).toThrow(/feature set 2/);
  });
});

describe('feature set 3 (word clusters) on the same slice', () => {
  // Clusters from the training words themselves, unknown words backed off to their shape's
  // class (the trainer's default).
  const clusters = {
    ...induceClusters(
      train.map((s) => s.words),
      [32, 8],
      { minCount: 2 },
    ),
    backoff: 1,
  };
  const tagger = trainTagger(
    train.map((s) => ({ words: s.words, hints: s.tags, tags: s.tags })),
    { epochs: 2, seed: 3, features: 3, clusters },
  );
  const parser = trainParser(train, { epochs: 4, seed: 3, features: 3, tagger });

  it('learns, and keeps its clusters, feature set and parses through a save and load', () => {
    const scores = evaluateParser(parser, heldOut);
    expect(scores.las).toBeGreaterThan(0.55);
    const loaded = deserialiseParser(serialiseParser(parser));
    expect(loaded.info.features).toBe(3);
    expect(loaded.tagger?.featureSet).toBe(3);
    expect(loaded.vocabulary.clusters).toEqual(clusters);
    for (const s of heldOut.slice(0, 20)) {
      expect(loaded.parse(s.words, s.tags)).toEqual(parser.parse(s.words, s.tags));
    }
  });

  it('reads the clusters: a word the slice saw takes its class, an unseen one its shape class', () => {
    const v = parser.vocabulary;
    const seen = v.entry('the');
    expect(v.entryFine[seen]).toBeGreaterThan(2);
    expect(v.entryFine[seen]).toBeLessThan(3 + 32);
    expect(v.entryCoarse[seen]).toBeGreaterThan(2);
    const unseen = v.entry('Zyxwvut');
    expect(v.entryFine[unseen]).toBeGreaterThanOrEqual(3 + 32);
    expect(v.entryFine[unseen]).toBe(v.entryFine[v.entry('Qwertyz')]);
    expect(v.entryCoarse[unseen]).toBeGreaterThanOrEqual(3 + 8);
  });

  it('refuses feature set 3 without clusters', () => {
    expect(() => trainParser(train.slice(0, 20), { epochs: 1, features: 3 })).toThrow(/clusters/);
  });
});
