/** "Back" after a modal or "to" read as an adverb is the clause's verb: "Labour would back X". */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe('"back" after a modal parsed as an adverb', () => {
  relationTable([
    [
      'Lemuria will back Atlantis in the dispute.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Atlantis', 'atlantis', 'GPE'],
      ],
      ['lemuria SUPPORTS atlantis asserted'],
    ],
    [
      'The Labour Party would back Tom Reed in any leadership contest.',
      [
        ['Labour Party', 'labour', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
      ],
      ['labour SUPPORTS reed considered'],
    ],
    [
      'The Greens said they would back Ann Holt in the vote.',
      [
        ['Greens', 'greens', 'ORG'],
        ['they', 'greens', 'ORG', 'pronoun'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      ['greens SUPPORTS holt considered'],
    ],
    [
      'Globex could back Initech in the format war.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['globex SUPPORTS initech considered'],
    ],
    // Must not: "back" as the adverb it is.
    [
      'Tom Reed would come back to Globex in May.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Globex', 'globex', 'ORG'],
      ],
      [],
      ['reed SUPPORTS globex'],
    ],
    [
      'Tom Reed will be back in Tarnby on Monday.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['reed SUPPORTS tarnby'],
    ],
    [
      'Globex will back down over the plan, Ann Holt said.',
      [
        ['Globex', 'globex', 'ORG'],
        ['Ann Holt', 'holt', 'PERSON'],
      ],
      [],
      ['globex SUPPORTS holt', 'holt SUPPORTS globex'],
    ],
  ]);
});
