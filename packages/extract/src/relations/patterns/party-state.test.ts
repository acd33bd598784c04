/** A lawmaker's party and state after the name: "Sen. Ann Holt, D-Ohio,". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("party and state after a name: 'Ann Holt, D-Ohio'", () => {
  relationTable([
    [
      'Sen. Ann Holt, D-Ohio, opposed the measure.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
      ],
      ['holt AFFILIATED_WITH ohio asserted'],
    ],
    [
      'Rep. Tom Reed (R-Texas) voted against the bill.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Texas', 'texas', 'GPE'],
      ],
      ['reed AFFILIATED_WITH texas asserted'],
    ],
    [
      'The bill was written by Sen. Tom Reed, R-Texas, and Sen. Ann Holt, D-Ohio.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Texas', 'texas', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
      ],
      ['reed AFFILIATED_WITH texas asserted', 'holt AFFILIATED_WITH ohio asserted'],
      ['reed AFFILIATED_WITH ohio', 'holt AFFILIATED_WITH texas'],
    ],
    // Must not: a letter that is no party's.
    [
      'Tom Reed, B-Texas, scored twice.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Texas', 'texas', 'GPE'],
      ],
      [],
      ['reed AFFILIATED_WITH texas'],
    ],
  ]);
});
