/**
 * A bare role ("the minister") after the document named one holder of a longer role ending in
 * it ("the finance minister, Ralph Vik") refers to that holder; two holders, a qualified one or a
 * head that also names a body leave it unresolved.
 */
import { describe, expect, it } from 'vitest';
import { headRoleHolder } from './coref-role-head.js';
import { relationTable } from './test-helper.js';

describe('a role description by its head', () => {
  relationTable([
    // The one holder of a longer role ending in the noun.
    [
      'The finance minister, Ralph Vik, arrived on Monday. The minister then visited Bergen.',
      [
        ['Ralph Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['vik VISITS bergen asserted'],
    ],
    [
      'Foreign Secretary Ann Holt flew in on Monday. The secretary later visited Bergen.',
      [
        ['Ann Holt', 'holt', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      ['holt VISITS bergen asserted'],
    ],
    // Two holders: neither.
    [
      'The finance minister, Ralph Vik, met the foreign minister, Ola Berg, on Monday. The minister then visited Bergen.',
      [
        ['Ralph Vik', 'vik', 'PERSON'],
        ['Ola Berg', 'berg', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['vik VISITS bergen', 'berg VISITS bergen'],
    ],
    // A deputy is no holder of the bare role.
    [
      'The deputy finance minister, Ralph Vik, arrived on Monday. The minister then visited Bergen.',
      [
        ['Ralph Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['vik VISITS bergen'],
    ],
    // "the executive" may be a body.
    [
      'Chief executive Ralph Vik resigned on Monday. The executive then visited Bergen.',
      [
        ['Ralph Vik', 'vik', 'PERSON'],
        ['Bergen', 'bergen', 'GPE'],
      ],
      [],
      ['vik VISITS bergen'],
    ],
  ]);

  it('counts holders, not facts, and only facts up to the sentence', () => {
    const facts = [
      { holder: 'vik', key: 'finance minister', sentence: 0 },
      { holder: 'vik', key: 'finance minister', sentence: 2 },
      { holder: 'berg', key: 'foreign minister', sentence: 5 },
    ];
    expect(headRoleHolder(facts, 'minister', 3, () => false)).toBe('vik');
    expect(headRoleHolder(facts, 'minister', 5, () => false)).toBeUndefined();
    expect(headRoleHolder(facts, 'prime minister', 3, () => false)).toBeUndefined();
  });
});
