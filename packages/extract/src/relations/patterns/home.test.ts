/** A person's home named as a place puts the person there, as "lives in" does. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('homes', () => {
  relationTable([
    [
      'Ola Dahl died on Monday at his home in Tarnby.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['his', 'dahl', 'PERSON', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['dahl LOCATED_IN tarnby asserted'],
    ],
    [
      'Kari Lund vanished near her hometown of Tarnby, Lemuria, in April.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['her', 'lund', 'PERSON', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['lund LOCATED_IN tarnby asserted', 'lund LOCATED_IN lemuria asserted'],
    ],
    [
      "The statues will stand in Tarnby, Ola Dahl's hometown.",
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl LOCATED_IN tarnby asserted'],
    ],
    [
      "With Lemuria being Kari Lund's home state, the vote was close.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lund LOCATED_IN lemuria asserted'],
    ],
    [
      "Kari Lund's birthplace, Tarnby, held a parade.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lund AFFILIATED_WITH tarnby asserted'],
      ['lund LOCATED_IN tarnby'],
    ],
    [
      'The envoys met at the home of Ola Dahl in Tarnby.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['dahl LOCATED_IN tarnby asserted'],
    ],
    // No home: a company's home market, a home game, a home with no place, a place visited.
    [
      "Globex's home market in Lemuria shrank.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['globex LOCATED_IN lemuria'],
    ],
    [
      'Police searched the home of Ola Dahl on Monday before flying to Tarnby.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['dahl LOCATED_IN tarnby'],
    ],
    [
      'Ola Dahl left his home and travelled to Tarnby.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['his', 'dahl', 'PERSON', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['dahl LOCATED_IN tarnby'],
    ],
  ]);
});
