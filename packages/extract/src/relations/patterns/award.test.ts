/** Awards: a category's nominee and the work it is "for" (acting: stars in; making: PRODUCES). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('award nominees and their works', () => {
  relationTable([
    [
      'Kari Lund won best actress for Night Harbour at the ceremony in Bergen.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'ORG'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['lund RELATED_TO harbour asserted'],
      ['lund RELATED_TO bergen', 'lund PRODUCES harbour'],
    ],
    [
      'Veteran Tom Reed took the best director prize for Cold Sea on Sunday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Cold Sea', 'sea', 'LOC'],
      ],
      ['reed PRODUCES sea asserted'],
    ],
    [
      'Ola Dahl is tipped to win best supporting actor for Night Harbour.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Night Harbour', 'harbour', 'PERSON'],
      ],
      ['dahl RELATED_TO harbour asserted'],
    ],
    [
      // A list of nominees, each named before "for" and the work.
      'Other nominees in the best actress category include Kari Lund for Night Harbour, Ann Holt for Cold Sea and Eva Berg for Tarnby.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Harbour', 'harbour', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Cold Sea', 'sea', 'GPE'],
        ['Eva Berg', 'berg', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [
        'lund RELATED_TO harbour asserted',
        'holt RELATED_TO sea asserted',
        'berg RELATED_TO tarnby asserted',
      ],
      ['lund RELATED_TO sea', 'holt RELATED_TO harbour'],
    ],
    [
      'Ola Dahl is up for the best director award for Cold Ridge, alongside Tom Reed for Night Harbour.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Cold Ridge', 'ridge', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Night Harbour', 'harbour', 'ORG'],
      ],
      ['dahl PRODUCES ridge asserted', 'reed PRODUCES harbour asserted'],
    ],
    // No category, a category of the work itself, or a person after "for": nothing.
    [
      'Kari Lund thanked Globex for Night Harbour.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Night Harbour', 'harbour', 'ORG'],
      ],
      [],
      ['lund RELATED_TO harbour', 'globex RELATED_TO harbour', 'globex PRODUCES harbour'],
    ],
    [
      'Night Harbour won best film and best actor for Tom Reed.',
      [
        ['Night Harbour', 'harbour', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['harbour RELATED_TO reed', 'reed RELATED_TO harbour'],
    ],
    [
      'Night Harbour has nominations for best actor for Tom Reed and best director for Ola Dahl.',
      [
        ['Night Harbour', 'harbour', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
      ],
      [],
      ['reed PRODUCES dahl', 'reed RELATED_TO dahl'],
    ],
    [
      'Tom Reed and Ola Dahl shared the best screenplay award for Cold Sea and Tarnby respectively.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Cold Sea', 'sea', 'ORG'],
        ['Tarnby', 'tarnby', 'ORG'],
      ],
      [],
      ['dahl PRODUCES sea', 'reed PRODUCES sea'],
    ],
    [
      'Night Harbour, the film, won best actor for Tom Reed.',
      [
        ['Night Harbour', 'harbour', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['harbour RELATED_TO reed'],
    ],
  ]);
});
