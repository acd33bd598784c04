/**
 * A coined name opening its sentence before a verb (issue 14), on sentences written for these
 * tests: it is kept, where the tagger read no name. A known word, letters that read as no name,
 * or a word before a noun are not.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const names = (a: Analysis): string[] => a.mentions.map((m) => m.text);

describe('must: a coined name opening its sentence before a verb is kept', () => {
  const cases: [string, string][] = [
    ['Ryanair cut fares by a tenth on Monday.', 'Ryanair'],
    ['Quorblane expects sales to rise next year.', 'Quorblane'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(names(run(text))).toContain(name);
  });
});

describe('must not: a common word, no name by its letters, or before a noun', () => {
  const cases: [string, string][] = [
    ['Slowdowns in the US could hurt exporters.', 'Slowdowns'],
    ['Spyware is considered a threat by experts.', 'Spyware'],
    ['Eurozone interest rates are at 2%.', 'Eurozone'],
  ];
  it.each(cases)('%s → no %s', (text, name) => {
    expect(names(run(text))).not.toContain(name);
  });
});
