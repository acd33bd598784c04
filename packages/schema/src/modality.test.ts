import { describe, expect, it } from 'vitest';
import {
  MODALITY_STRENGTH,
  modalityStrength,
  strongerModality,
  strongestModality,
  weakerModality,
} from './modality.js';
import { MODALITIES } from './types.js';
import type { Modality } from './types.js';

describe('modality strength', () => {
  it('ranks every modality exactly once', () => {
    expect([...MODALITY_STRENGTH].sort()).toEqual([...MODALITIES].sort());
    expect(MODALITY_STRENGTH.map(modalityStrength)).toEqual([4, 3, 2, 1, 0]);
  });

  const pairs: [Modality, Modality, Modality, Modality][] = [
    // a, b, stronger, weaker
    ['asserted', 'reported', 'asserted', 'reported'],
    ['reported', 'alleged', 'reported', 'alleged'],
    ['alleged', 'considered', 'alleged', 'considered'],
    ['considered', 'negated', 'considered', 'negated'],
    ['negated', 'asserted', 'asserted', 'negated'],
    ['alleged', 'alleged', 'alleged', 'alleged'],
  ];
  it.each(pairs)('%s vs %s: stronger %s, weaker %s', (a, b, stronger, weaker) => {
    expect(strongerModality(a, b)).toBe(stronger);
    expect(strongerModality(b, a)).toBe(stronger);
    expect(weakerModality(a, b)).toBe(weaker);
    expect(weakerModality(b, a)).toBe(weaker);
  });

  it('picks the strongest of a list, or the fallback of none', () => {
    expect(strongestModality(['negated', 'considered', 'reported'])).toBe('reported');
    expect(strongestModality([])).toBe('negated');
    expect(strongestModality([], 'asserted')).toBe('asserted');
  });
});
