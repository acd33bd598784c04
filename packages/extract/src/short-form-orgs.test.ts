/**
 * A state's short form opening a body's name is its first word ("the U.S. Agriculture
 * Department"), and the body written without it later is the same body; before a name that is
 * no body's, an acronym or across punctuation it stays the state. Tables of invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

/** [mention text, mention type] of every mention. */
function mentionsOf(text: string): [string, string][] {
  const out = extractor.extract({ id: 't.txt', text });
  return out.entities.flatMap((e) => e.mentions.map((m): [string, string] => [m.text, m.type]));
}

describe("bodies named with their state's short form", () => {
  // [sentence, the body's one mention]
  const joined: [string, string][] = [
    [
      'A spokeswoman for the U.S. Agriculture Department said the ban on the fruit would stay.',
      'U.S. Agriculture Department',
    ],
    ['Dealers sold U.S. Treasury bonds heavily on Tuesday.', 'U.S. Treasury'],
    // An event word inside a body's name ends no event there.
    ['The U.S. Open Market Committee met in June.', 'U.S. Open Market Committee'],
    [
      'The US Weather Service Center said the storm would reach the coast by night.',
      'US Weather Service Center',
    ],
    [
      'A letter from the UK Medical Research Council arrived on Monday.',
      'UK Medical Research Council',
    ],
  ];
  it.each(joined)('%s → %s', (text, org) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([org, 'ORG']);
    const state = org.split(' ')[0] as string;
    expect(mentions.some(([t]) => t === state)).toBe(false);
  });

  // [sentence, the state that stays a mention of its own]
  const apart: [string, string][] = [
    // Across punctuation or a conjunction.
    ['Talks between U.S. and Treasury officials ended on Friday.', 'U.S.'],
    ['The deal suits the U.S., Treasury officials said.', 'U.S.'],
    // A title only guessed a body, not a body's name.
    ['The US Wife Swap show aired again last night.', 'US'],
  ];
  it.each(apart)('%s keeps %s apart', (text, state) => {
    const mentions = mentionsOf(text);
    expect(mentions.some(([t]) => t === state)).toBe(true);
    expect(mentions.some(([t]) => t.startsWith(`${state} `))).toBe(false);
  });

  it('merges the body written with and without the short form', () => {
    const text =
      'Staff of the U.S. Naval Weather Bureau arrived at dawn. ' +
      'The Naval Weather Bureau said the base was safe.';
    const out = extractor.extract({ id: 't.txt', text });
    const forces = out.entities.filter((e) => e.name.includes('Weather Bureau'));
    expect(forces).toHaveLength(1);
    expect(forces[0]?.mentions.map((m) => m.text)).toEqual([
      'U.S. Naval Weather Bureau',
      'Naval Weather Bureau',
    ]);
  });
});
