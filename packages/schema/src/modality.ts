/**
 * Modality strength: the one order every package uses to pick between modalities. A relation
 * reports its strongest evidence's modality; a claim under two markers keeps the more guarded
 * one ("reportedly denied" is negated). `MODALITIES` lists the same values in declaration order
 * (columns, menus); this file is the only place that ranks them.
 */
import type { Modality } from './types.js';

/** Strongest first: asserted > reported > alleged > considered > negated. */
export const MODALITY_STRENGTH = [
  'asserted',
  'reported',
  'alleged',
  'considered',
  'negated',
] as const satisfies readonly Modality[];

const RANK = Object.fromEntries(
  MODALITY_STRENGTH.map((modality, i) => [modality, MODALITY_STRENGTH.length - 1 - i]),
) as Record<Modality, number>;

/** A modality's strength: 4 for asserted down to 0 for negated. Higher is stronger. */
export function modalityStrength(modality: Modality): number {
  return RANK[modality];
}

/** The stronger of two modalities (a relation merged from both reports this one). */
export function strongerModality(a: Modality, b: Modality): Modality {
  return RANK[b] > RANK[a] ? b : a;
}

/** The more guarded of two modalities (a claim under both markers keeps this one). */
export function weakerModality(a: Modality, b: Modality): Modality {
  return RANK[b] < RANK[a] ? b : a;
}

/** The strongest modality among the items, or `fallback` when there are none. */
export function strongestModality(
  items: Iterable<Modality>,
  fallback: Modality = 'negated',
): Modality {
  let best: Modality | undefined;
  for (const modality of items)
    best = best === undefined ? modality : strongerModality(best, modality);
  return best ?? fallback;
}
