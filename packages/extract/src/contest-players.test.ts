/**
 * Players on both sides of a match word (issue 14), on sentences written for these tests: a
 * guess the tagger reads as no name, opposite a person, is a player, not dropped; clubs,
 * countries and bodies stay.
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

describe('must: a guess opposite a person across a match word is a player', () => {
  const cases: [string, string, string][] = [
    ['Federer beat Nadal 6-3 6-4 in the final.', 'Federer', 'Nadal'],
    ['Federer lost to Nadal in four sets on Sunday.', 'Federer', 'Nadal'],
  ];
  it.each(cases)('%s → %s and %s are PERSON', (text, a, b) => {
    const out = run(text);
    expect(typeOf(out, a)).toBe('PERSON');
    expect(typeOf(out, b)).toBe('PERSON');
  });
});

describe('must not: clubs and countries across a match word stay what they are', () => {
  const cases: [string, string, string][] = [
    ['On Saturday Chelsea beat Arsenal 2-1 at home.', 'Chelsea', 'ORG'],
    ['On Saturday France beat Wales 24-12.', 'France', 'GPE'],
    ['On Saturday France beat Wales 24-12.', 'Wales', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
