import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readConllu } from './conllu.js';
import { trainTagger } from './tagger.js';
import type { TaggingSentence } from './tagger.js';

/**
 * Hints with the kind of mistakes wink-nlp makes: capitalised adjectives and nouns tagged
 * PROPN, every "that" tagged SCONJ, every form of "have" AUX.
 */
function hint(words: readonly string[], tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    const w = words[i]!;
    if ((t === 'ADJ' || t === 'NOUN') && /^[A-Z]/.test(w)) return 'PROPN';
    if (w.toLowerCase() === 'that') return 'SCONJ';
    if (/^(have|has|had)$/i.test(w)) return 'AUX';
    return t;
  });
}

function slice(name: string): TaggingSentence[] {
  const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');
  return readConllu(text).map((s) => {
    const words = s.words.map((w) => w.form);
    const tags = s.words.map((w) => w.upos);
    return { words, tags, hints: hint(words, tags) };
  });
}

describe('trainTagger', () => {
  const train = slice('ewt-train-250.conllu');
  const heldOut = slice('ewt-dev-80.conllu');
  const tagger = trainTagger(train, { epochs: 6, seed: 1 });
  const accuracy = (tagged: (s: TaggingSentence) => readonly string[]) => {
    let right = 0;
    let all = 0;
    for (const s of heldOut) {
      tagged(s).forEach((t, i) => {
        all++;
        if (t === s.tags[i]) right++;
      });
    }
    return right / all;
  };

  it('corrects systematic mistakes in its hints on held-out sentences', () => {
    const hints = accuracy((s) => s.hints);
    const tagged = accuracy((s) => tagger.tag(s.words, s.hints));
    expect(hints).toBeLessThan(0.975);
    expect(tagged).toBeGreaterThan(hints + 0.01);
  });

  it('gives one UPOS tag per word', () => {
    expect(tagger.tag(['Iran', 'sent', 'troops'], ['PROPN', 'VERB', 'NOUN'])).toHaveLength(3);
    expect(tagger.tag([], [])).toEqual([]);
  });
});
