/** A present in -s read as a noun ("plans", "attempts") is the clause's verb (present-verbs.ts). */
import { describe } from 'vitest';
import type { GivenMention } from '../test-helper.js';
import { relationTable } from '../test-helper.js';

const globex: GivenMention = ['Globex', 'globex', 'ORG'];
const initech: GivenMention = ['Initech', 'initech', 'ORG'];
const lemuria: GivenMention = ['Lemuria', 'lemuria', 'GPE'];
const boeing: GivenMention = ['Boeing', 'boeing', 'ORG'];
const pentagon: GivenMention = ['Pentagon', 'pentagon', 'ORG'];

describe("'Globex plans to buy Initech': the -s form is the verb", () => {
  relationTable([
    ['Globex plans to buy Initech.', [globex, initech], ['globex ACQUIRES initech considered']],
    [
      'Globex attempts to buy Initech for $2bn.',
      [globex, initech],
      ['globex ACQUIRES initech considered'],
    ],
    [
      'The company plans to sue Initech.',
      [['The company', 'globex', 'ORG', 'pronoun'], initech],
      ['globex SUES initech considered'],
    ],
    [
      'Boeing supplies the Pentagon with tankers.',
      [boeing, pentagon],
      ['boeing SUPPLIES pentagon asserted'],
    ],
    ['Boeing backs the Pentagon.', [boeing, pentagon], ['boeing SUPPORTS pentagon asserted']],
    // Must not: a name before a common noun modifies it; the noun is the object.
    [
      'Healey targets England comeback',
      [
        ['Healey', 'reed', 'PERSON'],
        ['England', 'england', 'GPE'],
      ],
      [],
      ['reed CRITICIZES england', 'reed ATTACKS england'],
    ],
    // Must not: after a possessive or an adjective the plural is a noun.
    [
      "Globex's plans to buy Initech were dropped.",
      [globex, initech],
      [],
      ['globex ACQUIRES initech'],
    ],
    [
      'Lemuria said new plans to buy Initech were dropped.',
      [lemuria, initech],
      [],
      ['lemuria ACQUIRES initech'],
    ],
  ]);
});
