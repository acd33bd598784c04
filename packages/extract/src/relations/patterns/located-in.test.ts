/** "X in Y", "X at Y" inside a noun phrase. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('located in', () => {
  relationTable([
    [
      'Tourists visited the Vigeland Museum in Oslo.',
      [
        ['Vigeland Museum', 'museum', 'FACILITY'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['museum LOCATED_IN oslo asserted'],
    ],
    [
      'Ola Dahl at the Institute of Physics found the error.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Institute of Physics', 'iop', 'ORG'],
      ],
      ['dahl MEMBER_OF iop asserted'],
    ],
    [
      'Radio Nord in Swedish broadcast the news.',
      [
        ['Radio Nord', 'nord', 'ORG'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
      ],
      [],
      ['nord LOCATED_IN sweden'],
    ],
    [
      'Crowds filled the Vigeland Museum, in Oslo, on Monday.',
      [
        ['Vigeland Museum', 'museum', 'FACILITY'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      ['museum LOCATED_IN oslo asserted'],
    ],
    [
      'In the field of optics, Ola Dahl at the Institute of Physics made progress.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Institute of Physics', 'iop', 'ORG'],
      ],
      ['dahl MEMBER_OF iop asserted'],
    ],
    [
      'Globex hired Ann Fry, in Oslo, last year.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Fry', 'fry', 'PERSON'],
        ['Oslo', 'oslo', 'GPE'],
      ],
      [],
      ['fry LOCATED_IN oslo', 'globex LOCATED_IN oslo'],
    ],
    [
      'Militia fighters shelled Tarnby in northern Lemuria on Friday.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['tarnby LOCATED_IN lemuria asserted'],
    ],
    [
      'Snow closed roads around Alderton, Birchwood and Cedarville in western Norway.',
      [
        ['Alderton', 'alderton', 'GPE'],
        ['Birchwood', 'birchwood', 'GPE'],
        ['Cedarville', 'cedarville', 'GPE'],
        ['Norway', 'norway', 'GPE'],
      ],
      [
        'alderton LOCATED_IN norway asserted',
        'birchwood LOCATED_IN norway asserted',
        'cedarville LOCATED_IN norway asserted',
      ],
    ],
    [
      'Rangers patrol Elm Ridge in Kent County, Oak Hollow in Lake County and Pine Flat in Hill County.',
      [
        ['Elm Ridge', 'elm', 'GPE'],
        ['Kent County', 'kent', 'GPE'],
        ['Oak Hollow', 'oak', 'GPE'],
        ['Lake County', 'lake', 'GPE'],
        ['Pine Flat', 'pine', 'GPE'],
        ['Hill County', 'hill', 'GPE'],
      ],
      ['elm LOCATED_IN kent asserted', 'oak LOCATED_IN lake asserted'],
      ['oak LOCATED_IN kent', 'elm LOCATED_IN hill', 'elm LOCATED_IN lake'],
    ],
    [
      'Troops from Chile fought Peru and Bolivia in Ecuador.',
      [
        ['Chile', 'chile', 'GPE'],
        ['Peru', 'peru', 'GPE'],
        ['Bolivia', 'bolivia', 'GPE'],
        ['Ecuador', 'ecuador', 'GPE'],
      ],
      [],
      ['peru LOCATED_IN ecuador', 'bolivia LOCATED_IN ecuador'],
    ],
    // An event named with where it is held.
    [
      'Kari Nes won gold at the Nordic Indoor Championships in Bergen.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Nordic Indoor Championships', 'nordic', 'EVENT'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['nordic LOCATED_IN bergen asserted'],
      ['nes LOCATED_IN bergen'],
    ],
    [
      'After the Nordic Games, Kari Nes trained in Bergen.',
      [
        ['Nordic Games', 'games', 'EVENT'],
        ['Kari Nes', 'nes', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['games LOCATED_IN bergen'],
    ],
  ]);
});
