/**
 * A name guessed to be a person whose own clause refers back to it with "its" (issue 14), on
 * sentences written for these tests: a company. A person named in full speaking of the body
 * they lead, and a name a title makes sure, stay people.
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

describe('must: "its" after the name\'s verb makes it a company', () => {
  const cases: [string, string][] = [
    ['The broker Pell Hartley cut its forecast for the year.', 'Pell Hartley'],
    ['Gorvin Mercer has raised its dividend again.', 'Gorvin Mercer'],
    ['The agency Morrow Tate lifted its target for the shares.', 'Morrow Tate'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: a person speaking of their body, or a titled name', () => {
  const cases: [string, string][] = [
    ['Ann Holt said its sales rose by a tenth.', 'Ann Holt'],
    ['Ann Holt, the chief executive, cut its costs.', 'Ann Holt'],
    ['Mr Reed cut its costs by half.', 'Reed'],
    ['Galvin Tarrow became its chairman in May.', 'Galvin Tarrow'],
    ['The fund said Kessler is its biggest shareholder.', 'Kessler'],
  ];
  it.each(cases)('%s → %s is PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
});
