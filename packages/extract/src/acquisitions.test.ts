/**
 * The sides of a takeover (issue 14), on sentences written for these tests: a coined name that
 * buys, is bought, taken over or merged with is a company; a person named in full who buys, a
 * gazetteer place and a name owning or modifying a noun are not.
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

describe('must: the sides of a takeover are companies', () => {
  const cases: [string, string, string][] = [
    ['Quorvix bought Halvane for $2bn.', 'Quorvix', 'ORG'],
    ['Quorvix bought Halvane for $2bn.', 'Halvane', 'ORG'],
    ['Tarvex has agreed to buy rival Drexon for $400m.', 'Tarvex', 'ORG'],
    ['Tarvex has agreed to buy rival Drexon for $400m.', 'Drexon', 'ORG'],
    ['Tarvex completed its acquisition of Velkin.', 'Velkin', 'ORG'],
    ['Orrel will merge with Kelvor next year.', 'Orrel', 'ORG'],
    ['Orrel will merge with Kelvor next year.', 'Kelvor', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a buyer named in full, a place, a name owning or modifying a noun', () => {
  const cases: [string, string, string | undefined][] = [
    ['Malcolm Glazer owns the team. Glazer bought a stake in Drexon.', 'Glazer', 'PERSON'],
    ['The US bought Alaska from Russia.', 'Alaska', 'GPE'],
    ["He bought Holt's house in Leeds.", 'Holt', 'PERSON'],
    ['She bought Halvane paintings at the auction.', 'Halvane', undefined],
    ['Brennan bought a house in Dublin.', 'Brennan', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
