/**
 * Role descriptions pair like with like ("the prime minister" is not the deputy prime minister),
 * and a plural description refers to no one entity named before it.
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('qualified roles and plural descriptions', () => {
  relationTable([
    // The deputy is no antecedent of the bare role.
    [
      'Deputy Prime Minister Ana Rossi arrived on Monday. The prime minister then visited Bergen.',
      [
        ['Ana Rossi', 'rossi', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['rossi VISITS bergen'],
    ],
    // Nor in apposition after the name.
    [
      'Ana Rossi, the deputy prime minister, arrived on Monday. The prime minister then visited Bergen.',
      [
        ['Ana Rossi', 'rossi', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['rossi VISITS bergen'],
    ],
    // Nor in apposition before the name.
    [
      'The deputy prime minister, Ana Rossi, arrived on Monday. The prime minister then visited Bergen.',
      [
        ['Ana Rossi', 'rossi', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['rossi VISITS bergen'],
    ],
    // The bare role still takes its holder.
    [
      'Prime Minister Ana Rossi arrived on Monday. The prime minister then visited Bergen.',
      [
        ['Ana Rossi', 'rossi', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['rossi VISITS bergen asserted'],
    ],
    // A plural description is no single organisation the sentences before made a subject.
    [
      'Globex cut its prices on Monday. The banks later sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES initech'],
    ],
    // A singular one is.
    [
      'Globex cut its prices on Monday. The company later sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES initech asserted'],
    ],
  ]);
});
