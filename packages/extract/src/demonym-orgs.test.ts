/**
 * A demonym opening a descriptive organisation name is its first word ("the Iraqi National
 * Congress"); before a state's organ or a name with a word of its own it stays the people
 * ("the German Foreign Ministry", "Russian Gazprom"). Tables of invented sentences.
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

describe('bodies whose name opens with a demonym', () => {
  // [sentence, the organisation's one mention]
  const joined: [string, string][] = [
    [
      'A spokesman for the Iraqi National Congress said the town had fallen.',
      'Iraqi National Congress',
    ],
    [
      'The Indonesian Democratic Party will appeal, its lawyer said on Friday.',
      'Indonesian Democratic Party',
    ],
    ['The North Korean Red Cross asked for the talks to resume.', 'North Korean Red Cross'],
    ['Shares on the American Stock Exchange fell in thin trade.', 'American Stock Exchange'],
  ];
  it.each(joined)('%s → %s', (text, org) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([org, 'ORG']);
    expect(mentions.some(([, type]) => type === 'NORP')).toBe(false);
  });

  // [sentence, the demonym that stays a mention of its own, the body's mention]
  const apart: [string, string, string][] = [
    // A state's organ: the demonym says whose it is.
    ['The German Foreign Ministry said the visit was off.', 'German', 'Foreign Ministry'],
    ['The Iraqi Interior Ministry denied the report on Monday.', 'Iraqi', 'Interior Ministry'],
    // A name with a word of its own.
    ['The Russian Gazprom group raised its prices again.', 'Russian', 'Gazprom'],
  ];
  it.each(apart)('%s keeps %s apart', (text, people, org) => {
    const mentions = mentionsOf(text);
    expect(mentions).toContainEqual([people, 'NORP']);
    expect(mentions.some(([t]) => t === org || t.endsWith(` ${org}`))).toBe(true);
    expect(mentions.some(([t]) => t.startsWith(`${people} `))).toBe(false);
  });
});
