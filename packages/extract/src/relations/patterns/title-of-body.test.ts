/**
 * Bodies of titles the entities stage found before names: the body in an "of" phrase right after
 * the name ("Mayor Tom Bradley of Fresno": role.ts `ofBodyAfterName`), and a country that ousts
 * its leader ("Norland ousted long-serving leader Tom Reed": role.ts `appointer`).
 */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('a title before a name and its body after "of"', () => {
  relationTable([
    [
      'Mayor Tom Reed of Ashby welcomed the plan.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      ['reed LEADER_OF ashby asserted'],
      [],
      [['Mayor', 'reed', undefined, 'LEADER_OF']],
    ],
    [
      'Chairman Ann Holt of Globex Corp. resigned on Friday.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex Corp.', 'globex', 'ORG'],
      ],
      ['holt LEADER_OF globex asserted'],
      [],
      [['Chairman', 'holt', undefined, 'LEADER_OF']],
    ],
    [
      // must not: the "of" phrase of an apposition after the name is no body of the title.
      'Mayor Tom Reed, a native of Ashby, spoke.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      [],
      ['reed LEADER_OF ashby'],
      [['Mayor', 'reed', undefined, 'LEADER_OF']],
    ],
    [
      'Ukraine ousted long-serving leader Leonid Kuchma.',
      [
        ['Ukraine', 'ukraine', 'GPE'],
        ['Leonid Kuchma', 'kuchma', 'PERSON'],
      ],
      ['kuchma LEADER_OF ukraine asserted'],
      [],
      [['leader', 'kuchma', undefined, 'LEADER_OF']],
    ],
    [
      // must not: a country that sacks a club's manager is no body of a member's role.
      'Ukraine sacked long-serving coach Tom Reed.',
      [
        ['Ukraine', 'ukraine', 'GPE'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      [],
      ['reed MEMBER_OF ukraine'],
      [['coach', 'reed', undefined, 'MEMBER_OF']],
    ],
    [
      // must not: a member's title ("Sen.") makes no leader of the place after "of".
      'Sen. Tom Reed of Ashby spoke.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ashby', 'ashby', 'GPE'],
      ],
      [],
      ['reed LEADER_OF ashby'],
      [['Sen.', 'reed', undefined, 'MEMBER_OF']],
    ],
  ]);
});
