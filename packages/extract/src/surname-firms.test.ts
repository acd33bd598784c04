/**
 * A firm named after its founders (issue 14), on sentences written for these tests: a name of
 * person-name words is a firm where its own clause calls it "its".
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

describe('must: a name of surnames its clause calls "its" is a firm', () => {
  const cases: [string, string][] = [
    ['Smith Barney raised its rating on the stock.', 'Smith Barney'],
    ['Kidder Peabody said on Monday its profit fell.', 'Kidder Peabody'],
    // Three surnames and no given name, the subject of a verb: partners' names.
    ['Drexel Burnham Lambert hired three bankers.', 'Drexel Burnham Lambert'],
    ['Osborne Clarke Wheeler fired the auditors.', 'Osborne Clarke Wheeler'],
  ];
  it.each(cases)('%s → %s is ORG', (text, name) => {
    expect(typeOf(run(text), name)).toBe('ORG');
  });
});

describe('must not: a person named in full, a name its clause calls "he"', () => {
  const cases: [string, string][] = [
    ['Ann Holt said its sales rose.', 'Ann Holt'],
    ['Smith Barney said he would stay.', 'Smith Barney'],
    ['The navy under Ulrich Kessler lost its flagship.', 'Ulrich Kessler'],
    // A given name first, a name in the East Asian order, a clause calling it "he".
    ['Gabriel Garcia Marquez wrote the novel.', 'Gabriel Garcia Marquez'],
    // A given name in the middle: a person's middle name.
    ['Dorsey Howard Lenning donated the paintings.', 'Dorsey Howard Lenning'],
    ['Lee Kuan Yew said the plan was sound.', 'Lee Kuan Yew'],
    ['Carter Burwell Hughes said he would run.', 'Carter Burwell Hughes'],
  ];
  it.each(cases)('%s → %s stays PERSON', (text, name) => {
    expect(typeOf(run(text), name)).toBe('PERSON');
  });
});
