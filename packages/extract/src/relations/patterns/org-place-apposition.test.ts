/** A company and its town set off by commas. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('organisation and town in apposition', () => {
  relationTable([
    [
      'Initech Inc., Dallas, said profit fell.',
      [
        ['Initech Inc.', 'initech', 'ORG'],
        ['Dallas', 'dallas', 'GPE'],
      ],
      ['initech LOCATED_IN dallas asserted'],
    ],
    [
      'Analysts at Globex Corp., Ashby, Norland, expect growth.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['globex LOCATED_IN ashby asserted', 'globex LOCATED_IN norland asserted'],
    ],
    [
      // must not: a list of names.
      'Shares of Globex, Initech, Dallas, and Hooli fell.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Dallas', 'dallas', 'GPE'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['initech LOCATED_IN dallas'],
    ],
    [
      // must not: the town followed by another name lists.
      'Globex Corp., Dallas, Initech Inc. and Hooli were fined.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Dallas', 'dallas', 'GPE'],
        ['Initech Inc.', 'initech', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN dallas'],
    ],
  ]);
});
