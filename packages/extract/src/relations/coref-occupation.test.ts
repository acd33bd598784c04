/** "The rapper", "the actor": the one person the document names with that noun. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('occupation nouns', () => {
  relationTable([
    // Named with the noun as a title.
    [
      'Rapper Ola Dahl met Tom Reed in Oslo on Monday. The rapper later sued Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl SUES initech asserted'],
      ['reed SUES initech'],
    ],
    // In apposition.
    [
      'Ola Dahl, the actor, met Tom Reed in Oslo on Monday. The actor later sued Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl SUES initech asserted'],
      ['reed SUES initech'],
    ],
    // No one named a singer: "the singer" is no one.
    [
      'Ola Dahl met Tom Reed in Oslo on Monday. The singer later sued Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl SUES initech', 'reed SUES initech'],
    ],
    // Named with the noun only after it: another person, maybe.
    [
      'The actress later sued Initech. Other guests included actress Ann Holt.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt SUES initech'],
    ],
    // A phrase restricting the noun makes another person.
    [
      'Ola Dahl, the author, met Tom Reed in Oslo on Monday. The author of the report later sued Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl SUES initech'],
    ],
    // Two actors: neither.
    [
      'Ola Dahl, the actor, met Tom Reed, an actor, in Oslo. The actor later sued Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl SUES initech', 'reed SUES initech'],
    ],
  ]);
});
