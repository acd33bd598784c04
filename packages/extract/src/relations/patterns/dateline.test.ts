/** Datelines and wire source lines: the agency is based where the report is filed from. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('dateline', () => {
  relationTable([
    [
      '(Text) Bergen, March 3 (NTB) -- The two parties announced their plans.',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['NTB', 'ntb', 'ORG', 'acronym'],
      ],
      ['ntb LOCATED_IN bergen asserted'],
    ],
    [
      'Tarnby, Lemuria, Feb 2 (LNA) -- The wreck of an aircraft has been found.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['LNA', 'lna', 'ORG', 'acronym'],
      ],
      ['lna LOCATED_IN tarnby asserted', 'lna LOCATED_IN lemuria asserted'],
    ],
    [
      'Oslo April 25 NTB -- Measurements did not reveal any change.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['NTB', 'ntb', 'ORG', 'acronym'],
      ],
      ['ntb LOCATED_IN oslo asserted'],
    ],
    [
      'BX1234567890 Oslo Radio Norland in English 0930 GMT 3 Mar 97',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Radio Norland', 'radio', 'ORG'],
      ],
      ['radio LOCATED_IN oslo asserted'],
    ],
    [
      'Mayor Opens Bridge CX9876543210 Oslo NTB in English 1415 GMT 9 Jun 97',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['NTB', 'ntb', 'ORG', 'acronym'],
      ],
      ['ntb LOCATED_IN oslo asserted'],
    ],
    // A town typed as something else: the wider place still holds the agency.
    [
      'Tarnby-Vik, Lemuria, Feb 2 (LNA) -- The wreck of an aircraft has been found.',
      [
        ['Tarnby-Vik', 'tarnby', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['LNA', 'lna', 'ORG', 'acronym'],
      ],
      ['lna LOCATED_IN lemuria asserted'],
      ['lna LOCATED_IN tarnby'],
    ],
    // Not a dateline: a place and an organisation in running text.
    [
      'In Oslo Globex said on Monday it would sue Acme.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN oslo'],
    ],
    [
      'Oslo and Globex signed a deal in 1994 - the first of its kind.',
      [
        ['Oslo', 'oslo', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN oslo'],
    ],
    [
      'Ola Dahl, Lemuria and Globex signed a deal on Feb 2 - the first of its kind.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN lemuria'],
    ],
    // A dateline set apart as a line of its own, and one closed by an underscore.
    [
      'ASHBY, Norland (NNA)\n\nThe ministers met on Monday to discuss the budget.',
      [
        ['ASHBY', 'ashby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['NNA', 'nna', 'ORG', 'acronym'],
      ],
      ['nna LOCATED_IN ashby asserted', 'nna LOCATED_IN norland asserted'],
    ],
    [
      'ASHBY, Norland (NNA) _ The ministers met on Monday to discuss the budget.',
      [
        ['ASHBY', 'ashby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['NNA', 'nna', 'ORG', 'acronym'],
      ],
      ['nna LOCATED_IN ashby asserted', 'nna LOCATED_IN norland asserted'],
    ],
    // The dateline's places are no subject of the report's first clause.
    [
      'ASHBY, Norland (NNA) - The ministers met on Monday to discuss the budget.',
      [
        ['ASHBY', 'ashby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['NNA', 'nna', 'ORG', 'acronym'],
      ],
      ['nna LOCATED_IN ashby asserted'],
      ['ashby MEETS norland', 'norland MEETS ashby'],
    ],
    // A bracketed name with the line going on is no dateline.
    [
      'Tarnby (Globex) reported a loss on Monday.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN tarnby'],
    ],
  ]);
});
