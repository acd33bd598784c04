/**
 * The body after a role and at / for / with (issue 14), on sentences written for these tests:
 * the name is the organisation someone works in, not a place after "at" nor a person after
 * "for"; people, owners and modifiers stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis } from './analysis.js';
import { loadNlp } from './nlp.js';
import { analyse } from './pipeline.js';

const run = (text: string): Analysis => analyse(loadNlp(), 'test', text);

/** The type of the entity the mention with this exact text resolves to, or undefined. */
function typeOf(a: Analysis, text: string): string | undefined {
  const m = a.mentions.find((x) => x.text === text);
  return m && a.entities.get(m.entityId)?.type;
}

describe('must: the body after a role and at / for / with is an organisation', () => {
  const cases: [string, string][] = [
    ['"Growth is slowing," said Ann Holt, an analyst at Nomura.', 'Nomura'],
    ['Tom Reed, chief economist at Globex, said rates would rise.', 'Globex'],
    ['A spokesman for Initech said the plant would close.', 'Initech'],
    ['A spokeswoman for Zentora declined to comment.', 'Zentora'],
    ['Shares fell, said Marc Dulin, a trader at Zelvik.', 'Zelvik'],
    ['"Demand is weak," said Ola Vik, an economist with Tarvenor.', 'Tarvenor'],
    ['Ann Holt, head of research at Quorvix, expects a cut.', 'Quorvix'],
    ['Tom Reed, director of fixed income at Brandell, said bonds rallied.', 'Brandell'],
    ['"Prices will rise," said Ian Marsh, a senior analyst at Halvex.', 'Halvex'],
    ['"It is a blow," said Ben Ashe, an analyst at Numora in London.', 'Numora'],
    ['The analyst at Smith Barney raised the target.', 'Smith Barney'],
    // After "of", a body's role only.
    ['Ann Holt, a director of Zentrix, resigned.', 'Zentrix'],
    ['Ann Holt, co-founder of Zelvik, quit.', 'Zelvik'],
    ['A spokesman of Brovane said the plant would close.', 'Brovane'],
    // A role in the plural, or opening its sentence.
    ['Torvane makes engines. Analysts at Torvane were cautious.', 'Torvane'],
    ['Prices fell, said traders at Zelvik and other banks.', 'Zelvik'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: people, owners and places stay as they were', () => {
  const cases: [string, string, string | undefined][] = [
    // A person named in full, a bare given name, a surname named before.
    ['A spokesman for Tom Reed said he would not resign.', 'Tom Reed', 'PERSON'],
    ['A spokesman for Helen said she was well.', 'Helen', 'PERSON'],
    ['A spokeswoman for Ola Vik said she was in hospital.', 'Ola Vik', 'PERSON'],
    ['The coach of Ola Vik said she was fit.', 'Ola Vik', 'PERSON'],
    ['Tom Reed was in court. A spokesman for Reed said he was innocent.', 'Reed', 'PERSON'],
    // An owner, and a name modifying the workplace noun after it.
    ["A lawyer for Reed's family said the case was closed.", 'Reed', 'PERSON'],
    ['A trader at Kelby market said prices fell.', 'Kelby', 'GPE'],
    // "of" after a job that is no body's role: a subject, no organisation.
    ['Kari Lund, a professor of Zoology, said so.', 'Zoology', undefined],
    // No role before "at": a place.
    ['The talks were held at Kelbrook on Monday.', 'Kelbrook', 'GPE'],
  ];
  it.each(cases)('%s → %s stays %s', (text, name, type) => {
    expect(typeOf(run(text), name)).toBe(type);
  });
});
