/**
 * A capitalised label between a modifier and a person named in full (issue 14), on sentences
 * written for these tests: the label is no part of the name; a party of the gazetteer is kept
 * as its own name. Without a modifier, or where the label is a given name, the name is left.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const names = (a: Analysis): string[] => a.mentions.map((m) => m.text);

describe('must: a label after former / late / fellow is cut off the person', () => {
  const cases: [string, string, string][] = [
    ['Former Beatle Paul McCartney played in Leeds.', 'Paul McCartney', 'Beatle Paul McCartney'],
    [
      'The singer said he could have met the fate of late Beatle George Harrison, who was stabbed.',
      'George Harrison',
      'Beatle George Harrison',
    ],
    [
      'Fellow Tory Ann Widdecombe said the plan was wrong.',
      'Ann Widdecombe',
      'Tory Ann Widdecombe',
    ],
  ];
  it.each(cases)('%s → %s, not %s', (text, person, glued) => {
    const a = run(text);
    expect(names(a)).toContain(person);
    expect(names(a)).not.toContain(glued);
    const m = a.mentions.find((x) => x.text === person);
    expect(m && a.entities.get(m.entityId)?.type).toBe('PERSON');
  });
});

describe('must not: no modifier, or a given name where the label would be', () => {
  const cases: [string, string][] = [
    ['The late Mary Ann Evans wrote the novel in Coventry.', 'Mary Ann Evans'],
    ['Doctors said Victor Hale Mercer was recovering well.', 'Victor Hale Mercer'],
    ['A fellow Tom Reed Baxter fan wrote to the paper.', 'Tom Reed Baxter'],
  ];
  it.each(cases)('%s → %s stays whole', (text, whole) => {
    expect(names(run(text))).toContain(whole);
  });
});
