/** Relative clauses and reduced relatives fill the argument they leave open with their noun. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('relative clauses', () => {
  relationTable([
    [
      'Lemuria, which invaded Atlantis in 1901, signed the treaty.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria ATTACKS atlantis asserted'],
    ],
    [
      'Jon Berg, who was arrested by Lemurian police, is a reporter.',
      [
        ['Jon Berg', 'berg', 'PERSON'],
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
      ],
      ['lemuria ARRESTS berg asserted'],
    ],
    [
      'Tromso, where Marta Lind was born, is cold.',
      [
        ['Tromso', 'tromso', 'GPE'],
        ['Marta Lind', 'lind', 'PERSON'],
      ],
      ['lind AFFILIATED_WITH tromso asserted'],
    ],
    [
      'Acme Robotics, based in Lyon, makes arms.',
      [
        ['Acme Robotics', 'acme', 'ORG'],
        ['Lyon', 'lyon', 'GPE'],
      ],
      ['acme LOCATED_IN lyon asserted'],
    ],
    [
      'Atlantis, which did not comment, invaded Lemuria.',
      [
        ['Atlantis', 'atlantis', 'GPE'],
        ['Lemuria', 'lemuria', 'GPE'],
      ],
      ['atlantis ATTACKS lemuria asserted'],
    ],
  ]);
});
