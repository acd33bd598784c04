/**
 * A capitalised everyday word opening a sentence before a role in a body or a playing position
 * and a person's name (issue 14), on sentences written for these tests: the word is the club,
 * and the player its member. Where no role and name follow, the everyday word stays no name.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

function read(text: string) {
  const out = extractor.extract({ id: 't.txt', text });
  const name = new Map(out.entities.map((e) => [e.id, e.name]));
  return {
    entities: out.entities.map((e): [string, string] => [e.name, e.type]),
    relations: out.relations.map((r): [string, string, string] => [
      name.get(r.subject) ?? '',
      r.predicate,
      name.get(r.object) ?? '',
    ]),
  };
}

describe('must: the club before a role or a position and a player', () => {
  const cases: [string, string, string][] = [
    ['Wasps centre Tom Voyle scored twice.', 'Wasps', 'Tom Voyle'],
    ['Bath prop Matt Stenner was banned for two weeks.', 'Bath', 'Matt Stenner'],
    ['Bath scrum-half Ollie Greer scored two tries.', 'Bath', 'Ollie Greer'],
    ['Arsenal keeper Jens Marlo saved well.', 'Arsenal', 'Jens Marlo'],
  ];
  it.each(cases)('%s → %s (ORG), %s MEMBER_OF it', (text, club, player) => {
    const { entities, relations } = read(text);
    expect(entities).toContainEqual([club, 'ORG']);
    expect(relations).toContainEqual([player, 'MEMBER_OF', club]);
  });
});

describe('must not: an everyday word with no role and name after it', () => {
  const cases: [string, string][] = [
    ['Bath time is at seven, Ann Holt said.', 'Bath'],
    ['Forward planning is vital, Ann Holt said.', 'Forward'],
    ['Wasps stung three children in the park.', 'Wasps'],
  ];
  it.each(cases)('%s → no %s', (text, word) => {
    expect(read(text).entities.map((e) => e[0])).not.toContain(word);
  });
});
