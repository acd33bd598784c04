/**
 * The camera: fit a set of nodes (or everything) into the view, zoom in and out, reset, and the
 * on-screen controls for them. Fitting keeps room for labels on the right of the rightmost
 * nodes, so what a search, a path or a selection brings into view is readable, not just there.
 */
import { el } from './dom.js';
import type { Renderer } from './graph-view.js';

export interface FitOptions {
  /** Pixels kept free around the nodes (labels need more on the right). Default 60. */
  padding?: number;
  /** Animation length in ms; 0 jumps. Default 450. */
  duration?: number;
  /** Never zoom in closer than this ratio (a single node would fill the screen). Default 0.25. */
  minRatio?: number;
  /** Never zoom in further than the camera is now (only zoom out, e.g. to fit a path). */
  onlyOut?: boolean;
}

/** Label room on the right of the rightmost node, in pixels. */
const LABEL_ROOM = 150;

/** The camera state that fits `keys` (every node when empty) into the view. */
export function fitState(
  renderer: Renderer,
  keys: readonly string[],
  options: FitOptions = {},
): { x: number; y: number; ratio: number; angle: number } | undefined {
  const graph = renderer.getGraph();
  const nodes = keys.length > 0 ? keys.filter((key) => graph.hasNode(key)) : graph.nodes();
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const key of nodes) {
    const data = renderer.getNodeDisplayData(key);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (!Number.isFinite(minX)) return undefined;
  const x = (minX + maxX) / 2;
  const y = (minY + maxY) / 2;
  const { width, height } = renderer.getDimensions();
  const padding = options.padding ?? 60;
  // At ratio 1, how many pixels the box spans; the span shrinks in proportion to the ratio.
  const unit = { x, y, ratio: 1, angle: 0 };
  const a = renderer.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const b = renderer.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const spanX = Math.abs(b.x - a.x);
  const spanY = Math.abs(b.y - a.y);
  const room = {
    x: Math.max(40, width - 2 * padding - LABEL_ROOM),
    y: Math.max(40, height - 2 * padding),
  };
  let ratio = Math.max(spanX / room.x, spanY / room.y, options.minRatio ?? 0.25);
  if (options.onlyOut) ratio = Math.max(ratio, renderer.getCamera().ratio);
  // Centre a little left of the box so the labels of its rightmost nodes fit too.
  const shift = renderer.viewportToFramedGraph(
    { x: width / 2 + LABEL_ROOM / 2, y: height / 2 },
    { cameraState: { x, y, ratio, angle: 0 } },
  );
  return { x: x + (shift.x - x), y, ratio, angle: 0 };
}

/**
 * Takes the canvas's current size when a panel opened or closed beside it, and redraws if it
 * changed: node positions on the screen depend on the size, so a camera aimed before this
 * lands beside its target.
 */
export function takeNewSize(renderer: Renderer): void {
  const before = renderer.getDimensions();
  renderer.resize();
  const after = renderer.getDimensions();
  if (after.width !== before.width || after.height !== before.height) renderer.refresh();
}

/** Moves the camera so `keys` (every node when empty) fill the view. */
export async function fitNodes(
  renderer: Renderer,
  keys: readonly string[],
  options: FitOptions = {},
): Promise<void> {
  const state = fitState(renderer, keys, options);
  if (!state) return;
  const camera = renderer.getCamera();
  const duration = options.duration ?? 450;
  if (duration <= 0) camera.setState(state);
  else await camera.animate(state, { duration });
}

export interface CameraControls {
  element: HTMLElement;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  reset(): void;
}

/**
 * Zoom in, zoom out, fit everything and back to the first view, as buttons over the graph and
 * as keys (+ − F 0) handled by the app.
 */
export function createCameraControls(
  getRenderer: () => Renderer | undefined,
  home: () => void,
): CameraControls {
  const run = (action: (renderer: Renderer) => void) => () => {
    const renderer = getRenderer();
    if (renderer) action(renderer);
  };
  // A zoom pressed while the last one is still animating goes on from where that one is headed,
  // so two quick presses zoom twice (from the camera's ratio, the second would undo the first).
  let heading: number | undefined;
  const zoom = (factor: number) =>
    run((r) => {
      const camera = r.getCamera();
      const from = camera.isAnimating() && heading !== undefined ? heading : camera.ratio;
      const target = camera.getBoundedRatio(from * factor);
      heading = target;
      // Done or cut short (by a fit, a reset, a search): the next zoom starts from the camera.
      void camera.animate({ ratio: target }, { duration: 250 }).then(() => {
        if (heading === target) heading = undefined;
      });
    });
  const zoomIn = zoom(1 / 1.5);
  const zoomOut = zoom(1.5);
  const fit = run((r) => void fitNodes(r, []));
  const reset = (): void => home();
  const button = (testid: string, text: string, title: string, action: () => void) =>
    el('button', {
      testid,
      text,
      title,
      attrs: { type: 'button', 'aria-label': title },
      on: { click: action },
    });
  const element = el(
    'div',
    {
      className: 'camera-controls',
      testid: 'camera-controls',
      attrs: { role: 'toolbar', 'aria-label': 'Camera' },
    },
    button('zoom-in', '+', 'Zoom in (+)', zoomIn),
    button('zoom-out', '−', 'Zoom out (−)', zoomOut),
    button('zoom-fit', '⤢', 'Fit everything (F)', fit),
    button('zoom-reset', '⟲', 'Back to the first view (0)', reset),
  );
  return { element, zoomIn, zoomOut, fit, reset };
}
