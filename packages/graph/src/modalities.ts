/**
 * Modalities of a relation's evidence: their strength order and the per-modality counts a
 * relation keeps when its evidence is not in memory (the store's projection), so modality
 * filters and recomputed weights need no evidence.
 */
import type { Modality, RelationAttributes } from '@kg/schema';
import { MODALITIES, MODALITY_STRENGTH } from '@kg/schema';

export type ModalityCounts = Partial<Record<Modality, number>>;

/** The strongest modality with a count above zero (`negated` when there is none). */
export function modalityOf(counts: ModalityCounts): Modality {
  for (const modality of MODALITY_STRENGTH) if ((counts[modality] ?? 0) > 0) return modality;
  return 'negated';
}

/**
 * Evidence items per modality: counted from the evidence when the relation carries it, else
 * its `modalityCounts`, else all of its weight in its one modality.
 */
export function countsOf(attributes: RelationAttributes): ModalityCounts {
  const evidence = attributes.evidence;
  if (evidence && evidence.length > 0) {
    const counts: ModalityCounts = {};
    for (const item of evidence) counts[item.modality] = (counts[item.modality] ?? 0) + 1;
    return counts;
  }
  return attributes.modalityCounts ?? { [attributes.modality]: attributes.weight };
}

/** Counts worth keeping on an edge: none when every item shares one modality. */
export function mixedCounts(counts: ModalityCounts): ModalityCounts | undefined {
  let kinds = 0;
  for (const modality of MODALITIES) if ((counts[modality] ?? 0) > 0) kinds++;
  return kinds > 1 ? counts : undefined;
}
