/** A span of time is no prepositional argument of the verb (frames.ts `DURATION`). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("a span of time after the verb: 'worked at Initech for ten years'", () => {
  relationTable([
    [
      'Frank Olsen worked at Initech for ten years.',
      [
        ['Frank Olsen', 'olsen', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['olsen MEMBER_OF initech asserted'],
    ],
    [
      'Frank Olsen, who worked at Initech for two decades, testified on Monday.',
      [
        ['Frank Olsen', 'olsen', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['olsen MEMBER_OF initech asserted'],
    ],
    // Must not: "for" a body still works for it.
    [
      'Frank Olsen worked for Initech at Globex Tower.',
      [
        ['Frank Olsen', 'olsen', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Globex Tower', 'tower', 'FACILITY'],
      ],
      ['olsen MEMBER_OF initech asserted'],
      ['olsen MEMBER_OF tower'],
    ],
  ]);
});
