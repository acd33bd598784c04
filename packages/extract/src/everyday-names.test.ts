/**
 * A capitalised everyday word alone before a body's role names that body (issue 14), on
 * sentences written for these tests: the club, firm or band someone works in, an organisation;
 * qualifiers, cut names and generic bodies stay no name.
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

describe('must: an everyday word before a body role is the body', () => {
  const cases: [string, string][] = [
    ['The only goal was scored by Arsenal striker Tom Reed.', 'Arsenal'],
    ['He was signed by Wolves manager Dave Kerr in May.', 'Wolves'],
    ['The report, by Forest chairman Ian Marsh, was published.', 'Forest'],
    ['He spoke to Celtic manager Ola Vik on Friday.', 'Celtic'],
    ['The bid by Virgin boss Tom Reed failed.', 'Virgin'],
    ['The Forest chief executive said the club would appeal.', 'Forest'],
    ['The Wolves manager was sacked on Sunday.', 'Wolves'],
    ['It was written by Oasis guitarist Ian Marsh.', 'Oasis'],
    // At a sentence's start where the document writes the word with a capital inside too.
    ['Arsenal striker Tom Reed scored twice. The win lifted Arsenal to third.', 'Arsenal'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must: an everyday word before a club noun is the club', () => {
  const cases: [string, string][] = [
    ['He said Celtic fans were angry.', 'Celtic'],
    ['The Wolves board met on Friday.', 'Wolves'],
    ['He watched the Forest squad train.', 'Forest'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: qualifiers, cut names and generic bodies', () => {
  const cases: [string, string][] = [
    // A format or a genre the role is in, and a person-name word before a club noun.
    ['He praised the Test captain Tom Reed.', 'Test'],
    ['The Test side was named on Friday.', 'Test'],
    ['He met the Soul singer Ann Holt.', 'Soul'],
    // A possessive owns the role: the word qualifies it.
    ["He praised England's Test captain Ola Vik.", 'Test'],
    // A generic body, and a word making a role with the role after it.
    ['He met the Government spokesman Tom Reed.', 'Government'],
    ['The Police chief Tom Reed said so.', 'Police'],
    // A qualifier of the role.
    ['He met the Regional director Tom Reed.', 'Regional'],
    // No role after: the everyday word alone stays common.
    ['He was in Forest Hills on Monday to see Orange juice made.', 'Orange'],
  ];
  it.each(cases)('%s → %s is no name', (text, name) => {
    expect(typeOf(run(text), name)).toBeUndefined();
  });

  it('keeps a singer named before her fans a person', () => {
    expect(typeOf(run('He said Madonna fans queued all night.'), 'Madonna')).toBe('PERSON');
  });
});

describe('must: the owner of a person named in full is a name', () => {
  const cases: [string, string][] = [
    ["Celtic's Chris Sutton scored twice on Saturday.", 'Celtic'],
    ["The cross was met by Arsenal's Tom Reed at the far post.", 'Arsenal'],
    ["Orange's Ann Holt said prices would fall.", 'Orange'],
  ];
  it.each(cases)('%s → %s is a name', (text, name) => {
    expect(typeOf(run(text), name)).toBeDefined();
    expect(typeOf(run(text), name)).not.toBe('PERSON');
  });
});

describe('must not: a time or an owner of no named person', () => {
  const cases: [string, string][] = [
    ["Today's Tom Reed show was cancelled.", 'Today'],
    ["Orange's share of the market fell.", 'Orange'],
  ];
  it.each(cases)('%s → %s is no name', (text, name) => {
    expect(typeOf(run(text), name)).toBeUndefined();
  });
});

describe('must: an everyday word opening a sentence that says it is a company', () => {
  const cases: [string, string][] = [
    ['Orange, the mobile operator, said profits rose.', 'Orange'],
    ['Virgin, the airline, said fares would rise.', 'Virgin'],
    ['Oasis, the band, said the tour was off.', 'Oasis'],
    ['Orange posted a pre-tax profit of 2bn euros.', 'Orange'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: an everyday word opening a sentence with no such cue', () => {
  const cases: [string, string][] = [
    ['Sales, the biggest part of the business, fell.', 'Sales'],
    ['Findings, the report said, were mixed.', 'Findings'],
    ['Orange has signed up two million customers.', 'Orange'],
  ];
  it.each(cases)('%s → %s is no name', (text, name) => {
    expect(typeOf(run(text), name)).toBeUndefined();
  });
});
