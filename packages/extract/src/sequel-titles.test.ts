/**
 * A work named by its follow-up (issue 14), on sentences written for these tests: what has a
 * sequel, a prequel or a remake is a work; a person's own follow-up or another owner is not.
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

describe('must: a name its follow-up noun refers to is a work', () => {
  const cases: [string, string, string][] = [
    ['Weller appeared in Steel Warden and its sequel.', 'Steel Warden', 'PRODUCT'],
    ['She wrote the sequel to Cold Ridge in Varna.', 'Cold Ridge', 'PRODUCT'],
    ['Critics preferred Harbour Lights and its two sequels.', 'Harbour Lights', 'PRODUCT'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a person and their follow-up, a place and its parts', () => {
  const cases: [string, string, string][] = [
    ['Ann Holt and her sequel won praise in Varna.', 'Ann Holt', 'PERSON'],
    ['He toured Varna and its harbour.', 'Varna', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
