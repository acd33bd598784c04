/** Definite descriptions repeating the end of one earlier name ("the body shop"). */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('descriptions that end a name', () => {
  relationTable([
    [
      "Tom Reed owns Lund's Body Shop in Ashby. Kari Vik came to the body shop on Monday.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ["Lund's Body Shop", 'shop', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
        ['Kari Vik', 'vik', 'PERSON'],
      ],
      ['vik VISITS shop asserted'],
    ],
    [
      'Globex Bank lent money to Initech. Lemuria later sued the bank.',
      [
        ['Globex Bank', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['lemuria SUES globex asserted'],
    ],
    [
      'The Moss Federal Building stands in Ashby. Rebels bombed the federal building, the Norland Army said.',
      [
        ['Moss Federal Building', 'moss', 'FACILITY'],
        ['Ashby', 'ashby', 'GPE'],
        ['Norland Army', 'army', 'ORG'],
      ],
      [],
      // Nobody named did the bombing: the army only reports it.
      ['army ATTACKS moss'],
    ],
    // Two names end so: the description stays unresolved.
    [
      "Lund's Body Shop and Vik's Body Shop merged. Tom Reed came to the body shop.",
      [
        ["Lund's Body Shop", 'lund', 'ORG'],
        ["Vik's Body Shop", 'vik', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed VISITS lund', 'reed VISITS vik'],
    ],
    // A person's name is no antecedent; nor is a name only after the description.
    [
      'Ann Bank praised Lemuria. Atlantis sued the bank.',
      [
        ['Ann Bank', 'ann', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      [],
      ['atlantis SUES ann'],
    ],
    [
      'Atlantis sued the bank. Globex Bank said nothing.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Globex Bank', 'globex', 'ORG'],
      ],
      [],
      ['atlantis SUES globex'],
    ],
    // Other words before the head: a different description.
    [
      "Tom Reed owns Lund's Body Shop. Kari Vik came to the coffee shop.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ["Lund's Body Shop", 'shop', 'ORG'],
        ['Kari Vik', 'vik', 'PERSON'],
      ],
      [],
      ['vik VISITS shop'],
    ],
  ]);
});

describe('premises as destinations', () => {
  relationTable([
    [
      "Kari Vik drove to Lund's Body Shop on Friday.",
      [
        ['Kari Vik', 'vik', 'PERSON'],
        ["Lund's Body Shop", 'shop', 'ORG'],
      ],
      ['vik VISITS shop asserted'],
    ],
    [
      'Kari Vik went to the Golden Palace for dinner.',
      [
        ['Kari Vik', 'vik', 'PERSON'],
        ['Golden Palace', 'palace', 'ORG'],
      ],
      ['vik VISITS palace asserted'],
    ],
    // An organisation named by no premises noun is no destination.
    [
      'Kari Vik went to Globex after university.',
      [
        ['Kari Vik', 'vik', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['vik VISITS globex'],
    ],
  ]);
});

describe('descriptions narrowed by a noun', () => {
  relationTable([
    // "the law firm" is not the last company named: only a subject antecedent would do.
    [
      'Ola Vik sells cars in Bergen for Globex. The law firm later sued Initech.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES initech'],
    ],
    [
      'Ola Vik sells cars in Bergen for Globex. The firm later sued Initech.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES initech asserted'],
    ],
    [
      'Globex recalled 9,000 cars in May. The car giant also sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES initech asserted'],
    ],
  ]);
});
