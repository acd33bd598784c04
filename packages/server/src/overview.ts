/**
 * The overview a viewer opens on: the most important *connected* actors of the store. Entities
 * are taken in rank order (weighted degree, from the store's tallies) and one is kept only once
 * it has a relation to another kept one, so the first view never shows an entity without a
 * relation, however many isolated names a large corpus holds.
 */
import type { StoredRelation, StrongestView } from '@kg/graph';

export interface Overview {
  entities: StrongestView['entities'];
  relations: StoredRelation[];
}

/**
 * Picks at most `n` entities from `candidates` (highest rank first), each with at least one
 * relation to another picked entity, and the relations among them (at most `maxRelations`,
 * strongest first). An entity waits until a partner arrives, then both are kept.
 *
 * @example
 * const overview = connectedTop(await store.strongest(600, 100_000), 150, 20_000);
 */
export function connectedTop(candidates: StrongestView, n: number, maxRelations: number): Overview {
  const rank = new Map(candidates.entities.map((entity, index) => [entity.key, index]));
  const partners = new Map<string, string[]>();
  for (const relation of candidates.relations) {
    if (relation.source === relation.target) continue;
    for (const [a, b] of [
      [relation.source, relation.target],
      [relation.target, relation.source],
    ] as const) {
      const list = partners.get(a);
      if (list) list.push(b);
      else partners.set(a, [b]);
    }
  }
  const kept = new Set<string>();
  const waiting = new Set<string>();
  for (const entity of candidates.entities) {
    if (kept.size >= n) break;
    const key = entity.key;
    const mates = partners.get(key) ?? [];
    const waitingMates = mates.filter((mate) => waiting.has(mate));
    const hasKeptMate = mates.some((mate) => kept.has(mate));
    if (!hasKeptMate && waitingMates.length === 0) {
      waiting.add(key);
      continue;
    }
    kept.add(key);
    // The best-ranked waiting partner joins with it (one is enough to connect both).
    if (!hasKeptMate && kept.size < n) {
      const best = waitingMates.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0))[0];
      if (best !== undefined) {
        kept.add(best);
        waiting.delete(best);
      }
    }
  }
  // An entity kept without its only partner (the cap was reached) would stand alone: drop it.
  const relations = candidates.relations.filter(
    (r) => r.source !== r.target && kept.has(r.source) && kept.has(r.target),
  );
  relations.sort(
    (a, b) =>
      b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  if (relations.length > maxRelations) relations.length = maxRelations;
  const linked = new Set(relations.flatMap((r) => [r.source, r.target]));
  return {
    entities: candidates.entities.filter((entity) => linked.has(entity.key)),
    relations,
  };
}
