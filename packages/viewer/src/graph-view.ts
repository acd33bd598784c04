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
import { placeNearNeighbours, seedPosition } from './layout.js';
import {
  DIMMED_EDGE,
  DIMMED_NODE,
  ENTITY_STYLES,
  ENTITY_TYPE_LIST,
  FAMILY_OF,
  FAMILY_STYLES,
  MODALITY_DASHES,
  PATH_COLOR,
  predicateText,
} from './palette.js';

export type NodeAttrs = ApiNodeAttributes & { x: number; y: number; size: number };
export type EdgeAttrs = ApiEdgeAttributes & { size: number; head: string; relLabel: string };
export type ViewGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

interface NodeState {
  isSelected: boolean;
  onPath: boolean;
}
interface EdgeState {
  isSelected: boolean;
  onPath: boolean;
}
interface GraphState {
  hasPath: boolean;
}

function primitives(large: boolean) {
  return {
    nodes: {
      shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond()],
      layers: [layerFill()],
      label: { font: { family: 'Inter, "Segoe UI", system-ui, sans-serif', size: 13 }, margin: 4 },
    },
    edges: {
      // Every edge pays for the heaviest path and every fragment for every layer, so very
      // large graphs get straight, solid edges (software WebGL draws them twice as fast).
      paths: large ? [pathLine()] : [pathLine(), pathCurved({ segments: 12 })],
      extremities: [extremityArrow({ lengthRatio: 4.5, widthRatio: 3.2 })],
      variables: {
        dashSize: { type: 'number', default: 0 },
        gapSize: { type: 'number', default: 0 },
        plainColor: { type: 'color', default: '#999999' },
      },
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
      label: { textBorder: { width: 3, color: '#ffffff' } },
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
const SHOW_ALL_LABELS = 300;
const LABEL = { attribute: 'relLabel' } as const;

/**
 * How big items are drawn for a graph of `order` nodes: 1 up to a few hundred nodes, then
 * shrinking, since thousands of large discs would only cover each other (and cost fill rate).
 */
export function sizeScale(order: number): number {
  return Math.min(1, Math.sqrt(400 / Math.max(1, order)));
}

/** Node radius in pixels: grows with the square root of the weighted degree. */
export function nodeSize(weightedDegree: number, scale = 1): number {
  return Math.max(1.5, scale * Math.min(28, 6 + 2.6 * Math.sqrt(Math.max(0, weightedDegree))));
}

/**
 * Adds the display attributes to an edge's attributes, in place: the parsed JSON is ours, and
 * not copying 100,000 objects keeps the first frame close to bare sigma's.
 */
function edgeAttrs(attrs: ApiEdgeAttributes, scale: number): EdgeAttrs {
  const modality = attrs.modality === 'asserted' ? '' : ` (${attrs.modality})`;
  const weight = attrs.weight > 1 ? ` ×${attrs.weight}` : '';
  return Object.assign(attrs, {
    size: Math.max(0.5, scale * Math.min(6, 1.6 + Math.log2(Math.max(1, attrs.weight)))),
    head: attrs.predicate === 'COOPERATES_WITH' || attrs.predicate === 'MEETS' ? 'none' : 'arrow',
    relLabel: `${attrs.label ?? predicateText(attrs.predicate)}${modality}${weight}`,
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

/** Creates the renderer with the viewer's primitives, styles and settings. */
export function createRenderer(graph: ViewGraph, container: HTMLElement): Renderer {
  const large = graph.size > LARGE_GRAPH_EDGES;
  const renderer: Renderer = new Sigma(graph, container, {
    customNodeState: { isSelected: false, onPath: false },
    customEdgeState: { isSelected: false, onPath: false },
    customGraphState: { hasPath: false },
    primitives: primitives(large),
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
          labelSize: 13,
          // A light plate keeps labels readable where they cross edges.
          labelBackgroundColor: 'rgba(251,251,253,0.85)',
          labelBackgroundPadding: 2,
          // Small graphs show every label (the layout makes room); large ones let sigma choose.
          labelVisibility: (_a, _s, _g, g) => (g.order <= SHOW_ALL_LABELS ? 'visible' : 'auto'),
          depth: 'nodes',
          cursor: 'pointer',
        },
        {
          when: (_a, state, graphState) =>
            (graphState.hasHighlighted || graphState.hasPath) &&
            !state.isHighlighted &&
            !state.onPath &&
            !state.isHovered,
          then: { color: DIMMED_NODE, labelColor: '#9ca3af', labelVisibility: 'hidden' },
        },
        { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topNodes' } },
        {
          whenState: 'onPath',
          then: {
            labelVisibility: 'visible',
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
            labelVisibility: 'visible',
            labelSize: 15,
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
      renderEdgeLabels: true,
      labelDensity: 0.9,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 5,
      minCameraRatio: 0.03,
      maxCameraRatio: 12,
      stagePadding: 40,
    },
  });
  return renderer;
}

/** Edge hover and click need a picking pass over all edges: affordable up to this many. */
export const MAX_PICKABLE_EDGES = 50_000;

/** Turns a server graph into viewer attributes, seeding positions for a first draw. */
export function buildGraph(data: ApiGraph): ViewGraph {
  const graph: ViewGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  const count = data.nodes.length;
  const scale = sizeScale(count);
  for (const { key, attributes } of data.nodes) {
    const { x, y } = seedPosition(key, count);
    graph.addNode(
      key,
      Object.assign(attributes, { x, y, size: nodeSize(attributes.weightedDegree, scale) }),
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
 * Merges server graphs (the filtered graph plus any expanded neighbourhoods) into the one on
 * screen: existing nodes keep their positions, new ones are placed beside their neighbours.
 * With `prune`, what none of them contains any more is removed. Returns the added node keys.
 */
export function mergeGraph(
  graph: ViewGraph,
  parts: readonly ApiGraph[],
  prune: boolean,
): Set<string> {
  const added = new Set<string>();
  const nodeKeys = new Set<string>();
  const edgeKeys = new Set<string>();
  const scale = sizeScale(Math.max(graph.order, ...parts.map((part) => part.nodes.length)));
  for (const data of parts) {
    for (const { key, attributes } of data.nodes) {
      nodeKeys.add(key);
      const size = nodeSize(attributes.weightedDegree, scale);
      if (graph.hasNode(key)) {
        graph.mergeNodeAttributes(key, { ...attributes, size });
      } else {
        graph.addNode(key, { ...attributes, x: 0, y: 0, size });
        added.add(key);
      }
    }
    for (const { key, source, target, attributes } of data.edges) {
      if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
      edgeKeys.add(key);
      if (graph.hasEdge(key)) graph.replaceEdgeAttributes(key, edgeAttrs(attributes, scale));
      else graph.addDirectedEdgeWithKey(key, source, target, edgeAttrs(attributes, scale));
    }
  }
  if (prune) {
    for (const edge of graph.edges()) if (!edgeKeys.has(edge)) graph.dropEdge(edge);
    for (const node of graph.nodes()) if (!nodeKeys.has(node)) graph.dropNode(node);
  }
  placeNearNeighbours(graph, added);
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
