/** Names after a passive's agent noun, and noun phrases after a name's age, are appositions. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('appositions of agents and after ages', () => {
  relationTable([
    [
      'Karl Dahl was killed by her husband, Tom Reed.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed ATTACKS dahl asserted'],
    ],
    [
      'Karl Dahl was slain by a sniper, Tom Reed, in 1968.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['reed ATTACKS dahl asserted'],
    ],
    [
      'Tom Reed, 45, a native of Denver, was elected mayor.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Denver', 'denver', 'GPE'],
      ],
      ['reed AFFILIATED_WITH denver asserted'],
    ],
    [
      // must not: a name that is not the agent's (the comma closes another phrase).
      'Karl Dahl was killed by a bomb in his car, Tom Reed said.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed ATTACKS dahl'],
    ],
  ]);
});
