/**
 * The subject after an opening participle phrase (issue 14), on sentences written for these
 * tests: only people are born or raised, only bodies are founded.
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

describe('must: the subject after "Born in …," or "Founded in …,"', () => {
  const cases: [string, string, string][] = [
    ['Born in Lagos, Ade Bello moved to London in 1990.', 'Ade Bello', 'PERSON'],
    ['Raised in Kelby, Tom Vask studied law.', 'Tom Vask', 'PERSON'],
    ['Founded in 1990, Zelvora makes chips.', 'Zelvora', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: the place in the phrase', () => {
  it('Lagos stays a place', () => {
    expect(typeOf(run('Born in Lagos, Ade Bello moved to London.'), 'Lagos')).toBe('GPE');
  });
});
