/**
 * "the company", "the country" take the last subject of their type by position, but not past a
 * nearer name of that type: either may then be meant (coref.ts, `namedSince`).
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('descriptions past a nearer name', () => {
  relationTable([
    // The subject two sentences back is passed over for a country named since: no guess.
    [
      'Lemuria hosted the summit on Monday. The union will open talks with Norland in April. The country later criticised Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      [],
      ['lemuria CRITICIZES atlantis'],
    ],
    // Nothing of the type named since: the subject still.
    [
      'Lemuria hosted the summit on Monday. The talks ran late into the night. The country later criticised Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria CRITICIZES atlantis asserted'],
    ],
    // The same for a company.
    [
      'Globex cut its prices on Monday. Analysts at Initech were surprised. The company later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      [],
      ['globex SUES acme'],
    ],
    [
      'Globex cut its prices on Monday. Analysts were surprised. The company later sued Acme.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Acme', 'acme', 'ORG'],
      ],
      ['globex SUES acme asserted'],
    ],
  ]);
});
