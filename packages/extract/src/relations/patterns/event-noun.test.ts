/** Event nouns and their arguments from the noun phrase or a light verb. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('event nouns', () => {
  relationTable([
    [
      'The Red Hand claimed responsibility for the attack on Tarnby.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['hand ATTACKS tarnby asserted'],
    ],
    [
      'The Red Hand denied responsibility for the attack on Tarnby.',
      [
        ['Red Hand', 'hand', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['hand ATTACKS tarnby'],
    ],
    [
      'The EU embargo on arms exports to Lemuria stays.',
      [
        ['EU', 'eu', 'ORG', 'acronym'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['eu SANCTIONS lemuria asserted'],
    ],
    [
      'Leaders praised the alliance of Norway, Sweden and Finland.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Finland', 'finland', 'GPE'],
      ],
      [
        'norway COOPERATES_WITH sweden asserted',
        'norway COOPERATES_WITH finland asserted',
        'sweden COOPERATES_WITH finland asserted',
      ],
    ],
    [
      "Atlantis's invasion of Lemuria failed.",
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
    ],
    [
      "Jon Berg was convicted of Tom Reed's murder.",
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['berg ATTACKS reed asserted'],
      ['reed ATTACKS berg'],
    ],
    [
      'Sweden imposed new sanctions on Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden SANCTIONS lemuria asserted'],
    ],
    [
      'Sweden lifted sanctions on Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden SANCTIONS lemuria negated'],
    ],
    [
      'Norway condemned the attack on Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [],
      ['norway ATTACKS lemuria'],
    ],
    [
      'Acme struck a deal with Globex.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['acme COOPERATES_WITH globex asserted'],
    ],
  ]);
});
