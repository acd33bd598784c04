/**
 * A bare role in apposition (issue 14), on sentences written for these tests: a name before a
 * comma and a role word with no article ("Vik, former deputy director of …") is a person; a role
 * a body may hold, a title before a name, or no role at all leave the name alone.
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

describe('must: a name before a bare role is a person', () => {
  const cases: [string, string][] = [
    [
      'The panel will look closely at Brennikov, former second deputy general director of the studio.',
      'Brennikov',
    ],
    ['Talks were led by Orvaldsen, chairman of the Lemurian bank, on Monday.', 'Orvaldsen'],
    ['The letter reached Kessavar, spokesman for the ministry, late on Friday.', 'Kessavar'],
    ['Complaints went to Dravnik, acting governor, who refused to comment.', 'Dravnik'],
  ];
  it.each(cases)('%s → %s is PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
});

describe('must not: a shared role, a title before a name, no role', () => {
  const cases: [string, string][] = [
    ['Shares rose at Zentrivex, owner of the Globex chain, on Monday.', 'Zentrivex'],
    ['In Kolmstad, Mayor Ola Vik said the bridge would reopen.', 'Kolmstad'],
    ['Trucks left Vardbyhavn, a port near the border, at dawn.', 'Vardbyhavn'],
  ];
  it.each(cases)('%s → %s is no person', (text, name) => {
    expect(typeOf(run(text), name)).not.toBe('PERSON');
  });
});
