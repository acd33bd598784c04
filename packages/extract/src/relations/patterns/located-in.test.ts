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
  ]);
});
