/** A name set off by commas as a clause's subject keeps the role noun before it as its apposition. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('roles before a named subject', () => {
  relationTable([
    [
      'Globex Corp. said its chairman, Ann Holt, would retire in May.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['its', 'globex', 'ORG', 'pronoun'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      'Initech said its spokesman, Ola Vik, had left.',
      [
        ['Initech', 'initech', 'ORG'],
        ['its', 'initech', 'ORG', 'pronoun'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['vik SPOKESPERSON_OF initech asserted'],
    ],
    [
      // must not: a noun that names no person is no apposition of the name.
      'Globex said its plant manager, Ann Holt, and its lawyers would meet.',
      [
        ['Globex', 'globex', 'ORG'],
        ['its', 'globex', 'ORG', 'pronoun'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt MEMBER_OF globex asserted'],
      ['holt LEADER_OF globex'],
    ],
  ]);
});
