/**
 * "The Scot", "the Briton": a demonym used as a noun stands for the person named before it whom
 * the document ties to no other country, not for the country.
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('demonym nouns', () => {
  relationTable([
    // The one person named before.
    [
      'Everton manager Ola Dahl spoke on Monday. The Scot later defended Tom Reed.',
      [
        ['Everton', 'everton', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Scot', 'scotland', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['dahl SUPPORTS reed asserted'],
      ['scotland SUPPORTS reed'],
    ],
    // Of two, the one the document ties to that country.
    [
      'Scot Ola Dahl met American Ken Holt on Monday. The Scot later defended Tom Reed.',
      [
        ['Scot', 'scotland', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['American', 'usa', 'NORP', 'demonym'],
        ['Ken Holt', 'holt', 'PERSON'],
        ['Scot', 'scotland', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['dahl SUPPORTS reed asserted'],
      ['holt SUPPORTS reed'],
    ],
    // Two persons and nothing to tell them apart: neither.
    [
      'Ola Dahl met Ken Holt on Monday. The Scot later defended Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Ken Holt', 'holt', 'PERSON'],
        ['Scot', 'scotland', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl SUPPORTS reed', 'holt SUPPORTS reed'],
    ],
    // A person the document ties to another country only is no candidate.
    [
      'American Ken Holt spoke on Monday. The Scot later defended Tom Reed.',
      [
        ['American', 'usa', 'NORP', 'demonym'],
        ['Ken Holt', 'holt', 'PERSON'],
        ['Scot', 'scotland', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['holt SUPPORTS reed'],
    ],
    // The subject of the demonym's own clause is not what it stands for.
    [
      'Ola Dahl spoke on Monday. Tom Reed later criticised the Scot.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Scot', 'scotland', 'NORP', 'demonym'],
      ],
      ['reed CRITICIZES dahl asserted'],
    ],
    // A demonym modifying a noun, or one that is also a plural, is no person.
    [
      'Ola Dahl spoke on Monday. The Russian government later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Russian', 'russia', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    [
      'Ola Dahl spoke on Monday. The Swiss later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Swiss', 'switzerland', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    [
      'Ola Dahl spoke on Monday. The Welsh later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Welsh', 'wales', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // A region's name written like a demonym is no person.
    [
      'Ola Dahl spoke on Monday. The Caribbean later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Caribbean', 'caribbean', 'LOC', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
    // Nor one coordinated with another before their noun.
    [
      'Ola Dahl spoke on Monday. The Romanian and Bulgarian envoys later criticised Tom Reed.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Romanian', 'romania', 'NORP', 'demonym'],
        ['Bulgarian', 'bulgaria', 'NORP', 'demonym'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['dahl CRITICIZES reed'],
    ],
  ]);
});
