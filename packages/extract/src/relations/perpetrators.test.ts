/** "The gunman", "the suspect": the person a report equates with the noun, wherever it is named. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';
import type { GivenMention } from './test-helper.js';

const haddadDahl: GivenMention[] = [
  ['Omar Haddad', 'haddad', 'PERSON'],
  ['Karl Dahl', 'dahl', 'PERSON'],
];

describe('perpetrators: the gunman, the suspect', () => {
  relationTable([
    [
      'The gunman, Omar Haddad, fled on foot. Police said the gunman had killed Karl Dahl.',
      haddadDahl,
      ['haddad ATTACKS dahl reported'],
    ],
    [
      'Omar Haddad was identified as the gunman. The gunman killed Karl Dahl in the square.',
      haddadDahl,
      ['haddad ATTACKS dahl asserted'],
    ],
    [
      'Police named the suspect as Omar Haddad on Monday. The suspect killed Karl Dahl.',
      haddadDahl,
      ['haddad ATTACKS dahl asserted'],
    ],
    [
      // Named after the sentence that calls him so.
      'The gunman killed Karl Dahl on Friday. Police later named the gunman as Omar Haddad.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Omar Haddad', 'haddad', 'PERSON'],
      ],
      ['haddad ATTACKS dahl asserted'],
    ],
    [
      // Only the noun the person was named with: the killer of one attack may be named and the
      // suspect of another not.
      'The killer, Omar Haddad, was shot dead in May. The suspect had attacked Karl Dahl.',
      haddadDahl,
      [],
      ['haddad ATTACKS dahl'],
    ],
    [
      'On Monday, suspect Omar Haddad appeared in court. Prosecutors say the suspect killed Karl Dahl.',
      haddadDahl,
      ['haddad ATTACKS dahl reported'],
    ],
    [
      // Nobody named as the gunman: the one person named is no antecedent.
      'Karl Dahl was killed on Friday. The gunman fled to Tarnby.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['dahl VISITS tarnby'],
    ],
    [
      'The victim, Karl Dahl, died in hospital. The gunman fled to Tarnby.',
      [
        ['Karl Dahl', 'dahl', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['dahl VISITS tarnby'],
    ],
    [
      // Two persons named as gunmen: "the gunman" is neither for sure.
      'The gunman, Omar Haddad, fled. A second gunman, Sami Rahal, was held. Police said the gunman killed Karl Dahl.',
      [
        ['Omar Haddad', 'haddad', 'PERSON'],
        ['Sami Rahal', 'rahal', 'PERSON'],
        ['Karl Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['haddad ATTACKS dahl', 'rahal ATTACKS dahl'],
    ],
  ]);
});
