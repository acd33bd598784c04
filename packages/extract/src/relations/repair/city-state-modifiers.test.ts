/** A city and its state between commas before a noun, AP style, modify that noun. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('a city and its state before a noun', () => {
  relationTable([
    [
      'Globex Inc. reported a loss. The Denver, Colo., company cut 300 jobs.',
      [
        ['Globex Inc.', 'globex', 'ORG'],
        ['Denver', 'denver', 'GPE'],
        ['Colo.', 'colorado', 'GPE'],
      ],
      ['globex LOCATED_IN denver asserted', 'denver LOCATED_IN colorado asserted'],
    ],
    [
      'Shares of Globex Inc. rose after the Denver, Colo., company reported record sales.',
      [
        ['Globex Inc.', 'globex', 'ORG'],
        ['Denver', 'denver', 'GPE'],
        ['Colo.', 'colorado', 'GPE'],
      ],
      ['globex LOCATED_IN denver asserted'],
    ],
    [
      // No determiner: a route, not a phrase.
      'Ann Holt flew from Denver, Colo., to Boston on Monday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Denver', 'denver', 'GPE'],
        ['Colo.', 'colorado', 'GPE'],
        ['Boston', 'boston', 'GPE'],
      ],
      [],
      ['holt LOCATED_IN denver', 'boston LOCATED_IN colorado'],
    ],
  ]);
});
