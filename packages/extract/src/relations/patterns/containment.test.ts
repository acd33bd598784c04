/** Containment: what is in a city is in the state the city is given with. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('containment', () => {
  relationTable([
    [
      'Ann Fry, 50, of Bergen, Norland, was injured.',
      [
        ['Ann Fry', 'fry', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['fry LOCATED_IN bergen asserted', 'fry LOCATED_IN norland asserted'],
    ],
    [
      'The Tor Dam plant, in Bergen, Norland, was closed.',
      [
        ['Tor Dam', 'dam', 'FACILITY'],
        ['Bergen', 'bergen', 'GPE'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['dam LOCATED_IN norland asserted'],
    ],
    [
      'Ann Fry of Bergen, Norland, met Tor Vang.',
      [
        ['Ann Fry', 'fry', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['Tor Vang', 'vang', 'PERSON'],
      ],
      [],
      ['vang LOCATED_IN norland', 'vang AFFILIATED_WITH norland'],
    ],
    [
      'Ola Dahl, 23, from Harrow, north London, was freed on Monday.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Harrow', 'harrow', 'GPE'],
        ['London', 'london', 'GPE'],
      ],
      ['harrow LOCATED_IN london asserted', 'dahl AFFILIATED_WITH london asserted'],
    ],
  ]);
});
