/** "It was a massive boost": "it" with a situation noun as its predicate refers to no organisation. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('"it" with a copula', () => {
  relationTable([
    // The step threatens Norway, not Lemuria.
    [
      'Lemuria signed the treaty on Monday. It is a step that threatens Norway.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Norway', 'norway', 'GPE'],
      ],
      [],
      ['lemuria THREATENS norway'],
    ],
    [
      'Globex cut 300 jobs last year. It was a setback that threatens Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex THREATENS initech'],
    ],
    // A body's noun: it is.
    [
      'Globex cut 300 jobs last year. It is a member of the Hooli alliance.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Hooli', 'hooli', 'ORG'],
      ],
      ['globex MEMBER_OF hooli asserted'],
    ],
  ]);
});
