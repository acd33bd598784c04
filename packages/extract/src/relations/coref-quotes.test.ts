/** Person pronouns and quotation marks: the speaker is no one quoted, nor what the quotation's "he" is. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('quotations and person pronouns', () => {
  relationTable([
    // "he said" after a quotation naming someone else: the speaker, not the name quoted.
    [
      'Ann Holt met Tom Reed in Oslo. "Kari Lund will never lead Globex," she said. She joined Initech last year.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt MEMBER_OF initech asserted'],
      ['lund MEMBER_OF initech'],
    ],
    // A "he" inside a quotation is not its speaker.
    [
      'Tom Reed coached Ola Dahl for years. "He joined Globex last month," said Reed.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Reed', 'reed', 'PERSON'],
      ],
      ['dahl MEMBER_OF globex reported'],
      ['reed MEMBER_OF globex'],
    ],
    // Nor in a quotation continued from the sentence before, reopened without closing.
    [
      'Ola Dahl left Initech in May. Tom Reed said: "It was his choice. "He will join Globex soon."',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['reed MEMBER_OF globex'],
    ],
    // Outside quotation marks nothing changes: "he" is still the one named before.
    [
      'Tom Reed left Initech in May. He joined Globex last week.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['reed MEMBER_OF globex asserted'],
    ],
  ]);
});
