/**
 * What the routes need from the graph store, in API shapes. Every query here delegates to
 * `@kg/graph` (filters, subgraphs, search, entity details, neighbours, paths, metrics, formats);
 * this module only converts results to the wire types of `@kg/schema`'s api.ts — graph views
 * drop each edge's evidence array for an `evidenceCount` and add each node's weighted degree.
 */
import {
  egoNetwork,
  entityDetails,
  exportGraph,
  filterGraph,
  kShortestPaths,
  neighbors,
  resolveEntity,
  search,
  stats,
  topSubgraph,
  weightedDegrees,
} from '@kg/graph';
import type { KgGraph, Store, StoredDocument } from '@kg/graph';
import { KgError } from '@kg/schema';
import type {
  ApiDocument,
  ApiGraph,
  ApiRelation,
  EntityAttributes,
  EntityDetailsResponse,
  EntityQuery,
  EntityType,
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
}

export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
}

export interface GraphService {
  counts(): StoreCounts;
  stats(): StatsResponse;
  graph(query: GraphQuery): ApiGraph;
  search(query: SearchQuery): SearchResult[];
  entity(id: string, query: EntityQuery): EntityDetailsResponse;
  neighbors(id: string, query: NeighborsQuery): ApiGraph;
  paths(query: PathsQuery): PathsResponse;
  relation(key: string): RelationResponse;
  documents(): ApiDocument[];
  /** The subgraph a query selects, in an export format. */
  export(format: ExportFormat, query: GraphQuery): ExportedFile;
}

export interface GraphServiceOptions {
  /** Most entities `/api/graph` sends without an explicit `top` (the top ones by weight). */
  maxGraphNodes: number;
}

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
    const output = exportGraph(graph, set);
    const body = output.kind === 'files' ? output.files[name] : undefined;
    if (body === undefined) {
      throw new KgError('INTERNAL', `server.export: no ${name} in the ${set} export.`);
    }
    return { body, contentType: 'text/csv; charset=utf-8', extension: 'csv' };
  }
  const output = exportGraph(graph, format);
  if (output.kind !== 'file') {
    throw new KgError('INTERNAL', `server.export: ${format} is not a single file.`);
  }
  // Every export is UTF-8 text.
  return {
    body: output.text,
    contentType: `${output.mediaType}; charset=utf-8`,
    extension: output.extension,
  };
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

/** Serialises nodes and edges for the wire; weighted degrees come from the whole store graph. */
function toApiGraph(view: WireInput, whole: KgGraph, truncated: boolean): ApiGraph {
  const degrees = weightedDegrees(whole);
  const nodes: ApiGraph['nodes'] = [];
  for (const { key, attributes } of view.nodes) {
    nodes.push({ key, attributes: { ...attributes, weightedDegree: degrees.get(key) ?? 0 } });
  }
  const edges: ApiGraph['edges'] = [];
  for (const { key, source, target, attributes } of view.edges) {
    const { evidence, ...rest } = attributes;
    edges.push({
      key,
      source,
      target,
      attributes: { ...rest, evidenceCount: evidence?.length ?? 0 },
    });
  }
  const name = whole.getAttribute('name');
  return {
    attributes: {
      ...(name === undefined ? {} : { name }),
      totalNodes: whole.order,
      totalEdges: whole.size,
      truncated,
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes,
    edges,
  };
}

function toApiDocument(doc: StoredDocument): ApiDocument {
  return {
    id: doc.id,
    source: doc.source,
    ...(doc.title === undefined ? {} : { title: doc.title }),
    ...(doc.date === undefined ? {} : { date: doc.date }),
    ...(doc.format === undefined ? {} : { format: doc.format }),
    chars: doc.chars,
    extractorVersion: doc.extractorVersion,
    ingestedAt: doc.ingestedAt,
    mentions: doc.mentions,
    evidence: doc.evidence,
  };
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

export function createGraphService(store: Store, options: GraphServiceOptions): GraphService {
  const whole = (): KgGraph => store.graph;

  const subgraph = (query: GraphQuery): KgGraph => {
    const filters = {
      predicates: query.predicates,
      modalities: query.modalities,
      from: query.from,
      to: query.to,
    };
    if (query.focus !== undefined) {
      // The ego network keeps its centre whatever the type filter; weights and dates are then
      // recomputed over the kept evidence by filterGraph (no type filter, so the centre stays).
      const ego = egoNetwork(whole(), query.focus, {
        ...filters,
        types: query.types,
        depth: query.depth ?? 1,
        limit: query.top ?? options.maxGraphNodes,
      });
      return filterGraph(ego, { ...filters, minWeight: query.minWeight });
    }
    // Nothing to filter: read the store graph itself rather than a copy of it (read-only here).
    const view = hasFilter(query)
      ? filterGraph(whole(), { ...filters, types: query.types, minWeight: query.minWeight })
      : whole();
    const top = query.top ?? options.maxGraphNodes;
    return top < view.order ? topSubgraph(view, { n: top }) : view;
  };

  const listDocuments = (): ApiDocument[] => store.listDocuments().map(toApiDocument);

  const labelOf = (id: string): { label: string; type: EntityType } => {
    const attributes = whole().getNodeAttributes(id);
    return { label: attributes.label, type: attributes.type };
  };

  return {
    counts() {
      return { documents: store.stats().documents, nodes: whole().order, edges: whole().size };
    },

    stats() {
      const { top, ...rest } = stats(whole());
      return { ...rest, documents: store.stats().documents, topEntities: top };
    },

    graph(query) {
      const view = subgraph(query);
      const truncated = view.order < whole().order || view.size < whole().size || hasFilter(query);
      return toApiGraph(entriesOf(view), whole(), truncated);
    },

    search(query) {
      return search(whole(), query.q, { limit: query.limit, types: query.types }).map((hit) => ({
        id: hit.id,
        label: hit.label,
        type: hit.type,
        aliases: hit.aliases,
        score: hit.score,
      }));
    },

    entity(id, query) {
      const details = entityDetails(whole(), id, { evidenceLimit: query.evidenceLimit });
      const { groups, degree: _degree, ...attributes } = details;
      const relations: ApiRelation[] = [];
      const neighborsById: EntityDetailsResponse['neighbors'] = {};
      const docIds = new Set<string>();
      for (const group of groups) {
        for (const relation of group.relations) {
          const out = relation.direction === 'out';
          neighborsById[relation.other.id] = {
            label: relation.other.label,
            type: relation.other.type,
          };
          for (const item of relation.evidence) docIds.add(item.docId);
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
      // The store has no per-entity document index: list the documents its evidence cites.
      const documents = listDocuments().filter((doc) => docIds.has(doc.id));
      return { entity: attributes, documents, relations, neighbors: neighborsById };
    },

    neighbors(id, query) {
      const graph = whole();
      const result = neighbors(graph, id, {
        depth: query.depth,
        limit: query.limit,
        types: query.types,
        predicates: query.predicates,
        modalities: query.modalities,
      });
      return toApiGraph(result, graph, result.truncated);
    },

    paths(query) {
      const graph = whole();
      // Ends may be ids or names ("IRGC", "Ukraine"): ids first, then exact names, then search.
      const from = resolveEntity(graph, query.from).id;
      const to = resolveEntity(graph, query.to).id;
      const found = kShortestPaths(graph, from, to, query.k, {
        predicates: query.predicates,
        types: query.types,
        modalities: query.modalities,
      });
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
          })),
        };
      });
      return { paths, entities };
    },

    relation(key) {
      const graph = whole();
      if (!graph.hasEdge(key)) {
        throw new KgError(
          'NOT_FOUND',
          `GET /api/relations: relation "${key.slice(0, 300)}" not found.`,
        );
      }
      const { evidence, ...attributes } = graph.getEdgeAttributes(key);
      const source = graph.source(key);
      const target = graph.target(key);
      return {
        relation: {
          key,
          source,
          target,
          ...attributes,
          evidenceCount: evidence.length,
          sourceLabel: labelOf(source).label,
          targetLabel: labelOf(target).label,
        },
        evidence,
      };
    },

    documents() {
      return listDocuments();
    },

    export(format, query) {
      return exportFile(subgraph(query), format);
    },
  };
}
