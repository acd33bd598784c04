/** A death someone is charged, arrested or convicted in (death-charge.ts). */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

const reed: [string, string, 'PERSON'] = ['Tom Reed', 'reed', 'PERSON'];
const holt: [string, string, 'PERSON'] = ['Ann Holt', 'holt', 'PERSON'];

describe("a death one is charged in: 'charged in the death of Ann Holt'", () => {
  relationTable([
    [
      'Tom Reed, 34, is charged with first-degree murder in the death of Ann Holt.',
      [reed, holt],
      ['reed ATTACKS holt asserted'],
    ],
    [
      'Tom Reed was convicted in the 1985 death of Ann Holt.',
      [reed, holt],
      ['reed ATTACKS holt asserted'],
    ],
    [
      "Police arrested Tom Reed on Monday in Ann Holt's death.",
      [reed, holt],
      ['reed ATTACKS holt asserted'],
    ],
    // Must not: a death no one is accused in is no attack.
    ['Tom Reed mourned the death of Ann Holt.', [reed, holt], [], ['reed ATTACKS holt']],
    [
      'Tom Reed was questioned about the death of Ann Holt.',
      [reed, holt],
      [],
      ['reed ATTACKS holt'],
    ],
  ]);
});

describe("executed for a killing: accusationVerbs 'execute', 'hang' (event-noun.ts)", () => {
  relationTable([
    [
      'Tom Reed was executed for the murder of Ann Holt.',
      [reed, holt],
      ['reed ATTACKS holt asserted'],
    ],
    [
      'Norland hanged Tom Reed in 1990 for the killing of Ann Holt.',
      [['Norland', 'norland', 'GPE'], reed, holt],
      ['reed ATTACKS holt asserted'],
      ['norland ATTACKS holt'],
    ],
  ]);
});
