/** A name set off by commas after a common noun's relative clause is the noun's apposition. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('names after a relative clause', () => {
  relationTable([
    [
      'The gunman who shot Ola Vik, Karl Dahl, was later arrested by police.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl ATTACKS vik asserted'],
    ],
    [
      'The firm which bought Initech Corp., Globex, said profits rose.',
      [
        ['Initech Corp.', 'initech', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex ACQUIRES initech asserted'],
      ['initech LOCATED_IN globex'],
    ],
    [
      'The gunman who killed Karl Dahl, Tom Reed, 34, of Ashby, was arrested.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      ['reed ATTACKS dahl asserted'],
      ['ashby ATTACKS dahl', 'ashby ATTACKS reed'],
    ],
    [
      'The company that makes the drones, Globex, is based in Denver.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Denver', 'denver', 'GPE'],
      ],
      ['globex LOCATED_IN denver asserted'],
    ],
    [
      // must not: a list of whom the clause is about.
      'The gunman who shot Ola Vik, Karl Dahl and Eva Lund was arrested.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Eva Lund', 'lund', 'PERSON'],
      ],
      [],
      ['dahl ATTACKS vik', 'lund ATTACKS vik'],
    ],
  ]);
});
