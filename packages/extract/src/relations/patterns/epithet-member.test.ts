/**
 * "Ola Dahl scored twice. The Wigan star is set to join Leeds": an epithet noun that is no role,
 * qualified by an organisation's name and resolved to a person, makes the person a member of it
 * (epithet-member.ts). Role nouns ("the Kelby striker", "the Globex chief") are the role pass's.
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('epithet members', () => {
  relationTable([
    // The epithet subject continues the sentence before's subject.
    [
      'Ola Dahl scored twice on Saturday. The Wigan star is set to join Leeds this summer.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Leeds', 'leeds', 'ORG'],
      ],
      ['dahl MEMBER_OF wigan asserted'],
    ],
    // A band's singer, in a reported clause.
    [
      'Kari Nes sang two new songs on Friday. Fans said the Blur star had been superb.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Blur', 'blur', 'ORG'],
      ],
      ['nes MEMBER_OF blur asserted'],
    ],
    // A role noun is already read by the role pass: the same relation, once.
    [
      'Ola Dahl scored twice on Saturday. The Kelby striker now has 12 goals this season.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kelby', 'kelby', 'ORG'],
      ],
      ['dahl MEMBER_OF kelby asserted'],
    ],
    [
      'Kari Nes won the vote on Monday. The Globex chief also criticised Initech.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['nes LEADER_OF globex asserted'],
    ],
    // The club named as the opponent before: not the person's club.
    [
      'Ola Dahl scored against Kelby on Saturday. The Kelby star replied within a minute.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Kelby', 'kelby', 'ORG'],
        ['Kelby', 'kelby', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF kelby'],
    ],
    // Another person named before: the star may be either.
    [
      'Tom Reed praised Ola Dahl on Saturday. Reports say the Wigan star is set to join Leeds.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Leeds', 'leeds', 'ORG'],
      ],
      [],
      ['reed MEMBER_OF wigan', 'dahl MEMBER_OF wigan'],
    ],
    // The star is someone the subject meets.
    [
      'Tom Reed arrived on Monday. Tom Reed met the Wigan star in London.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['London', 'london', 'GPE'],
      ],
      [],
      ['reed MEMBER_OF wigan'],
    ],
    // In a clause of its own sentence after two people: either may be meant.
    [
      'Kari Nes would love to succeed Tom Reed as captain if the Wigan star switches codes.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
      ],
      [],
      ['nes MEMBER_OF wigan', 'reed MEMBER_OF wigan'],
    ],
    // A country's star is no member of an organisation.
    [
      'Ola Dahl scored twice on Saturday. The England star is set to join Leeds this summer.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['England', 'england', 'GPE'],
        ['Leeds', 'leeds', 'ORG'],
      ],
      [],
      ['dahl MEMBER_OF england'],
    ],
  ]);
});
