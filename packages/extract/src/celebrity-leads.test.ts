/**
 * A one-word name opening its sentence that is an everyday word too (issue 14), on sentences
 * written for these tests: a word of the person-name lists that speaks or owns, and that the
 * tagger reads as a person, is kept; an everyday word opening a sentence is not.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

function typeOf(a: Analysis, text: string): string | undefined {
  const m = a.mentions.find((x) => x.text === text);
  return m && a.entities.get(m.entityId)?.type;
}

describe('must: a person-name word opening a sentence, speaking or owning', () => {
  const cases: [string, string, string][] = [
    ["Madonna's new album sold a million copies.", 'Madonna', 'PERSON'],
    ['Madonna said the tour would start in May.', 'Madonna', 'PERSON'],
    ['Bush said on Monday the war was over.', 'Bush', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: an everyday word opening a sentence', () => {
  const cases: [string, string, string | undefined][] = [
    ['Brown rice is good for you.', 'Brown', undefined],
    ['Sterling said the plan was sound.', 'Sterling', undefined],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must: a public figure opening a sentence, speaking or meeting, whatever the tagger reads', () => {
  const cases: [string, string, string][] = [
    ['Straw told reporters the deal was done.', 'Straw', 'PERSON'],
    ['Bush met the Lemurian prime minister in Varna on Tuesday.', 'Bush', 'PERSON'],
    ['Rice urged Congress to act before the recess.', 'Rice', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: an everyday word opening a sentence before another verb, or no figure', () => {
  const cases: [string, string, string | undefined][] = [
    ['Price rose sharply in May.', 'Price', undefined],
    ['Sterling told a different story on Friday.', 'Sterling', undefined],
    ['Green energy met half of the demand last year.', 'Green', undefined],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
