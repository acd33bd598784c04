/**
 * A description between commas after a name, parsed as the name's conjunct, is its apposition;
 * a relative clause on a party-member noun in apposition describes the person.
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('descriptions parsed as conjuncts of a name', () => {
  relationTable([
    [
      'Jim Wright, the Texas Democrat, resigned.',
      [
        ['Jim Wright', 'wright', 'PERSON'],
        ['Texas', 'texas', 'GPE'],
        ['Democrat', 'democratic_party', 'ORG', 'demonym'],
      ],
      ['wright MEMBER_OF democratic_party asserted'],
    ],
    [
      'Ann Holt, the Ohio Republican, voted against the bill.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
        ['Republican', 'republican_party', 'ORG', 'demonym'],
      ],
      ['holt MEMBER_OF republican_party asserted'],
    ],
    [
      'Jim Wright, a Texas Democrat who is speaker of the House, resigned.',
      [
        ['Jim Wright', 'wright', 'PERSON'],
        ['Texas', 'texas', 'GPE'],
        ['Democrat', 'democratic_party', 'ORG', 'demonym'],
        ['House', 'house', 'ORG'],
      ],
      ['wright MEMBER_OF democratic_party asserted'],
    ],
    [
      // A list with a conjunction after it stays a list: Holt is not the Democrat.
      'Tom Reed, the Democrat, and Ann Holt left the hall.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Democrat', 'democratic_party', 'ORG', 'demonym'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['holt MEMBER_OF democratic_party'],
    ],
  ]);
});

describe('relative clauses on a party-member noun in apposition', () => {
  relationTable([
    [
      'The bill was sponsored by Rep. Dan Reed, the Ohio Democrat who heads the Budget Committee.',
      [
        ['Dan Reed', 'reed', 'PERSON'],
        ['Ohio', 'ohio', 'GPE'],
        ['Democrat', 'democratic_party', 'ORG', 'demonym'],
        ['Budget Committee', 'budget_committee', 'ORG'],
      ],
      ['reed MEMBER_OF democratic_party asserted', 'reed LEADER_OF budget_committee asserted'],
      ['democratic_party LEADER_OF budget_committee'],
    ],
    [
      'Ann Holt, a Norlander who works for Globex, was freed.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Norlander', 'norland', 'NORP', 'demonym'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt MEMBER_OF globex asserted'],
      ['norland MEMBER_OF globex'],
    ],
  ]);
});
