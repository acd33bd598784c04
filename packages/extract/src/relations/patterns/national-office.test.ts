/** National offices: a title that names its country relates its holder to that country. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('national offices', () => {
  relationTable([
    [
      'Britain will raise maternity pay. Trade and Industry Secretary Ann Holt met Globex on Monday.',
      [
        ['Britain', 'britain', 'GPE'],
        ['Ann Holt', 'holt', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      ['holt AFFILIATED_WITH britain asserted'],
      ['holt LEADER_OF britain'],
      [['Secretary', 'holt', undefined, 'MEMBER_OF']],
    ],
    [
      'Home Secretary Tom Reed told MPs that UK police would get new powers.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['UK', 'uk', 'GPE'],
      ],
      ['reed AFFILIATED_WITH uk asserted'],
      [],
      [['Secretary', 'reed', undefined, 'MEMBER_OF']],
    ],
    [
      'Defense Secretary Ola Berg flew to Lemuria. The United States sent aid.',
      [
        ['Ola Berg', 'berg', 'PERSON'],
        ['Lemuria', 'lemuria', 'GPE'],
        ['United States', 'us', 'GPE'],
      ],
      ['berg AFFILIATED_WITH us asserted'],
      ['berg AFFILIATED_WITH lemuria'],
      [['Secretary', 'berg', undefined, 'MEMBER_OF']],
    ],
    // A title several countries use, with both named; an opposition title; a generic minister.
    [
      'Attorney General Kari Nes spoke in Britain about the US treaty.',
      [
        ['Kari Nes', 'nes', 'PERSON'],
        ['Britain', 'britain', 'GPE'],
        ['US', 'us', 'GPE'],
      ],
      [],
      ['nes AFFILIATED_WITH britain', 'nes AFFILIATED_WITH us'],
      [['General', 'nes', undefined, 'MEMBER_OF']],
    ],
    [
      'Tory Shadow Home Secretary Tom Reed said Britain needed more police.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Britain', 'britain', 'GPE'],
      ],
      [],
      ['reed AFFILIATED_WITH britain'],
      [['Secretary', 'reed', undefined, 'MEMBER_OF']],
    ],
    [
      'Health Minister Ola Berg visited Britain on Monday.',
      [
        ['Ola Berg', 'berg', 'PERSON'],
        ['Britain', 'britain', 'GPE'],
      ],
      [],
      ['berg AFFILIATED_WITH britain', 'berg MEMBER_OF britain'],
      [['Minister', 'berg', undefined, 'MEMBER_OF']],
    ],
  ]);
});
