/** A place name before a person's home noun puts the person there (home.ts). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("a place name before a home noun: 'at her Omaha home'", () => {
  relationTable([
    [
      'Ann Holt was arrested at her Omaha home.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Omaha', 'omaha', 'GPE'],
      ],
      ['holt LOCATED_IN omaha asserted'],
    ],
    [
      'Tom Reed died at his Beverly Hills home on Sunday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Beverly Hills', 'beverly', 'GPE'],
      ],
      ['reed LOCATED_IN beverly asserted'],
    ],
    // Must not: an organisation before the noun is no place.
    [
      'Tom Reed was arrested at his Globex office in Dunmore.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Dunmore', 'dunmore', 'GPE'],
      ],
      [],
      ['reed LOCATED_IN globex'],
    ],
  ]);
});
