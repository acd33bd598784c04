/**
 * A company whose name ends in an abbreviated legal form keeps the capitalised words before it
 * (issue 14), on sentences written for these tests: a first word wink reads as a verb, or a
 * place the gazetteer reads, opens the company's name; a stop capital does not.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const named = (a: Analysis): string[] =>
  a.mentions.map((m) => `${m.text}/${a.entities.get(m.entityId)?.type ?? '?'}`);

describe('must: the words before a legal-form name open it', () => {
  const cases: [string, string][] = [
    ['Bury Textiles Ltd said its profit rose.', 'Bury Textiles Ltd/ORG'],
    ['Varna Harbour Ltd said its profit rose.', 'Varna Harbour Ltd/ORG'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(named(run(text))).toContain(name);
  });
});

describe('must not: a stop capital, or a mention of another kind before it', () => {
  const cases: [string, string][] = [
    ['On Monday Globex Corp said its profit rose.', 'Globex Corp/ORG'],
    ['Globex signed a deal with Bury Textiles Ltd on Monday.', 'Globex/ORG'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(named(run(text))).toContain(name);
  });
});
