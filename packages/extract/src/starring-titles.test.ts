/**
 * A work named after a verb of starring and "in" (issue 14), on sentences written for these
 * tests: what one stars in is a PRODUCT, not the place "in" suggested; a gazetteer place and a
 * name owning what follows are left alone.
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

describe('must: what one stars in is a work', () => {
  const cases: [string, string, string][] = [
    ['Ann Holt starred in Finding Neverland last year.', 'Finding Neverland', 'PRODUCT'],
    ['She stars in Quiet Mornings, which opens in May.', 'Quiet Mornings', 'PRODUCT'],
    ['His starring role in Blue Ridge won him an award.', 'Blue Ridge', 'PRODUCT'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a gazetteer place, an owner, a place after another verb', () => {
  const cases: [string, string, string][] = [
    ["He starred in London's West End.", 'London', 'GPE'],
    ["She starred in Holt's film.", 'Holt', 'PERSON'],
    ['She lived in Dunmore for years.', 'Dunmore', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must: the cast after a verb of starring are people', () => {
  const cases: [string, string, string][] = [
    [
      'The film No Way Out, starring Sydney Poitier and Ruby Dee, opened.',
      'Sydney Poitier',
      'PERSON',
    ],
    ['The film starred Sydney Poitier.', 'Sydney Poitier', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
