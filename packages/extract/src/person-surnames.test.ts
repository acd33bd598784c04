/**
 * One name, one type (issue 14), on sentences written for these tests: the bare surname of a
 * person named in full keeps the person where a weak company cue ("X shares …") reads otherwise,
 * and "shares" before an object is a verb.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

function entityOf(a: Analysis, text: string): { name: string; type: string } | undefined {
  const m = a.mentions.find((x) => x.text === text);
  const e = m && a.entities.get(m.entityId);
  return e && { name: e.name, type: e.type };
}

describe('must: a surname stays its person, "shares" before an object is a verb', () => {
  const cases: [string, string, string, string][] = [
    [
      'Gen. Tomas Varrenco kept the army loyal. Varrenco shares power with the junta.',
      'Varrenco',
      'Tomas Varrenco',
      'PERSON',
    ],
    [
      'Premier Ilse Marquardt spoke on Monday. Marquardt shares power with two deputies.',
      'Marquardt',
      'Ilse Marquardt',
      'PERSON',
    ],
    ['Kelman shares the view of the board.', 'Kelman', 'Kelman', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s (%s)', (text, surface, name, type) => {
    expect(entityOf(run(text), surface)).toEqual({ name, type });
  });
});

describe('must not: company shares stay the company', () => {
  const cases: [string, string][] = [
    ['Zentrix shares fell 4 percent on Monday.', 'Zentrix'],
    ['Zentrix stock price fell.', 'Zentrix'],
    // A body the rules are sure of holds the word: the company, not its founder.
    ['Henry Fordham founded Fordham Motor Co. in 1903. Fordham shares rose 2 percent.', 'Fordham'],
  ];
  it.each(cases)('%s → %s is ORG', (text, surface) => {
    expect(entityOf(run(text), surface)?.type).toBe('ORG');
  });
});
