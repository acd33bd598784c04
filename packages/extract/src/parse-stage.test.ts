import { describe, expect, it } from 'vitest';
import { UPOS_TAGS } from '@kg/parse';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { loadSharedParser, tagWords } from './parse-stage.js';
import { analyse } from './pipeline.js';
import { tokenise } from './tokens.js';

const nlp = loadNlp();

describe('parse stage', () => {
  const texts = [
    'Iran sent troops to Crimea to help Russia.',
    'The US, the UK and France accused Iran of selling drones to Russia.\nMoscow denied it.',
    "Gibraltar-based Al-Zaman didn't comment. \"We won't,\" said Ali Khamenei's spokesman.",
    'KYIV, Ukraine (AP) — Russian forces shelled the city overnight, officials said',
  ];

  const loads: [text: string, parsed: number][] = [
    ['Iran', 0],
    ['It rained all day.', 0],
    ['Iran sent drones to Russia.', 1],
    ['Tehran. It rained. Iran sent drones to Russia.', 2],
  ];
  it.each(loads)(
    'loads the parser only when a sentence of %j is parsed (%i parsed)',
    (text, parsed) => {
      let loaded = 0;
      const analysis = analyse(nlp, 'd', text, () => {
        loaded++;
        return loadSharedParser();
      });
      expect(analysis.sentences.filter((s) => s.parsed)).toHaveLength(parsed);
      expect(loaded).toBe(parsed > 0 ? 1 : 0);
      // A sentence left out still has a well-formed tree: one root.
      for (const s of analysis.sentences) {
        const roots = analysis.tokens.slice(s.firstToken, s.lastToken).filter((t) => t.head === -1);
        expect(roots).toHaveLength(1);
      }
    },
  );

  it.each(texts)('gives every sentence of %j one well-formed tree', (text) => {
    const analysis: Analysis = analyse(nlp, 'd', text, loadSharedParser(), undefined, 'all');
    for (const s of analysis.sentences) {
      const tokens = analysis.tokens.slice(s.firstToken, s.lastToken);
      const roots = tokens.filter((t) => t.head === -1);
      expect(roots).toHaveLength(1);
      expect(roots[0]?.deprel).toBe('root');
      for (const t of tokens) {
        expect(UPOS_TAGS).toContain(t.upos);
        expect(t.deprel).toMatch(/^[a-z]+(:[a-z]+)?$/);
        if (t.head === -1) continue;
        // Heads stay inside the sentence, and following heads always reaches the root.
        expect(t.head).toBeGreaterThanOrEqual(s.firstToken);
        expect(t.head).toBeLessThan(s.lastToken);
        let at = t.i;
        for (let steps = 0; at !== -1; steps++) {
          expect(steps).toBeLessThanOrEqual(tokens.length);
          at = analysis.tokens[at]!.head;
        }
      }
    }
  });

  it("corrects wink-nlp tags where the treebanks disagree, keeping wink's in pos", () => {
    const { tokens } = analyse(
      nlp,
      'd',
      'American forces killed the preacher.',
      undefined,
      undefined,
      'all',
    );
    expect(tokens[0]).toMatchObject({ text: 'American', pos: 'PROPN', upos: 'ADJ' });
  });

  it('parses only sentences with a mention by default; the others get a flat tree', () => {
    const text = 'Iran sent troops to Crimea. It was cold and wet there.';
    const { tokens, sentences } = analyse(nlp, 'd', text);
    expect(sentences.map((s) => s.parsed)).toEqual([true, false]);
    const flat = tokens.slice(sentences[1]!.firstToken, sentences[1]!.lastToken);
    const root = flat.find((t) => t.head === -1)!;
    expect(root).toMatchObject({ text: 'was', deprel: 'root' });
    for (const t of flat) if (t !== root) expect(t).toMatchObject({ head: root.i, deprel: 'dep' });
    // Scope 'all' parses it too.
    const all = analyse(nlp, 'd', text, loadSharedParser(), undefined, 'all');
    expect(all.sentences.map((s) => s.parsed)).toEqual([true, true]);
    expect(all.tokens.find((t) => t.text === 'cold')?.deprel).not.toBe('dep');
  });

  it('reads who did what to whom', () => {
    const { tokens } = analyse(nlp, 'd', 'Iran sent troops to Crimea to help Russia.');
    const at = (text: string) => tokens.find((t) => t.text === text)!;
    expect(at('Iran')).toMatchObject({ head: at('sent').i, deprel: 'nsubj' });
    expect(at('troops')).toMatchObject({ head: at('sent').i, deprel: 'obj' });
    expect(at('Russia')).toMatchObject({ head: at('help').i, deprel: 'obj' });
  });
});

describe('tagWords', () => {
  /** wink-nlp's own tags for its own tokens of `text`. */
  const winkTags = (text: string) => {
    const tokens = nlp.readDoc(text).tokens();
    const values = tokens.out() as string[];
    const tags = tokens.out(nlp.its.pos) as string[];
    return tags.filter((_, i) => (values[i] ?? '').trim() !== '');
  };
  const spansOf = (text: string, words: string[]) => {
    let at = 0;
    return words.map((w) => {
      const start = text.indexOf(w, at);
      at = start + w.length;
      return { start, end: at };
    });
  };

  it("gives words tokenised as wink does wink's tags", () => {
    const text = "Gibraltar-based Al-Zaman didn't comment.";
    const words = ['Gibraltar', '-', 'based', 'Al', '-', 'Zaman', 'did', "n't", 'comment', '.'];
    expect(tagWords(nlp, text, spansOf(text, words))).toEqual(winkTags(text));
  });

  it("gives every word inside one wink token that token's tag", () => {
    const text = 'I am gonna go';
    const [i, am, gonna, go] = winkTags(text);
    const words = ['I', 'am', 'gon', 'na', 'go'];
    expect(tagWords(nlp, text, spansOf(text, words))).toEqual([i, am, gonna, gonna, go]);
  });

  it('gives a word over several wink tokens the tag of the one it covers most', () => {
    const text = 'Al-Zaman said';
    const zaman = winkTags(text)[2];
    expect(
      tagWords(nlp, text, [
        { start: 0, end: 8 },
        { start: 9, end: 13 },
      ])[0],
    ).toBe(zaman);
  });

  it('reads a possessive run into punctuation as the pipeline does, whatever was read before', () => {
    // wink alone reads "Varnoth's," as one token and remembers the glued form.
    nlp.readDoc("Varnoth's, Quillmark's.");
    const text = "Varnoth's, Quillmark's.";
    const words = ['Varnoth', "'s", ',', 'Quillmark', "'s", '.'];
    const tags = tagWords(nlp, text, spansOf(text, words));
    const { tokens } = tokenise(nlp, text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    expect(tags).toEqual(tokens.map((t) => t.pos));
    expect(tags[1]).toBe('PART');
    expect(tags[4]).toBe('PART');
  });

  it('gives X to a word no wink token covers', () => {
    expect(tagWords(nlp, 'go  home', [{ start: 2, end: 3 }])).toEqual(['X']);
  });
});
