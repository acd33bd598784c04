/**
 * A one-word name parsed as a modifier of the copular predicate after its aside is the
 * predicate's subject; a noun phrase after a comma parsed as the name's object is its apposition.
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('subjects of copular predicates after an aside', () => {
  relationTable([
    [
      'Reed, who lives in Boston, is a professor at Harvard University.',
      [
        ['Reed', 'reed', 'PERSON'],
        ['Boston', 'boston', 'GPE'],
        ['Harvard University', 'harvard', 'ORG'],
      ],
      ['reed MEMBER_OF harvard asserted'],
      ['boston MEMBER_OF harvard'],
    ],
    [
      'Reed, 45, is a lawyer for Globex Inc.',
      [
        ['Reed', 'reed', 'PERSON'],
        ['Globex Inc.', 'globex', 'ORG'],
      ],
      ['reed MEMBER_OF globex asserted'],
    ],
    [
      'Reed, a native of Ohio, is the chairman of Globex Inc.',
      [
        ['Reed', 'reed', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
        ['Globex Inc.', 'globex', 'ORG'],
      ],
      ['reed LEADER_OF globex asserted'],
      ['ohio LEADER_OF globex'],
    ],
    [
      // A place before the comma is a setting, not the subject.
      'In Boston, it is a holiday for Globex Inc.',
      [
        ['Boston', 'boston', 'GPE'],
        ['Globex Inc.', 'globex', 'ORG'],
      ],
      [],
      ['boston MEMBER_OF globex', 'boston RELATED_TO globex'],
    ],
  ]);
});
