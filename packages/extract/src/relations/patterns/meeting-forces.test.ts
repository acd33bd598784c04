/** Meeting a country's soldiers is no meeting with the country (clause.ts `isForce`). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("meetings with forces: 'Blair met British troops'", () => {
  relationTable([
    [
      'Ola Vik met Norwegian troops in Basra on Tuesday.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norwegian', 'norway', 'GPE', 'demonym'],
        ['Basra', 'basra', 'GPE'],
      ],
      [],
      ['vik MEETS norway', 'norway MEETS vik'],
    ],
    [
      'Ola Vik met the marines of Lemuria at the base.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['vik MEETS lemuria'],
    ],
    // Guards: officials and delegations of a country are met with it.
    [
      'Ola Vik met Norwegian officials in Oslo.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norwegian', 'norway', 'GPE', 'demonym'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['vik MEETS norway asserted'],
    ],
    [
      'Ola Vik met a Norwegian delegation.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norwegian', 'norway', 'GPE', 'demonym'],
      ],
      ['vik MEETS norway asserted'],
    ],
  ]);
});
