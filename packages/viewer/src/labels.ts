/**
 * The label placer: which node labels are drawn, so that no two labels touch. Candidates are
 * taken most important first (selected, on a path, lit by a hover or selection, then by size)
 * and a label is kept only if its box — measured the way sigma draws it — clears every label
 * kept before it, on the node's right or else on its left. Runs after every camera move and
 * graph change (once per animation frame at most) and sets each node's `labelShown` and
 * `labelLeft` states; sigma's style rules then show exactly those labels.
 */
import type { Renderer, ViewGraph } from './graph-view.js';
import { LABEL_FONT, LABEL_PLATE } from './graph-view.js';

interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The part of sigma's label renderer the placer reads (not in sigma's public types). */
interface LabelRendererView {
  nodeLabelBox(data: object, radius: number): Box | null;
}

export interface LabelPlacer {
  /** Places labels on the next animation frame (coalesced). */
  schedule(): void;
  /** Places labels now. */
  placeNow(): void;
  /** Keys whose labels are shown. */
  shown(): ReadonlySet<string>;
}

/** Most labels drawn at once: past this the picture reads no better. */
const MAX_LABELS = 250;
/** Pixels kept free between two labels. */
const GAP = 2;
/** Margin between a node and its label, and the label plate's padding (graph-view). */
const LABEL_MARGIN = 4;
const LABEL_PADDING = 2;
const CELL = 64;

let measureContext: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

/** Label box relative to its node, by canvas measurement (when sigma's own is not reachable). */
function measuredBox(label: string, radius: number, left: boolean): Box {
  let width = widths.get(label);
  if (width === undefined) {
    measureContext ??= document.createElement('canvas').getContext('2d');
    if (measureContext) measureContext.font = `${LABEL_FONT.size}px ${LABEL_FONT.family}`;
    width = measureContext?.measureText(label).width ?? label.length * 7;
    widths.set(label, width);
  }
  const start = radius + LABEL_MARGIN - LABEL_PADDING;
  const height = LABEL_FONT.size + 2 * LABEL_PADDING + 2;
  const span = width + 2 * LABEL_PADDING;
  return left
    ? { minX: -start - span, maxX: -start, minY: -height / 2, maxY: height / 2 }
    : { minX: start, maxX: start + span, minY: -height / 2, maxY: height / 2 };
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.minX < b.maxX + GAP && b.minX < a.maxX + GAP && a.minY < b.maxY + GAP && b.minY < a.maxY + GAP
  );
}

export function createLabelPlacer(
  renderer: Renderer,
  graph: ViewGraph,
  /** Lower comes first: 0 selected, 1 on a path, 2 lit, 3 others; undefined: not a candidate. */
  rank: (key: string) => number | undefined,
): LabelPlacer {
  const sigmaLabels = (renderer as unknown as { labelRenderer?: LabelRendererView }).labelRenderer;
  let shown = new Set<string>();
  let left = new Set<string>();
  let frame = 0;

  const boxOf = (key: string, data: object, label: string, radius: number, onLeft: boolean) => {
    // Measured with its plate, which the first frame does not draw yet: the labels placed for
    // that frame stay clear of each other once the plates come.
    const exact = sigmaLabels?.nodeLabelBox(
      {
        ...data,
        labelBackgroundColor: LABEL_PLATE,
        labelVisibility: 'visible',
        labelPosition: onLeft ? 'left' : 'right',
      },
      radius,
    );
    return exact ?? measuredBox(label, radius, onLeft);
  };

  const placeNow = (): void => {
    frame = 0;
    const { width, height } = renderer.getDimensions();
    const candidates: {
      key: string;
      x: number;
      y: number;
      radius: number;
      rank: number;
      data: object;
      label: string;
    }[] = [];
    graph.forEachNode((key) => {
      const r = rank(key);
      if (r === undefined) return;
      const data = renderer.getNodeDisplayData(key);
      if (!data?.label) return;
      const p = renderer.framedGraphToViewport(data);
      const radius = renderer.scaleSize(data.size);
      if (p.x < -radius || p.x > width + radius || p.y < -radius || p.y > height + radius) return;
      candidates.push({ key, x: p.x, y: p.y, radius, rank: r, data, label: data.label });
    });
    candidates.sort(
      (a, b) =>
        a.rank - b.rank || b.radius - a.radius || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const grid = new Map<number, Box[]>();
    const cellsOf = (box: Box): number[] => {
      const ids: number[] = [];
      for (let gx = Math.floor(box.minX / CELL); gx <= Math.floor(box.maxX / CELL); gx++)
        for (let gy = Math.floor(box.minY / CELL); gy <= Math.floor(box.maxY / CELL); gy++)
          ids.push(gx * 100_003 + gy);
      return ids;
    };
    const nextShown = new Set<string>();
    const nextLeft = new Set<string>();
    for (const c of candidates) {
      if (nextShown.size >= MAX_LABELS) break;
      for (const onLeft of [false, true]) {
        const rel = boxOf(c.key, c.data, c.label, c.radius, onLeft);
        const box = {
          minX: c.x + rel.minX,
          maxX: c.x + rel.maxX,
          minY: c.y + rel.minY,
          maxY: c.y + rel.maxY,
        };
        // A label cut by the edge of the view is no label.
        if (box.minX < 0 || box.maxX > width || box.minY < 0 || box.maxY > height) continue;
        const cells = cellsOf(box);
        if (cells.some((id) => grid.get(id)?.some((other) => overlaps(box, other)))) continue;
        for (const id of cells) {
          const list = grid.get(id);
          if (list) list.push(box);
          else grid.set(id, [box]);
        }
        nextShown.add(c.key);
        if (onLeft) nextLeft.add(c.key);
        break;
      }
    }
    const off = [...shown].filter((key) => !nextShown.has(key) && graph.hasNode(key));
    const on = [...nextShown].filter((key) => !shown.has(key));
    const toLeft = [...nextLeft].filter((key) => !left.has(key));
    const toRight = [...left].filter((key) => !nextLeft.has(key) && graph.hasNode(key));
    if (off.length) renderer.setNodesState(off, { labelShown: false });
    if (toRight.length) renderer.setNodesState(toRight, { labelLeft: false });
    if (toLeft.length) renderer.setNodesState(toLeft, { labelLeft: true });
    if (on.length) renderer.setNodesState(on, { labelShown: true });
    shown = nextShown;
    left = nextLeft;
  };

  return {
    schedule() {
      if (frame === 0) frame = requestAnimationFrame(placeNow);
    },
    placeNow,
    shown: () => shown,
  };
}
