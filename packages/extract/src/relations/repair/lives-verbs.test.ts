/** "lives" after "and" / "but", read as a noun, is a verb (lives-verbs.ts). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

const holt: [string, string, 'PERSON'] = ['Ann Holt', 'holt', 'PERSON'];
const norland: [string, string, 'GPE'] = ['Norland', 'norland', 'GPE'];
const lemuria: [string, string, 'GPE'] = ['Lemuria', 'lemuria', 'GPE'];

describe("'was born in Norland and lives in Lemuria'", () => {
  relationTable([
    [
      'Ann Holt was born in Norland and lives in Lemuria.',
      [holt, norland, lemuria],
      ['holt AFFILIATED_WITH norland asserted', 'holt LOCATED_IN lemuria asserted'],
      ['norland LOCATED_IN lemuria'],
    ],
    [
      'Ann Holt, who was born in Norland but lives in Lemuria, was arrested.',
      [holt, norland, lemuria],
      ['holt LOCATED_IN lemuria asserted'],
      ['norland LOCATED_IN lemuria'],
    ],
    // Must not: a plural noun before the conjunction keeps "lives" a noun.
    [
      'The flood in Norland destroyed homes and lives in Lemuria.',
      [norland, lemuria],
      [],
      ['norland LOCATED_IN lemuria'],
    ],
  ]);
});
