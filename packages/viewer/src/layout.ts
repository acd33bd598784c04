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

/** Bounding box of the nodes not in `skip`, or undefined when there are none. */
function extentOf(
  graph: Graph,
  skip: ReadonlySet<string>,
): { minX: number; maxX: number; minY: number; maxY: number } | undefined {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((key, attrs) => {
    if (skip.has(key)) return;
    minX = Math.min(minX, attrs.x as number);
    maxX = Math.max(maxX, attrs.x as number);
    minY = Math.min(minY, attrs.y as number);
    maxY = Math.max(maxY, attrs.y as number);
  });
  return Number.isFinite(minX) ? { minX, maxX, minY, maxY } : undefined;
}

/**
 * Maps a server layout onto the drawing on screen: the scale and shift (no rotation) that best
 * carry the server positions of nodes already on screen onto their screen positions (least
 * squares). With one shared node it only shifts; with none, the new part goes beside the drawing.
 */
export function fitServerLayout(
  graph: Graph,
  server: ReadonlyMap<string, { x: number; y: number }>,
  added: ReadonlySet<string>,
): (p: { x: number; y: number }) => { x: number; y: number } {
  const pairs: [{ x: number; y: number }, { x: number; y: number }][] = [];
  for (const [key, p] of server) {
    if (added.has(key) || !graph.hasNode(key)) continue;
    const attrs = graph.getNodeAttributes(key);
    pairs.push([p, { x: attrs.x as number, y: attrs.y as number }]);
  }
  if (pairs.length === 0) {
    const old = extentOf(graph, added);
    if (!old) return (p) => p;
    let minX = Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const [key, p] of server) {
      if (!added.has(key)) continue;
      minX = Math.min(minX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
    const dx = old.maxX + 80 - minX;
    const dy = (old.minY + old.maxY) / 2 - (minY + maxY) / 2;
    return (p) => ({ x: p.x + dx, y: p.y + dy });
  }
  const mean = (pick: (pair: (typeof pairs)[number]) => { x: number; y: number }) => {
    let x = 0;
    let y = 0;
    for (const pair of pairs) {
      x += pick(pair).x;
      y += pick(pair).y;
    }
    return { x: x / pairs.length, y: y / pairs.length };
  };
  const ps = mean((pair) => pair[0]);
  const qs = mean((pair) => pair[1]);
  let num = 0;
  let den = 0;
  for (const [p, q] of pairs) {
    num += (p.x - ps.x) * (q.x - qs.x) + (p.y - ps.y) * (q.y - qs.y);
    den += (p.x - ps.x) ** 2 + (p.y - ps.y) ** 2;
  }
  const scale = pairs.length > 1 && den > 0 && num > 0 ? num / den : 1;
  return (p) => ({ x: qs.x + scale * (p.x - ps.x), y: qs.y + scale * (p.y - ps.y) });
}

/**
 * Places each node of `added` that has no position yet: around `anchor` (an expanded entity)
 * on a ring just outside its label, or beside the mean of its already placed neighbours, or at
 * the rim of the drawing when it has none. `unit` is the size of a screen pixel in graph units.
 */
export function placeNearNeighbours(
  graph: Graph,
  added: ReadonlySet<string>,
  options: { anchor?: string; unit?: number } = {},
): void {
  if (added.size === 0) return;
  const unit = options.unit ?? 1;
  const old = extentOf(graph, added);
  const span = old ? Math.max(old.maxX - old.minX, old.maxY - old.minY, 1) : 300 * unit;
  const cx = old ? (old.minX + old.maxX) / 2 : 0;
  const cy = old ? (old.minY + old.maxY) / 2 : 0;
  const placed = new Set<string>();

  // Neighbours of the anchor: a ring around it, opening away from the centre of the drawing.
  const anchor = options.anchor;
  if (anchor && graph.hasNode(anchor) && !added.has(anchor)) {
    const a = graph.getNodeAttributes(anchor);
    const ring = [...added].filter((key) => graph.hasNode(key) && graph.areNeighbors(anchor, key));
    const radius = (Number(a.size ?? 8) + 70 + 9 * Math.sqrt(ring.length)) * unit;
    const away = Math.atan2((a.y as number) - cy, (a.x as number) - cx);
    ring.forEach((key, i) => {
      const turn = ring.length === 1 ? 0 : (i / ring.length - 0.5) * 2 * Math.PI * 0.9;
      const r = radius * (1 + 0.35 * (i % 2));
      graph.mergeNodeAttributes(key, {
        x: (a.x as number) + r * Math.cos(away + turn),
        y: (a.y as number) + r * Math.sin(away + turn),
      });
      placed.add(key);
    });
  }
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
      const angle = 2 * Math.PI * hash01(key, 3);
      const near = (40 + 40 * hash01(key, 4)) * unit;
      const position =
        count > 0
          ? { x: sx / count + near * Math.cos(angle), y: sy / count + near * Math.sin(angle) }
          : {
              x: cx + (span / 2 + near) * Math.cos(angle),
              y: cy + (span / 2 + near) * Math.sin(angle),
            };
      graph.mergeNodeAttributes(key, position);
      placed.add(key);
    }
  }
}

/** Rough width of a 13px label, in pixels. */
const labelPx = (label: unknown): number => 7 * Math.min(40, String(label ?? '').length);

/** How far, in screen pixels, clearing labels may carry a new node from where it was placed. */
const MAX_CLEARING_SHIFT = 90;

/**
 * Moves the nodes of `movable` (only those) until their node-and-label boxes clear every other
 * box, new and old: noverlap for the part that just arrived, so nothing else moves. Sizes in
 * screen pixels, `unit` graph units per pixel. A node moves at most `MAX_CLEARING_SHIFT` from
 * its place: in a crowded part of the drawing it stays beside its neighbours, and the label
 * placer drops the labels that still collide.
 */
export function clearNewLabels(graph: Graph, movable: ReadonlySet<string>, unit: number): void {
  if (movable.size === 0 || !(unit > 0)) return;
  const boxes = graph.mapNodes((key, attrs) => {
    const size = Number(attrs.size ?? 5);
    return {
      key,
      free: movable.has(key),
      x: attrs.x as number,
      y: attrs.y as number,
      left: (size + 2) * unit,
      right: (size + 8 + labelPx(attrs.label)) * unit,
      half: (Math.max(size, 9) + 3) * unit,
      x0: attrs.x as number,
      y0: attrs.y as number,
    };
  });
  const reach = MAX_CLEARING_SHIFT * unit;
  const leash = (box: { x: number; y: number; x0: number; y0: number }): void => {
    const dx = box.x - box.x0;
    const dy = box.y - box.y0;
    const d = Math.hypot(dx, dy);
    if (d <= reach) return;
    box.x = box.x0 + (dx * reach) / d;
    box.y = box.y0 + (dy * reach) / d;
  };
  const cell = 160 * unit;
  for (let pass = 0; pass < 60; pass++) {
    const grid = new Map<string, number[]>();
    boxes.forEach((box, index) => {
      for (
        let gx = Math.floor((box.x - box.left) / cell);
        gx <= Math.floor((box.x + box.right) / cell);
        gx++
      )
        for (
          let gy = Math.floor((box.y - box.half) / cell);
          gy <= Math.floor((box.y + box.half) / cell);
          gy++
        ) {
          const id = `${gx},${gy}`;
          const list = grid.get(id);
          if (list) list.push(index);
          else grid.set(id, [index]);
        }
    });
    let moved = false;
    for (const list of grid.values()) {
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const a = boxes[list[i] as number];
          const b = boxes[list[j] as number];
          if (!a || !b || (!a.free && !b.free)) continue;
          const overlapX =
            Math.min(a.x + a.right, b.x + b.right) - Math.max(a.x - a.left, b.x - b.left);
          const overlapY =
            Math.min(a.y + a.half, b.y + b.half) - Math.max(a.y - a.half, b.y - b.half);
          if (overlapX <= 0 || overlapY <= 0) continue;
          moved = true;
          // Vertical moves are cheaper for wide labels; a fixed box never moves.
          const vertical = overlapY <= overlapX * 1.5;
          const amount = (vertical ? overlapY : overlapX) + unit;
          const sign = vertical ? (a.y <= b.y ? -1 : 1) : a.x <= b.x ? -1 : 1;
          const share = a.free && b.free ? 0.5 : 1;
          if (a.free) {
            if (vertical) a.y += sign * amount * share;
            else a.x += sign * amount * share;
          }
          if (b.free) {
            if (vertical) b.y -= sign * amount * share;
            else b.x -= sign * amount * share;
          }
          leash(a);
          leash(b);
        }
      }
    }
    if (!moved) break;
  }
  for (const box of boxes) if (box.free) graph.mergeNodeAttributes(box.key, { x: box.x, y: box.y });
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
