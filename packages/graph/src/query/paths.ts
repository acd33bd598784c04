/**
 * Paths between two entities: `shortestPath` (bidirectional breadth-first search, fewest hops)
 * and `kShortestPaths` (Yen's algorithm over the same filtered view). Each hop names the
 * relation followed (the strongest one when several link the pair), its direction and the
 * evidence for it. Undirected by default: "how is X connected to Y" rarely cares which way
 * each claim points; `directed: true` follows subject → object (symmetric relations both ways).
 */
import type { EvidenceRecord, Modality, RelationAttributes, RelationType } from '@kg/schema';
import { KgError, SYMMETRIC_RELATIONS } from '@kg/schema';
import type { EntityRef, KgGraph } from './graph.js';
import { assertEntity, entityRef } from './graph.js';
import type { GraphFilter, ResolvedFilter } from './filters.js';
import {
  CLAIMED_MODALITIES,
  edgeTest,
  keptEvidence,
  nodePasses,
  resolveFilter,
} from './filters.js';
import type { StepDirection, StepMode } from './adjacency.js';
import { Marks, traversalIndexOf } from './traversal-index.js';
import type { TraversalIndex } from './traversal-index.js';

export interface PathOptions extends GraphFilter {
  /** Follow relations subject → object only (symmetric relations both ways). Default false. */
  directed?: boolean;
  /** Longest path considered, in hops (default 8). */
  maxHops?: number;
}

export interface HopRelation {
  /** Edge key `subject|predicate|object`. */
  key: string;
  predicate: RelationType;
  label?: string;
  /** `forward` when the hop goes from the relation's subject to its object. */
  direction: StepDirection;
  weight: number;
  modality: Modality;
  /** The hop's evidence (in a store's projection: empty until `attachEvidence` reads it). */
  evidence: EvidenceRecord[];
  /** Evidence items left out by a limit when the store filled them in. */
  moreEvidence?: number;
}

export interface PathHop extends HopRelation {
  from: EntityRef;
  to: EntityRef;
  /** Other relations linking the same two entities, strongest first. */
  others: HopRelation[];
}

export interface GraphPath {
  nodes: EntityRef[];
  hops: PathHop[];
}

interface Search {
  graph: KgGraph;
  filter: ResolvedFilter;
  source: string;
  target: string;
  directed: boolean;
  maxHops: number;
}

const pairKey = (a: string, b: string): string => `${a}\u0000${b}`;

type EdgeVisit = (
  edge: string,
  attributes: RelationAttributes,
  source: string,
  target: string,
) => boolean;

const parentsA = new Marks();
const parentsB = new Marks();

/**
 * The bidirectional search of `bfs` over a traversal index: the same steps, on integers.
 * Parents are stored as entity number + 1 (0: the search's own end).
 */
function bfsIndexed(
  search: Search,
  index: TraversalIndex,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
  maxHops: number,
): string[] | null {
  const start = index.ids.get(from);
  const end = index.ids.get(to);
  if (start === undefined || end === undefined) return null;
  if (start === end) return [from];
  const { filter } = search;
  const passes = edgeTest(filter);
  const types = filter.types;
  const { keys, outStart, outEdge, inStart, inEdge, source, target, attributes, symmetric } = index;
  const checkPairs = blockedPairs.size > 0;
  const blocked = new Set<number>();
  for (const key of blockedNodes) {
    const i = index.ids.get(key);
    if (i !== undefined) blocked.add(i);
  }
  const checkNodes = blocked.size > 0;
  parentsA.reset(keys.length);
  parentsB.reset(keys.length);
  parentsA.set(start, 0);
  parentsB.set(end, 0);
  let frontierA = [start];
  let frontierB = [end];
  const forwardMode: StepMode = search.directed ? 'out' : 'undirected';
  const backwardMode: StepMode = search.directed ? 'in' : 'undirected';
  let hops = 0;
  while (frontierA.length > 0 && frontierB.length > 0 && hops < maxHops) {
    const expandA = frontierA.length <= frontierB.length;
    const frontier = expandA ? frontierA : frontierB;
    const parent = expandA ? parentsA : parentsB;
    const other = expandA ? parentsB : parentsA;
    const mode = expandA ? forwardMode : backwardMode;
    const next: number[] = [];
    let meetU = -1;
    let meetV = -1;
    // Visits v reached from u over relation e; true when the two searches met.
    const visit = (u: number, v: number, e: number): boolean => {
      if (parent.has(v)) return false;
      if (!passes(attributes[e] as RelationAttributes)) return false;
      if (checkNodes && blocked.has(v)) return false;
      if (
        checkPairs &&
        blockedPairs.has(
          expandA
            ? pairKey(keys[u] as string, keys[v] as string)
            : pairKey(keys[v] as string, keys[u] as string),
        )
      ) {
        return false;
      }
      if (other.has(v)) {
        meetU = u;
        meetV = v;
        return true;
      }
      if (types !== null && !types.has(index.types[v] as string)) return false;
      parent.set(v, u + 1);
      next.push(v);
      return false;
    };
    outer: for (const u of frontier) {
      if (mode !== 'in') {
        for (let k = outStart[u] as number; k < (outStart[u + 1] as number); k++) {
          const e = outEdge[k] as number;
          if (visit(u, target[e] as number, e)) break outer;
        }
      } else {
        for (let k = outStart[u] as number; k < (outStart[u + 1] as number); k++) {
          const e = outEdge[k] as number;
          if (symmetric[e] === 1 && visit(u, target[e] as number, e)) break outer;
        }
      }
      const inAll = mode !== 'out';
      for (let k = inStart[u] as number; k < (inStart[u + 1] as number); k++) {
        const e = inEdge[k] as number;
        const v = source[e] as number;
        if (v === u) continue; // a self-loop, seen as an out edge
        if ((inAll || symmetric[e] === 1) && visit(u, v, e)) break outer;
      }
    }
    hops++;
    if (meetU >= 0) {
      const [a, b] = expandA ? [meetU, meetV] : [meetV, meetU];
      const path: string[] = [];
      for (let node = a; ;) {
        path.unshift(keys[node] as string);
        const p = parentsA.get(node);
        if (p === 0) break;
        node = p - 1;
      }
      for (let node = b; ;) {
        path.push(keys[node] as string);
        const p = parentsB.get(node);
        if (p === 0) break;
        node = p - 1;
      }
      return path.length - 1 > maxHops ? null : path;
    }
    if (expandA) frontierA = next;
    else frontierB = next;
  }
  return null;
}

/**
 * Bidirectional BFS from `from` to `to`, avoiding `blockedNodes` and the directed pairs in
 * `blockedPairs`, one whole level of the smaller side at a time. It stops at the first meeting:
 * a shorter one would have been met a level earlier. Returns the node sequence or null.
 * The edge tests are built once per search, so the inner loop is a call and a comparison.
 */
function bfs(
  search: Search,
  from: string,
  to: string,
  blockedNodes: ReadonlySet<string>,
  blockedPairs: ReadonlySet<string>,
  maxHops: number,
): string[] | null {
  if (from === to) return [from];
  const index = traversalIndexOf(search.graph);
  if (index) return bfsIndexed(search, index, from, to, blockedNodes, blockedPairs, maxHops);
  const { graph, filter } = search;
  const passes = edgeTest(filter);
  const checkTypes = filter.types !== null;
  const checkPairs = blockedPairs.size > 0;
  const checkNodes = blockedNodes.size > 0;
  const parentA = new Map<string, string | null>([[from, null]]);
  const parentB = new Map<string, string | null>([[to, null]]);
  let frontierA = [from];
  let frontierB = [to];
  // The state the edge callbacks share: which side is expanding which node.
  let expandA = true;
  let u = from;
  let parent = parentA;
  let other = parentB;
  let next: string[] = [];
  let meet: [u: string, v: string] | null = null;
  const visit = (v: string): boolean => {
    if (parent.has(v)) return false;
    if (checkNodes && blockedNodes.has(v)) return false;
    if (checkPairs && blockedPairs.has(expandA ? pairKey(u, v) : pairKey(v, u))) return false;
    if (other.has(v)) {
      meet = [u, v];
      return true;
    }
    if (checkTypes && !nodePasses(filter, graph.getNodeAttributes(v))) return false;
    parent.set(v, u);
    next.push(v);
    return false;
  };
  const outAll: EdgeVisit = (_e, attributes, _s, target) => passes(attributes) && visit(target);
  const outSymmetric: EdgeVisit = (_e, attributes, _s, target) =>
    SYMMETRIC_RELATIONS.has(attributes.predicate) && passes(attributes) && visit(target);
  // In-edges: a self-loop was seen as an out edge.
  const inAll: EdgeVisit = (_e, attributes, source) =>
    source !== u && passes(attributes) && visit(source);
  const inSymmetric: EdgeVisit = (_e, attributes, source) =>
    source !== u &&
    SYMMETRIC_RELATIONS.has(attributes.predicate) &&
    passes(attributes) &&
    visit(source);
  // Either direction: one pass over every relation of the node.
  const anyAll: EdgeVisit = (_e, attributes, source, target) =>
    passes(attributes) && visit(source === u ? target : source);
  // Forward follows subject → object, backward object → subject; symmetric relations both.
  const expand = (node: string, mode: StepMode): boolean => {
    u = node;
    if (mode === 'undirected') return graph.someEdge(node, anyAll);
    if (mode === 'out')
      return graph.someOutEdge(node, outAll) || graph.someInEdge(node, inSymmetric);
    return graph.someInEdge(node, inAll) || graph.someOutEdge(node, outSymmetric);
  };
  const forwardMode: StepMode = search.directed ? 'out' : 'undirected';
  const backwardMode: StepMode = search.directed ? 'in' : 'undirected';
  let hops = 0;
  while (frontierA.length > 0 && frontierB.length > 0 && hops < maxHops) {
    expandA = frontierA.length <= frontierB.length;
    const frontier = expandA ? frontierA : frontierB;
    parent = expandA ? parentA : parentB;
    other = expandA ? parentB : parentA;
    const mode = expandA ? forwardMode : backwardMode;
    next = [];
    for (const node of frontier) if (expand(node, mode)) break;
    hops++;
    const met = meet as [string, string] | null;
    if (met) {
      const [a, b] = expandA ? met : [met[1], met[0]];
      const path: string[] = [];
      for (let node: string | null = a; node !== null; node = parentA.get(node) ?? null) {
        path.unshift(node);
      }
      for (let node: string | null = b; node !== null; node = parentB.get(node) ?? null) {
        path.push(node);
      }
      return path.length - 1 > maxHops ? null : path;
    }
    if (expandA) frontierA = next;
    else frontierB = next;
  }
  return null;
}

function toPath(search: Search, nodes: string[]): GraphPath {
  const { graph, filter } = search;
  const passes = edgeTest(filter);
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const relations: HopRelation[] = [];
    // Only the relations between the two ends: a hub's other relations are never read.
    const add = (key: string, attributes: RelationAttributes, direction: StepDirection): void => {
      if (!passes(attributes)) return;
      const relation: HopRelation = {
        key,
        predicate: attributes.predicate,
        direction,
        weight: attributes.weight,
        modality: attributes.modality,
        evidence: attributes.evidence ? keptEvidence(filter, attributes) : [],
      };
      if (attributes.label !== undefined) relation.label = attributes.label;
      relations.push(relation);
    };
    graph.forEachOutEdge(from, to, (key, attributes) => {
      add(key, attributes, 'forward');
    });
    graph.forEachInEdge(from, to, (key, attributes) => {
      if (!search.directed || SYMMETRIC_RELATIONS.has(attributes.predicate)) {
        add(key, attributes, 'backward');
      }
    });
    relations.sort((a, b) => b.weight - a.weight || a.key.localeCompare(b.key));
    const [best, ...others] = relations;
    if (!best)
      throw new KgError('INTERNAL', `graph.paths: no relation between "${from}" and "${to}".`);
    hops.push({
      ...best,
      from: entityRef(search.graph, from),
      to: entityRef(search.graph, to),
      others,
    });
  }
  return { nodes: nodes.map((id) => entityRef(search.graph, id)), hops };
}

function prepare(
  graph: KgGraph,
  a: string,
  b: string,
  options: PathOptions,
  where: string,
): Search {
  assertEntity(graph, a, where);
  assertEntity(graph, b, where);
  const maxHops = options.maxHops ?? 8;
  if (!Number.isInteger(maxHops) || maxHops < 1) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `${where}: maxHops must be a positive integer, got ${maxHops}.`,
    );
  }
  return {
    graph,
    filter: resolveFilter(options, where, CLAIMED_MODALITIES),
    source: a,
    target: b,
    directed: options.directed ?? false,
    maxHops,
  };
}

/**
 * The path with the fewest hops from `a` to `b` within the filter, or null when there is none
 * (within `maxHops`). Throws `NOT_FOUND` for an unknown id.
 *
 * @example
 * shortestPath(graph, 'org:irgc', 'gpe:ukraine')?.hops.map((h) => h.evidence[0]?.sentence);
 */
export function shortestPath(
  graph: KgGraph,
  a: string,
  b: string,
  options: PathOptions = {},
): GraphPath | null {
  const search = prepare(graph, a, b, options, 'graph.shortestPath');
  const nodes = bfs(search, a, b, new Set(), new Set(), search.maxHops);
  return nodes ? toPath(search, nodes) : null;
}

/**
 * Up to `k` loopless paths from `a` to `b`, shortest first (Yen's algorithm, hop counts).
 * Paths differ in their sequence of entities; parallel relations show up as a hop's `others`.
 */
export function kShortestPaths(
  graph: KgGraph,
  a: string,
  b: string,
  k: number,
  options: PathOptions = {},
): GraphPath[] {
  const where = 'graph.kShortestPaths';
  if (!Number.isInteger(k) || k < 1 || k > 100) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `${where}: k must be an integer from 1 to 100, got ${k}.`,
    );
  }
  const search = prepare(graph, a, b, options, where);
  const first = bfs(search, a, b, new Set(), new Set(), search.maxHops);
  if (!first) return [];
  const found: string[][] = [first];
  const seen = new Set<string>([first.join('\u0001')]);
  const candidates: string[][] = [];
  while (found.length < k) {
    const previous = found[found.length - 1] as string[];
    for (let i = 0; i + 1 < previous.length; i++) {
      const spur = previous[i] as string;
      const root = previous.slice(0, i + 1);
      const blockedPairs = new Set<string>();
      for (const path of found) {
        if (path.length > i + 1 && root.every((node, j) => path[j] === node)) {
          const u = path[i] as string;
          const v = path[i + 1] as string;
          blockedPairs.add(pairKey(u, v));
          if (!search.directed) blockedPairs.add(pairKey(v, u));
        }
      }
      const blockedNodes = new Set(root.slice(0, -1));
      const budget = search.maxHops - i;
      const tail = bfs(search, spur, b, blockedNodes, blockedPairs, budget);
      if (!tail) continue;
      const candidate = [...root.slice(0, -1), ...tail];
      const id = candidate.join('\u0001');
      if (seen.has(id)) continue;
      seen.add(id);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    // Shortest candidate next; among equals, the one found first (stable sort).
    candidates.sort((x, y) => x.length - y.length);
    found.push(candidates.shift() as string[]);
  }
  return found.map((nodes) => toPath(search, nodes));
}
