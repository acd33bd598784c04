/** A company's parent or owning organisation named with it in one noun phrase. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("parent company: 'Initech's parent company, Halvex'", () => {
  relationTable([
    [
      "Initech's parent company, Halvex, opposed the deal.",
      [
        ['Initech', 'initech', 'ORG'],
        ['Halvex', 'halvex', 'ORG'],
      ],
      ['initech PART_OF halvex asserted'],
      ['halvex PART_OF initech'],
    ],
    [
      'Halvex, the parent company of Initech, opposed the deal.',
      [
        ['Halvex', 'halvex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['initech PART_OF halvex asserted'],
      ['halvex PART_OF initech'],
    ],
    [
      'Halvex Corp., the parent of Initech, filed for bankruptcy.',
      [
        ['Halvex Corp.', 'halvex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['initech PART_OF halvex asserted'],
      ['halvex PART_OF initech'],
    ],
    [
      'Halvex, the owner of Initech, opposed the deal.',
      [
        ['Halvex', 'halvex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['halvex ACQUIRES initech asserted'],
    ],
    // Must not: a unit owned is still the owner's part; a person owner leads (role.ts).
    [
      "Initech's subsidiary, Halvex, opposed the deal.",
      [
        ['Initech', 'initech', 'ORG'],
        ['Halvex', 'halvex', 'ORG'],
      ],
      ['halvex PART_OF initech asserted'],
      ['initech PART_OF halvex'],
    ],
    [
      'Ann Holt, the owner of Initech, sold her shares.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
      ['holt ACQUIRES initech'],
    ],
  ]);
});
