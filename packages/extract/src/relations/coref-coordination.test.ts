/** A coordinated subject is no antecedent of "it", "he" or "the company" (coref-coordination.ts). */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('coordinated subjects and singular references', () => {
  relationTable([
    [
      'Globex and Initech both cut their prices. It later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex SUES acme', 'initech SUES acme'],
    ],
    [
      'Globex and Initech both cut their prices. The company later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex SUES acme', 'initech SUES acme'],
    ],
    [
      'Tom Reed and Ola Vik met in Oslo. He later visited Bergen.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Vik', 'vik', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['reed MEETS vik asserted'],
      ['reed VISITS bergen', 'vik VISITS bergen'],
    ],
    // A subject naming one entity, and "they" after a coordination, resolve as before.
    [
      'Globex chief Tom Reed cut prices. The company later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme asserted'],
    ],
    [
      'Globex and Initech both cut their prices. They later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme asserted', 'initech SUES acme asserted'],
    ],
    // "they" governed by the coordinated subject in its own sentence means both too.
    [
      'Globex and Initech said they would sue Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme considered', 'initech SUES acme considered'],
    ],
    [
      'Lemuria and Atlantis signed a pact in May. They later sent troops to Tarnby.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lemuria DEPLOYS_TO tarnby asserted', 'atlantis DEPLOYS_TO tarnby asserted'],
    ],
    // Commas alone ("Globex, the carmaker,"): no coordination to widen.
    [
      'Globex, a unit of Initech, cut prices. They later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['initech SUES acme'],
    ],
  ]);
});

describe('commas alone are no coordination', () => {
  relationTable([
    [
      'Ola Vik, 20, struck linesman Tom Reed in Oslo. He later visited Bergen.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['vik VISITS bergen asserted'],
    ],
  ]);
});
