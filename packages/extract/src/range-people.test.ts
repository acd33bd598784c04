/**
 * People at the two ends of a range (issue 14), on sentences written for these tests: where one
 * end is surely a person, both are; ranges of places stay places.
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

describe('must: both ends of a range with a person at one end are people', () => {
  const cases: [string, string, string][] = [
    ['The exhibition runs from Kennedy to Khrushchev in twelve rooms.', 'Kennedy', 'Khrushchev'],
    ['The letters went from Reagan to Gorbachev over six years.', 'Reagan', 'Gorbachev'],
    ['The archive covers everyone from Nixon to Brezhnev.', 'Nixon', 'Brezhnev'],
  ];
  it.each(cases)('%s → %s and %s are PERSON', (text, a, b) => {
    const out = run(text);
    expect(typeOf(out, a)).toBe('PERSON');
    expect(typeOf(out, b)).toBe('PERSON');
  });
});

describe('must not: ranges of places stay places', () => {
  const cases: [string, string, string][] = [
    ['Flights from Dunmore to Kelby were cancelled.', 'Dunmore', 'GPE'],
    ['Flights from Dunmore to Kelby were cancelled.', 'Kelby', 'GPE'],
    ['The road from Moscow to Kelby was closed.', 'Kelby', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
