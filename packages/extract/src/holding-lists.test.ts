/**
 * Names an owner lists as its holdings (issue 14), on sentences written for these tests:
 * brands and products listed after "brands include" are products, not people; units are
 * organisations; places and titled people keep their types.
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

describe('must: names listed as holdings take the holding noun’s type', () => {
  const cases: [string, string, string][] = [
    ['The brewer said its brands include Carling and Stella Artois.', 'Stella Artois', 'PRODUCT'],
    ['The brewer said its brands include Carling and Stella Artois.', 'Carling', 'PRODUCT'],
    ['Its best-selling beers include Harvey Gold, Tom Bell and Ruby Mild.', 'Tom Bell', 'PRODUCT'],
    ['Sales of brands such as Jack Dawson rose last year.', 'Jack Dawson', 'PRODUCT'],
    ['Globex subsidiaries include Marlow Henning and Quaid Partners.', 'Marlow Henning', 'ORG'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
  it('carries the type to other mentions of the name', () => {
    const out = run(
      'The brewer said its brands include Carling and Stella Artois. Stella Artois sales fell.',
    );
    expect(out.mentions.filter((m) => m.text === 'Stella Artois').map((m) => m.type)).toEqual([
      'PRODUCT',
      'PRODUCT',
    ]);
  });
});

describe('must not: places, titled people and lists without a holding noun', () => {
  const cases: [string, string, string][] = [
    ['Its brands include Carling and sell well in Paris.', 'Paris', 'GPE'],
    ['Guests include Mr Tom Bell and Ruby Mild.', 'Tom Bell', 'PERSON'],
    ['The speakers include Tom Bell and Ann Holt.', 'Tom Bell', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
