/** Phrases of leading that are no role noun: "in charge of", "at the helm of", "took command of". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("leading phrases: 'X is in charge of Y'", () => {
  relationTable([
    [
      'Ola Berg and Kari Lund are in charge of Initech.',
      [
        ['Ola Berg', 'berg', 'PERSON'],
        ['Kari Lund', 'lund', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['berg LEADER_OF initech asserted', 'lund LEADER_OF initech asserted'],
    ],
    [
      'Kari Lund, who is in charge of the Norland Foreign Office, said no.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Norland Foreign Office', 'nfo', 'ORG'],
      ],
      ['lund LEADER_OF nfo asserted'],
    ],
    [
      'Globex put Ann Holt in charge of Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
      ['holt LEADER_OF globex'],
    ],
    [
      'Ann Holt took charge of Initech in May.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
    ],
    [
      'Ann Holt has been at the helm of Initech since 2001.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
    ],
    [
      'Ann Holt, in charge of Initech since May, said no.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['holt LEADER_OF initech asserted'],
    ],
    // Must not: a charge brought, or a person put in charge of no named body.
    [
      'Ann Holt faces a charge of fraud brought by Initech.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['holt LEADER_OF initech'],
    ],
    [
      'Initech put Ann Holt in charge of the review.',
      [
        ['Initech', 'initech', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt LEADER_OF initech'],
    ],
  ]);
});
