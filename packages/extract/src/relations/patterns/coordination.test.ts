/** Coordination: lists of subjects and objects, lists the parse broke up, symmetric subjects. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('coordination', () => {
  relationTable([
    [
      'Norway, Sweden and Denmark condemned Lemuria.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Denmark', 'denmark', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      [
        'norway CRITICIZES lemuria asserted',
        'sweden CRITICIZES lemuria asserted',
        'denmark CRITICIZES lemuria asserted',
      ],
    ],
    [
      'Lemuria attacked Norway and Sweden.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      ['lemuria ATTACKS norway asserted', 'lemuria ATTACKS sweden asserted'],
      ['norway ATTACKS sweden'],
    ],
    [
      'During a meeting on Monday, the United States, the UK, and France accused Iran.',
      [
        ['United States', 'us', 'GPE'],
        ['UK', 'uk', 'GPE', 'acronym'],
        ['France', 'france', 'GPE'],
        ['Iran', 'iran', 'GPE'],
      ],
      ['us ACCUSES iran asserted', 'uk ACCUSES iran asserted', 'france ACCUSES iran asserted'],
    ],
    [
      'Acme and Globex signed a deal in Oslo.',
      [
        ['Acme', 'acme', 'ORG'],
        ['Globex', 'globex', 'ORG'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['acme COOPERATES_WITH globex asserted'],
    ],
    [
      'Peru and Chile met in Lima.',
      [
        ['Peru', 'peru', 'GPE'],
        ['Chile', 'chile', 'GPE'],
        ['Lima', 'lima', 'GPE'],
      ],
      ['peru MEETS chile asserted'],
    ],
    [
      'People in Norway, Sweden and Denmark voted.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
        ['Denmark', 'denmark', 'GPE'],
      ],
      [],
      ['sweden LOCATED_IN norway', 'norway LOCATED_IN sweden'],
    ],
  ]);
});
