/**
 * Numbers and relations in words: "1 entity", "13,349 entities", "deploys to · reported ·
 * 2 sources". One place, so counters, edge labels, panels and exports say things the same way.
 */
import type { ApiEdgeAttributes } from '@kg/schema';
import { predicateText } from './palette.js';

const NUMBER = new Intl.NumberFormat('en-GB');

/** A count with its noun, singular or plural: `counted(1, 'entity', 'entities')`. */
export function counted(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? singular : plural}`;
}

/** A number with thousands separators. */
export function formatNumber(n: number): string {
  return NUMBER.format(n);
}

/** "150 of 13,349 entities" (or "26 entities" when nothing is left out). */
export function shownOf(shown: number, total: number, singular: string, plural: string): string {
  return shown < total
    ? `${NUMBER.format(shown)} of ${counted(total, singular, plural)}`
    : counted(shown, singular, plural);
}

/** How a relation reads on an edge: "deploys to · reported · 2 sources · contradicted". */
export function relationLabel(
  attrs: Pick<
    ApiEdgeAttributes,
    'predicate' | 'label' | 'modality' | 'evidenceCount' | 'sourceCount' | 'contradicted'
  >,
): string {
  const parts = [attrs.label ?? predicateText(attrs.predicate)];
  if (attrs.modality !== 'asserted') parts.push(attrs.modality);
  parts.push(
    attrs.sourceCount !== undefined
      ? counted(attrs.sourceCount, 'source')
      : counted(attrs.evidenceCount, 'sentence'),
  );
  if (attrs.contradicted) parts.push('contradicted');
  return parts.join(' · ');
}
