/**
 * "Carl Moss shot President Tom Reed": an irregular past form read as a noun before a title and a
 * name is the verb, the titled name its object (clauses.ts verbsTaggedAsNouns, nameAfterTitles).
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('a verb read as a noun before a titled name', () => {
  relationTable([
    [
      'Lee Harvey Oswald shot President Kennedy in Dallas.',
      [
        ['Lee Harvey Oswald', 'oswald', 'PERSON'],
        ['Kennedy', 'kennedy', 'PERSON'],
        ['Dallas', 'dallas', 'GPE'],
      ],
      ['oswald ATTACKS kennedy asserted'],
    ],
    [
      // must not: a title before an organisation is no object of a verb read from a noun.
      'Carl Moss shot President Globex in Ashby.',
      [
        ['Carl Moss', 'moss', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['moss ATTACKS globex'],
    ],
  ]);
});
