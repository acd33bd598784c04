/**
 * Whole-graph views: `filterGraph` (entity and relation types, modalities, evidence dates and a
 * minimum weight; what the API's /api/graph serves) and `topSubgraph` (the N most important
 * entities by weighted degree, degree or PageRank, and the relations among them).
 */
import type { Modality, RelationAttributes } from '@kg/schema';
import { KgError, strongestModality } from '@kg/schema';
import type { KgGraph, OwnedGraph } from './graph.js';
import { createStoreGraph } from './graph.js';
import type { GraphFilter } from './filters.js';
import { edgePasses, filtersEvidence, keptEvidence, nodePasses, resolveFilter } from './filters.js';
import { rankEntities } from '../metrics.js';
import { countsOf, mixedCounts, modalityOf } from '../modalities.js';
import type { ModalityCounts } from '../modalities.js';

export interface FilterGraphOptions extends GraphFilter {
  /** Drop relations whose weight (after evidence filtering) is below this. */
  minWeight?: number;
  /** Drop entities left without relations. Default false. */
  dropIsolated?: boolean;
}

/**
 * A new graph holding the entities and relations that pass the filter. All modalities are kept
 * unless `modalities` is given. When modalities or dates select evidence, each kept relation
 * carries only that evidence, with its weight and modality recomputed from it.
 */
export function filterGraph(graph: KgGraph, options: FilterGraphOptions = {}): OwnedGraph {
  const where = 'graph.filterGraph';
  const filter = resolveFilter(options, where, null);
  const minWeight = options.minWeight ?? 0;
  if (!Number.isFinite(minWeight) || minWeight < 0) {
    throw new KgError('INVALID_ARGUMENT', `${where}: minWeight must be a non-negative number.`);
  }
  const result = createStoreGraph();
  graph.forEachNode((node, attributes) => {
    if (nodePasses(filter, attributes)) result.addNode(node, { ...attributes });
  });
  const recompute = filtersEvidence(filter);
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!result.hasNode(source) || !result.hasNode(target)) return;
    if (!edgePasses(filter, attributes)) return;
    let kept: RelationAttributes = { ...attributes };
    const evidence = keptEvidence(filter, attributes);
    if (recompute && !attributes.evidence && filter.modalities !== null) {
      // Evidence left in the store: weight and modality from the kept modalities' counts.
      const counts = countsOf(attributes);
      const keptCounts: ModalityCounts = {};
      let weight = 0;
      for (const modality of filter.modalities) {
        const count = counts[modality as Modality] ?? 0;
        if (count > 0) keptCounts[modality as Modality] = count;
        weight += count;
      }
      kept = { ...kept, weight, modality: modalityOf(keptCounts) };
      const mixed = mixedCounts(keptCounts);
      if (mixed) kept.modalityCounts = mixed;
      else delete kept.modalityCounts;
    } else if (recompute && evidence.length > 0) {
      const modality = strongestModality(evidence.map((item) => item.modality));
      const dates = evidence.map((item) => item.date).sort();
      kept = {
        ...kept,
        evidence,
        weight: evidence.length,
        modality,
        firstSeen: dates[0] ?? kept.firstSeen,
        lastSeen: dates[dates.length - 1] ?? kept.lastSeen,
      };
    }
    if (kept.weight < minWeight) return;
    result.addEdgeWithKey(edge, source, target, kept);
  });
  if (options.dropIsolated) {
    for (const node of result.nodes()) if (result.degree(node) === 0) result.dropNode(node);
  }
  return result;
}

export type TopBy = 'weight' | 'degree' | 'pagerank';

export interface TopSubgraphOptions {
  /** Number of entities kept (default 100). */
  n?: number;
  /** Ranking: weighted degree (default), degree, or PageRank. */
  by?: TopBy;
}

/** The `n` highest-ranked entities and every relation among them, as a new graph. */
export function topSubgraph(graph: KgGraph, options: TopSubgraphOptions = {}): OwnedGraph {
  const n = options.n ?? 100;
  if (!Number.isInteger(n) || n < 1) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.topSubgraph: n must be a positive integer, got ${n}.`,
    );
  }
  const by = options.by ?? 'weight';
  if (!['weight', 'degree', 'pagerank'].includes(by)) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `graph.topSubgraph: by must be weight, degree or pagerank, got "${by}".`,
    );
  }
  const keep = new Set(rankEntities(graph, by).slice(0, n));
  const result = createStoreGraph();
  for (const node of keep) result.addNode(node, { ...graph.getNodeAttributes(node) });
  graph.forEachEdge((edge, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) {
      result.addEdgeWithKey(edge, source, target, { ...attributes });
    }
  });
  return result;
}
