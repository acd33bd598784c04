/**
 * A business named after its owner as the subject of a verb (issue 14), on sentences written
 * for these tests: "McDonald's said" keeps its possessive, an owned noun does not.
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

describe("must: a possessive before a saying verb, 'has' or 'posted' is part of the name", () => {
  const cases: [string, string][] = [
    ["McDonald's said its sales rose.", "McDonald's"],
    ["Dorrick's has closed its last store.", "Dorrick's"],
    ["Sainsbury's posted a record profit.", "Sainsbury's"],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: an owned noun, a verb that is also a noun, a contraction', () => {
  const cases: [string, string][] = [
    ["Reed's statement was read out.", 'Reed'],
    ["Labour's plans were unveiled.", 'Labour'],
  ];
  it.each(cases)('%s → %s without the possessive', (text, name) => {
    const a = run(text);
    expect(a.mentions.some((m) => m.text === name)).toBe(true);
    expect(a.mentions.some((m) => m.text === `${name}'s`)).toBe(false);
  });
  it("Smith's had a tough year: no business named Smith's", () => {
    expect(run("Smith's had a tough year.").mentions.some((m) => m.text === "Smith's")).toBe(false);
  });
});
