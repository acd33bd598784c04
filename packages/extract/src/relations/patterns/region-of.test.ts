/** A place or body placed in a region of another place: "Kivu in the eastern part of Congo". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('region of a place', () => {
  relationTable([
    [
      'The rebels rescued 2,000 people in Tarnby in the southeastern part of Norland.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['tarnby LOCATED_IN norland asserted'],
    ],
    [
      'Troops were sent to Kelby in the eastern part of Lemuria.',
      [
        ['Kelby', 'kelby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['kelby LOCATED_IN lemuria asserted'],
    ],
    [
      'Aldmoor province in the north of Lemuria was hit hardest.',
      [
        ['Aldmoor', 'aldmoor', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['aldmoor LOCATED_IN lemuria asserted'],
    ],
    [
      'The Globex plant, in the heart of Norland, was closed.',
      [
        ['Globex', 'globex', 'FACILITY'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['globex LOCATED_IN norland asserted'],
    ],
    [
      'The plant is in Kelby, a province in the east of Lemuria.',
      [
        ['Kelby', 'kelby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['kelby LOCATED_IN lemuria asserted'],
    ],
    [
      // must not: a person is not placed by a noun phrase's "in".
      'Ola Vik in the north of Norland said the roads were closed.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norland', 'norland', 'GPE'],
      ],
      [],
      ['vik LOCATED_IN norland'],
    ],
    [
      // must not: the region phrase comes before the name, not after it.
      'In the north of Norland, Globex opened a plant.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN norland'],
    ],
    [
      // must not: a country in a region of another country is where something happened.
      'Iran fought Iraq in the north of Kuwait.',
      [
        ['Iran', 'iran', 'GPE'],
        ['Iraq', 'iraq', 'GPE'],
        ['Kuwait', 'kuwait', 'GPE'],
      ],
      [],
      ['iraq LOCATED_IN kuwait'],
    ],
    [
      // must not: "part of" without "in" is membership, not a region (other passes).
      'Kelby signed the deal with Globex, in part of a wider plan by Lemuria.',
      [
        ['Kelby', 'kelby', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['globex LOCATED_IN lemuria'],
    ],
  ]);
});
