/**
 * Clubs named by an everyday word on either side of a match word (issue 14), on sentences
 * written for these tests: both sides are organisations; players and countries stay.
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

describe('must: both sides of a match word are clubs where one is an everyday word', () => {
  const cases: [string, string, string][] = [
    ['On Saturday Chelsea beat Arsenal 2-1 at home.', 'Chelsea', 'Arsenal'],
    ['On Sunday Orient drew with Wolves in the cup.', 'Orient', 'Wolves'],
    ['Last night Kelby lost to Forest after extra time.', 'Kelby', 'Forest'],
  ];
  it.each(cases)('%s → %s and %s are ORG', (text, a, b) => {
    const out = run(text);
    expect(typeOf(out, a)).toBe('ORG');
    expect(typeOf(out, b)).toBe('ORG');
  });
});

describe('must not: players and countries stay', () => {
  const cases: [string, string, string][] = [
    ['In the final Tim Henman beat Pete Sampras in four sets.', 'Tim Henman', 'PERSON'],
    ['In the final Tim Henman beat Pete Sampras in four sets.', 'Pete Sampras', 'PERSON'],
    ['On Saturday France beat Wales 24-12.', 'France', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
