/**
 * A given name and a surname that is a place or building word (issue 14), on sentences written
 * for these tests: a person where a saying verb or an age follows, the cue's place elsewhere.
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

describe('must: a given name and a cue word before a saying verb or an age is a person', () => {
  const cases: [string, string][] = [
    ['Helen Park said the deal was done.', 'Helen Park'],
    ['Helen Park, 34, said the deal was done.', 'Helen Park'],
    ['Ann Church told reporters the vote was fair.', 'Ann Church'],
    ['"We think we can win," said Mike Lake, a Varnex spokesman.', 'Mike Lake'],
    ['The vote was fair, said Ann Church.', 'Ann Church'],
    ["Tom Bridge, the club's chairman, resigned on Friday.", 'Tom Bridge'],
  ];
  it.each(cases)('%s → %s is PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
});

describe('must not: parks, streets and halls named after a given name', () => {
  const cases: [string, string, string][] = [
    ['Victoria Park was closed on Monday.', 'Victoria Park', 'LOC'],
    ['George Street was closed after the crash.', 'George Street', 'FACILITY'],
    ['The Albert Hall said tickets had sold out.', 'Albert Hall', 'FACILITY'],
    ['Police said George Street was closed after the crash.', 'George Street', 'FACILITY'],
    ['Victoria Park, a park in the east, was closed.', 'Victoria Park', 'LOC'],
  ];
  it.each(cases)('%s → %s stays %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
