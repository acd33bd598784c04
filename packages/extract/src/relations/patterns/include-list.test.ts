/** What an owner's brands, works or units include, listed by name (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('holdings an owner lists', () => {
  relationTable([
    [
      'Globex brands include Fjordlys, Nordvin and Kaldt.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Fjordlys', 'fjordlys', 'PERSON'],
        ['Nordvin', 'nordvin', 'ORG'],
        ['Kaldt', 'kaldt', 'PRODUCT'],
      ],
      [
        'globex PRODUCES fjordlys asserted',
        'globex PRODUCES nordvin asserted',
        'globex PRODUCES kaldt asserted',
      ],
    ],
    [
      "Initech's best-known brands include sparkling wine Kaldvin and Nordlys.",
      [
        ['Initech', 'initech', 'ORG'],
        ['Kaldvin', 'kaldvin', 'PERSON'],
        ['Nordlys', 'nordlys', 'ORG'],
      ],
      ['initech PRODUCES kaldvin asserted', 'initech PRODUCES nordlys asserted'],
    ],
    [
      // A relative "whose" and nouns after each name saying what it is.
      'Norvik, whose brands include Kaldt whisky, Fjordlys rum and Nordvin, said profits rose.',
      [
        ['Norvik', 'norvik', 'ORG'],
        ['Kaldt', 'kaldt', 'PERSON'],
        ['Fjordlys', 'fjordlys', 'ORG'],
        ['Nordvin', 'nordvin', 'PRODUCT'],
      ],
      [
        'norvik PRODUCES kaldt asserted',
        'norvik PRODUCES fjordlys asserted',
        'norvik PRODUCES nordvin asserted',
      ],
    ],
    [
      "Kari Lund's hits have included Blue Harbour and Long Winter.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Blue Harbour', 'harbour', 'FACILITY'],
        ['Long Winter', 'winter', 'PERSON'],
      ],
      ['lund PRODUCES harbour asserted', 'lund PRODUCES winter asserted'],
    ],
    [
      "Globex's subsidiaries include Zorbex and Lembank.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Zorbex', 'zorbex', 'ORG'],
        ['Lembank', 'lembank', 'ORG'],
      ],
      ['zorbex PART_OF globex asserted', 'lembank PART_OF globex asserted'],
    ],
    // A place is no brand; customers and roles are no holdings; a person makes no brand.
    [
      'Globex brands include Malibu and Kaldt.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Malibu', 'malibu', 'GPE'],
        ['Kaldt', 'kaldt', 'PRODUCT'],
      ],
      ['globex PRODUCES kaldt asserted'],
      ['globex PRODUCES malibu'],
    ],
    [
      "Globex's customers include Initech and Hooli.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      [],
      ['globex PRODUCES initech', 'initech PART_OF globex'],
    ],
    [
      'Her roles include Nina in Fjordside, said Kari Lund.',
      [
        ['Nina', 'nina', 'PERSON'],
        ['Fjordside', 'fjordside', 'PRODUCT'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      [],
      ['lund RELATED_TO nina', 'lund PRODUCES nina'],
    ],
    [
      "Kari Lund's brands include Kaldt.",
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Kaldt', 'kaldt', 'PRODUCT'],
      ],
      [],
      ['lund PRODUCES kaldt'],
    ],
  ]);
});
