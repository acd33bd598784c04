/** An organisation's seat or office tied to a place puts the organisation there. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('seats', () => {
  relationTable([
    [
      "Globex Corp.'s headquarters in Tarnby were closed on Monday.",
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['globex LOCATED_IN tarnby asserted'],
    ],
    [
      'The Tarnby office of Globex Corp. was closed on Monday.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['globex LOCATED_IN tarnby asserted'],
    ],
    [
      'At a briefing at Norcom headquarters in nearby Ashby, Norland, Ola Vik said the plan was sound.',
      [
        ['Norcom', 'norcom', 'ORG'],
        ['Ashby', 'ashby', 'GPE'],
        ['Norland', 'norland', 'GPE'],
        ['Ola Vik', 'vik', 'PERSON'],
      ],
      ['norcom LOCATED_IN ashby asserted', 'norcom LOCATED_IN norland asserted'],
      ['vik LOCATED_IN ashby'],
    ],
    [
      'Globex Corp. moved its head office to Tarnby last year.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['its', 'globex', 'ORG', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['globex LOCATED_IN tarnby asserted'],
    ],
    [
      'Globex Corp. has its headquarters in Tarnby.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['its', 'globex', 'ORG', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['globex LOCATED_IN tarnby asserted'],
    ],
    [
      'Globex Corp. opened an office in Tarnby.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['globex LOCATED_IN tarnby asserted'],
    ],
    [
      'The Norcom bureau in Tarnby was closed.',
      [
        ['Norcom', 'norcom', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['norcom LOCATED_IN tarnby asserted'],
    ],
    // A country's or a person's office abroad is not where they are.
    [
      'The Norland office in Tarnby was closed.',
      [
        ['Norland', 'norland', 'GPE'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['norland LOCATED_IN tarnby'],
    ],
    [
      "Senator Ola Vik's office in Ashby was closed.",
      [
        ['Ola Vik', 'vik', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      [],
      ['vik LOCATED_IN ashby'],
    ],
    // A seat left is not where the organisation is; no seat noun, no relation.
    [
      'Globex Corp. moved its headquarters from Tarnby last year.',
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['its', 'globex', 'ORG', 'pronoun'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['globex LOCATED_IN tarnby'],
    ],
    [
      "Globex Corp.'s sales in Tarnby rose last year.",
      [
        ['Globex Corp.', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['globex LOCATED_IN tarnby'],
    ],
  ]);
});
