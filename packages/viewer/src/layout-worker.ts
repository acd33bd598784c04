/**
 * ForceAtlas2 in a module worker (served from the page's own origin, so a strict CSP allows it).
 * It runs batches of iterations, posts positions after each batch and stops by itself once the
 * nodes barely move or the time budget is spent. Nodes flagged `fixed` keep their place, which is
 * how a grown graph gets a local layout without reshuffling what the user already saw.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  /** x0, y0, x1, y1, … in node order. */
  positions: Float32Array;
  /** 1 for nodes that must not move. */
  fixed: Uint8Array;
  /** source, target index pairs. */
  edges: Uint32Array;
  weights: Float32Array;
  /** Stop after this long even if the layout still moves (ms). */
  maxMs: number;
  /** ForceAtlas2 scaling, chosen from the whole graph so local runs match the first layout. */
  scalingRatio: number;
}

export interface LayoutMessage {
  type: 'tick' | 'done';
  positions: Float32Array;
  iterations: number;
}

/** Mean displacement per batch, relative to the layout's extent, under which we call it settled. */
const SETTLED = 0.0005;
/** Iterations always run before the layout may be called settled. */
const MIN_ITERATIONS = 200;

function run(request: LayoutRequest): void {
  const graph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  const n = request.fixed.length;
  for (let i = 0; i < n; i++) {
    graph.addNode(i, {
      x: request.positions[2 * i] ?? 0,
      y: request.positions[2 * i + 1] ?? 0,
      fixed: request.fixed[i] === 1,
    });
  }
  for (let e = 0; e < request.weights.length; e++) {
    graph.addEdge(request.edges[2 * e], request.edges[2 * e + 1], {
      weight: request.weights[e] ?? 1,
    });
  }
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: n > 400,
    edgeWeightInfluence: 0.5,
    scalingRatio: request.scalingRatio,
    // Strong gravity keeps isolated entities and small components from drifting off.
    strongGravityMode: true,
    gravity: 0.5,
  };

  const started = performance.now();
  const previous = new Float32Array(2 * n);
  let iterations = 0;
  let batch = 1;
  let calm = 0;
  for (;;) {
    graph.forEachNode((key, attrs) => {
      const i = Number(key);
      previous[2 * i] = attrs.x as number;
      previous[2 * i + 1] = attrs.y as number;
    });
    const batchStart = performance.now();
    forceAtlas2.assign(graph, { iterations: batch, settings, getEdgeWeight: 'weight' });
    iterations += batch;
    // Aim for ~40 ms batches so the page sees smooth progress.
    const took = performance.now() - batchStart;
    batch = Math.max(1, Math.min(50, Math.round((batch * 40) / Math.max(1, took))));

    const positions = new Float32Array(2 * n);
    let moved = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    graph.forEachNode((key, attrs) => {
      const i = Number(key);
      const x = attrs.x as number;
      const y = attrs.y as number;
      positions[2 * i] = x;
      positions[2 * i + 1] = y;
      moved += Math.hypot(x - (previous[2 * i] ?? 0), y - (previous[2 * i + 1] ?? 0));
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    });
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    const relative = moved / Math.max(1, n) / extent / batch;
    calm = relative < SETTLED && iterations >= MIN_ITERATIONS ? calm + 1 : 0;
    const done = calm >= 3 || performance.now() - started > request.maxMs;
    const message: LayoutMessage = { type: done ? 'done' : 'tick', positions, iterations };
    postMessage(message, { transfer: [positions.buffer] });
    if (done) return;
  }
}

onmessage = (event: MessageEvent<LayoutRequest>) => run(event.data);
