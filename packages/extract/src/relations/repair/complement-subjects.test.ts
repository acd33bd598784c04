/** An object followed at once by a complement's auxiliary is that complement's subject. */
import { describe } from 'vitest';
import type { GivenMention } from '../test-helper.js';
import { relationTable } from '../test-helper.js';

const vik: GivenMention = ['Ola Vik', 'vik', 'PERSON'];
const globex: GivenMention = ['Globex', 'globex', 'ORG'];
const initech: GivenMention = ['Initech', 'initech', 'ORG'];

describe("'warned the Lions will be his toughest opponents': the object is the clause's subject", () => {
  relationTable([
    [
      'Ola Vik has warned the Lemurian and Norland Lions will be his toughest opponents yet.',
      [vik, ['Lemurian', 'lemuria', 'NORP', 'demonym'], ['Norland Lions', 'lions', 'ORG']],
      [],
      ['vik THREATENS lions', 'vik THREATENS lemuria'],
    ],
    // Guards (the parse reads these right without the repair too).
    [
      'Ola Vik has warned the Norland Lions will be his toughest opponents yet.',
      [vik, ['Norland Lions', 'lions', 'ORG']],
      [],
      ['vik THREATENS lions'],
    ],
    [
      'Ola Vik warned Globex would sue Initech.',
      [vik, globex, initech],
      ['globex SUES initech considered'],
      ['vik THREATENS globex'],
    ],
    // Must not: an object with something between it and the clause stays the one warned.
    [
      'Ola Vik warned Globex on Monday that Initech would sue Lemuria.',
      [vik, globex, initech, ['Lemuria', 'lemuria', 'GPE']],
      ['initech SUES lemuria considered'],
      ['globex SUES lemuria'],
    ],
  ]);
});
