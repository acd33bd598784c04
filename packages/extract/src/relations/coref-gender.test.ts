/** Pronouns keep to the gender the document's honorifics give a person ("Mrs Holt" is no "he"). */
import { describe, expect, it } from 'vitest';
import { documentGenders, givenNameGenders, honorificGenders } from './coref-gender.js';
import { analysisOf, relationTable } from './test-helper.js';

describe('gender from honorifics', () => {
  it('reads Mr, Mrs, Dame and Lord before or opening a name, and drops a person given both', () => {
    const a = analysisOf(
      'Mrs Ann Holt met Mr Reed, Dame Kari Nes and Ola Vik. Mr Vik and Ms Vik left.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Reed', 'reed', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Vik', 'vik', 'PERSON'],
        ['Vik', 'vik', 'PERSON'],
      ],
    );
    expect(Object.fromEntries(honorificGenders(a))).toEqual({
      holt: 'female',
      reed: 'male',
      nes: 'female',
    });
  });

  relationTable([
    // "He" is not the woman the sentence before made its subject.
    [
      'Mrs Ann Holt sued Globex in May. He later visited Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['holt VISITS bergen'],
    ],
    // "She" passes over the man who was the subject for the woman named after him.
    [
      'Mr Tom Reed met Ann Holt in Oslo. She later visited Bergen.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen asserted'],
      ['reed VISITS bergen'],
    ],
    // A governing subject of the other gender: the woman the sentence before was about.
    [
      'Ann Holt sued Globex on Monday. Mr Reed said she would visit Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Reed', 'reed', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen considered'],
      ['reed VISITS bergen'],
    ],
    // Gender that fits, or no honorific at all, resolves as before.
    [
      'Mrs Ann Holt sued Globex in May. She later visited Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen asserted'],
    ],
    [
      'Sam Holt sued Globex in May. He later visited Bergen.',
      [
        ['Sam Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen asserted'],
    ],
  ]);
});

describe('gender from given names', () => {
  it('reads the first word of a full name, and leaves names of either gender alone', () => {
    const a = analysisOf('Joyce Holt met Tom Reed, Sam Nes, Ola Vik and Viktor Lund. Holt left.', [
      ['Joyce Holt', 'holt', 'PERSON'],
      ['Tom Reed', 'reed', 'PERSON'],
      ['Sam Nes', 'nes', 'PERSON'],
      ['Ola Vik', 'vik', 'PERSON'],
      ['Viktor Lund', 'lund', 'PERSON'],
      ['Holt', 'holt', 'PERSON'],
    ]);
    expect(Object.fromEntries(givenNameGenders(a))).toEqual({ holt: 'female', reed: 'male' });
  });

  it('lets an honorific the document writes win over the given name', () => {
    const a = analysisOf('Mr Joyce Holt met Tom Reed. Mrs Reed left.', [
      ['Joyce Holt', 'holt', 'PERSON'],
      ['Tom Reed', 'reed', 'PERSON'],
      ['Reed', 'reed', 'PERSON'],
    ]);
    expect(Object.fromEntries(documentGenders(a))).toEqual({ holt: 'male', reed: 'female' });
  });

  relationTable([
    // "He" is not the woman the sentence before made its subject: the man named after her.
    [
      'Joyce Holt met Tom Reed in Oslo. He later visited Bergen.',
      [
        ['Joyce Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['reed VISITS bergen asserted'],
      ['holt VISITS bergen'],
    ],
    // "She" passes over the man the sentence before made its subject.
    [
      'Peter Lund met Anna Dahl in Oslo. She later visited Bergen.',
      [
        ['Peter Lund', 'lund', 'PERSON'],
        ['Anna Dahl', 'dahl', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['dahl VISITS bergen asserted'],
      ['lund VISITS bergen'],
    ],
    // A woman named alone: "he" takes no one (not her).
    [
      'Ann Holt sued Globex in May. He later visited Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['holt VISITS bergen'],
    ],
    // A given name of either gender fits either pronoun.
    [
      'Ola Vik sued Globex in May. He later visited Bergen.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['vik VISITS bergen asserted'],
    ],
  ]);
});
