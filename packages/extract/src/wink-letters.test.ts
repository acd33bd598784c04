/**
 * Letters past Latin-1 (wink-letters.ts): wink used to cut "Dvořák" into three tokens, so names
 * of Czech, Polish, Turkish, Romanian and Vietnamese people and places came out cut or not at
 * all; and the gazetteer, which then could not match them, left out every such city
 * (scripts/build-lexicons.mjs now lists them with their plain spelling too). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';
import { tokenise } from './tokens.js';
import { foldForWink } from './wink-letters.js';

const nlp = loadNlp();
const extractor = createExtractor({ nlp });

/** The entities as "name/TYPE". */
function entitiesOf(text: string): string[] {
  return extractor.extract({ id: 't.txt', text }).entities.map((e) => `${e.name}/${e.type}`);
}

describe('foldForWink', () => {
  it.each<[string, string]>([
    ['Antonín Dvořák', 'Antonín Dvorák'],
    ['Wałęsa, Erdoğan, Łódź', 'Walesa, Erdogan, Lódz'],
    ['Ceaușescu and Nguyễn', 'Ceausescu and Nguyen'],
    ['Đinđić', 'Dindic'],
  ])('shows %s to wink as %s, same length', (text, shown) => {
    expect(foldForWink(text)).toBe(shown);
    expect(foldForWink(text)).toHaveLength(text.length);
  });

  it('leaves Latin-1 and other scripts alone', () => {
    for (const text of ['Zürich, Bogotá and São Paulo', 'Горбачёв', 'plain text']) {
      expect(foldForWink(text)).toBe(text);
    }
  });
});

describe('tokens of names with letters past Latin-1', () => {
  it.each<[string, string[]]>([
    ['Antonín Dvořák was born here.', ['Antonín', 'Dvořák', 'was', 'born', 'here', '.']],
    ['Mr Wałęsa met Mr Erdoğan.', ['Mr', 'Wałęsa', 'met', 'Mr', 'Erdoğan', '.']],
    ['She flew to Gdańsk, then Łódź.', ['She', 'flew', 'to', 'Gdańsk', ',', 'then', 'Łódź', '.']],
  ])('%s', (text, words) => {
    const { tokens } = tokenise(nlp, text);
    expect(tokens.map((t) => t.text)).toEqual(words);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('names with letters past Latin-1 come out whole', () => {
  // [text, must, must not]
  const rows: [string, string[], string[]][] = [
    ['Antonín Dvořák was born near Prague.', ['Antonín Dvořák/PERSON'], ['Antonín Dvo/PERSON']],
    ['Lech Wałęsa met the prime minister.', ['Lech Wałęsa/PERSON'], ['Lech Wa/PERSON']],
    ['Protesters marched in Gdańsk on Sunday.', ['Gdańsk/GPE'], ['Gda/GPE']],
    ['The factory in Łódź will close.', ['Łódź/GPE'], []],
    ['Nguyễn Tấn Dũng met the delegation.', ['Nguyễn Tấn Dũng/PERSON'], ['Nguy/PERSON']],
    // The gazetteer's cities with diacritics, and their plain spelling, with no cue around them.
    ['Krakow will host the final.', ['Krakow/GPE'], []],
    ['Sao Paulo has 12 million people.', ['Sao Paulo/GPE'], ['Sao Paulo/PERSON']],
    ['Bogota said the rebels had fled.', ['Bogota/GPE'], ['Bogota/PERSON']],
    ['Medellin and Cali are big cities.', ['Medellin/GPE'], ['Medellin/PERSON']],
    ['Dusseldorf airport was closed.', ['Dusseldorf/GPE'], []],
    // A guard: Latin-1 names read as before.
    ['Officials in Zürich said no.', ['Zürich/GPE'], []],
  ];
  it.each(rows)('%s', (text, must, mustNot) => {
    const entities = entitiesOf(text);
    for (const e of must) expect(entities).toContain(e);
    for (const e of mustNot) expect(entities).not.toContain(e);
  });
});
