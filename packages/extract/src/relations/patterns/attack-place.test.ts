/** The place of an attack whose target names no one. */
import { describe } from 'vitest';
import { relationTable } from '../test-helper.js';

describe("attack place: 'attacked a police checkpoint in Kandahar'", () => {
  relationTable([
    [
      'Vardan Front militants attacked a police checkpoint in Tarnby on Sunday.',
      [
        ['Vardan Front', 'vardan', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vardan ATTACKS tarnby asserted'],
    ],
    [
      'The Vardan Front killed three soldiers near Tarnby.',
      [
        ['Vardan Front', 'vardan', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['vardan ATTACKS tarnby asserted'],
    ],
    [
      'Omar Haddad opened fire on worshippers at a mosque in Tarnby.',
      [
        ['Omar Haddad', 'haddad', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['haddad ATTACKS tarnby asserted'],
    ],
    [
      'Lemurian drones struck a compound in Vardistan on Friday.',
      [
        ['Lemurian', 'lemuria', 'NORP', 'demonym'],
        ['Vardistan', 'vardistan', 'LOC'],
      ],
      ['lemuria ATTACKS vardistan asserted'],
    ],
    [
      'A checkpoint in Tarnby was attacked by the Vardan Front.',
      [
        ['Tarnby', 'tarnby', 'GPE'],
        ['Vardan Front', 'vardan', 'ORG'],
      ],
      ['vardan ATTACKS tarnby asserted'],
    ],
    // Must not: criticism by a person, a target with an owner, a place that is no target's.
    [
      'Tom Reed attacked the policy in a speech in Tarnby.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['reed ATTACKS tarnby', 'reed CRITICIZES tarnby'],
    ],
    [
      'Tom Reed attacked a rival candidate in Tarnby.',
      [
        ['Tom Reed', 'reed', 'PERSON'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['reed ATTACKS tarnby', 'reed CRITICIZES tarnby'],
    ],
    [
      'Lemuria shelled Vardan positions near Tarnby.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Vardan', 'vardan', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      ['lemuria ATTACKS vardan asserted'],
      ['lemuria ATTACKS tarnby'],
    ],
    [
      'Lemuria struck a deal with Globex in Tarnby.',
      [
        ['Lemuria', 'lemuria', 'GPE'],
        ['Globex', 'globex', 'ORG'],
        ['Tarnby', 'tarnby', 'GPE'],
      ],
      [],
      ['lemuria ATTACKS tarnby'],
    ],
  ]);
});
