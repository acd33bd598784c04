/** Premodifiers and compound participles inside one noun phrase. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('premodifiers', () => {
  relationTable([
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
  ]);
});
