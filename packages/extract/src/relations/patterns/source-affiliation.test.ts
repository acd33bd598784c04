/** A quoted source's organisation from the words after the name (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('quoted sources and their organisations', () => {
  relationTable([
    [
      '"Demand is weak," said Nils Wilson of Mellon Bank.',
      [
        ['Nils Wilson', 'wilson', 'PERSON'],
        ['Mellon Bank', 'mellon', 'ORG'],
      ],
      ['wilson MEMBER_OF mellon asserted'],
    ],
    [
      '"Things are bad," said Tom Wyss of Zeta Ratings in New York.',
      [
        ['Tom Wyss', 'wyss', 'PERSON'],
        ['Zeta Ratings', 'zeta', 'ORG'],
        ['New York', 'ny', 'GPE'],
      ],
      ['wyss MEMBER_OF zeta asserted'],
    ],
    [
      '"It was a bad year," said Ola Froggatt, Globex\'s chief executive.',
      [
        ['Ola Froggatt', 'froggatt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['froggatt LEADER_OF globex asserted'],
      ['froggatt MEMBER_OF globex'],
    ],
    [
      '"Risks remain," said Ann Turner, analyst at brokers Jeffords.',
      [
        ['Ann Turner', 'turner', 'PERSON'],
        ['Jeffords', 'jeffords', 'ORG'],
      ],
      ['turner MEMBER_OF jeffords asserted'],
    ],
    [
      'Jon Haldor, from the Farmers Union, told reporters the plan would fail.',
      [
        ['Jon Haldor', 'haldor', 'PERSON'],
        ['Farmers Union', 'union', 'ORG'],
      ],
      ['haldor MEMBER_OF union asserted'],
    ],
    [
      '"Rates will rise," said Kari Anders at Lembank on Thursday.',
      [
        ['Kari Anders', 'anders', 'PERSON'],
        ['Lembank', 'lembank', 'ORG'],
      ],
      ['anders MEMBER_OF lembank asserted'],
    ],
    // Not a source, not a whole phrase, not an organisation.
    [
      // A clause after the name, no role phrase: who sued a body is not its member (leaving
      // one is a past membership, the clause pass's).
      '"Sales rose," said Kari Anders, who sued Lembank in May.',
      [
        ['Kari Anders', 'anders', 'PERSON'],
        ['Lembank', 'lembank', 'ORG'],
      ],
      [],
      ['anders MEMBER_OF lembank'],
    ],
    [
      '"It is unfair," said Tom Reed of Globex\'s rival Initech.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['reed MEMBER_OF globex'],
    ],
    [
      '"We are glad," said Marta Ek, from Tarnby, after the vote.',
      [
        ['Marta Ek', 'ek', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['ek MEMBER_OF tarnby'],
    ],
    [
      '"Prices fell," said Eva Berg, Globex shares having dropped.',
      [
        ['Eva Berg', 'berg', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['berg MEMBER_OF globex', 'berg LEADER_OF globex'],
    ],
    [
      // A body after "at" that a guess typed as a person or a place: the words say it is a body.
      '"Rates will rise," said Kari Anders at Lembank. "Risks remain," said Ann Turner, analyst at brokers Meryl Jeffords.',
      [
        ['Kari Anders', 'anders', 'PERSON'],
        ['Lembank', 'lembank', 'GPE'],
        ['Ann Turner', 'turner', 'PERSON'],
        ['Meryl Jeffords', 'jeffords', 'PERSON'],
      ],
      ['anders AFFILIATED_WITH lembank asserted', 'turner MEMBER_OF jeffords asserted'],
    ],
    [
      // Not a place the gazetteer knows, not after "of" or "from" (a home town, a person's aide).
      '"It went well," said Ola Dahl at Paris. "We won," said Ann Holt of Tarnby. "No," said Tom Reed, a lawyer for Ann Holt.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Paris', 'paris', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      [
        'dahl AFFILIATED_WITH paris',
        'dahl MEMBER_OF paris',
        'holt MEMBER_OF tarnby',
        'holt AFFILIATED_WITH tarnby',
        'reed MEMBER_OF holt',
      ],
    ],
  ]);
});
