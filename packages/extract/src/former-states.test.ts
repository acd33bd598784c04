/**
 * Former states (issue 14), on sentences written for these tests: a state that split into
 * several has no successor, so it is an entity of its own and never folds into one of the states
 * that came after it (`places.json`, `country-forms.json`, `events-groups.json`); a former name of
 * one state with a single successor still names that state.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

function entityOf(a: Analysis, text: string): { name: string; type: string } | undefined {
  const m = a.mentions.find((x) => x.text === text);
  const e = m && a.entities.get(m.entityId);
  return e && { name: e.name, type: e.type };
}

describe('must: a state that split into several is its own entity', () => {
  const cases: [string, string, string][] = [
    ['The treaty was signed by the Soviet Union in 1955.', 'Soviet Union', 'Soviet Union'],
    ['Waste dumped by the former USSR was found off Norland.', 'USSR', 'Soviet Union'],
    ['Two Soviet engineers built the dam in Lemuria.', 'Soviet', 'Soviet Union'],
    ['Lemuria broke with Yugoslavia in 1948.', 'Yugoslavia', 'Yugoslavia'],
    ['Troops from Zaire crossed the border.', 'Zaire', 'DR Congo'],
  ];
  it.each(cases)('%s → %s is %s', (text, surface, name) => {
    expect(entityOf(run(text), surface)?.name).toBe(name);
  });
});

describe('must not: a successor state takes the former one', () => {
  const cases: [string, string][] = [
    ['Russia and the former Soviet Union dumped waste at sea.', 'Soviet Union'],
    ['Ukraine left the USSR in 1991.', 'USSR'],
  ];
  it.each(cases)('%s → %s is not Russia nor Ukraine', (text, surface) => {
    const e = entityOf(run(text), surface);
    expect(e?.type).toBe('GPE');
    expect(e?.name).not.toBe('Russia');
    expect(e?.name).not.toBe('Ukraine');
  });
});
