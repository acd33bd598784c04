/**
 * A work's title after its owned or described work noun and a comma (issue 14), on sentences
 * written for these tests; a person speaking after the comma is no title.
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

describe('must: the title after a work noun and a comma is a work', () => {
  const cases: [string, string, string][] = [
    ['She finished her latest album, Blue Lanterns, in Paris.', 'Blue Lanterns', 'PRODUCT'],
    ["The director's new film, Cold Ridge, opens in May.", 'Cold Ridge', 'PRODUCT'],
    // A work noun that as often names a match, described; any lower-case description.
    ["The band's new single, Blue Lantern, reached number two.", 'Blue Lantern', 'PRODUCT'],
    ['Her prize-shortlisted novel, Grey Orchard, sold well.', 'Grey Orchard', 'PRODUCT'],
    ['Their much-praised second album, Cold Water, came out in May.', 'Cold Water', 'PRODUCT'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a person after the comma, or no closing mark', () => {
  const cases: [string, string, string][] = [
    ['In her latest film, Ann Holt plays a nurse.', 'Ann Holt', 'PERSON'],
    ['In his new book, Dravek Tolland describes the war.', 'Dravek Tolland', 'PERSON'],
    ["He praised the club's new manager, Tom Reed, on Friday.", 'Tom Reed', 'PERSON'],
    ["The singer's new single, Ola Vik said, was a hit.", 'Ola Vik', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
