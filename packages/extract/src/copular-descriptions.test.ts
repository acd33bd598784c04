/**
 * A name its own sentence describes with "is" or "was" (issue 14), on sentences written for
 * these tests: the description's head noun types the subject, and its other mentions follow.
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

describe('must: a copular description types its subject', () => {
  const cases: [string, string, string][] = [
    ['Bellwood is a small town in Kent.', 'Bellwood', 'GPE'],
    ['Zentrix is a software company based in Leeds.', 'Zentrix', 'ORG'],
    ['Quenlo was a retired cleaner from Ashby.', 'Quenlo', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
  it('carries the type to the name’s other mentions', () => {
    const out = run('Bellwood is a small town in Kent. Bellwood has two churches and a school.');
    const types = out.mentions
      .filter((m) => m.text === 'Bellwood')
      .map((m) => out.entities.get(m.entityId)?.type);
    expect(types).toEqual(['GPE', 'GPE']);
  });
});

describe('must not: a name that is not the subject, or a description owning what follows', () => {
  const cases: [string, string, string][] = [
    ["Reed is the firm's founder.", 'Reed', 'PERSON'],
    // Not the sentence's subject: the description is not read.
    ['Ann Holt said Dravex is a small town.', 'Dravex', 'PERSON'],
    ["Brennagh is the club's captain.", 'Brennagh', 'PERSON'],
  ];
  it.each(cases)('%s → %s is %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
