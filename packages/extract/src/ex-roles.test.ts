/**
 * Roles written with "ex-" glued to their first word (issue 14), on sentences written for these
 * tests: the name after the role is its former holder, a person, kept even where the surname is
 * an everyday word.
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

describe('must: the name after an ex- role is a person', () => {
  const cases: [string, string][] = [
    ['Ex-President Carter arrived in Atlanta on Monday.', 'Carter'],
    ['Ex-Chancellor Baker told the hearing he had no regrets.', 'Baker'],
    ['The rally was addressed by ex-minister Fuller and two bishops.', 'Fuller'],
  ];
  it.each(cases)('%s → %s is PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
  it('records the role for its holder', () => {
    const out = run('Ex-President Carter arrived in Atlanta on Monday.');
    const role = (out.roles ?? []).find((r) => out.mentions[r.person]?.text === 'Carter');
    expect(role?.head).toBe('president');
  });
});

describe('must not: the ex- word is no name and other ex- words start no role', () => {
  const cases: [string, string][] = [
    ['Ex-Prime Minister Major spoke at the meeting.', 'Ex-Prime'],
    ['Ex-soldiers marched through Dunmore on Sunday.', 'Ex-soldiers'],
  ];
  it.each(cases)('%s → no mention %s', (text, name) => {
    expect(run(text).mentions.some((m) => m.text === name)).toBe(false);
  });
  it('keeps a place after an ex- word that is no role', () => {
    expect(typeOf(run('Ex-soldiers marched through Dunmore on Sunday.'), 'Dunmore')).toBe('GPE');
  });
});
