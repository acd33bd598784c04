/** "Have" read as the auxiliary of the noun after it is the clause's verb, the noun its object. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('"have" as the main verb', () => {
  relationTable([
    [
      'Siemens has offices in Dallas and Toronto.',
      [
        ['Siemens', 'siemens', 'ORG'],
        ['Dallas', 'dallas', 'GPE'],
        ['Toronto', 'toronto', 'GPE'],
      ],
      ['siemens LOCATED_IN dallas asserted', 'siemens LOCATED_IN toronto asserted'],
    ],
    [
      'Norland had talks with Atlantis on Monday.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['norland MEETS atlantis asserted'],
    ],
    [
      'Iran has ties to Hezbollah.',
      [
        ['Iran', 'iran', 'GPE'],
        ['Hezbollah', 'hezbollah', 'ORG'],
      ],
      ['iran COOPERATES_WITH hezbollah asserted'],
    ],
    [
      // must not: a copula keeps the noun the predicate; "have" stays its auxiliary.
      'Tom Reed has long been a critic of Globex.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['reed CRITICIZES globex asserted'],
      ['reed LOCATED_IN globex'],
    ],
    [
      // must not: an office is no seat of the subject when "have" governs a verb.
      'Globex has moved staff from Tarnby.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['globex LOCATED_IN tarnby'],
    ],
  ]);
});
