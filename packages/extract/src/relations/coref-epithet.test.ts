/**
 * "Ola Dahl is poised to join Kelby. The 17-year-old midfielder …": an epithet subject of a main
 * clause continues the person the sentence before named as its subject (coref-epithet.ts).
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('epithet subjects', () => {
  relationTable([
    // A player's epithet, with an age: the subject before, not the other person named.
    [
      'Kari Nes left the club in May. Ola Dahl is poised to join a new club this week. The 17-year-old midfielder later criticised Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['nes CRITICIZES initech'],
    ],
    // A performer's epithet.
    [
      'Kari Lund will play two concerts in Oslo this summer. The US star later criticised Tom Reed.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['lund CRITICIZES reed asserted'],
    ],
    // A generic noun brings in someone new.
    [
      'Ola Dahl won the award on Monday. The woman later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // Another person as an object of the sentence before: either may be meant.
    [
      'Ola Dahl praised Kari Nes on Monday. The star later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed', 'nes CRITICIZES reed'],
    ],
    // Not the subject of the main clause.
    [
      'Ola Dahl won the award on Monday. Fans said the star had criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // A gendered epithet takes no one of the other gender.
    [
      'Mr Ola Dahl won the award on Monday. The actress later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // A phrase that restricts the noun makes it someone of its own.
    [
      'Ola Dahl won the award on Monday. The star of the show later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // The sentence before names its subject by a pronoun only: no guess on a guess.
    [
      'Ola Dahl won the award on Monday. He thanked the fans. The star later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // A subject an epithet continued is no ground for a later description's guess.
    [
      'Ola Dahl scored twice for Kelby on Monday. The star later thanked the fans. The Dunmore keeper criticised Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kelby', 'kelby', 'ORG'],
        ['Dunmore', 'dunmore', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['dahl CRITICIZES initech'],
    ],
  ]);
});
