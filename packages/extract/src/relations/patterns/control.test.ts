/** Control: who does the action of a clause without a subject of its own. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('control', () => {
  relationTable([
    [
      // An infinitive after the object of "urge" is the object's, however the parse hung it.
      'Kerry urged Israel and the Palestinians to resume talks.',
      [
        ['Kerry', 'kerry', 'PERSON'],
        ['Israel', 'israel', 'GPE'],
        ['Palestinians', 'palestine', 'NORP', 'demonym'],
      ],
      ['israel MEETS palestine considered'],
      ['kerry MEETS israel'],
    ],
    [
      'Ola Vik called on Lemuria to stop bombing Tarnby.',
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vik PRESSURES lemuria asserted'],
      ['vik ATTACKS tarnby'],
    ],
    [
      'Sweden urged Finland to sanction Lemuria.',
      [
        ['Sweden', 'sweden', 'GPE'],
        ['Finland', 'finland', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['sweden PRESSURES finland asserted', 'finland SANCTIONS lemuria considered'],
      ['sweden SANCTIONS lemuria'],
    ],
    [
      'Atlantis plans to invade Lemuria.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria considered'],
    ],
    [
      'Atlantis sent engineers to help Lemuria.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis SUPPORTS lemuria asserted', 'atlantis DEPLOYS_TO lemuria asserted'],
    ],
    [
      'Oslo accused Lemuria of selling rifles to Atlantis.',
      [
        ['Oslo', 'norway', 'GPE', 'capital'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['norway ACCUSES lemuria asserted', 'lemuria SUPPLIES atlantis alleged'],
      ['norway SUPPLIES atlantis'],
    ],
    [
      'Lemuria denied arming Atlantis.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria SUPPLIES atlantis negated'],
    ],
    [
      'Acme made it harder for Globex to sell engines to Initech.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUPPLIES initech asserted'],
      ['acme SUPPLIES initech'],
    ],
    [
      'Atlantis has no plans to send troops to Lemuria.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis DEPLOYS_TO lemuria negated'],
    ],
  ]);
});

describe('control: a gerund after "against" and an object is the object\'s', () => {
  relationTable([
    [
      'Norway warned Lemuria against sending troops to Tarnby.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lemuria DEPLOYS_TO tarnby considered'],
      ['norway DEPLOYS_TO tarnby'],
    ],
    [
      'The Lemurian Council warned Atlantis against attacking the town of Tarnby.',
      [
        ['Lemurian Council', 'council', 'ORG'],
        ['Atlantis', 'atlantis', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['atlantis ATTACKS tarnby considered'],
      ['council ATTACKS tarnby'],
    ],
    // Must not: with no object, the subject protests against its own act.
    [
      'Norway protested against sending troops to Tarnby.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['tarnby DEPLOYS_TO norway'],
    ],
  ]);
});

describe("control: a purpose after the object of a verb of leaving or selling is the subject's", () => {
  relationTable([
    [
      'Ann Holt left Initech to join Halvex.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
        ['Halvex', 'halvex', 'ORG'],
      ],
      ['holt MEMBER_OF halvex asserted'],
      ['initech MEMBER_OF halvex'],
    ],
    // Must not change object control: the one hired or urged does the infinitive.
    [
      'The board hired Ann Holt to run Initech.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
    ],
  ]);
});
