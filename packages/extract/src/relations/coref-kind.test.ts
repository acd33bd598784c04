/** A company noun refers to no public body, party or court. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('company nouns and public bodies', () => {
  relationTable([
    // The commission was the last subject: "the company" is not it.
    [
      'The Trade Commission fined Globex on Monday. The company later sued Initech.',
      [
        ['Trade Commission', 'commission', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['commission SUES initech'],
    ],
    // Nor the last one named.
    [
      'Shares fell after a ruling by the Trade Commission. The firm later sued Initech.',
      [
        ['Trade Commission', 'commission', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['commission SUES initech'],
    ],
    // A body noun still may be.
    [
      'The Trade Commission fined Globex on Monday. The commission later sued Initech.',
      [
        ['Trade Commission', 'commission', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['commission SUES initech asserted'],
    ],
    // And a company the company noun.
    [
      'Globex fined Hooli on Monday. The company later sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES initech asserted'],
    ],
  ]);
});
