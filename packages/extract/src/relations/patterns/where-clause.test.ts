/** "Place, where X lives / is based / was born" (where-clause.ts). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("a clause of where after a place: 'Ashby, where Globex is based'", () => {
  relationTable([
    [
      'Tom Reed was born in Ashby, where Globex is based.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex LOCATED_IN ashby asserted', 'reed AFFILIATED_WITH ashby asserted'],
    ],
    [
      'Ann Holt flew to Dunmore, where she lives with her husband.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Dunmore', 'dunmore', 'GPE'],
      ],
      ['holt LOCATED_IN dunmore asserted'],
    ],
    [
      'Globex opened a plant in Ashby, where Initech is headquartered.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['initech LOCATED_IN ashby asserted'],
    ],
    // Must not: a verb with no frame of place, or the clause's own place phrase.
    [
      'Tom Reed flew to Ashby, where he met Ann Holt.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['reed MEETS holt asserted'],
      ['holt LOCATED_IN ashby', 'holt AFFILIATED_WITH ashby'],
    ],
    [
      'Ann Holt works in Ashby, where she lives in a flat in Dunmore.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
        ['Dunmore', 'dunmore', 'GPE'],
      ],
      ['holt LOCATED_IN dunmore asserted'],
    ],
  ]);
});
