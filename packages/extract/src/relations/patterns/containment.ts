/**
 * Containment: what lies or lives in a place lies or lives in the larger place that place is
 * given with ("Ann Fry, 50, of Ashby, Norland" lives in Ashby and so in Norland; "the
 * Tarn Valley Plant, in Dunmore, Norland" lies in Norland too). It reads the candidates the
 * other passes found in the sentence: a "City, State" pair (a place right after a place and a
 * comma, related LOCATED_IN) passes on LOCATED_IN and AFFILIATED_WITH relations whose object is
 * the city.
 */
import type { RelationType } from '@kg/schema';
import type { RelationCandidate } from '../../analysis.js';
import { isCompassWord } from '../countries.js';
import type { SentenceTree } from '../tree.js';

const PLACE_TYPES = new Set(['GPE', 'LOC']);
const CONTAINED = new Set<RelationType>(['LOCATED_IN', 'AFFILIATED_WITH']);

export function containmentRelations(
  tree: SentenceTree,
  found: readonly RelationCandidate[],
): RelationCandidate[] {
  const { mentions, tokens } = tree.analysis;
  const out: RelationCandidate[] = [];
  for (const pair of found) {
    if (pair.predicate !== 'LOCATED_IN' || pair.sentence !== tree.sentence.i) continue;
    const city = mentions[pair.subjectMention ?? -1];
    const state = mentions[pair.objectMention ?? -1];
    if (!city || !state || !PLACE_TYPES.has(city.type) || !PLACE_TYPES.has(state.type)) continue;
    if (tokens[city.lastToken]?.text !== ',') continue;
    // "Croydon, south London": a compass word may stand before the wider place.
    const gap = state.firstToken - city.lastToken;
    if (gap !== 1 && !(gap === 2 && isCompassWord(tokens[city.lastToken + 1]?.lower ?? '')))
      continue;
    for (const c of found) {
      if (c === pair || c.object !== pair.subject || !CONTAINED.has(c.predicate)) continue;
      if (c.sentence !== pair.sentence || c.subject === pair.object) continue;
      out.push({
        ...c,
        object: pair.object,
        objectMention: state.i,
        confidence: Math.round((c.confidence - 0.05) * 100) / 100,
      });
    }
  }
  return out;
}
