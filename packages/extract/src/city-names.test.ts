/**
 * A place and "City" (issue 14), on sentences written for these tests: one name, never a person
 * nor a bare "City"; a city named after a country or a state, a town's club after a town.
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

describe('must: a place and "City" is one name', () => {
  const cases: [string, string, string][] = [
    ['Shells fell near Gaza City overnight.', 'Gaza City', 'GPE'],
    ['Officials in Gaza City said power was cut.', 'Gaza City', 'GPE'],
    ['Panama City said it would raise taxes.', 'Panama City', 'GPE'],
    ['Leicester City have sacked their manager.', 'Leicester City', 'ORG'],
    ['He joined Leicester City in 2004.', 'Leicester City', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a person, a bare "City"', () => {
  const cases: [string, string][] = [
    ['Gaza City said it had no power.', 'Gaza City'],
    ['Leicester City said it would appeal.', 'Leicester City'],
  ];
  it.each(cases)('%s → %s is no person', (text, name) => {
    const a = run(text);
    expect(typeOf(a, name)).toBeDefined();
    expect(typeOf(a, name)).not.toBe('PERSON');
    expect(a.mentions.some((m) => m.text === 'City')).toBe(false);
  });
});
