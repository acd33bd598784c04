/**
 * What the routes need from the graph store, in API shapes. Queries delegate to `@kg/graph`:
 * traversals and whole-graph views run on the store's in-memory projection (topology and light
 * attributes), evidence, documents and search come from the store itself, read for what a
 * response shows. Values derived from the whole graph (weighted degrees, the ranking behind the
 * default view, stats) are computed once per store version and reused by every request; health
 * reads counts the store keeps in memory.
 */
import {
  attachEvidence,
  createStoreGraph,
  egoNetwork,
  exportGraphLines,
  filterGraph,
  kShortestPaths,
  neighborsInStore,
  rankEntities,
  weightedDegrees,
  withEvidence,
} from '@kg/graph';
import type { EvidenceOptions, KgGraph, Store, StoredDocument, StoreGraph } from '@kg/graph';
import { KgError } from '@kg/schema';
import { connectedTop } from './overview.js';
import type {
  ApiDocument,
  ApiDocumentSummary,
  ApiGraph,
  ApiRelation,
  EntityAttributes,
  EntityDetailsResponse,
  EntityQuery,
  ExportFormat,
  GraphQuery,
  NeighborsQuery,
  PathsQuery,
  PathsResponse,
  RelationAttributes,
  RelationResponse,
  SearchQuery,
  SearchResult,
  StatsResponse,
} from '@kg/schema';

export interface StoreCounts {
  documents: number;
  nodes: number;
  edges: number;
  graphLoaded: boolean;
}

export interface ExportedFile {
  /** The file's text, made piece by piece as it is sent (`writePieces` from `@kg/graph`). */
  lines: () => Iterable<string>;
  contentType: string;
  extension: string;
}

export interface GraphService {
  /** From memory: never touches the tables. */
  counts(): StoreCounts;
  stats(): Promise<StatsResponse>;
  graph(query: GraphQuery): Promise<ApiGraph>;
  /** The default view (`/api/graph` without a query) as JSON text, kept per store version. */
  defaultGraphJson(): Promise<string>;
  search(query: SearchQuery): Promise<SearchResult[]>;
  entity(id: string, query: EntityQuery): Promise<EntityDetailsResponse>;
  neighbors(id: string, query: NeighborsQuery): Promise<ApiGraph>;
  paths(query: PathsQuery): Promise<PathsResponse>;
  relation(key: string): Promise<RelationResponse>;
  documents(): Promise<ApiDocumentSummary[]>;
  /** The subgraph a query selects, in an export format. */
  export(format: ExportFormat, query: GraphQuery): Promise<ExportedFile>;
  /** Loads the projection and computes what the first requests need (the default view). */
  warm(): Promise<void>;
}

/** The overview picks its entities among this many times as many best-ranked candidates. */
const OVERVIEW_CANDIDATES = 4;

export interface GraphServiceOptions {
  /** Entities in the overview (`/api/graph` without a query). */
  overviewNodes: number;
  /** Most entities `/api/graph` sends without an explicit `top` (the top ones by weight). */
  maxGraphNodes: number;
  /** Most relations a `/api/graph` view sends (the strongest among the entities kept). */
  maxGraphEdges: number;
}

/** Evidence items per hop in `/api/paths` (the rest are counted). */
const PATH_EVIDENCE = 50;

/**
 * API export formats: the graph package's single-file formats as they are, and each file of its
 * CSV sets (spreadsheet CSV, neo4j-admin import CSV) as a download of its own.
 */
const SET_FILES = {
  'csv-nodes': ['csv', 'nodes.csv'],
  'csv-edges': ['csv', 'edges.csv'],
  'csv-evidence': ['csv', 'evidence.csv'],
  'neo4j-entities': ['neo4j-csv', 'entities.csv'],
  'neo4j-relations': ['neo4j-csv', 'relations.csv'],
} as const satisfies Partial<Record<ExportFormat, readonly [string, string]>>;

type SetFileFormat = keyof typeof SET_FILES;
const isSetFile = (format: ExportFormat): format is SetFileFormat => format in SET_FILES;

function exportFile(graph: KgGraph, format: ExportFormat): ExportedFile {
  if (isSetFile(format)) {
    const [set, name] = SET_FILES[format];
    const output = exportGraphLines(graph, set);
    const lines = output.kind === 'files' ? output.files[name] : undefined;
    if (lines === undefined) {
      throw new KgError('INTERNAL', `server.export: no ${name} in the ${set} export.`);
    }
    return { lines, contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  }
  const output = exportGraphLines(graph, format);
  if (output.kind !== 'file') {
    throw new KgError('INTERNAL', `server.export: ${format} is not a single file.`);
  }
  // Every export is UTF-8 text.
  return {
    lines: output.lines,
    contentType: `${output.mediaType}; charset=utf-8`,
    extension: output.extension,
  };
}

type Totals = Omit<ApiGraph['attributes'], 'truncated'>;

interface View {
  wire: WireInput;
  truncated: boolean;
  /** Weighted degree of a node over the whole store (sizes stay put as the view changes). */
  weight: (key: string) => number;
}

interface WireInput {
  nodes: Iterable<{ key: string; attributes: EntityAttributes }>;
  edges: Iterable<{ key: string; source: string; target: string; attributes: RelationAttributes }>;
}

/** A graphology graph as node and edge entries. */
function entriesOf(graph: KgGraph): WireInput {
  return {
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({
      key,
      source,
      target,
      attributes,
    })),
  };
}

/** Sum of the weights of the relations touching one node of the whole graph. */
function weightOf(graph: KgGraph, node: string): number {
  let sum = 0;
  graph.forEachEdge(node, (_edge, attributes) => {
    sum += attributes.weight;
  });
  return sum;
}

function toApiDocument(doc: StoredDocument): ApiDocument {
  return {
    id: doc.id,
    source: doc.source,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
    ...(doc.site === undefined ? {} : { site: doc.site }),
    ...(doc.format === undefined ? {} : { format: doc.format }),
    chars: doc.chars,
    extractorVersion: doc.extractorVersion,
    ingestedAt: doc.ingestedAt,
    mentions: doc.mentions,
    evidence: doc.evidence,
  };
}

/** JSON as Express sends it with "json escape" on: `<`, `>` and `&` as `\u003c` and so on. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (c) =>
    c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026',
  );
}

function hasFilter(query: GraphQuery): boolean {
  return Boolean(
    query.types?.length ||
    query.predicates?.length ||
    query.modalities?.length ||
    query.from ||
    query.to ||
    query.minWeight,
  );
}

function evidenceOptions(query: {
  modalities?: EvidenceOptions['modalities'] | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): EvidenceOptions {
  const options: EvidenceOptions = {};
  if (query.modalities?.length) options.modalities = query.modalities;
  if (query.from) options.from = query.from;
  if (query.to) options.to = query.to;
  return options;
}

export function createGraphService(store: Store, options: GraphServiceOptions): GraphService {
  const whole = (): Promise<StoreGraph> => store.loadGraph();

  /** A value derived from the whole graph, computed once per store version. */
  const memo = new Map<string, { version: number; value: unknown }>();
  const derived = <T>(name: string, compute: () => T): T => {
    const cached = memo.get(name);
    if (cached && cached.version === store.version) return cached.value as T;
    const value = compute();
    memo.set(name, { version: store.version, value });
    return value;
  };

  const weights = (graph: StoreGraph): Map<string, number> =>
    derived('weighted-degrees', () => weightedDegrees(graph));

  /** The store's size (and name), as every graph response reports it. */
  const totalsOf = (graph?: StoreGraph): Totals => {
    const counts = store.counts();
    const name = graph?.getAttribute('name');
    return {
      ...(name === undefined ? {} : { name }),
      totalNodes: counts.entities,
      totalEdges: counts.relations,
    };
  };

  /** Serialises nodes and edges for the wire, with each node's weighted degree. */
  const toApiGraph = (
    view: WireInput,
    totals: Totals,
    truncated: boolean,
    weight: (key: string) => number,
  ): ApiGraph => {
    const nodes: ApiGraph['nodes'] = [];
    for (const { key, attributes } of view.nodes) {
      nodes.push({ key, attributes: { ...attributes, weightedDegree: weight(key) } });
    }
    const edges: ApiGraph['edges'] = [];
    for (const { key, source, target, attributes } of view.edges) {
      const { evidence, ...rest } = attributes;
      edges.push({
        key,
        source,
        target,
        attributes: { ...rest, evidenceCount: evidence?.length ?? attributes.weight },
      });
    }
    return {
      attributes: { ...totals, truncated },
      options: { type: 'directed', multi: true, allowSelfLoops: true },
      nodes,
      edges,
    };
  };

  /**
   * The `n` highest-ranked entities of a graph and the strongest relations among them, at most
   * `maxGraphEdges` of them.
   */
  const topView = (graph: KgGraph, ranking: readonly string[], n: number): WireInput => {
    const keep = new Set(ranking.slice(0, n));
    const edges: { key: string; source: string; target: string; attributes: RelationAttributes }[] =
      [];
    for (const node of keep) {
      graph.forEachOutEdge(node, (key, attributes, source, target) => {
        if (keep.has(target)) edges.push({ key, source, target, attributes });
      });
    }
    if (edges.length > options.maxGraphEdges) {
      edges.sort(
        (a, b) =>
          b.attributes.weight - a.attributes.weight || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
      );
      edges.length = options.maxGraphEdges;
    }
    return {
      nodes: [...keep].map((key) => ({ key, attributes: graph.getNodeAttributes(key) })),
      edges,
    };
  };

  /** A value derived per store version that takes a store read to compute. */
  const derivedAsync = <T>(name: string, compute: () => Promise<T>): Promise<T> =>
    derived(name, () => {
      const pending = compute();
      // A failure is not kept: the next request tries again.
      pending.catch(() => memo.delete(name));
      return pending;
    });

  const view = async (query: GraphQuery): Promise<View> => {
    if (query.focus === undefined && !hasFilter(query)) {
      // The overview: the best-connected entities and the strongest relations among them,
      // straight from the store (no need to wait for the projection). Without `top`, the
      // `overviewNodes` most important entities that have a relation among them; entities
      // without one are left out unless asked for (`isolated`).
      const top = Math.min(query.top ?? options.overviewNodes, options.maxGraphNodes);
      const connected = async () =>
        connectedTop(
          await store.strongest(top * OVERVIEW_CANDIDATES, Number.MAX_SAFE_INTEGER),
          top,
          options.maxGraphEdges,
        );
      // Kept per version for the default overview only: any other `top` is read when asked.
      const strongest = query.isolated
        ? await store.strongest(top, options.maxGraphEdges)
        : query.top === undefined
          ? await derivedAsync('overview', connected)
          : await connected();
      const counts = store.counts();
      const degrees = new Map(strongest.entities.map((e) => [e.key, e.weightedDegree]));
      return {
        wire: { nodes: strongest.entities, edges: strongest.relations },
        truncated:
          strongest.entities.length < counts.entities ||
          strongest.relations.length < counts.relations,
        weight: (key) => degrees.get(key) ?? 0,
      };
    }
    const graph = await whole();
    const weight = (key: string): number => weights(graph).get(key) ?? 0;
    const filters = {
      predicates: query.predicates,
      modalities: query.modalities,
      from: query.from,
      to: query.to,
    };
    if (query.focus !== undefined) {
      // The ego network keeps its centre whatever the type filter; weights and dates are then
      // recomputed over the kept evidence by filterGraph (no type filter, so the centre stays).
      const ego = egoNetwork(graph, query.focus, {
        ...filters,
        types: query.types,
        depth: query.depth ?? 1,
        limit: query.top ?? options.maxGraphNodes,
      });
      const sub = filterGraph(ego, { ...filters, minWeight: query.minWeight });
      return { wire: entriesOf(sub), truncated: true, weight };
    }
    // Without `top`, a filtered view is as large as the overview: the filter picks, not floods.
    const top = Math.min(query.top ?? options.overviewNodes, options.maxGraphNodes);
    // A relation filter hides the entities it leaves without a relation (unless asked for).
    const filtered = filterGraph(graph, {
      ...filters,
      types: query.types,
      minWeight: query.minWeight,
      dropIsolated: !query.isolated,
    });
    if (top >= filtered.order && filtered.size <= options.maxGraphEdges) {
      return { wire: entriesOf(filtered), truncated: true, weight };
    }
    const wire = topView(filtered, rankEntities(filtered, 'weight'), top);
    if (!query.isolated) {
      // The top N may include an entity whose relations all lead outside it.
      const linked = new Set([...wire.edges].flatMap((edge) => [edge.source, edge.target]));
      wire.nodes = [...wire.nodes].filter((node) => linked.has(node.key));
    }
    return { wire, truncated: true, weight };
  };

  /** The default view as JSON text: kept per version, in memory and in the store. */
  const defaultGraphJson = async (): Promise<string> => {
    const version = store.version;
    const cached = memo.get('default-json');
    if (cached?.version === version) return cached.value as string;
    let text = await store.readCache<string>('default-view');
    if (text === undefined) {
      const { wire, truncated, weight } = await view({});
      text = jsonText(toApiGraph(wire, totalsOf(), truncated, weight));
      if (store.version === version) await store.writeCache('default-view', text);
    }
    memo.set('default-json', { version, value: text });
    return text;
  };

  const loadedView = async (query: GraphQuery): Promise<KgGraph> => {
    const { wire } = await view(query);
    const graph = await whole();
    const sub = createStoreGraph();
    for (const { key, attributes } of wire.nodes) sub.addNode(key, attributes);
    for (const { key, source, target, attributes } of wire.edges) {
      sub.addEdgeWithKey(key, source, target, attributes);
    }
    const name = graph.getAttribute('name');
    if (name !== undefined) sub.setAttribute('name', name);
    return withEvidence(store, sub, evidenceOptions(query));
  };

  return {
    counts() {
      const counts = store.counts();
      return {
        documents: counts.documents,
        nodes: counts.entities,
        edges: counts.relations,
        graphLoaded: store.graphLoaded,
      };
    },

    async stats() {
      // From the tables, cached per version by the store: no need to wait for the projection.
      const { top, ...rest } = await store.graphStats();
      return { ...rest, documents: store.counts().documents, topEntities: top };
    },

    async graph(query) {
      const { wire, truncated, weight } = await view(query);
      return toApiGraph(
        wire,
        totalsOf(store.graphLoaded ? store.graph : undefined),
        truncated,
        weight,
      );
    },

    defaultGraphJson,

    async search(query) {
      const hits = await store.search(query.q, { limit: query.limit, types: query.types });
      return hits.map((hit) => ({
        id: hit.id,
        label: hit.label,
        type: hit.type,
        aliases: hit.aliases,
        score: hit.score,
      }));
    },

    async entity(id, query) {
      const details = await store.entityDetails(id, {
        evidenceLimit: query.evidenceLimit,
        relationLimit: query.relationLimit,
      });
      const { groups, degree: _degree, moreRelations, ...attributes } = details;
      const relations: ApiRelation[] = [];
      const neighborsById: EntityDetailsResponse['neighbors'] = {};
      for (const group of groups) {
        for (const relation of group.relations) {
          const out = relation.direction === 'out';
          neighborsById[relation.other.id] = {
            label: relation.other.label,
            type: relation.other.type,
          };
          relations.push({
            key: relation.key,
            source: out ? id : relation.other.id,
            target: out ? relation.other.id : id,
            predicate: group.predicate,
            ...(relation.label === undefined ? {} : { label: relation.label }),
            modality: relation.modality,
            weight: relation.weight,
            firstSeen: relation.firstSeen,
            lastSeen: relation.lastSeen,
            evidence: relation.evidence,
            ...(relation.moreEvidence > 0 ? { moreEvidence: relation.moreEvidence } : {}),
          });
        }
      }
      const documents = (await store.listDocuments({ entity: id, limit: query.documentLimit })).map(
        toApiDocument,
      );
      const moreDocuments = attributes.documentCount - documents.length;
      return {
        entity: attributes,
        documents,
        ...(moreDocuments > 0 ? { moreDocuments } : {}),
        relations,
        ...(moreRelations > 0 ? { moreRelations } : {}),
        neighbors: neighborsById,
      };
    },

    async neighbors(id, query) {
      // From the projection once it is loaded, from the store's tables until then.
      const result = await neighborsInStore(store, id, {
        depth: query.depth,
        limit: query.limit,
        types: query.types,
        predicates: query.predicates,
        modalities: query.modalities,
      });
      if (store.graphLoaded) {
        const graph = store.graph;
        // The weighted degrees of this version when they are kept (a hub's relations are not
        // summed on every call), else each node's own sum (no whole-graph pass after a write).
        const kept = memo.get('weighted-degrees');
        const degrees =
          kept?.version === store.version ? (kept.value as Map<string, number>) : undefined;
        return toApiGraph(result, totalsOf(graph), result.truncated, (key) =>
          degrees ? (degrees.get(key) ?? 0) : weightOf(graph, key),
        );
      }
      const weighted = new Map<string, number>();
      for (const node of result.nodes) {
        weighted.set(node.key, (await store.entity(node.key))?.weightedDegree ?? 0);
      }
      return toApiGraph(result, totalsOf(), result.truncated, (key) => weighted.get(key) ?? 0);
    },

    async paths(query) {
      // Ends may be ids or names ("IRGC", "Ukraine"): ids first, then exact names, then search.
      const from = (await store.resolveEntity(query.from)).id;
      const to = (await store.resolveEntity(query.to)).id;
      const graph = await whole();
      const found = kShortestPaths(graph, from, to, query.k, {
        predicates: query.predicates,
        types: query.types,
        modalities: query.modalities,
      });
      // Evidence for the hops, read once the paths are known.
      await attachEvidence(
        store,
        found.flatMap((path) => path.hops),
        // `from` and `to` here name the ends, not dates.
        { ...evidenceOptions({ modalities: query.modalities }), limit: PATH_EVIDENCE },
      );
      const entities: PathsResponse['entities'] = {};
      const paths = found.map((path) => {
        for (const node of path.nodes) entities[node.id] = { label: node.label, type: node.type };
        return {
          nodes: path.nodes.map((node) => node.id),
          hops: path.hops.map((hop) => ({
            key: hop.key,
            source: graph.source(hop.key),
            target: graph.target(hop.key),
            predicate: hop.predicate,
            ...(hop.label === undefined ? {} : { label: hop.label }),
            modality: hop.modality,
            weight: hop.weight,
            direction: hop.direction,
            evidence: hop.evidence,
            ...(hop.moreEvidence ? { moreEvidence: hop.moreEvidence } : {}),
          })),
        };
      });
      return { paths, entities };
    },

    async relation(key) {
      const found = await store.relation(key);
      if (!found) {
        throw new KgError(
          'NOT_FOUND',
          `GET /api/relations: relation "${key.slice(0, 300)}" not found.`,
        );
      }
      const evidence = (await store.evidence([key])).get(key)?.evidence ?? [];
      const [source, target] = await Promise.all([
        store.entity(found.source),
        store.entity(found.target),
      ]);
      const { modalityCounts: _counts, evidence: _none, ...attributes } = found.attributes;
      return {
        relation: {
          key,
          source: found.source,
          target: found.target,
          ...attributes,
          evidenceCount: found.attributes.weight,
          sourceLabel: source?.label ?? found.source,
          targetLabel: target?.label ?? found.target,
        },
        evidence,
      };
    },

    async documents() {
      return (await store.documentSummaries()).map((doc) => ({
        ...toApiDocument(doc),
        entityCount: doc.entityCount,
        relationCount: doc.relationCount,
        textStored: doc.textStored,
      }));
    },

    async export(format, query) {
      return exportFile(await loadedView(query), format);
    },

    async warm() {
      // What the first requests ask for, then the projection (the event loop runs between).
      await store.graphStats();
      await defaultGraphJson();
      weights(await whole());
    },
  };
}
