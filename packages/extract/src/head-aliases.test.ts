/**
 * A place's name with its generic head after it (issue 14), on sentences written for these
 * tests: "Vardun province" is an alias of Vardun; a head written apart, in capitals, or after
 * no place, adds nothing.
 */
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { loadNlp } from './nlp.js';

const extractor = createExtractor({ nlp: loadNlp() });

function aliasesOf(text: string, name: string): string[] | undefined {
  const out = extractor.extract({ id: 'test', text });
  return out.entities.find((e) => e.name === name)?.aliases;
}

describe('must: the place and its head word is an alias', () => {
  const cases: [string, string, string][] = [
    ['Rebels still hold Vardun province, officials said.', 'Vardun', 'Vardun province'],
    ['A bomb went off in the Kolmby district on Friday.', 'Kolmby', 'Kolmby district'],
    ['Fighting spread across the Tarnel plateau last week.', 'Tarnel', 'Tarnel plateau'],
  ];
  it.each(cases)('%s → %s has alias %s', (text, name, alias) => {
    expect(aliasesOf(text, name)).toContain(alias);
  });
});

describe('must not: a head apart from the place, or no place', () => {
  const cases: [string, string, string][] = [
    ['Officials in Vardun, province officials said, fled.', 'Vardun', 'Vardun, province'],
    ['Globex Corp. district managers met on Monday.', 'Globex Corp.', 'Globex Corp. district'],
  ];
  it.each(cases)('%s → %s has no alias %s', (text, name, alias) => {
    const aliases = aliasesOf(text, name);
    expect(aliases).toBeDefined();
    expect(aliases?.some((a) => a.startsWith(alias))).toBe(false);
  });
});
