/**
 * `GET /api/graph` and `GET /api/timeline` as the viewer reads them. A view is built once per
 * store version and query, then served from memory: each edge carries its support (documents,
 * sources, contradiction), each node of a view small enough its position in a server-side
 * layout and its community, and the JSON is compressed once per encoding and revalidated by
 * ETag. The overview (no query) is also kept in the store's cache, so a restart on an unchanged
 * store serves it at once.
 *
 * Date ranges are exact: a relation is kept when evidence of a *dated* document falls in the
 * range, with its weight recounted over that evidence; undated evidence is never in a range.
 */
import { createStoreGraph, weightedDegrees } from '@kg/graph';
import type { EvidenceDates, Store, StoreGraph } from '@kg/graph';
import type {
  ApiGraph,
  EntityType,
  GraphQuery,
  Modality,
  RelationSupport,
  RelationType,
  TimelineQuery,
  TimelineResponse,
} from '@kg/schema';
import { KgError } from '@kg/schema';
import type { Request, Response } from 'express';
import { cachedBody, sendCached } from './http-cache.js';
import type { CachedBody } from './http-cache.js';
import type { GraphService } from './service.js';
import { jsonText } from './service.js';
import { createVersionedCache } from './versioned-cache.js';
import { layoutView } from './view-layout.js';

export interface GraphViewsOptions {
  /** Views of at most this many entities get a server-side layout. */
  layoutMaxNodes: number;
  /** Entities a view sends when the request sets no `top`. */
  overviewNodes: number;
  /** Most entities a view sends whatever `top` asks. */
  maxGraphNodes: number;
  /** Most relations a view sends. */
  maxGraphEdges: number;
}

export interface GraphViews {
  /** Answers `/api/graph` for a parsed query (304, compressed or plain JSON). */
  send(req: Request, res: Response, query: GraphQuery): Promise<void>;
  /** The view as an object (tests, warm-up). */
  view(query: GraphQuery): Promise<ApiGraph>;
  timeline(query: TimelineQuery): Promise<TimelineResponse>;
  /** Documents, sources and contradiction per relation key. */
  support(keys: readonly string[]): Promise<Map<string, RelationSupport>>;
  /** Adds documents, sources and contradiction to relations (in place). */
  withSupport<T extends { key: string }>(relations: T[]): Promise<T[]>;
  /** Builds the overview ahead of the first request. */
  warm(): Promise<void>;
}

/** Store cache entry of the overview body; the suffix changes when its shape does. */
const OVERVIEW_CACHE = 'graph-view:overview:2';

const STRENGTH: Record<Modality, number> = {
  negated: 0,
  considered: 1,
  alleged: 2,
  reported: 3,
  asserted: 4,
};

/** The query with defined values only, keys sorted: one cache key per distinct view. */
function canonical(query: object): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))
    .map(([key, value]) => [key, Array.isArray(value) ? [...(value as string[])].sort() : value])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return JSON.stringify(entries);
}

function dayOf(value: string | undefined, fallback: string): string {
  return value ? value.slice(0, 10) : fallback;
}

export function createGraphViews(
  store: Store,
  service: GraphService,
  options: GraphViewsOptions,
): GraphViews {
  const version = (): number => store.version;
  const bodies = createVersionedCache<CachedBody>(version, 48);
  const views = createVersionedCache<ApiGraph>(version, 16);
  const derived = createVersionedCache<unknown>(version, 8);

  /** Dated evidence per relation key, read once per version. */
  const datesByRelation = (): Promise<{
    index: Map<string, EvidenceDates['rows']>;
    undated: number;
  }> =>
    derived.get('dates', async () => {
      const dates = await store.evidenceDates();
      const index = new Map<string, EvidenceDates['rows']>();
      for (const row of dates.rows) {
        const list = index.get(row.relation);
        if (list) list.push(row);
        else index.set(row.relation, [row]);
      }
      return { index, undated: dates.undated };
    }) as Promise<{ index: Map<string, EvidenceDates['rows']>; undated: number }>;

  const degrees = (graph: StoreGraph): Promise<Map<string, number>> =>
    derived.get('weighted-degrees', async () => weightedDegrees(graph)) as Promise<
      Map<string, number>
    >;

  /** A date-ranged view from the dated-evidence index and the projection. */
  const datedView = async (query: GraphQuery): Promise<ApiGraph> => {
    const graph = await store.loadGraph();
    const whole = await degrees(graph);
    const { index } = await datesByRelation();
    const from = dayOf(query.from, '0000-00-00');
    const to = dayOf(query.to, '9999-99-99');
    if (from > to) {
      throw new KgError(
        'INVALID_ARGUMENT',
        `GET /api/graph: "from" (${query.from}) is after "to" (${query.to}).`,
      );
    }
    const types = query.types?.length ? new Set<EntityType>(query.types) : null;
    const predicates = query.predicates?.length ? new Set<RelationType>(query.predicates) : null;
    const modalities = query.modalities?.length ? new Set<Modality>(query.modalities) : null;
    const minWeight = query.minWeight ?? 0;
    const sub = createStoreGraph();
    for (const [key, rows] of index) {
      if (!graph.hasEdge(key)) continue;
      const attributes = graph.getEdgeAttributes(key);
      if (predicates && !predicates.has(attributes.predicate)) continue;
      const source = graph.source(key);
      const target = graph.target(key);
      const sourceAttributes = graph.getNodeAttributes(source);
      const targetAttributes = graph.getNodeAttributes(target);
      if (types && (!types.has(sourceAttributes.type) || !types.has(targetAttributes.type)))
        continue;
      let weight = 0;
      let modality: Modality = 'negated';
      let first = '';
      let last = '';
      for (const row of rows) {
        if (row.day < from || row.day > to) continue;
        if (modalities && !modalities.has(row.modality)) continue;
        weight += row.count;
        if (STRENGTH[row.modality] > STRENGTH[modality]) modality = row.modality;
        if (!first || row.day < first) first = row.day;
        if (row.day > last) last = row.day;
      }
      if (weight === 0 || weight < minWeight) continue;
      if (!sub.hasNode(source)) sub.addNode(source, sourceAttributes);
      if (!sub.hasNode(target)) sub.addNode(target, targetAttributes);
      const { modalityCounts: _counts, evidence: _evidence, ...rest } = attributes;
      sub.addEdgeWithKey(key, source, target, {
        ...rest,
        weight,
        modality,
        firstSeen: first,
        lastSeen: last,
      });
    }
    // The strongest entities of the range, and the strongest relations among them.
    const top = Math.min(query.top ?? options.overviewNodes, options.maxGraphNodes);
    const local = weightedDegrees(sub);
    const keep = new Set(
      [...local.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, top)
        .map(([key]) => key),
    );
    const edges: ApiGraph['edges'] = [];
    sub.forEachEdge((key, attributes, source, target) => {
      if (keep.has(source) && keep.has(target))
        edges.push({
          key,
          source,
          target,
          attributes: { ...attributes, evidenceCount: attributes.weight },
        });
    });
    edges.sort((a, b) => b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : 1));
    if (edges.length > options.maxGraphEdges) edges.length = options.maxGraphEdges;
    const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    const counts = store.counts();
    return {
      attributes: { totalNodes: counts.entities, totalEdges: counts.relations, truncated: true },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes: [...keep]
        .filter((key) => linked.has(key))
        .map((key) => ({
          key,
          attributes: { ...sub.getNodeAttributes(key), weightedDegree: whole.get(key) ?? 0 },
        })),
      edges,
    };
  };

  /** Support on every edge, and the layout when the view is small enough. */
  const decorate = async (data: ApiGraph): Promise<ApiGraph> => {
    const support = await store.relationSupport(data.edges.map((edge) => edge.key));
    for (const edge of data.edges) {
      const found = support.get(edge.key);
      if (found) Object.assign(edge.attributes, found);
    }
    if (data.nodes.length > 0 && data.nodes.length <= options.layoutMaxNodes) {
      const { positions, communities } = await layoutView(data);
      for (const node of data.nodes) {
        const position = positions.get(node.key);
        if (position) Object.assign(node.attributes, position);
        node.attributes.community = communities.get(node.key) ?? 0;
      }
      data.attributes.layout = true;
    }
    return data;
  };

  const view = (query: GraphQuery): Promise<ApiGraph> =>
    views.get(canonical(query), async () => {
      // Read first: the view holds at least this version, so a viewer never misses a change.
      const at = store.version;
      const dated = (query.from !== undefined || query.to !== undefined) && !query.focus;
      const data = await decorate(dated ? await datedView(query) : await service.graph(query));
      data.attributes.storeVersion = at;
      return data;
    });

  const body = (query: GraphQuery): Promise<CachedBody> => {
    const key = canonical(query);
    return bodies.get(key, async () => {
      const at = store.version;
      const overview = key === '[]';
      if (overview) {
        const kept = await store.readCache<string>(OVERVIEW_CACHE);
        if (kept !== undefined) return cachedBody(kept, at, key);
      }
      const text = jsonText(await view(query));
      if (overview && store.version === at && !store.readonly) {
        await store.writeCache(OVERVIEW_CACHE, text);
      }
      return cachedBody(text, at, key);
    });
  };

  return {
    async send(req, res, query) {
      await sendCached(req, res, await body(query));
    },
    view,
    support: (keys) => store.relationSupport(keys),
    async withSupport(relations) {
      const support = await store.relationSupport(relations.map((relation) => relation.key));
      for (const relation of relations) {
        const found = support.get(relation.key);
        if (found) Object.assign(relation, found);
      }
      return relations;
    },
    async timeline(query) {
      const graph = await store.loadGraph();
      const { index, undated } = await datesByRelation();
      const types = query.types?.length ? new Set<EntityType>(query.types) : null;
      const predicates = query.predicates?.length ? new Set<RelationType>(query.predicates) : null;
      const modalities = query.modalities?.length ? new Set<Modality>(query.modalities) : null;
      const days = new Map<string, number>();
      for (const [key, rows] of index) {
        if (!graph.hasEdge(key)) continue;
        if (predicates && !predicates.has(graph.getEdgeAttribute(key, 'predicate'))) continue;
        if (
          types &&
          (!types.has(graph.getNodeAttribute(graph.source(key), 'type')) ||
            !types.has(graph.getNodeAttribute(graph.target(key), 'type')))
        )
          continue;
        for (const row of rows) {
          if (modalities && !modalities.has(row.modality)) continue;
          days.set(row.day, (days.get(row.day) ?? 0) + row.count);
        }
      }
      const sorted = [...days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      return {
        days: sorted.map(([day, count]) => ({ day, count })),
        dated: sorted.reduce((sum, [, count]) => sum + count, 0),
        undated,
      };
    },
    async warm() {
      await body({});
    },
  };
}
