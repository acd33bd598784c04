/** Premodifiers and compound participles inside one noun phrase. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('premodifiers', () => {
  relationTable([
    // A noun that is both a role and a company noun describes an organisation as a company.
    [
      'Lenders questioned the sale of Lemurian steel producer Globex.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex LOCATED_IN lemuria asserted'],
    ],
    [
      'Norwegian drugmaker Pellix has bought a rival.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Pellix', 'pellix', 'ORG'],
      ],
      ['pellix LOCATED_IN norway asserted'],
    ],
    // The same role noun before a person stays a role (role.ts): no company's place.
    [
      'Lemurian film producer Ann Holt made a new film.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt AFFILIATED_WITH lemuria asserted'],
      ['holt LOCATED_IN lemuria'],
    ],
    // "X-based" on a descriptor the parse hung on the name after it.
    [
      'The Bergen-based charity Shelterwise said demand had risen.',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['Shelterwise', 'shelterwise', 'ORG'],
      ],
      ['shelterwise LOCATED_IN bergen asserted'],
    ],
    [
      // A descriptor with no name: nothing to place.
      'The Bergen-based charity said demand had risen at Globex.',
      [
        ['Bergen', 'bergen', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['globex LOCATED_IN bergen'],
    ],
    [
      'Japanese carmaker Nissan cut prices.',
      [
        ['Japanese', 'japan', 'NORP', 'demonym'],
        ['Nissan', 'nissan', 'ORG'],
      ],
      ['nissan LOCATED_IN japan asserted'],
    ],
    [
      'Police questioned Norwegian ex-spy Jon Berg.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Jon Berg', 'berg', 'PERSON'],
      ],
      ['berg AFFILIATED_WITH norway asserted'],
    ],
    [
      'Rebels fired Lemurian-made rockets.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['rockets', 'rockets', 'WEAPON'],
      ],
      ['lemuria PRODUCES rockets asserted'],
    ],
    [
      'Investors backed a Lyon-based firm, Globex.',
      [
        ['Lyon', 'lyon', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex LOCATED_IN lyon asserted'],
    ],
    [
      'US-German carmaker Daimler raised its stake.',
      [
        ['US', 'us', 'GPE', 'acronym'],
        ['German', 'germany', 'NORP', 'demonym'],
        ['Daimler', 'daimler', 'ORG'],
      ],
      ['daimler LOCATED_IN germany asserted', 'daimler LOCATED_IN us asserted'],
    ],
    [
      'Italian Prime Minister Ana Rossi spoke.',
      [
        ['Italian', 'italy', 'NORP', 'demonym'],
        ['Ana Rossi', 'rossi', 'PERSON'],
      ],
      [],
      ['rossi AFFILIATED_WITH italy'],
      [['Prime Minister', 'rossi', 'italy', 'LEADER_OF']],
    ],
    [
      'A second Lemurian blogger, Ann Fry, who also used her website, is still held.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Fry', 'fry', 'PERSON'],
      ],
      ['fry AFFILIATED_WITH lemuria asserted'],
    ],
    [
      'After the Lemurian blogger left, Ann Fry, who also used her website, spoke.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Ann Fry', 'fry', 'PERSON'],
      ],
      [],
      ['fry AFFILIATED_WITH lemuria'],
    ],
    [
      'Ola Dahl hailed the Norland-EU talks deal.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Norland', 'norland', 'GPE'],
        ['EU', 'eu', 'ORG', 'acronym'],
      ],
      [],
      ['eu LOCATED_IN norland'],
    ],
    [
      'Last week it signed a supply agreement with Norwegian rival Fjord Motors to build vans.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Fjord Motors', 'fjord', 'ORG'],
      ],
      ['fjord LOCATED_IN norway asserted'],
    ],
    [
      "The plan was praised by Globex's newly-appointed chief executive Ann Holt, who joined in May.",
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt LEADER_OF globex asserted'],
    ],
    [
      'Norway beat rival Sweden in the final.',
      [
        ['Norway', 'norway', 'GPE'],
        ['Sweden', 'sweden', 'GPE'],
      ],
      [],
      ['sweden LOCATED_IN norway', 'norway LOCATED_IN sweden'],
    ],
    // A demonym right before a name, whatever the parse hangs on what.
    [
      'Hansen will next face Norwegian Ola Dahl in the final.',
      [
        ['Hansen', 'hansen', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['dahl AFFILIATED_WITH norway asserted'],
      ['hansen AFFILIATED_WITH norway'],
    ],
    [
      'Swede Lars Berg and Norwegian Ola Dahl were fined.',
      [
        ['Swede', 'sweden', 'NORP', 'demonym'],
        ['Lars Berg', 'berg', 'PERSON'],
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      ['berg AFFILIATED_WITH sweden asserted', 'dahl AFFILIATED_WITH norway asserted'],
      ['berg AFFILIATED_WITH norway', 'dahl AFFILIATED_WITH sweden'],
    ],
    [
      'Leaders meet over the Norwegian EU bid.',
      [
        ['Norwegian', 'norway', 'NORP', 'demonym'],
        ['EU', 'eu', 'ORG', 'acronym'],
      ],
      [],
      ['eu LOCATED_IN norway'],
    ],
    // "X-born" and "X-headquartered" place what they modify, as "X-based" does.
    [
      'The prize went to Ola Dahl, a Lemurian-born director.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['dahl AFFILIATED_WITH lemuria asserted'],
    ],
    [
      'Investors backed a Lyon-headquartered firm, Globex.',
      [
        ['Lyon', 'lyon', 'GPE'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['globex LOCATED_IN lyon asserted'],
    ],
    // A list in apposition with a plural descriptor shares its modifier, even where the first
    // name was taken for a person.
    [
      'The brewer owns breweries in four Lemurian cities - Klin, Tarnby, Ulan and Bergen.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Klin', 'klin', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Ulan', 'ulan', 'GPE'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [
        'tarnby LOCATED_IN lemuria asserted',
        'ulan LOCATED_IN lemuria asserted',
        'bergen LOCATED_IN lemuria asserted',
      ],
      ['klin LOCATED_IN lemuria'],
    ],
  ]);
});
