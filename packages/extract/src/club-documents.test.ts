/**
 * Bare names on both sides of a match word in a document that speaks of clubs (issue 14), on
 * sentences written for these tests: clubs where the document has club words and no game played
 * alone; players in a tennis report.
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

const CLUBS =
  "Kelby beat Dunmore 3-1 on Saturday. The club's manager said the league was tight and the fans were happy.";
const TENNIS = 'Kelby beat Dunmore 6-3 6-4. The top seed lost only one set.';

describe('must: in a document of clubs, the sides are clubs', () => {
  const cases: [string, string, string][] = [
    [CLUBS, 'Kelby', 'ORG'],
    [CLUBS, 'Dunmore', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: players in a report of a game played alone, or a side named in full', () => {
  const cases: [string, string, string][] = [
    [TENNIS, 'Kelby', 'PERSON'],
    [TENNIS, 'Dunmore', 'PERSON'],
    [
      "Tom Kelby beat Dunmore in the final. The club's manager and the league's fans cheered.",
      'Tom Kelby',
      'PERSON',
    ],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
