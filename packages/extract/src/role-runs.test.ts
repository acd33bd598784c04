/**
 * A role written in capitals is no name (issue 14), on sentences written for these tests: "the
 * House Speaker", "the Defence Secretary" name no one; the holder after the comma stays a person;
 * bodies and towns before roles stay.
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

describe('must: a capitalised role after "the" is no mention', () => {
  const cases: [string, string][] = [
    ['The House Speaker, Tom Foley, said the bill would pass.', 'House Speaker'],
    ['The Defence Secretary said troops would stay until May.', 'Defence Secretary'],
    ['Reporters asked the Health Minister about waiting lists.', 'Health Minister'],
  ];
  it.each(cases)('%s → no mention %s', (text, name) => {
    expect(run(text).mentions.some((m) => m.text === name)).toBe(false);
  });
  it('keeps the holder', () => {
    expect(typeOf(run('The House Speaker, Tom Foley, said no.'), 'Tom Foley')).toBe('PERSON');
  });
});

describe('must not: bodies, qualified roles and one-word titles stay', () => {
  const cases: [string, string, string][] = [
    ['The House Ethics Committee said it would meet.', 'House Ethics Committee', 'ORG'],
    ['The Senate Majority Leader, Bob Dole, said no.', 'Senate', 'ORG'],
    ['The Labour Party Chairman spoke in Leeds.', 'Labour Party', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
