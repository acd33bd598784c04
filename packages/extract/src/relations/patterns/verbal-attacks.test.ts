/** An attack on an act (a plan, a policy, a move) is criticism; an attack on a target is not. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';
import type { GivenMention } from '../test-helper.js';

const parties: GivenMention[] = [
  ['Lemuria', 'lemuria', 'GPE'],
  ['Norland', 'norland', 'GPE'],
];

describe("verbal attacks: 'attacked Labour's tax plans'", () => {
  relationTable([
    [
      "Lemuria attacked Norland's asylum plans on Monday.",
      parties,
      ['lemuria CRITICIZES norland asserted'],
      ['lemuria ATTACKS norland'],
    ],
    [
      'The Green League attacked the Unity Party policy on fishing.',
      [
        ['Green League', 'green', 'ORG'],
        ['Unity Party', 'unity', 'ORG'],
      ],
      ['green CRITICIZES unity asserted'],
      ['green ATTACKS unity'],
    ],
    [
      'The Greens attacked Unity Party asylum moves.',
      [
        ['Greens', 'green', 'ORG'],
        ['Unity Party', 'unity', 'ORG'],
      ],
      ['green CRITICIZES unity asserted'],
      ['green ATTACKS unity'],
    ],
    [
      'Lemuria attacked the decision of Norland to close the border.',
      parties,
      ['lemuria CRITICIZES norland asserted'],
      ['lemuria ATTACKS norland'],
    ],
    // Guards (pass without the rule too): a target attacked with arms, or a party attacked
    // itself, stays an attack.
    [
      'Lemurian jets attacked Norland positions near the border.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Norland', 'norland', 'GPE'],
      ],
      ['lemuria ATTACKS norland asserted'],
      ['lemuria CRITICIZES norland'],
    ],
    [
      "Lemuria attacked Norland's bases on Friday.",
      parties,
      ['lemuria ATTACKS norland asserted'],
      ['lemuria CRITICIZES norland'],
    ],
    [
      'Lemuria attacked Norland on Friday.',
      parties,
      ['lemuria ATTACKS norland asserted'],
      ['lemuria CRITICIZES norland'],
    ],
  ]);
});
