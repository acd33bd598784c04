/** A person's name after a noun and a comma that the parse made an adverb is the noun's apposition. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('names parsed as adverbs after a comma', () => {
  relationTable([
    [
      'Carl Moss killed his wife, Ann Tully.',
      [
        ['Carl Moss', 'moss', 'PERSON'],
        ['Ann Tully', 'tully', 'PERSON'],
      ],
      ['moss ATTACKS tully asserted'],
    ],
    [
      'Carl Moss shot a neighbor, Ann Tully, on Monday.',
      [
        ['Carl Moss', 'moss', 'PERSON'],
        ['Ann Tully', 'tully', 'PERSON'],
      ],
      ['moss ATTACKS tully asserted'],
    ],
    [
      // must not: a name that opens the next clause is its subject, not the object's apposition.
      'Carl Moss killed the man, Ann Tully said.',
      [
        ['Carl Moss', 'moss', 'PERSON'],
        ['Ann Tully', 'tully', 'PERSON'],
      ],
      [],
      ['moss ATTACKS tully'],
    ],
    [
      // A capitalised title tagged a proper noun before the comma: the name is its apposition.
      'The Chancellor, Gordon Brown, visited Lemuria on Monday.',
      [
        ['Gordon Brown', 'brown', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['brown VISITS lemuria asserted'],
    ],
  ]);
});
