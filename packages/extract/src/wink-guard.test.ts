/**
 * What wink reads: long runs kept from it and handed back as pieces, stretches of blank lines
 * read as one token, long texts in chunks — with every token's offsets exact in the original.
 */
import { describe, expect, it } from 'vitest';
import { loadNlp } from './nlp.js';
import { MAX_SENTENCE_TOKENS, tokenise } from './tokens.js';
import { CHUNK_LENGTH, MAX_TOKEN_LENGTH, chunkBounds, guardForWink } from './wink-guard.js';

const nlp = loadNlp();

/** Tokens slice the text to their own text, in order, and sentences hold their tokens. */
function expectExact(text: string): ReturnType<typeof tokenise> {
  const out = tokenise(nlp, text);
  let last = 0;
  for (const t of out.tokens) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.start).toBeGreaterThanOrEqual(last);
    last = t.end;
  }
  for (const s of out.sentences) {
    for (let i = s.firstToken; i < s.lastToken; i++) expect(out.tokens[i]?.sentence).toBe(s.i);
  }
  return out;
}

describe('guardForWink', () => {
  it.each<[string, string, [number, number][]]>([
    ['a short text', 'Iran attacked Russia.', []],
    ['a run of exactly the bound', `a ${'x'.repeat(MAX_TOKEN_LENGTH)} b`, []],
    ['a run one longer', `a ${'x'.repeat(MAX_TOKEN_LENGTH + 1)} b`, [[2, MAX_TOKEN_LENGTH + 3]]],
    [
      'two runs',
      `${'-'.repeat(100)}\n${'U.'.repeat(40)}`,
      [
        [0, 100],
        [101, 181],
      ],
    ],
  ])('%s: same length, long runs blanked', (_name, text, runs) => {
    const guarded = guardForWink(text);
    expect(guarded.text).toHaveLength(text.length);
    expect(guarded.runs).toEqual(runs);
    for (const [start, end] of runs) expect(guarded.text.slice(start, end).trim()).toBe('');
  });

  it('reads a stretch of many blank lines as one run of line breaks', () => {
    const text = `Iran.${' \n'.repeat(40)}Russia.`;
    const guarded = guardForWink(text);
    expect(guarded.text).toBe(`Iran. ${'\n'.repeat(79)}Russia.`);
    expect(guardForWink(`Iran.${' \n'.repeat(3)}Russia.`).text).toBe(
      `Iran.${' \n'.repeat(3)}Russia.`,
    );
  });
});

describe('chunkBounds', () => {
  it('keeps a text shorter than a chunk whole', () => {
    expect(chunkBounds('Iran attacked Russia.')).toEqual([[0, 21]]);
  });

  it('cuts after a blank line, else a line break, else a space, covering the text', () => {
    const para = 'Iran attacked Russia, officials said on Monday. '.repeat(30);
    const text = `${para}\n\n`.repeat(Math.ceil((3 * CHUNK_LENGTH) / para.length));
    const chunks = chunkBounds(text);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]?.[0]).toBe(0);
    expect(chunks[chunks.length - 1]?.[1]).toBe(text.length);
    for (const [i, [start, end]] of chunks.entries()) {
      expect(end - start).toBeLessThanOrEqual(CHUNK_LENGTH);
      if (i > 0) expect(start).toBe(chunks[i - 1]?.[1]);
      if (end < text.length) expect(text.slice(end - 2, end)).toBe('\n\n');
    }
    const oneLine = 'word '.repeat(CHUNK_LENGTH / 2);
    for (const [, end] of chunkBounds(oneLine).slice(0, -1)) expect(oneLine[end - 1]).toBe(' ');
  });
});

describe('tokenise on hostile text', () => {
  it('hands a long run back in pieces with POS X, in sentences holding nothing else', () => {
    const run = 'Al-'.repeat(100);
    const text = `Iran attacked ${run} Russia.`;
    const out = expectExact(text);
    const pieces = out.tokens.filter((t) => t.pos === 'X' && t.start >= 14 && t.end <= 314);
    expect(pieces.map((t) => t.text).join('')).toBe(run);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((t) => t.text.length))).toBeLessThanOrEqual(MAX_TOKEN_LENGTH);
    const first = pieces[0]?.i ?? -1;
    const last = pieces[pieces.length - 1]?.i ?? -1;
    for (const p of pieces) {
      const s = out.sentences[p.sentence];
      expect([s?.firstToken, s?.lastToken]).toEqual([first, last + 1]);
    }
    expect(out.tokens.map((t) => t.text)).toEqual(
      expect.arrayContaining(['Iran', 'attacked', 'Russia', '.']),
    );
  });

  it('never lets a sentence grow past the bound', () => {
    const out = expectExact(`${'Iran and Russia and '.repeat(400)}France.`);
    for (const s of out.sentences) {
      expect(s.lastToken - s.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    }
    const run = 'U.'.repeat(MAX_TOKEN_LENGTH * MAX_SENTENCE_TOKENS);
    const pieces = expectExact(`Iran ${run} Russia.`);
    expect(pieces.sentences.length).toBeGreaterThan(3);
    for (const s of pieces.sentences) {
      expect(s.lastToken - s.firstToken).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
    }
  });

  it('keeps offsets exact across chunks, spaces past wink count and blank-line stretches', () => {
    const article = 'The United States said Iran sent drones to Russia on Monday.\n\n';
    const text = [
      article.repeat(Math.ceil(CHUNK_LENGTH / article.length) + 10),
      ' '.repeat(70_000),
      'Kyiv\u00a0\u2003officials',
      ' \r\n'.repeat(50),
      'x'.repeat(CHUNK_LENGTH + 10),
      ' Tehran denied it.',
    ].join('');
    const out = expectExact(text);
    expect(out.tokens.filter((t) => t.text === 'Iran').length).toBeGreaterThan(1000);
    expect(out.tokens[out.tokens.length - 2]?.text).toBe('it');
  });
});
