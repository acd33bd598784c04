/**
 * Brands with a lower-case first letter and a capital inside (issue 14), on sentences written
 * for these tests; code, file names and addresses are no brands.
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

describe('must: a lower-case brand is a company or a product', () => {
  const cases: [string, string, string][] = [
    ['Shares in easyJet fell 3% on Monday.', 'easyJet', 'ORG'],
    ['eBay said profits rose.', 'eBay', 'ORG'],
    ['Sales of the iPod rose.', 'iPod', 'PRODUCT'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: code, addresses and lower-case words', () => {
  const cases: [string, string][] = [
    ['Call getName() to read the value.', 'getName'],
    ['Then read user.firstName from the form.', 'firstName'],
    ['Set myCount = 3 before the loop.', 'myCount'],
    ['Shares in the airline fell.', 'airline'],
  ];
  it.each(cases)('%s → no mention %s', (text, name) => {
    expect(run(text).mentions.find((m) => m.text === name)).toBeUndefined();
  });
});
