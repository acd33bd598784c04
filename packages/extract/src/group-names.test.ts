/**
 * "Group" closing a company's name (issue 14), on sentences written for these tests: it is part
 * of the name; a group of a results table ("Group A", "Group 2") is not.
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

describe('must: "Group" after a name is part of the company', () => {
  const cases: [string, string][] = [
    ['Varno Group said its profits rose by a fifth.', 'Varno Group'],
    ['Shares in Liskard Group fell 4% on Tuesday.', 'Liskard Group'],
    ['Analysts said Zelkor Group would cut 300 jobs.', 'Zelkor Group'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: a group of a table, or "group" in lower case', () => {
  const cases: [string, string][] = [
    ['Spain top Group B after beating Italy 2-0 in Madrid.', 'Group B'],
    ['Norway lead Group 4 with ten points.', 'Group 4'],
    ['Varno said the group would grow.', 'Varno group'],
  ];
  it.each(cases)('%s → no mention %s', (text, name) => {
    expect(run(text).mentions.map((m) => m.text)).not.toContain(name);
  });
});
