/**
 * A layout for one graph view, computed on the server so a viewer draws a settled picture at
 * once: Louvain communities (seeded) group the seed positions and strengthen the pull inside a
 * community, ForceAtlas2 runs until the nodes barely move (in short batches, yielding to the
 * event loop between them), the drawing is scaled to a wide frame about a thousand units
 * across, and node-plus-label boxes are pushed apart so the labels of a fitted view have room.
 * Deterministic: the same view gives the same positions on every run.
 */
import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import { computeMetrics, createStoreGraph } from '@kg/graph';
import type { ApiGraph } from '@kg/schema';

/** CommonJS default export under NodeNext (see @kg/graph metrics). */
function commonJsDefault<T>(module: { default: T }): T {
  return (module as { default?: T }).default ?? (module as unknown as T);
}
const forceAtlas2 = commonJsDefault(forceAtlas2Module);

export interface ViewLayout {
  /** Position per entity key, in layout units (about 1,000 across, wider than tall). */
  positions: Map<string, { x: number; y: number }>;
  /** Community per entity key: 0 is the largest, then by size. */
  communities: Map<string, number>;
}

export interface LayoutOptions {
  /** Stop after this long even if the layout still moves (ms). Default 4000. */
  maxMs?: number;
}

/** Width of the frame the drawing is scaled to, in layout units (≈ pixels of a fitted view). */
const FRAME_WIDTH = 1000;
/** Height of the frame: labels are wide, so the drawing is given more room across. */
const FRAME_HEIGHT = 640;
/** Label font size the viewer draws with, and the width of one character at that size. */
const LABEL_CHAR_PX = 7;

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function hash01(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** Node radius the viewer draws for a weighted degree, in pixels (graph-view `nodeSize`). */
export function viewerNodeSize(weightedDegree: number): number {
  return Math.min(20, 4.5 + 2 * Math.sqrt(Math.max(0, weightedDegree)));
}

/** Louvain communities of the view, renumbered by size (0 = largest), ties by first key. */
function communitiesOf(data: ApiGraph): Map<string, number> {
  const graph = createStoreGraph();
  for (const { key, attributes } of data.nodes) graph.addNode(key, attributes);
  for (const { key, source, target, attributes } of data.edges) {
    if (graph.hasNode(source) && graph.hasNode(target))
      graph.addEdgeWithKey(key, source, target, { ...attributes, firstSeen: '', lastSeen: '' });
  }
  const raw = new Map<string, number>();
  if (graph.size > 0) {
    for (const row of computeMetrics(graph, { metrics: ['community'] }).nodes) {
      raw.set(row.id, row.community ?? -1);
    }
  }
  // Entities without relations (when asked for) each form their own group.
  let next = Math.max(-1, ...raw.values()) + 1;
  for (const { key } of data.nodes) if ((raw.get(key) ?? -1) < 0) raw.set(key, next++);
  const sizes = new Map<number, { size: number; first: string }>();
  for (const [key, community] of raw) {
    const entry = sizes.get(community);
    if (entry) entry.size++;
    else sizes.set(community, { size: 1, first: key });
  }
  const order = [...sizes.entries()]
    .sort((a, b) => b[1].size - a[1].size || (a[1].first < b[1].first ? -1 : 1))
    .map(([community]) => community);
  const renumber = new Map(order.map((community, index) => [community, index]));
  return new Map([...raw].map(([key, community]) => [key, renumber.get(community) ?? 0]));
}

/**
 * Seeds: communities on a sunflower spiral (largest in the middle), each a disc whose area
 * grows with its size, nodes hashed inside it.
 */
function seed(graph: UndirectedGraph, communities: Map<string, number>): void {
  const sizes = new Map<number, number>();
  for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const centres = new Map<number, { x: number; y: number; r: number }>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (const [c, size] of [...sizes.entries()].sort((a, b) => a[0] - b[0])) {
    const spread = 30 * Math.sqrt(c + 1);
    centres.set(c, {
      x: spread * Math.cos(c * golden),
      y: spread * Math.sin(c * golden),
      r: 6 * Math.sqrt(size),
    });
  }
  graph.forEachNode((key) => {
    const centre = centres.get(communities.get(key) ?? 0) ?? { x: 0, y: 0, r: 10 };
    const radius = centre.r * Math.sqrt(hash01(key, 1));
    const angle = 2 * Math.PI * hash01(key, 2);
    graph.mergeNodeAttributes(key, {
      x: centre.x + radius * Math.cos(angle),
      y: centre.y + radius * Math.sin(angle),
    });
  });
}

/** Runs ForceAtlas2 in batches until the mean move per iteration is tiny or time is up. */
async function settle(graph: UndirectedGraph, maxMs: number): Promise<void> {
  const n = graph.order;
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: n > 400,
    edgeWeightInfluence: 0.6,
    scalingRatio: n < 100 ? 12 : 6,
    strongGravityMode: true,
    gravity: 0.4,
  };
  const started = performance.now();
  let iterations = 0;
  let calm = 0;
  const batch = n > 2000 ? 5 : n > 400 ? 20 : 50;
  const before = new Float64Array(2 * n);
  while (performance.now() - started < maxMs) {
    let i = 0;
    graph.forEachNode((_key, attrs) => {
      before[i++] = attrs.x as number;
      before[i++] = attrs.y as number;
    });
    forceAtlas2.assign(graph, { iterations: batch, settings, getEdgeWeight: 'weight' });
    iterations += batch;
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    i = 0;
    graph.forEachNode((_key, attrs) => {
      const x = attrs.x as number;
      const y = attrs.y as number;
      moved += Math.hypot(x - (before[i] ?? 0), y - (before[i + 1] ?? 0));
      i += 2;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    calm = moved / Math.max(1, n) / extent / batch < 0.0003 && iterations >= 150 ? calm + 1 : 0;
    if (calm >= 2) break;
    await tick();
  }
}

/** Scales the drawing into a FRAME_WIDTH × FRAME_HEIGHT frame centred on 0 (y up). */
function frame(graph: UndirectedGraph): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_key, attrs) => {
    minX = Math.min(minX, attrs.x as number);
    maxX = Math.max(maxX, attrs.x as number);
    minY = Math.min(minY, attrs.y as number);
    maxY = Math.max(maxY, attrs.y as number);
  });
  const sx = FRAME_WIDTH / Math.max(maxX - minX, 1e-9);
  const sy = FRAME_HEIGHT / Math.max(maxY - minY, 1e-9);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  graph.updateEachNodeAttributes(
    (_key, attrs) => ({
      ...attrs,
      x: graph.order === 1 ? 0 : ((attrs.x as number) - cx) * sx,
      y: graph.order === 1 ? 0 : ((attrs.y as number) - cy) * sy,
    }),
    { attributes: ['x', 'y'] },
  );
}

/**
 * Pushes apart node-plus-label boxes (label to the right of its node, in pixels of a fitted
 * view) along the axis where they overlap least, with a grid so each pass is near linear.
 */
async function separateLabels(
  graph: UndirectedGraph,
  labels: Map<string, { label: string; size: number }>,
): Promise<void> {
  const keys = graph.nodes();
  const boxes = keys.map((key) => {
    const info = labels.get(key) ?? { label: '', size: 6 };
    const attrs = graph.getNodeAttributes(key);
    return {
      key,
      x: attrs.x as number,
      y: attrs.y as number,
      left: info.size + 2,
      right: info.size + 6 + LABEL_CHAR_PX * Math.min(info.label.length, 40),
      half: Math.max(info.size, 9) + 2,
    };
  });
  const cell = 120;
  for (let pass = 0; pass < 80; pass++) {
    const grid = new Map<string, number[]>();
    boxes.forEach((box, index) => {
      const x0 = Math.floor((box.x - box.left) / cell);
      const x1 = Math.floor((box.x + box.right) / cell);
      const y0 = Math.floor((box.y - box.half) / cell);
      const y1 = Math.floor((box.y + box.half) / cell);
      for (let gx = x0; gx <= x1; gx++)
        for (let gy = y0; gy <= y1; gy++) {
          const id = `${gx},${gy}`;
          const list = grid.get(id);
          if (list) list.push(index);
          else grid.set(id, [index]);
        }
    });
    let moved = false;
    const seen = new Set<number>();
    for (const list of grid.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const ia = list[i] as number;
          const ib = list[j] as number;
          const pair = ia < ib ? ia * boxes.length + ib : ib * boxes.length + ia;
          if (seen.has(pair)) continue;
          seen.add(pair);
          const a = boxes[ia];
          const b = boxes[ib];
          if (!a || !b) continue;
          const overlapX =
            Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
          const overlapY =
            Math.min(a.y + a.half, b.y + b.half) - Math.max(a.y - a.half, b.y - b.half);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          if (overlapY <= overlapX) {
            const push = (overlapY / 2 + 0.5) * (a.y <= b.y ? -1 : 1);
            a.y += push;
            b.y -= push;
          } else {
            const push = (overlapX / 2 + 0.5) * (a.x <= b.x ? -1 : 1);
            a.x += push;
            b.x -= push;
          }
        }
      }
    }
    if (!moved) break;
    if (pass % 10 === 9) await tick();
  }
  for (const box of boxes) graph.mergeNodeAttributes(box.key, { x: box.x, y: box.y });
}

/**
 * Lays out a view: communities, ForceAtlas2 from community-grouped seeds, a wide frame, and
 * room for labels.
 *
 * @example
 * const { positions, communities } = await layoutView(await service.graph({}));
 */
export async function layoutView(data: ApiGraph, options: LayoutOptions = {}): Promise<ViewLayout> {
  const communities = communitiesOf(data);
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  const labels = new Map<string, { label: string; size: number }>();
  for (const { key, attributes } of data.nodes) {
    graph.addNode(key, { x: 0, y: 0 });
    labels.set(key, { label: attributes.label, size: viewerNodeSize(attributes.weightedDegree) });
  }
  for (const { source, target, attributes } of data.edges) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    // A relation inside a community pulls harder, so groups read as groups.
    const bond = communities.get(source) === communities.get(target) ? 2 : 1;
    const weight = bond * Math.log2(1 + attributes.weight);
    graph.updateEdge(source, target, (current) => ({
      weight: ((current.weight as number | undefined) ?? 0) + weight,
    }));
  }
  seed(graph, communities);
  if (graph.order > 1) {
    await settle(graph, options.maxMs ?? 4000);
    frame(graph);
    await separateLabels(graph, labels);
  }
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, attrs) =>
    positions.set(key, {
      x: Math.round((attrs.x as number) * 10) / 10,
      y: Math.round((attrs.y as number) * 10) / 10,
    }),
  );
  return { positions, communities };
}
