/** A phrase fronted by a preposition of time, closed by a comma, leaves the subject after it. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('phrases fronted by a preposition of time', () => {
  relationTable([
    [
      'After talks with Vladimir Putin, Gerhard Schroeder said the deal was close.',
      [
        ['Vladimir Putin', 'putin', 'PERSON'],
        ['Gerhard Schroeder', 'schroeder', 'PERSON'],
      ],
      ['schroeder MEETS putin asserted'],
    ],
    [
      'Following talks with Putin, Schroeder said the deal was close.',
      [
        ['Putin', 'putin', 'PERSON'],
        ['Schroeder', 'schroeder', 'PERSON'],
      ],
      ['schroeder MEETS putin asserted'],
    ],
    [
      // The clause keeps a subject of its own after the comma.
      'After the war, Norland sent troops to Lemuria.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['norland DEPLOYS_TO lemuria asserted'],
    ],
  ]);
});
