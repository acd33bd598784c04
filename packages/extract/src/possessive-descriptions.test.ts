/**
 * A description opened by a place's possessive (issue 14), on sentences written for these tests:
 * "Globex, Norway's biggest bank," types the name before the comma as the head noun says.
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

describe("must: a place's possessive opens a description", () => {
  const cases: [string, string, string][] = [
    ["Globex, Norway's biggest bank, said profits rose.", 'Globex', 'ORG'],
    ["Halvane, Germany's second-largest steelmaker, said it would cut prices.", 'Halvane', 'ORG'],
    ["Tromso, Norway's biggest northern city, hosted the talks.", 'Tromso', 'GPE'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});

describe('must not: a person described, or an owner that is no place', () => {
  const cases: [string, string, string][] = [
    ["Ann Holt, Norway's foreign minister, said talks would resume.", 'Ann Holt', 'PERSON'],
    ["Tom Reed, Holt's biggest client, said he would stay.", 'Tom Reed', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
