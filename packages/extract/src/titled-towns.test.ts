/**
 * A town's name after a person's title (issue 14), on sentences written for these tests: the
 * title makes the one word a person's surname; a country, a state, a capital or a longer
 * gazetteer name keeps its type, and so does a town with no title before it.
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

describe('must: a town after a title is a person', () => {
  const cases: [string, string][] = [
    ['The actor who shot President Henderson fled south.', 'Henderson'],
    ['Sen. Raleigh said the bill would pass.', 'Raleigh'],
    ['Gov. Houston vetoed the measure on Friday.', 'Houston'],
  ];
  it.each(cases)('%s → %s is PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
});

describe('must not: a country, a state, a capital, no title', () => {
  const cases: [string, string, string][] = [
    ['The President of France arrived in Henderson on Monday.', 'Henderson', 'GPE'],
    ['Talks between President Ola Vik and Texas officials stalled.', 'Texas', 'GPE'],
    ['He flew from Houston to Lemuria.', 'Houston', 'GPE'],
    ['President Vik of Norland visited Moscow.', 'Moscow', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
