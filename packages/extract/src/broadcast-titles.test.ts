/**
 * A programme named after its channel's possessive (issue 14), on sentences written for these
 * tests: "Channel 4's Big Brother" is a show (PRODUCT) and the channel an organisation; a person
 * or a role after the channel, or a name modifying a noun, is no show.
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

describe("must: a channel's programme is a show", () => {
  const cases: [string, string, string][] = [
    ["Channel 4's Big Brother drew eight million viewers.", 'Big Brother', 'PRODUCT'],
    ["Channel 4's Big Brother drew eight million viewers.", 'Channel 4', 'ORG'],
    ["The row is over NBC's The Contender, a boxing show.", 'The Contender', 'PRODUCT'],
    ["Fox's Trading Spouses was a flop.", 'Trading Spouses', 'PRODUCT'],
    [
      "HBO's Harbour Lights won an award. Critics said Harbour Lights was the year's best drama.",
      'Harbour Lights',
      'PRODUCT',
    ],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a person, a role or a modifier after the channel', () => {
  const cases: [string, string, string | undefined][] = [
    ["The BBC's Nick Robinson said the vote was close.", 'Nick Robinson', 'PERSON'],
    ["Fox's Rupert Murdoch said profits rose.", 'Rupert Murdoch', 'PERSON'],
    ["The BBC's Africa correspondent filed a report.", 'Africa', 'LOC'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
