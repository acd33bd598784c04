/** Relation rules (placeholder until the rule families land). */
import type { Analysis, RelationCandidate } from '../analysis.js';

export function findRelations(_analysis: Analysis): RelationCandidate[] {
  return [];
}
