/**
 * The sigma renderer and what it shows: styles (colour and shape by entity type, size by
 * weighted degree, edges coloured by relation family, dashed when not asserted, curved when
 * parallel), highlight states (hover, selection, paths) and in-place merging of server graphs.
 */
import type { ApiEdgeAttributes, ApiGraph, ApiNodeAttributes } from '@kg/schema';
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import {
  extremityArrow,
  layerDashed,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  sdfCircle,
  sdfDiamond,
  sdfSquare,
  sdfTriangle,
} from 'sigma/rendering';
import { fitServerLayout, placeNearNeighbours, seedPosition } from './layout.js';
import { swapPrograms } from './programs.js';
import { relationLabel } from './words.js';
import {
  DIMMED_EDGE,
  DIMMED_NODE,
  ENTITY_STYLES,
  ENTITY_TYPE_LIST,
  FAMILY_OF,
  FAMILY_STYLES,
  MODALITY_DASHES,
  PATH_COLOR,
  communityColor,
} from './palette.js';

export type NodeAttrs = ApiNodeAttributes & {
  x: number;
  y: number;
  size: number;
  /** Colour of the node's community (the "colour by community" mode). */
  communityColor: string;
};
export type EdgeAttrs = ApiEdgeAttributes & { size: number; head: string; relLabel: string };
export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

interface NodeState {
  isSelected: boolean;
  onPath: boolean;
  /** Chosen by the label placer: this label fits without touching another. */
  labelShown: boolean;
  /** The label sits left of the node (the right side was taken). */
  labelLeft: boolean;
}
interface EdgeState {
  isSelected: boolean;
  onPath: boolean;
}
interface GraphState {
  hasPath: boolean;
  /** Colour nodes by community instead of by type. */
  byCommunity: boolean;
  /** Everything hidden: the constructor's draw, before the camera and labels are set. */
  staging: boolean;
  /**
   * The first frame's scene, drawn with `firstFramePrimitives`: circles, straight solid
   * edges without arrows, labels without plates. Off once the full programs are in.
   */
  firstFrame: boolean;
}

function primitives(large: boolean) {
  return {
    nodes: {
      shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond()],
      layers: [layerFill()],
      label: nodeLabel(),
    },
    edges: {
      // Every edge pays for the heaviest path and every fragment for every layer, so very
      // large graphs get straight, solid edges (software WebGL draws them twice as fast).
      paths: large ? [pathLine()] : [pathLine(), pathCurved({ segments: 12 })],
      extremities: [extremityArrow({ lengthRatio: 4.5, widthRatio: 3.2 })],
      variables: EDGE_VARIABLES,
      // Dashed claims draw only the dashed layer; solid ones only the plain layer.
      layers: large
        ? [layerPlain({ color: { attribute: 'plainColor' } })]
        : [
            layerPlain({ color: { attribute: 'plainColor' } }),
            layerDashed({
              dashSize: { attribute: 'dashSize', mode: 'pixels' },
              gapSize: { attribute: 'gapSize', mode: 'pixels' },
            }),
          ],
      label: EDGE_LABEL,
    },
  } as const;
}

/** Label options, the same in both sets of primitives (the label programs are kept). */
const nodeLabel = () => ({ font: LABEL_FONT, margin: 4 }) as const;
const EDGE_LABEL = { textBorder: { width: 3, color: '#ffffff' } } as const;
const EDGE_VARIABLES = {
  dashSize: { type: 'number', default: 0 },
  gapSize: { type: 'number', default: 0 },
  plainColor: { type: 'color', default: '#999999' },
} as const;

/**
 * What the first frame is drawn with: what bare sigma compiles (one node shape, straight plain
 * edges) and the viewer's label options. Every program sigma compiles costs, and on software
 * WebGL the edge program with curves, arrows and dashes costs most of a first frame; the full
 * set replaces this one once that frame is on screen (`showFullScene`).
 */
function firstFramePrimitives() {
  return {
    nodes: { shapes: [sdfCircle()], layers: [layerFill()], label: nodeLabel() },
    edges: {
      paths: [pathLine()],
      variables: EDGE_VARIABLES,
      layers: [layerPlain({ color: { attribute: 'plainColor' } })],
      label: EDGE_LABEL,
    },
  } as const;
}

export type Renderer = Sigma<
  NodeAttrs,
  EdgeAttrs,
  Record<string, unknown>,
  NodeState,
  EdgeState,
  GraphState,
  ReturnType<typeof primitives>
>;

const TRANSPARENT = 'rgba(0,0,0,0)';
/** Past this many relations, edges are drawn straight, solid and without antialiasing. */
export const LARGE_GRAPH_EDGES = 10_000;
const LABEL = { attribute: 'relLabel' } as const;
/** The plate behind node labels (the label placer measures labels with it, drawn or not). */
export const LABEL_PLATE = 'rgba(251,251,253,0.85)';
/** The font node labels are drawn with (the label placer measures with it too). */
export const LABEL_FONT = { family: 'Inter, "Segoe UI", system-ui, sans-serif', size: 13 } as const;

/**
 * How big items are drawn for a graph of `order` nodes: 1 up to a few hundred nodes, then
 * shrinking, since thousands of large discs would only cover each other (and cost fill rate).
 */
export function sizeScale(order: number): number {
  return Math.min(1, Math.sqrt(400 / Math.max(1, order)));
}

/** Node radius in pixels: grows with the square root of the weighted degree. */
export function nodeSize(weightedDegree: number, scale = 1): number {
  return Math.max(1.5, scale * Math.min(20, 4.5 + 2 * Math.sqrt(Math.max(0, weightedDegree))));
}

/**
 * Adds the display attributes to an edge's attributes, in place: the parsed JSON is ours, and
 * not copying 100,000 objects keeps the first frame close to bare sigma's.
 */
function edgeAttrs(attrs: ApiEdgeAttributes, scale: number): EdgeAttrs {
  return Object.assign(attrs, {
    size: Math.max(0.5, scale * Math.min(6, 1.6 + Math.log2(Math.max(1, attrs.weight)))),
    head: attrs.predicate === 'COOPERATES_WITH' || attrs.predicate === 'MEETS' ? 'none' : 'arrow',
    relLabel: relationLabel(attrs),
  });
}

const dict = <T>(pick: (type: (typeof ENTITY_TYPE_LIST)[number]) => T): Record<string, T> =>
  Object.fromEntries(ENTITY_TYPE_LIST.map((type) => [type, pick(type)]));

const edgeColors: Record<string, string> = Object.fromEntries(
  Object.entries(FAMILY_OF).map(([predicate, family]) => [predicate, FAMILY_STYLES[family].color]),
);

const dashCases = Object.fromEntries(
  Object.entries(MODALITY_DASHES)
    .filter(([, d]) => d.dash > 0)
    .map(([modality, d]) => [
      modality,
      { dashSize: d.dash, gapSize: d.gap, plainColor: TRANSPARENT },
    ]),
);

/**
 * Creates the renderer with the viewer's styles and settings, drawing with the first frame's
 * primitives until `showFullScene`.
 */
export function createRenderer(graph: ViewGraph, container: HTMLElement): Renderer {
  const large = graph.size > LARGE_GRAPH_EDGES;
  const full = primitives(large);
  const renderer: Renderer = new Sigma(graph, container, {
    customNodeState: { isSelected: false, onPath: false, labelShown: false, labelLeft: false },
    customEdgeState: { isSelected: false, onPath: false },
    // `staging`: sigma draws once in its constructor, before the camera is fitted and the
    // labels placed; that draw hides everything, so the first frame on screen is drawn once,
    // labelled (see `reveal`).
    customGraphState: { hasPath: false, byCommunity: false, staging: true, firstFrame: true },
    // The type is the full set's: the styles name its shapes, paths and extremities, which the
    // first frame's programs draw as circles, straight lines and no arrow until the swap.
    primitives: firstFramePrimitives() as unknown as typeof full,
    styles: {
      nodes: [
        {
          x: { attribute: 'x' },
          y: { attribute: 'y' },
          size: { attribute: 'size', defaultValue: 6 },
          color: {
            attribute: 'type',
            dict: dict((t) => ENTITY_STYLES[t].color),
            defaultValue: '#888',
          },
          shape: {
            attribute: 'type',
            dict: dict((t) => ENTITY_STYLES[t].shape),
            defaultValue: 'circle',
          },
          label: { attribute: 'label' },
          labelColor: '#1f2937',
          labelSize: LABEL_FONT.size,
          labelBackgroundPadding: 2,
          // The label placer (labels.ts) decides which labels fit without touching another.
          labelVisibility: 'hidden',
          depth: 'nodes',
          cursor: 'pointer',
        },
        { when: (_a, _s, graphState) => graphState.staging, then: { visibility: 'hidden' } },
        // A light plate keeps labels readable where they cross edges (after the first frame:
        // the plates' program is one more to compile and draw).
        {
          when: (_a, _s, graphState) => !graphState.firstFrame,
          then: { labelBackgroundColor: LABEL_PLATE },
        },
        {
          when: (_a, _s, graphState) => graphState.byCommunity,
          then: { color: { attribute: 'communityColor', defaultValue: '#888' } },
        },
        { whenState: 'labelShown', then: { labelVisibility: 'visible' } },
        { whenState: 'labelLeft', then: { labelPosition: 'left' } },
        {
          when: (_a, state, graphState) =>
            (graphState.hasHighlighted || graphState.hasPath) &&
            !state.isHighlighted &&
            !state.onPath &&
            !state.isHovered,
          then: { color: DIMMED_NODE, labelColor: '#9ca3af', labelVisibility: 'hidden' },
        },
        { whenState: 'isHighlighted', then: { depth: 'topNodes' } },
        {
          whenState: 'onPath',
          then: {
            depth: 'topNodes',
            backdropVisibility: 'visible',
            backdropColor: '#fff7e6',
            backdropBorderColor: PATH_COLOR,
            backdropBorderWidth: 2,
          },
        },
        {
          whenState: 'isSelected',
          then: {
            depth: 'topNodes',
            backdropVisibility: 'visible',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(37,99,235,0.55)',
            backdropShadowBlur: 14,
            backdropPadding: 5,
          },
        },
        {
          whenState: 'isHovered',
          then: {
            labelVisibility: 'visible',
            depth: 'topNodes',
            backdropVisibility: 'visible',
            backdropColor: '#ffffff',
            backdropShadowColor: 'rgba(0,0,0,0.35)',
            backdropShadowBlur: 10,
            backdropPadding: 5,
          },
        },
      ],
      edges: [
        {
          size: { attribute: 'size', defaultValue: 1 },
          color: { attribute: 'predicate', dict: edgeColors, defaultValue: '#9e9e9e' },
          plainColor: { attribute: 'predicate', dict: edgeColors, defaultValue: '#9e9e9e' },
          path: 'line',
          parallelPath: large ? 'line' : 'curved',
          parallelSpread: 0.3,
          head: { attribute: 'head', defaultValue: 'arrow' },
          // Edge labels exist only on lit edges: 100,000 hidden labels would still be laid out.
          labelVisibility: 'hidden',
          labelColor: '#374151',
          labelSize: 11,
          depth: 'edges',
          cursor: 'pointer',
        },
        {
          when: (_a, state, graphState) =>
            (graphState.hasHighlighted || graphState.hasPath) &&
            !state.isHighlighted &&
            !state.onPath &&
            !state.isHovered,
          then: { color: DIMMED_EDGE, plainColor: DIMMED_EDGE },
        },
        {
          whenState: 'isHighlighted',
          then: { label: LABEL, labelVisibility: 'visible', depth: 'topEdges' },
        },
        {
          whenState: 'onPath',
          then: {
            color: PATH_COLOR,
            plainColor: PATH_COLOR,
            label: LABEL,
            labelVisibility: 'visible',
            depth: 'topEdges',
            size: 4,
          },
        },
        {
          whenState: 'isHovered',
          then: { label: LABEL, labelVisibility: 'visible', depth: 'topEdges' },
        },
        {
          whenState: 'isSelected',
          then: { label: LABEL, labelVisibility: 'visible', depth: 'topEdges', size: 4 },
        },
        { matchData: 'modality', cases: large ? {} : dashCases },
        // The first frame has no dashed layer: claims not asserted are drawn solid until then.
        {
          when: (_a, _s, graphState) => graphState.firstFrame,
          then: {
            plainColor: { attribute: 'predicate', dict: edgeColors, defaultValue: '#9e9e9e' },
          },
        },
        { when: (_a, _s, graphState) => graphState.staging, then: { visibility: 'hidden' } },
      ],
      stage: { background: '#fbfbfd' },
    },
    settings: {
      itemSizesReference: 'screen',
      // Edge picking draws every edge twice; it is switched on after the first frame.
      enableEdgeEvents: false,
      hideEdgesOnMove: large,
      // Antialiasing is most of the edge shader's cost; on a hairball of thin edges it shows little.
      antialiasEdges: !large,
      // Edge labels show on lit edges only; their programs are made after the first frame
      // (app.ts), so the first frame does not compile shaders it does not use.
      renderEdgeLabels: false,
      // Sigma's own label grid stays as a fallback; labels.ts forces the ones that fit.
      labelDensity: 0.9,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 5,
      minCameraRatio: 0.03,
      maxCameraRatio: 40,
      stagePadding: 40,
      // One graph unit is one pixel at ratio 1 and adding nodes never rescales the drawing:
      // the server's layout is in pixels of a fitted view, and the camera does the fitting.
      autoRescale: false,
    },
  });
  fullPrimitives.set(renderer, full);
  return renderer;
}

/** The full primitives of each renderer, for `showFullScene`. */
const fullPrimitives = new WeakMap<Renderer, object>();

/**
 * Swaps the first frame's programs for the full ones (shapes, curved parallel edges, arrows,
 * dashes, label plates) and redraws. Call once the first frame is on screen; returns false
 * when sigma's programs could not be swapped (the first frame's scene then stays).
 */
export function showFullScene(renderer: Renderer): boolean {
  const full = fullPrimitives.get(renderer);
  if (!full || !renderer.getGraphState().firstFrame) return false;
  if (!swapPrograms(renderer, full)) return false;
  renderer.setGraphState({ firstFrame: false });
  renderer.refresh();
  return true;
}

/** Edge hover and click need a picking pass over all edges: affordable up to this many. */
export const MAX_PICKABLE_EDGES = 50_000;

/** Turns a server graph into viewer attributes: the server's layout, or seeds to lay out. */
export function buildGraph(data: ApiGraph): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const count = data.nodes.length;
  const scale = sizeScale(count);
  const laid = data.attributes.layout === true;
  for (const { key, attributes } of data.nodes) {
    const { x, y } =
      laid && attributes.x !== undefined && attributes.y !== undefined
        ? { x: attributes.x, y: attributes.y }
        : seedPosition(key, count);
    graph.addNode(
      key,
      Object.assign(attributes, {
        x,
        y,
        size: nodeSize(attributes.weightedDegree, scale),
        communityColor: communityColor(attributes.community),
      }),
    );
  }
  for (const { key, source, target, attributes } of data.edges) {
    if (graph.hasNode(source) && graph.hasNode(target)) {
      graph.addDirectedEdgeWithKey(key, source, target, edgeAttrs(attributes, scale));
    }
  }
  return graph;
}

/**
 * Maps the communities of a server view onto those on screen: a server community takes the
 * community most of its members already on screen have, or a new number.
 */
function communityMap(graph: ViewGraph, data: ApiGraph): Map<number, number> {
  const votes = new Map<number, Map<number, number>>();
  let next = 0;
  graph.forEachNode((_key, attrs) => {
    if (attrs.community !== undefined) next = Math.max(next, attrs.community + 1);
  });
  for (const { key, attributes } of data.nodes) {
    if (attributes.community === undefined || !graph.hasNode(key)) continue;
    const mine = graph.getNodeAttribute(key, 'community');
    if (mine === undefined) continue;
    const tally = votes.get(attributes.community) ?? new Map<number, number>();
    tally.set(mine, (tally.get(mine) ?? 0) + 1);
    votes.set(attributes.community, tally);
  }
  const map = new Map<number, number>();
  for (const { attributes } of data.nodes) {
    const c = attributes.community;
    if (c === undefined || map.has(c)) continue;
    const tally = votes.get(c);
    const best = tally
      ? [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]
      : undefined;
    map.set(c, best ? best[0] : next++);
  }
  return map;
}

export interface MergeOptions {
  /** Drop what none of the parts contains any more. */
  prune: boolean;
  /** An expanded entity: its new neighbours go on a ring around it. */
  anchor?: string;
  /** Graph units per screen pixel at the current zoom. */
  unit?: number;
}

/**
 * Merges server graphs (the filtered graph plus any expanded neighbourhoods) into the one on
 * screen: nodes on screen keep their positions and colours; new ones take the server's layout
 * mapped onto the drawing, or a place beside their neighbours. Returns the added node keys.
 */
export function mergeGraph(
  graph: ViewGraph,
  parts: readonly ApiGraph[],
  options: MergeOptions,
): Set<string> {
  const added = new Set<string>();
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  const scale = sizeScale(Math.max(graph.order, ...parts.map((part) => part.nodes.length)));
  const serverPlaced = new Set<string>();
  for (const data of parts) {
    const communities = communityMap(graph, data);
    const partAdded = new Set<string>();
    const server = new Map<string, { x: number; y: number }>();
    for (const { key, attributes } of data.nodes) {
      nodeKeys.add(key);
      const size = nodeSize(attributes.weightedDegree, scale);
      if (data.attributes.layout && attributes.x !== undefined && attributes.y !== undefined)
        server.set(key, { x: attributes.x, y: attributes.y });
      if (graph.hasNode(key)) {
        // Position and community stay what the user sees.
        const { x: _x, y: _y, community: _c, ...rest } = attributes;
        graph.mergeNodeAttributes(key, { ...rest, size });
      } else {
        const community =
          attributes.community === undefined ? undefined : communities.get(attributes.community);
        graph.addNode(key, {
          ...attributes,
          x: 0,
          y: 0,
          size,
          ...(community === undefined ? {} : { community }),
          communityColor: communityColor(community),
        });
        added.add(key);
        partAdded.add(key);
      }
    }
    for (const { key, source, target, attributes } of data.edges) {
      if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
      edgeKeys.add(key);
      if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, edgeAttrs(attributes, scale));
      else graph.addDirectedEdgeWithKey(key, source, target, edgeAttrs(attributes, scale));
    }
    if (server.size > 0 && partAdded.size > 0) {
      const place = fitServerLayout(graph, server, partAdded);
      for (const key of partAdded) {
        const p = server.get(key);
        if (!p) continue;
        graph.mergeNodeAttributes(key, place(p));
        serverPlaced.add(key);
      }
    }
  }
  if (options.prune) {
    for (const edge of graph.edges()) if (!edgeKeys.has(edge)) graph.dropEdge(edge);
    for (const node of graph.nodes()) if (!nodeKeys.has(node)) graph.dropNode(node);
  }
  const unplaced = new Set(
    [...added].filter((key) => graph.hasNode(key) && !serverPlaced.has(key)),
  );
  placeNearNeighbours(graph, unplaced, {
    ...(options.anchor ? { anchor: options.anchor } : {}),
    unit: options.unit ?? 1,
  });
  // A node that came without a community joins its neighbours' most common one.
  for (const key of unplaced) {
    if (graph.getNodeAttribute(key, 'community') !== undefined) continue;
    const tally = new Map<number, number>();
    graph.forEachNeighbor(key, (_n, attrs) => {
      if (attrs.community !== undefined)
        tally.set(attrs.community, (tally.get(attrs.community) ?? 0) + 1);
    });
    const best = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
    if (best)
      graph.mergeNodeAttributes(key, {
        community: best[0],
        communityColor: communityColor(best[0]),
      });
  }
  for (const key of [...added]) if (!graph.hasNode(key)) added.delete(key);
  return added;
}

/**
 * Which nodes and edges stand out: the hovered node (or else the selected one) with its
 * neighbourhood, the selected edge, and the current paths. Only changed items are touched.
 */
export class Highlighter {
  private hovered: string | undefined;
  private selected: string | undefined;
  private selectedEdge: string | undefined;
  private path = { nodes: new Set<string>(), edges: new Set<string>() };
  private lit = { nodes: new Set<string>(), edges: new Set<string>() };

  constructor(
    private readonly renderer: Renderer,
    private readonly graph: ViewGraph,
  ) {}

  hover(node: string | undefined): void {
    this.hovered = node;
    this.update();
  }

  select(node: string | undefined): void {
    if (this.selected && this.graph.hasNode(this.selected)) {
      this.renderer.setNodeState(this.selected, { isSelected: false });
    }
    this.selected = node && this.graph.hasNode(node) ? node : undefined;
    if (this.selected) this.renderer.setNodeState(this.selected, { isSelected: true });
    this.update();
  }

  selectEdge(edge: string | undefined): void {
    if (this.selectedEdge && this.graph.hasEdge(this.selectedEdge)) {
      this.renderer.setEdgeState(this.selectedEdge, { isSelected: false });
    }
    this.selectedEdge = edge && this.graph.hasEdge(edge) ? edge : undefined;
    if (this.selectedEdge) this.renderer.setEdgeState(this.selectedEdge, { isSelected: true });
    this.update();
  }

  setPath(nodes: Iterable<string>, edges: Iterable<string>): void {
    const present = {
      nodes: new Set([...nodes].filter((n) => this.graph.hasNode(n))),
      edges: new Set([...edges].filter((e) => this.graph.hasEdge(e))),
    };
    const oldNodes = [...this.path.nodes].filter((n) => this.graph.hasNode(n));
    const oldEdges = [...this.path.edges].filter((e) => this.graph.hasEdge(e));
    this.renderer.setNodesState(oldNodes, { onPath: false });
    this.renderer.setEdgesState(oldEdges, { onPath: false });
    this.renderer.setNodesState([...present.nodes], { onPath: true });
    this.renderer.setEdgesState([...present.edges], { onPath: true });
    this.renderer.setGraphState({ hasPath: present.nodes.size > 0 });
    this.path = present;
  }

  /**
   * How soon a node's label is placed: 0 selected or hovered, 1 on a path, 2 lit by the hover
   * or selection, 3 the rest; undefined for nodes dimmed by a highlight (their labels hide).
   */
  labelRank(key: string): number | undefined {
    if (key === this.selected || key === this.hovered) return 0;
    if (this.path.nodes.has(key)) return 1;
    if (this.lit.nodes.has(key)) return 2;
    const dimming = this.lit.nodes.size > 0 || this.path.nodes.size > 0;
    return dimming ? undefined : 3;
  }

  /** Re-applies states after the graph changed (items may have appeared or gone). */
  reapply(): void {
    const drop = (set: Set<string>, has: (key: string) => boolean): void => {
      for (const key of set) if (!has(key)) set.delete(key);
    };
    drop(this.lit.nodes, (k) => this.graph.hasNode(k));
    drop(this.lit.edges, (k) => this.graph.hasEdge(k));
    if (this.hovered && !this.graph.hasNode(this.hovered)) this.hovered = undefined;
    if (this.selected && !this.graph.hasNode(this.selected)) this.selected = undefined;
    this.update();
  }

  private update(): void {
    const focus = this.hovered ?? this.selected;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    if (focus && this.graph.hasNode(focus)) {
      nodes.add(focus);
      this.graph.forEachEdge(focus, (edge, _a, source, target) => {
        edges.add(edge);
        nodes.add(source);
        nodes.add(target);
      });
    }
    if (this.selectedEdge && this.graph.hasEdge(this.selectedEdge)) {
      edges.add(this.selectedEdge);
      nodes.add(this.graph.source(this.selectedEdge));
      nodes.add(this.graph.target(this.selectedEdge));
    }
    const off = <T>(before: Set<T>, after: Set<T>): T[] => [...before].filter((k) => !after.has(k));
    const on = <T>(before: Set<T>, after: Set<T>): T[] => [...after].filter((k) => !before.has(k));
    this.renderer.setNodesState(off(this.lit.nodes, nodes), { isHighlighted: false });
    this.renderer.setEdgesState(off(this.lit.edges, edges), { isHighlighted: false });
    this.renderer.setNodesState(on(this.lit.nodes, nodes), { isHighlighted: true });
    this.renderer.setEdgesState(on(this.lit.edges, edges), { isHighlighted: true });
    this.lit = { nodes, edges };
  }
}
