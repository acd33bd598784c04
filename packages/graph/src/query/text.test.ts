import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance, normalizeName } from './text.js';

describe('normalizeName', () => {
  const cases: [string, string][] = [
    ['The Islamic Revolutionary Guard Corps', 'islamic revolutionary guard corps'],
    ["Iran's", 'iran'],
    ['Shahed-136', 'shahed 136'],
    ['Zelenskyy’s  office', 'zelenskyy office'],
    ['São Tomé', 'sao tome'],
    ['  ', ''],
  ];
  it.each(cases)('%j → %j', (input, expected) => expect(normalizeName(input)).toBe(expected));
});

describe('editDistance', () => {
  const cases: [a: string, b: string, max: number, expected: number][] = [
    ['ukraine', 'ukraine', 2, 0],
    ['ukriane', 'ukraine', 2, 1], // transposition counts once
    ['moskow', 'moscow', 1, 1],
    ['iran', 'iraq', 1, 1],
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3], // over the budget: max + 1
    ['a', 'abcdef', 2, 3], // length gap alone exceeds the budget
    ['', 'ab', 2, 2],
    [
      'a-very-long-name-beyond-sixty-four-characters-to-grow-the-buffers-x',
      'a-very-long-name-beyond-sixty-four-characters-to-grow-the-buffers-y',
      1,
      1,
    ],
  ];
  it.each(cases)('%s ~ %s (max %i) = %i', (a, b, max, expected) => {
    expect(editDistance(a, b, max)).toBe(expected);
  });

  it('allows one typo per four characters, none below four', () => {
    expect([3, 4, 7, 8, 12, 40].map(allowedTypos)).toEqual([0, 1, 1, 2, 3, 3]);
  });
});
