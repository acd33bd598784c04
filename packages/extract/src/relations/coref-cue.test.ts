/**
 * "Tom Reed praised Ola Dahl. Reports say the Wigan star …": the person a name-qualified
 * description continues is chosen by the name's cue against what the document says of each
 * candidate, not by position alone (coref-cue.ts).
 */
import { describe } from 'vitest';
import { relationTable } from './test-helper.js';

describe('name-qualified descriptions', () => {
  relationTable([
    // A subject and an object, nothing said of either and Wigan: either may be meant.
    [
      'Tom Reed praised Ola Dahl on Saturday. Reports say the Wigan star criticised Initech.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['reed CRITICIZES initech', 'dahl CRITICIZES initech', 'reed MEMBER_OF wigan'],
    ],
    // The object is Wigan's: the star is the object, not the subject.
    [
      "Tom Reed praised Wigan's Ola Dahl on Saturday. The Wigan star later criticised Initech.",
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['reed CRITICIZES initech'],
    ],
    // The same tie by an apposition.
    [
      'Tom Reed praised Ola Dahl, the Wigan striker, on Saturday. The Wigan star later criticised Initech.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['reed CRITICIZES initech'],
    ],
    // By a title before the name.
    [
      'Tom Reed met Wigan striker Ola Dahl on Saturday. The Wigan star later criticised Initech.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['reed CRITICIZES initech'],
    ],
    // By a nationality on the name.
    [
      'Tom Reed praised Swedish striker Ola Dahl on Saturday. The Swedish star later criticised Initech.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Swedish', 'sweden', 'NORP', 'demonym'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['reed CRITICIZES initech'],
    ],
    // The subject holds a post at another club: he is not the Wigan star.
    [
      'Leeds manager Tom Reed praised Ola Dahl on Saturday. The Wigan star later criticised Initech.',
      [
        ['Leeds', 'leeds', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
      ['reed CRITICIZES initech'],
    ],
    // Even alone.
    [
      'Leeds manager Tom Reed spoke on Saturday. The Wigan star later criticised Initech.',
      [
        ['Leeds', 'leeds', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['reed CRITICIZES initech'],
    ],
    // A lone subject with nothing said against it is still the one meant.
    [
      'Ola Dahl scored twice on Saturday. The Wigan star later criticised Initech.',
      [
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      ['dahl CRITICIZES initech asserted'],
    ],
    // Both tied to the cue: either may be meant.
    [
      "Wigan's Tom Reed praised Wigan's Ola Dahl on Saturday. The Wigan star later criticised Initech.",
      [
        ['Wigan', 'wigan', 'ORG'],
        ['Tom Reed', 'reed', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Ola Dahl', 'dahl', 'PERSON'],
        ['Wigan', 'wigan', 'ORG'],
        ['Initech', 'initech', 'ORG'],
      ],
      [],
      ['reed CRITICIZES initech', 'dahl CRITICIZES initech'],
    ],
  ]);
});
