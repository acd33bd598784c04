/** A person described in apposition as someone from or in a place. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('descriptor place', () => {
  relationTable([
    [
      'Ben Harlow, a drifter from Kentucky, was arrested.',
      [
        ['Ben Harlow', 'harlow', 'PERSON'],
        ['Kentucky', 'kentucky', 'GPE'],
      ],
      ['harlow AFFILIATED_WITH kentucky asserted'],
    ],
    [
      'Marta Ek, a lawyer in Lakeview, filed the suit.',
      [
        ['Marta Ek', 'ek', 'PERSON'],
        ['Lakeview', 'lakeview', 'GPE'],
      ],
      ['ek LOCATED_IN lakeview asserted'],
    ],
    [
      'The suit was filed by Ola Vik, a dairy farmer in Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vik LOCATED_IN tarnby asserted'],
    ],
    [
      // must not: a ranking bounded by the place is no home.
      'Ola Vik, the richest man in Lemuria, bought the club.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['vik LOCATED_IN lemuria'],
    ],
    [
      // must not: an organisation in the phrase is no place.
      'Ola Vik, a manager in Globex, resigned.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['vik LOCATED_IN globex'],
    ],
    [
      // must not: a time and place after the apposition's comma are the clause's.
      'Ann Holt shot Ola Vik, then the Norland governor, on March 3, 1971 in Tarnby.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Norland', 'norland', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik LOCATED_IN tarnby'],
    ],
    [
      // must not: a place phrase on the verb, not on the descriptor.
      'Ola Vik, a lawyer, was arrested in Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['vik LOCATED_IN tarnby'],
    ],
  ]);
});
