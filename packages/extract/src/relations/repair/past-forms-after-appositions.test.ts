/** verbsTaggedAsNouns (clauses.ts): an irregular past tagged as a noun after a name's age or apposition is the verb. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('verbs after a name and its comma-set phrase', () => {
  relationTable([
    [
      'Tom Reed, 24, shot Ola Vik twice in the head.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted'],
    ],
    [
      'Tom Reed, a carpenter, shot Ola Vik.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['reed ATTACKS vik asserted'],
    ],
    [
      // must not: a past form that is no verb of the clause ("shares" after a company name).
      'Tom Reed, 24, sold Globex shares.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex ACQUIRES reed', 'reed SUPPLIES globex'],
    ],
  ]);
});
