/** A person credited by a work's title with their part in it (issue 10). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("a work's title before a part noun and a name", () => {
  relationTable([
    [
      // A performer's noun: the person stars in the work the report calls a film.
      'The film Night Ferry opened in May. Night Ferry star Sam Hale was named best actor.',
      [
        ['Night Ferry', 'ferry', 'PRODUCT'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
        ['Sam Hale', 'hale', 'PERSON'],
      ],
      ['hale RELATED_TO ferry asserted'],
      ['hale PRODUCES ferry'],
    ],
    [
      // An article before the title, an actress; a title typed as an organisation is a work
      // when a work noun stands before it elsewhere.
      'Kari Lund joined the comedy Red Harbour in 2001. The Red Harbour actress Kari Lund said she was thrilled.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Red Harbour', 'harbour', 'ORG'],
        ['Red Harbour', 'harbour', 'ORG'],
        ['Kari Lund', 'lund', 'PERSON'],
      ],
      ['lund RELATED_TO harbour asserted'],
      [],
    ],
    [
      // A maker's noun with a word between: the person made the work.
      '"We are thrilled," said Cold Ridge executive producer Tom Reed of the drama Cold Ridge.',
      [
        ['Cold Ridge', 'ridge', 'PRODUCT'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Cold Ridge', 'ridge', 'PRODUCT'],
      ],
      ['reed PRODUCES ridge asserted'],
      ['reed RELATED_TO ridge'],
    ],
    [
      // A presenter's noun: the person presents the show.
      'The quiz show Brain Box returns. Brain Box host Ann Holt said the new series was harder.',
      [
        ['Brain Box', 'box', 'PRODUCT'],
        ['Brain Box', 'box', 'PRODUCT'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['holt RELATED_TO box asserted'],
      ['holt PRODUCES box'],
    ],
    [
      // The part noun and its "of" phrase set off after the name.
      'Kari Lund, star of the hit film Night Ferry, will play the lead in a new drama.',
      [
        ['Kari Lund', 'lund', 'PERSON'],
        ['Night Ferry', 'ferry', 'PRODUCT'],
      ],
      ['lund RELATED_TO ferry asserted'],
      [],
    ],
    [
      // No work: a place, a company or a band before the part noun.
      'Hollywood star Sam Hale met Globex producer Tom Reed and Copper Bells singer Ann Holt.',
      [
        ['Hollywood', 'hollywood', 'GPE'],
        ['Sam Hale', 'hale', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Copper Bells', 'bells', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['hale RELATED_TO hollywood', 'reed PRODUCES globex', 'holt RELATED_TO bells'],
    ],
    [
      // A star of a match in a sports report is its player, not a work's.
      'Dunmore beat Ashby 3-1 in the league. The striker scored twice in the cup final. The coach praised the defence after the match. Final Day star Tom Reed said the referee was fair, and The game Final Day drew a big crowd.',
      [
        ['Dunmore', 'dunmore', 'ORG'],
        ['Ashby', 'ashby', 'ORG'],
        ['Final Day', 'day', 'PRODUCT'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Final Day', 'day', 'PRODUCT'],
      ],
      [],
      ['reed RELATED_TO day'],
    ],
  ]);
});
