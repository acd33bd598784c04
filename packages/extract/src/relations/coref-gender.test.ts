/** Pronouns keep to the gender the document's honorifics give a person ("Mrs Holt" is no "he"). */
import { describe, expect, it } from 'vitest';
import { honorificGenders } from './coref-gender.js';
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
      'Ann Holt sued Globex in May. He later visited Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen asserted'],
    ],
  ]);
});
