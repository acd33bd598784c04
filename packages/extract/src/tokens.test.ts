/**
 * The same text reads the same whatever the wink instance read before: a dotted short form seen
 * first without its full stop ("in the Q.X for") must not split a later "Q.X." in two.
 */
import { describe, expect, it } from 'vitest';
import { loadNlp } from './nlp.js';
import { splitPossessives, tokenise } from './tokens.js';

const nlp = loadNlp();
const words = (text: string) => tokenise(nlp, text).tokens.map((t) => t.text);

describe('dotted short forms', () => {
  // Forms no other test reads, each met first without its full stop.
  it.each<[string, string, string]>([
    ['the form alone first', 'They stayed in the Q.X for years.', 'Q.X.'],
    ['the form before a comma first', 'The K.V.Z, they said, had left.', 'K.V.Z.'],
    ['lower case', 'It starts at 9 z.q in the morning.', 'z.q.'],
  ])('keeps a short form whole once met without its stop: %s', (_, bare, whole) => {
    const form = whole.slice(0, -1);
    expect(words(bare)).toContain(form);
    const later = words(`Officials of the ${whole} met in the ${whole} capital.`);
    expect(later.filter((w) => w === whole)).toHaveLength(2);
    expect(later).not.toContain(form);
  });

  it('reads a short form at the end of a line the same either way', () => {
    expect(words('Parts were shipped to the R.W\nJane Doe signed.')).toContain('R.W');
    expect(words('They are taking delivery in the R.W.\nJane Doe signed.')).toContain('R.W.');
  });
});

describe('possessives', () => {
  it.each<[string, string, string]>([
    ['before a comma', "Shares of Vornacor's, the insurer, fell.", "Vornacor's bid"],
    ['before a full stop', 'The loss was the Zelbrook’s.', 'Zelbrook’s bid'],
    ['in brackets', "It was (Quillan's) idea.", "Quillan's bid"],
    ['lower case', "He sold the plorvex's.", "the plorvex's bid"],
  ])('reads a possessive as two tokens, after the glued form too: %s', (_, glued, later) => {
    const first = words(glued);
    const name = later.split(/['’]/u)[0]?.split(' ').pop() ?? '';
    expect(first).toContain(name);
    expect(first.some((w) => /^['’]s$/u.test(w))).toBe(true);
    expect(words(later)).toEqual([
      ...later
        .split(' ')
        .slice(0, -1)
        .join(' ')
        .split(/(?=['’])| /u),
      'bid',
    ]);
  });

  it('keeps offsets and the text: the s comes back on its apostrophe', () => {
    const text = "Vornacor's, Zelbrook's.";
    expect(splitPossessives(text)).toHaveLength(text.length);
    const { tokens } = tokenise(nlp, text);
    expect(tokens.map((t) => [text.slice(t.start, t.end), t.text, t.pos])).toEqual([
      ['Vornacor', 'Vornacor', expect.any(String)],
      ["'s", "'s", 'PART'],
      [',', ',', 'PUNCT'],
      ['Zelbrook', 'Zelbrook', expect.any(String)],
      ["'s", "'s", 'PART'],
      ['.', '.', 'PUNCT'],
    ]);
  });
});

describe('sentences wink ends too soon', () => {
  const sentencesOf = (text: string) =>
    tokenise(nlp, text).sentences.map((s) => text.slice(s.start, s.end));
  it.each<[string, string[]]>([
    // An initial cut from its full stop, and a lower-case word after an abbreviation's stop and
    // a closing bracket, go on with the sentence.
    ['Sen. Kari Lund, D-N.Y., wrote the letter.', ['Sen. Kari Lund, D-N.Y., wrote the letter.']],
    ['Rep. Tom Reed (R-Calif.) voted against it.', ['Rep. Tom Reed (R-Calif.) voted against it.']],
    // A capital after the bracket or the short form still opens a sentence.
    ['He lives in the U.S. He likes it.', ['He lives in the U.S.', 'He likes it.']],
    [
      'The vote went to Rep. Tom Reed (R-Calif.) He said it was close.',
      ['The vote went to Rep. Tom Reed (R-Calif.)', 'He said it was close.'],
    ],
  ])('%s', (text, sentences) => {
    expect(sentencesOf(text)).toEqual(sentences);
  });
});
