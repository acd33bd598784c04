/**
 * Layout on the page side: cheap seed positions so the first frame can draw at once, ForceAtlas2
 * in a worker afterwards, then noverlap so labels and nodes do not sit on each other. New nodes
 * are seeded beside their neighbours and laid out locally with everyone else pinned.
 */
import type Graph from 'graphology';
import noverlap from 'graphology-layout-noverlap';
import type { LayoutMessage, LayoutRequest } from './layout-worker.js';

/** A deterministic pseudo-random number in [0, 1) from a string, so seeds are stable. */
function hash01(text: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) % 100_000) / 100_000;
}

/** Scatters nodes on a disc whose area grows with the node count. */
export function seedPosition(key: string, count: number): { x: number; y: number } {
  const radius = 10 * Math.sqrt(Math.max(1, count)) * Math.sqrt(hash01(key, 1));
  const angle = 2 * Math.PI * hash01(key, 2);
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Places each node of `added` near the mean of its already placed neighbours (or at the rim of
 * the drawing when it has none), so a growing graph keeps its shape.
 */
export function placeNearNeighbours(graph: Graph, added: ReadonlySet<string>): void {
  if (added.size === 0) return;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((key, attrs) => {
    if (added.has(key)) return;
    minX = Math.min(minX, attrs.x as number);
    maxX = Math.max(maxX, attrs.x as number);
    minY = Math.min(minY, attrs.y as number);
    maxY = Math.max(maxY, attrs.y as number);
  });
  const hasOld = Number.isFinite(minX);
  const span = hasOld ? Math.max(maxX - minX, maxY - minY, 1) : 10 * Math.sqrt(added.size);
  const cx = hasOld ? (minX + maxX) / 2 : 0;
  const cy = hasOld ? (minY + maxY) / 2 : 0;
  const placed = new Set<string>();
  // Two passes: a new node whose only neighbours are new gets placed after them.
  for (let pass = 0; pass < 2; pass++) {
    for (const key of added) {
      if (placed.has(key)) continue;
      let sx = 0;
      let sy = 0;
      let count = 0;
      graph.forEachNeighbor(key, (neighbour, attrs) => {
        if (added.has(neighbour) && !placed.has(neighbour)) return;
        sx += attrs.x as number;
        sy += attrs.y as number;
        count++;
      });
      if (count === 0 && pass === 0) continue;
      const jitter = span * 0.04;
      const angle = 2 * Math.PI * hash01(key, 3);
      const position =
        count > 0
          ? {
              x: sx / count + jitter * Math.cos(angle),
              y: sy / count + jitter * Math.sin(angle),
            }
          : {
              x: cx + (span / 2 + jitter) * Math.cos(angle),
              y: cy + (span / 2 + jitter) * Math.sin(angle),
            };
      graph.mergeNodeAttributes(key, position);
      placed.add(key);
    }
  }
}

export interface LayoutRun {
  /** Resolves when the layout stopped by itself or was cancelled. */
  done: Promise<void>;
  cancel(): void;
}

/**
 * Runs ForceAtlas2 in a worker on `graph`, writing positions back as they come. Nodes outside
 * `movable` (when given) stay where they are; only the movable nodes and their neighbourhood
 * are sent, so a local layout stays cheap on a large graph.
 */
export function runForceAtlas2(
  graph: Graph,
  options: { movable?: ReadonlySet<string>; maxMs: number; onTick?: () => void },
): LayoutRun {
  const { movable } = options;
  let keys: string[];
  if (movable) {
    const local = new Set<string>(movable);
    for (const key of movable)
      if (graph.hasNode(key)) graph.forEachNeighbor(key, (n) => local.add(n));
    keys = [...local].filter((key) => graph.hasNode(key));
  } else {
    keys = graph.nodes();
  }
  const index = new Map<string, number>();
  keys.forEach((key, i) => index.set(key, i));
  const positions = new Float32Array(2 * keys.length);
  const fixed = new Uint8Array(keys.length);
  keys.forEach((key, i) => {
    const attrs = graph.getNodeAttributes(key);
    positions[2 * i] = attrs.x as number;
    positions[2 * i + 1] = attrs.y as number;
    fixed[i] = movable && !movable.has(key) ? 1 : 0;
  });
  const edgePairs: number[] = [];
  const weights: number[] = [];
  graph.forEachEdge((_edge, attrs, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || s === t) return;
    edgePairs.push(s, t);
    weights.push(Math.max(1, Number(attrs.weight) || 1));
  });

  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const stop = (): void => {
    worker.terminate();
    finish();
  };
  worker.onmessage = (event: MessageEvent<LayoutMessage>) => {
    const next = event.data.positions;
    if (movable) {
      keys.forEach((key, i) => {
        if (fixed[i] === 1 || !graph.hasNode(key)) return;
        graph.mergeNodeAttributes(key, { x: next[2 * i] ?? 0, y: next[2 * i + 1] ?? 0 });
      });
    } else {
      // One graph event for the whole tick, not one per node, so sigma refreshes once.
      graph.updateEachNodeAttributes(
        (key, attrs) => {
          const i = index.get(key);
          if (i === undefined) return attrs;
          attrs.x = next[2 * i] ?? attrs.x;
          attrs.y = next[2 * i + 1] ?? attrs.y;
          return attrs;
        },
        { attributes: ['x', 'y'] },
      );
    }
    options.onTick?.();
    if (event.data.type === 'done') stop();
  };
  worker.onerror = () => stop();
  const request: LayoutRequest = {
    positions,
    fixed,
    edges: Uint32Array.from(edgePairs),
    weights: Float32Array.from(weights),
    maxMs: options.maxMs,
    scalingRatio: graph.order < 100 ? 16 : 6,
  };
  worker.postMessage(request, [request.positions.buffer, request.edges.buffer]);
  return { done, cancel: stop };
}

/** Rough width of a 13px label, in pixels. */
const labelWidth = (label: unknown): number => 7 * String(label ?? '').length;

/**
 * Pushes apart nodes whose boxes (the node plus its label on the right) overlap, along the
 * axis where they overlap least. Quadratic, so only for graphs small enough to label fully.
 */
function separateLabelBoxes(graph: Graph, unitsPerPixel: number): void {
  const keys = graph.nodes();
  const boxes = keys.map((key) => {
    const attrs = graph.getNodeAttributes(key);
    const size = Number(attrs.size ?? 5);
    return {
      key,
      x: attrs.x as number,
      y: attrs.y as number,
      left: size * unitsPerPixel,
      right: (size + 6 + labelWidth(attrs.label)) * unitsPerPixel,
      half: (Math.max(size, 9) + 3) * unitsPerPixel,
    };
  });
  for (let iteration = 0; iteration < 60; iteration++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      if (!a) continue;
      for (let j = i + 1; j < boxes.length; j++) {
        const b = boxes[j];
        if (!b) continue;
        const overlapX =
          Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
        const overlapY =
          Math.min(a.y + a.half, b.y + b.half) - Math.max(a.y - a.half, b.y - b.half);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapY <= overlapX) {
          const push = (overlapY / 2) * (a.y <= b.y ? -1 : 1);
          a.y += push;
          b.y -= push;
        } else {
          const push = (overlapX / 2) * (a.x <= b.x ? -1 : 1);
          a.x += push;
          b.x -= push;
        }
      }
    }
    if (!moved) break;
  }
  for (const box of boxes) graph.mergeNodeAttributes(box.key, { x: box.x, y: box.y });
}

/**
 * Removes overlaps once the layout has settled. Sizes are in screen pixels, converted to graph
 * units with `unitsPerPixel`. Small graphs, whose labels are all shown, make room for labels;
 * larger ones only keep nodes apart (noverlap); very large ones are left as they are.
 */
export function removeOverlaps(graph: Graph, unitsPerPixel: number): void {
  if (graph.order < 2 || !(unitsPerPixel > 0)) return;
  if (graph.order <= 300) {
    separateLabelBoxes(graph, unitsPerPixel);
    return;
  }
  if (graph.order > 5000) return;
  noverlap.assign(graph, {
    maxIterations: 50,
    inputReducer: (_key, attrs) => ({
      x: attrs.x,
      y: attrs.y,
      size: ((attrs.size ?? 5) + 3) * unitsPerPixel,
    }),
    settings: { ratio: 1.1, margin: 3 * unitsPerPixel },
  });
}
