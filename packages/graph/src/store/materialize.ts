/**
 * Evidence back from the store for what a query over the projection returned: `withEvidence`
 * copies a graph (the projection, or any view of it) with each relation's evidence, read in
 * batches (what exports need); `attachEvidence` fills in the relations of a query's answer.
 */
import type { EvidenceRecord } from '@kg/schema';
import type { EvidenceOptions, Store } from './store.js';
import type { KgGraph, OwnedGraph } from '../query/graph.js';
import { createStoreGraph } from '../query/graph.js';

const BATCH = 1000;

/**
 * Copies `graph` (default: the store's loaded projection) with every relation's evidence read
 * from the store (only what `options` selects, when given).
 *
 * @example
 * const full = await withEvidence(store);
 * writeFileSync('kg.json', exportJson(full, { full: true }));
 */
export async function withEvidence(
  store: Store,
  graph: KgGraph = store.graph,
  options: EvidenceOptions = {},
): Promise<OwnedGraph> {
  const copy = createStoreGraph();
  graph.forEachNode((node, attributes) => {
    copy.addNode(node, { ...attributes, aliases: [...attributes.aliases] });
  });
  const keys = graph.edges();
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const evidence = await store.evidence(batch, options);
    for (const key of batch) {
      const attributes = { ...graph.getEdgeAttributes(key) };
      delete attributes.modalityCounts;
      attributes.evidence = evidence.get(key)?.evidence ?? attributes.evidence ?? [];
      copy.addEdgeWithKey(key, graph.source(key), graph.target(key), attributes);
    }
  }
  return copy;
}

/** A relation a query returned, whose evidence the store fills in. */
export interface EvidenceSlot {
  key: string;
  evidence: EvidenceRecord[];
  moreEvidence?: number;
}

/**
 * Fills in the evidence of relations a query over the projection returned (path hops, common
 * neighbours' links, entity relations): read once the answer is known, only for what it shows.
 * Sets `moreEvidence` to the items left out by `options.limit`.
 *
 * @example
 * const path = shortestPath(store.graph, a, b);
 * if (path) await attachEvidence(store, path.hops.flatMap((h) => [h, ...h.others]), { limit: 20 });
 */
export async function attachEvidence(
  store: Store,
  slots: readonly EvidenceSlot[],
  options: EvidenceOptions = {},
): Promise<void> {
  const found = await store.evidence(
    slots.map((slot) => slot.key),
    options,
  );
  for (const slot of slots) {
    const entry = found.get(slot.key);
    slot.evidence = entry?.evidence ?? [];
    const more = (entry?.total ?? 0) - slot.evidence.length;
    if (more > 0 || slot.moreEvidence !== undefined) slot.moreEvidence = more;
  }
}
