/**
 * A company noun that is a person's trade too (issue 14), on sentences written for these tests:
 * owned ("the film's producer") or after a field of people's work ("property developer"), it
 * names a person's job before a person's name; elsewhere it names a company.
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

describe("must: a maker noun owned or after a field of people's work names a person", () => {
  const cases: [string, string, string][] = [
    [
      "The film's producer Harvey Weinstein said it would open in May.",
      'Harvey Weinstein',
      'PERSON',
    ],
    ['Her publisher Tom Varley said the book would sell.', 'Tom Varley', 'PERSON'],
    ['Film producer Harvey Dorran said the shoot was over.', 'Harvey Dorran', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a maker noun of a trade or a commodity names a company', () => {
  const cases: [string, string, string][] = [
    ['Oil producer Halvane said output rose.', 'Halvane', 'ORG'],
    ['The wine producer Louis Latour said prices rose.', 'Louis Latour', 'ORG'],
    ['Music publisher Warner Chappell signed the band.', 'Warner Chappell', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
