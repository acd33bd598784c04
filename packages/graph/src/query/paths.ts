/**
 * Paths between two entities: `shortestPath` (bidirectional breadth-first search, fewest hops)
 * and `kShortestPaths` (Yen's algorithm over the same filtered view). Each hop names the
 * relation followed (the strongest one when several link the pair), its direction and the
 * evidence for it. Undirected by default: "how is X connected to Y" rarely cares which way
 * each claim points; `directed: true` follows subject → object (symmetric relations both ways).
 */
import type { EvidenceRecord, Modality, RelationType } from '@kg/schema';
import { KgError } from '@kg/schema';
import type { EntityRef, KgGraph } from './graph.js';
import { assertEntity, entityRef } from './graph.js';
import type { GraphFilter, ResolvedFilter } from './filters.js';
import { CLAIMED_MODALITIES, keptEvidence, nodePasses, resolveFilter } from './filters.js';
import type { StepDirection, StepMode } from './adjacency.js';
import { forEachStep, someStep } from './adjacency.js';

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

/**
 * Bidirectional BFS from `from` to `to`, avoiding `blockedNodes` and the directed pairs in
 * `blockedPairs`, one whole level of the smaller side at a time. It stops at the first meeting:
 * a shorter one would have been met a level earlier. Returns the node sequence or null.
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
  const { graph, filter } = search;
  const forwardMode: StepMode = search.directed ? 'out' : 'undirected';
  const backwardMode: StepMode = search.directed ? 'in' : 'undirected';
  const checkTypes = filter.types !== null;
  const checkPairs = blockedPairs.size > 0;
  const checkNodes = blockedNodes.size > 0;
  const parentA = new Map<string, string | null>([[from, null]]);
  const parentB = new Map<string, string | null>([[to, null]]);
  let frontierA = [from];
  let frontierB = [to];
  let hops = 0;
  while (frontierA.length > 0 && frontierB.length > 0 && hops < maxHops) {
    const expandA = frontierA.length <= frontierB.length;
    const frontier = expandA ? frontierA : frontierB;
    const parent = expandA ? parentA : parentB;
    const other = expandA ? parentB : parentA;
    const mode = expandA ? forwardMode : backwardMode;
    const next: string[] = [];
    let meet = null as [u: string, v: string] | null;
    for (const u of frontier) {
      const met = someStep(graph, u, filter, mode, (_edge, v) => {
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
      });
      if (met) break;
    }
    hops++;
    if (meet) {
      const [u, v] = meet;
      const [a, b] = expandA ? [u, v] : [v, u];
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
  const mode: StepMode = search.directed ? 'out' : 'undirected';
  const hops: PathHop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const from = nodes[i] as string;
    const to = nodes[i + 1] as string;
    const relations: HopRelation[] = [];
    forEachStep(search.graph, from, search.filter, mode, (key, other, direction, attributes) => {
      if (other !== to) return;
      const relation: HopRelation = {
        key,
        predicate: attributes.predicate,
        direction,
        weight: attributes.weight,
        modality: attributes.modality,
        evidence: keptEvidence(search.filter, attributes),
      };
      if (attributes.label !== undefined) relation.label = attributes.label;
      relations.push(relation);
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
