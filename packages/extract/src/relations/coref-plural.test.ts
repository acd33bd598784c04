/** "they" with a plural common noun subject before it stands for that noun, not the body. */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('plural pronouns and plural nouns', () => {
  relationTable([
    // The shareholders, not Globex, would sue (a guard: the walk stops at them either way).
    [
      'Globex said on Monday that shareholders were angry and that they would sue Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES initech'],
    ],
    [
      'Globex cut its prices in May, so its rivals said they would sue Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES initech'],
    ],
    // (A guard: passes either way.)
    [
      'Creditors of Globex said they would sue Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['globex SUES initech'],
    ],
    // With no plural noun between, "they" is still the body.
    [
      'The Tories said they would sue Globex.',
      [
        ['Tories', 'tories', 'ORG'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['tories SUES globex considered'],
    ],
    // Nor does a plural object stop it ("recorded three wins since they joined").
    [
      'Globex has recorded three wins since they sued Initech.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUES initech asserted'],
    ],
  ]);
});
