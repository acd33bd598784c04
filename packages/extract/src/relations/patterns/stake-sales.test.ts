/** A stake sold to someone is theirs: the buyer ACQUIRES the company it is in. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('stake sales: the buyer of a stake', () => {
  relationTable([
    [
      'Globex sold its 20% stake in Initech to Acme last year.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['acme ACQUIRES initech asserted', 'globex ACQUIRES initech negated'],
      ['globex ACQUIRES acme'],
    ],
    [
      'Globex has sold its stake in Initech to Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['acme ACQUIRES initech asserted'],
    ],
    [
      'Globex plans to sell its stake in Initech to Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['acme ACQUIRES initech considered'],
    ],
    // Must not: a stake sold to no one named, a stake bought, a stake not sold.
    [
      'Globex sold its stake in Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex ACQUIRES initech negated'],
    ],
    [
      'Globex did not sell its stake in Initech to Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['acme ACQUIRES initech negated'],
    ],
    [
      'Globex sold its cars to Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['acme ACQUIRES globex'],
    ],
  ]);
});
