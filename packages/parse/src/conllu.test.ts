import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { readConllu, sentenceText, writeConllu } from './conllu.js';

const SAMPLE = [
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '',
].join('\n');

describe('CoNLL-U', () => {
  it('reads words, heads and multi-word tokens', () => {
    const [s] = readConllu(SAMPLE);
    expect(s?.words.map((w) => w.form)).toEqual(['I', 'do', "n't", 'know', '.']);
    expect(s?.words.map((w) => w.head)).toEqual([2, 3, 3, -1, 3]);
    expect(s?.tokens).toEqual([{ first: 1, last: 2, line: "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_" }]);
  });

  it('writes back what it read', () => {
    expect(writeConllu(readConllu(SAMPLE))).toBe(SAMPLE);
  });

  it('rebuilds the text with each word where it is spelled', () => {
    const [s] = readConllu(SAMPLE);
    const { text, spans } = sentenceText(s!);
    expect(text).toBe("I don't know.");
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual([
      'I',
      'do',
      "n't",
      'know',
      '.',
    ]);
  });

  it('round-trips a treebank slice', () => {
    const file = new URL('./__fixtures__/ewt-dev-80.conllu', import.meta.url);
    const text = readFileSync(file, 'utf8');
    const sentences = readConllu(text);
    expect(sentences).toHaveLength(80);
    expect(writeConllu(sentences)).toBe(text);
  });

  const bad: [string, string, RegExp][] = [
    ['too few columns', '1\tHi\t_\n\n', /line 1: expected 10 tab-separated columns, got 3/],
    ['a word out of order', '2\tHi\t_\t_\t_\t_\t0\troot\t_\t_\n\n', /line 1: expected word ID 1/],
    ['a head that is not a number', '1\tHi\t_\t_\t_\t_\tx\troot\t_\t_\n\n', /HEAD "x"/],
    ['a head outside the sentence', '1\tHi\t_\t_\t_\t_\t5\troot\t_\t_\n\n', /head 5 outside/],
  ];
  it.each(bad)('refuses %s with a PARSE_ERROR naming the line', (_, input, message) => {
    let error: unknown;
    try {
      readConllu(input, 'x.conllu');
    } catch (err) {
      error = err;
    }
    expect(isKgError(error) && error.code).toBe('PARSE_ERROR');
    expect((error as Error).message).toMatch(/^x\.conllu: /);
    expect((error as Error).message).toMatch(message);
  });
});
