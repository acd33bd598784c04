/** Doer nouns ("the lone gunman") whose victim an attack told just before names. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('doer nouns', () => {
  relationTable([
    [
      'The inquiry into the assassination of Tom Reed concluded that Jon Berg was the assassin.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed reported'],
      ['reed ATTACKS berg'],
    ],
    [
      "Reports on Tom Reed's killing may show whether Jon Berg was the sole attacker in the killing.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed considered'],
    ],
    [
      'Tom Reed was shot dead in Ashby on Monday. Police said Jon Berg was the gunman.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed reported'],
    ],
    [
      'Tom Reed was stabbed on Monday. Police identified Jon Berg as the killer.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
    ],
    // No attack told before: nothing to attach the doer to.
    [
      'Jon Berg was the gunman, Kari Lund said.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      [],
      ['berg ATTACKS lund'],
    ],
    // An indefinite doer noun is not the one who did it; a doer with a victim of its own is the
    // role pass's ("Ola Vik's killer").
    [
      'Tom Reed was shot on Monday. Jon Berg was a gunman in the civil war.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      [],
      ['berg ATTACKS reed'],
    ],
    [
      'Tom Reed was shot on Monday. Jon Berg was the killer of Ola Vik.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      [],
      ['berg ATTACKS reed'],
    ],
    // An attack with its doer told: the victim of two sentences back is too far.
    [
      'Tom Reed was shot on Monday. The town mourned. Jon Berg was the gunman.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      [],
      ['berg ATTACKS reed'],
    ],
    [
      'Kari Lund denied that Jon Berg was the gunman in the killing of Tom Reed.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Jon Berg', 'berg', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['berg ATTACKS reed negated'],
    ],
  ]);
});
