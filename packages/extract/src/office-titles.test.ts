/**
 * Offices are no names (issue 14), on sentences written for these tests: a ruler's title
 * (`titles.json` roles: *emperor, tsar, pharaoh* …) before a name stays out of it, and an office
 * whose title opens with an honorific ("the Lord Chancellor") or a role alone before "of" ("Emperor
 * of Lemuria", "Earl of Varna") names no one; a peer's title before one name is still that peer's
 * name.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

const named = (a: Analysis): string[] =>
  a.mentions.map((m) => `${m.text}/${a.entities.get(m.entityId)?.type ?? '?'}`);

describe('must: the person without the office, or no mention for the office', () => {
  const cases: [string, string[]][] = [
    ['Emperor Halvard ruled the city of Varna.', ['Halvard/PERSON', 'Varna/GPE']],
    ['Tsar Mikel abdicated in Varna.', ['Mikel/PERSON', 'Varna/GPE']],
    ['The Lord Chancellor spoke in Varna.', ['Varna/GPE']],
    ['The Lord Mayor of Varna opened the fair.', ['Varna/GPE']],
    // An office of a place: a role or a peer's title alone before "of".
    ['He laid claim to the position of Emperor of Lemuria.', ['Lemuria/GPE']],
    ['Ola Vik, 2nd Earl of Varna, spoke on Monday.', ['Ola Vik/PERSON', 'Varna/GPE']],
  ];
  it.each(cases)('%s → %j', (text, names) => {
    expect(named(run(text))).toEqual(names);
  });
});

describe('must not: a peer named by title and one name, or a person after the office', () => {
  const cases: [string, string][] = [
    ['Lord Halvering spoke in Varna.', 'Lord Halvering/PERSON'],
    ['Lord Chancellor Ola Vik spoke in Varna.', 'Ola Vik/PERSON'],
    // A role that is a surname too, with no "of" after it.
    ['John Major visited Varna. Major said he would stay.', 'Major/PERSON'],
  ];
  it.each(cases)('%s → %s', (text, name) => {
    expect(named(run(text))).toContain(name);
  });
});
