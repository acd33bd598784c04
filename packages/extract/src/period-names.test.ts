/**
 * A historical period named by a plural *Ages* is an event, not a body or a place (`cues.json`
 * *eventSuffix*), on sentences written for these tests: "the Middle Ages" came out as an ORG.
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

describe('must: a period in Ages is an event', () => {
  const cases: [string, string][] = [
    ['During the Middle Ages, Varna declined.', 'Middle Ages'],
    ['Lemuria emerged from the Dark Ages in 900.', 'Dark Ages'],
  ];
  it.each(cases)('%s → %s is an EVENT', (text, name) => {
    expect(typeOf(run(text), name)).toBe('EVENT');
  });
});

describe('must not: other names around it change', () => {
  const cases: [string, string, string][] = [
    ['During the Middle Ages, Varna declined.', 'Varna', 'GPE'],
    ['Ola Vik wrote about the Middle Ages.', 'Ola Vik', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
