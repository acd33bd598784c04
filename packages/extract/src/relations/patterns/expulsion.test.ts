/** Expulsions: ordering another country's people out pressures that country. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('expulsions', () => {
  relationTable([
    [
      'Lemuria ordered the departure of Norland diplomats on Friday.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['lemuria PRESSURES norland asserted'],
    ],
    [
      'The Foreign Ministry ordered the evacuation of the relatives of Norlandic aid workers at its mission in Ashby.',
      [
        ['Foreign Ministry', 'ministry', 'ORG'],
        ['Norlandic', 'norland', 'NORP', 'demonym'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      ['ministry PRESSURES norland asserted'],
      ['ministry PRESSURES ashby'],
    ],
    [
      'Atlantis expelled 20 Lemurian diplomats after the spy scandal.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['atlantis PRESSURES lemuria asserted'],
    ],
    [
      "Atlantis ordered Lemuria's envoys to leave the country within a week.",
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis PRESSURES lemuria asserted'],
    ],
    [
      'Atlantis demanded the expulsion of Lemurian nationals.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['atlantis PRESSURES lemuria asserted'],
    ],
    // Not ordered: a departure that happens, or one the people's own side announces.
    [
      'The departure of Norland diplomats from Lemuria was delayed.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['lemuria PRESSURES norland', 'norland PRESSURES lemuria'],
    ],
    [
      'Norland ordered the departure of its staff from Lemuria.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['norland PRESSURES lemuria'],
    ],
    // An order that sends no people out, and leaving that is no one's people.
    [
      'Atlantis ordered the withdrawal of the Lemuria contract.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['atlantis PRESSURES lemuria'],
    ],
    [
      'Kari Lund told Tom Reed to leave Lemuria.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['lund PRESSURES lemuria'],
    ],
    [
      'Atlantis denied that it had expelled Lemurian diplomats.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['it', 'atlantis', 'GPE', 'pronoun'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['atlantis PRESSURES lemuria negated'],
    ],
  ]);
});
