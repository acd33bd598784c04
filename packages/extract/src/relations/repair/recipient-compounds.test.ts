/** A recipient the parse made a compound of the thing given is the verb's first object. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('recipients parsed as compounds of the thing given', () => {
  relationTable([
    [
      'France sold Egypt 24 Rafale jets.',
      [
        ['France', 'france', 'GPE'],
        ['Egypt', 'egypt', 'GPE'],
        ['Rafale', 'rafale', 'WEAPON'],
      ],
      ['france SUPPLIES egypt asserted'],
    ],
    [
      'Washington gave Ukraine 31 Abrams tanks.',
      [
        ['Washington', 'us', 'GPE'],
        ['Ukraine', 'ukraine', 'GPE'],
        ['Abrams', 'abrams', 'WEAPON'],
        ['tanks', 'tanks', 'WEAPON', 'nominal'],
      ],
      ['us SUPPLIES ukraine asserted'],
    ],
    [
      // must not: a name that opens the noun phrase it modifies stays its compound.
      'France sold 24 Egypt jets.',
      [
        ['France', 'france', 'GPE'],
        ['Egypt', 'egypt', 'GPE'],
      ],
      [],
      ['france SUPPLIES egypt'],
    ],
  ]);
});
