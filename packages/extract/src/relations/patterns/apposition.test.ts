/** Apposition: a place and where it lies; descriptors in apposition; names in brackets. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('apposition', () => {
  relationTable([
    [
      'The fire started near Dayton, Ohio, on Monday.',
      [
        ['Dayton', 'dayton', 'GPE'],
        ['Ohio', 'ohio', 'GPE'],
      ],
      ['dayton LOCATED_IN ohio asserted'],
    ],
    [
      'Globex, a Lyon construction firm, won the contract.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
      ],
      ['globex LOCATED_IN lyon asserted'],
    ],
    [
      'They reopened consulates in Bergen and Tarnby (Tarnaby).',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Tarnaby', 'tarnby', 'GPE'],
      ],
      [],
      ['bergen LOCATED_IN tarnby'],
    ],
    [
      'Fans in Oslo, Bergen and Tromso cheered.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
        ['Tromso', 'tromso', 'GPE'],
      ],
      [],
      ['oslo LOCATED_IN bergen', 'bergen LOCATED_IN oslo'],
    ],
    [
      'BERGEN, Norland (AP) The storm passed.',
      [
        ['BERGEN', 'bergen', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['AP', 'ap', 'ORG', 'acronym'],
      ],
      ['bergen LOCATED_IN norland asserted'],
      ['norland LOCATED_IN ap', 'bergen LOCATED_IN ap'],
    ],
    [
      'The reactor at Rockford, Ill., was shut in May.',
      [
        ['Rockford', 'rockford', 'GPE'],
        ['Ill.', 'illinois', 'GPE', 'acronym'],
      ],
      ['rockford LOCATED_IN illinois asserted'],
    ],
    [
      'The mayor of Tarnby, northern Algeria, was killed.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Algeria', 'algeria', 'GPE'],
      ],
      ['tarnby LOCATED_IN algeria asserted'],
    ],
    [
      'Teams from Ohio, Texas and Utah met.',
      [
        ['Ohio', 'ohio', 'GPE'],
        ['Texas', 'texas', 'GPE'],
        ['Utah', 'utah', 'GPE'],
      ],
      [],
      ['ohio LOCATED_IN texas', 'texas LOCATED_IN utah'],
    ],
    [
      'Officials in Oslo, Stockholm and Helsinki agreed.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Stockholm', 'stockholm', 'GPE'],
        ['Helsinki', 'helsinki', 'GPE'],
      ],
      [],
      ['oslo LOCATED_IN stockholm', 'stockholm LOCATED_IN helsinki'],
    ],
    // A place noun before a person's name is no descriptor of the person.
    [
      'Two engineers who left the Lemuria power plant last year - Richard Holm and Martin Berg - spoke to reporters on Monday.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Richard Holm', 'holm', 'PERSON'],
        ['Martin Berg', 'berg', 'PERSON'],
      ],
      [],
      ['holm AFFILIATED_WITH lemuria', 'berg AFFILIATED_WITH lemuria'],
    ],
  ]);
});

describe('a noun a demonym modifies in apposition with a person', () => {
  relationTable([
    [
      'Maria Vik, a Lemurian cleaner, was arrested in Tarnby.',
      [
        ['Maria Vik', 'vik', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vik AFFILIATED_WITH lemuria asserted'],
    ],
    [
      'Police arrested Maria Vik, a 34-year-old Lemurian cleaner.',
      [
        ['Maria Vik', 'vik', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['vik AFFILIATED_WITH lemuria asserted'],
    ],
    // The demonym modifies another noun of the phrase, or the name is no person's.
    [
      'Maria Vik, a cleaner at the Lemurian embassy, was arrested.',
      [
        ['Maria Vik', 'vik', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [],
      ['vik AFFILIATED_WITH lemuria'],
    ],
    [
      'Maria Vik, a Lemurian food importer, was fined.',
      [
        ['Maria Vik', 'vik', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [],
      [],
    ],
    [
      'Globex, a Lemurian, was fined.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      [],
      ['globex AFFILIATED_WITH lemuria'],
    ],
    [
      // A place before a descriptor that has its own "of" name locates that name.
      'The Norland city of Bergen was flooded.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['bergen LOCATED_IN norland asserted'],
      ['norland LOCATED_IN bergen'],
    ],
    [
      'Rebels seized the Lemurian port city of Ostia.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ostia', 'ostia', 'GPE'],
      ],
      ['ostia LOCATED_IN lemuria asserted'],
      ['lemuria LOCATED_IN ostia'],
    ],
    [
      "Fighting spread to Lemuria's Ulan province.",
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Ulan', 'ulan', 'GPE'],
      ],
      ['ulan PART_OF lemuria asserted'],
    ],
  ]);
});
