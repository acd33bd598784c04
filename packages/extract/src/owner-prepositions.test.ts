/**
 * A name owning the noun after a locative preposition (issue 14), on sentences written for these
 * tests: "in Tom Varley's cabinet" reads no place from "in"; a person's name owning a leader's
 * or a person's possession is the person.
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

describe("must: a person's name owning a leader's possession after a preposition", () => {
  const cases: [string, string, string][] = [
    ["He worked in Yasser Arafat's government for years.", 'Yasser Arafat', 'PERSON'],
    ["She worked in Blair's office for two years.", 'Blair', 'PERSON'],
    ["A source in Madonna's camp denied the report.", 'Madonna', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a place owning its parts, or a place after a preposition', () => {
  const cases: [string, string, string][] = [
    ["Troops in Halvia's north clashed with rebels.", 'Halvia', 'GPE'],
    ["The talks were held in Norway's capital.", 'Norway', 'GPE'],
    ['He was born in Dunmore and moved to Leeds.', 'Dunmore', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
