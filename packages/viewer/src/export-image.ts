/**
 * Pictures of the current view at any size: the part of the graph the camera shows, drawn as
 * SVG (nodes with their type shapes and the colours on screen, edges with their dashes, the
 * labels the placer shows, on their side) with the legend and the counts, and as PNG rendered
 * from that SVG on a canvas. Text from documents enters the SVG as escaped text only.
 */
import type { Renderer, ViewGraph } from './graph-view.js';
import { LABEL_FONT } from './graph-view.js';
import type { LegendSnapshot } from './legend.js';
import { ENTITY_STYLES, MODALITY_DASHES, type NodeShape } from './palette.js';

export interface ImageOptions {
  width: number;
  height: number;
  legend: LegendSnapshot;
  /** A line under the title, e.g. the counters. */
  caption: string;
  /** Labels shown, and which of them sit left of their node. */
  labels: ReadonlySet<string>;
  leftLabels: ReadonlySet<string>;
}

const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&#39;',
  );

const fmt = (n: number): string => (Math.round(n * 10) / 10).toString();

function shapePath(shape: NodeShape, x: number, y: number, r: number, fill: string): string {
  switch (shape) {
    case 'square':
      return `<rect x="${fmt(x - r * 0.85)}" y="${fmt(y - r * 0.85)}" width="${fmt(r * 1.7)}" height="${fmt(r * 1.7)}" rx="${fmt(r * 0.15)}" fill="${fill}"/>`;
    case 'triangle':
      return `<polygon points="${fmt(x)},${fmt(y - r)} ${fmt(x + r * 0.95)},${fmt(y + r * 0.75)} ${fmt(x - r * 0.95)},${fmt(y + r * 0.75)}" fill="${fill}"/>`;
    case 'diamond':
      return `<polygon points="${fmt(x)},${fmt(y - r)} ${fmt(x + r)},${fmt(y)} ${fmt(x)},${fmt(y + r)} ${fmt(x - r)},${fmt(y)}" fill="${fill}"/>`;
    case 'circle':
      return `<circle cx="${fmt(x)}" cy="${fmt(y)}" r="${fmt(r)}" fill="${fill}"/>`;
  }
}

function legendSvg(legend: LegendSnapshot, x: number, y: number, scale: number): string {
  const row = 18 * scale;
  const font = 12 * scale;
  const parts: string[] = [];
  let cy = y + row;
  const line = (text: string, bold = false) => {
    parts.push(
      `<text x="${fmt(x + 10 * scale)}" y="${fmt(cy)}" font-size="${fmt(font)}"${bold ? ' font-weight="600"' : ''}>${escapeXml(text)}</text>`,
    );
    cy += row;
  };
  line(legend.title, true);
  for (const n of legend.nodes) {
    parts.push(shapePath(n.shape, x + 16 * scale, cy - 4 * scale, 5 * scale, n.color));
    parts.push(
      `<text x="${fmt(x + 28 * scale)}" y="${fmt(cy)}" font-size="${fmt(font)}">${escapeXml(`${n.name} (${n.count})`)}</text>`,
    );
    cy += row;
  }
  line('Relations', true);
  for (const f of legend.families) {
    parts.push(
      `<line x1="${fmt(x + 10 * scale)}" y1="${fmt(cy - 4 * scale)}" x2="${fmt(x + 24 * scale)}" y2="${fmt(cy - 4 * scale)}" stroke="${f.color}" stroke-width="${fmt(3 * scale)}"/>`,
    );
    parts.push(
      `<text x="${fmt(x + 30 * scale)}" y="${fmt(cy)}" font-size="${fmt(font)}">${escapeXml(f.name)}</text>`,
    );
    cy += row;
  }
  for (const m of legend.modalities) {
    const dash =
      m.dash > 0 ? ` stroke-dasharray="${fmt(m.dash * scale)} ${fmt(m.gap * scale)}"` : '';
    parts.push(
      `<line x1="${fmt(x + 10 * scale)}" y1="${fmt(cy - 4 * scale)}" x2="${fmt(x + 24 * scale)}" y2="${fmt(cy - 4 * scale)}" stroke="#6b7280" stroke-width="${fmt(2 * scale)}"${dash}/>`,
    );
    parts.push(
      `<text x="${fmt(x + 30 * scale)}" y="${fmt(cy)}" font-size="${fmt(font)}">${escapeXml(m.name)}</text>`,
    );
    cy += row;
  }
  const height = cy - y;
  return `<g data-part="legend"><rect x="${fmt(x)}" y="${fmt(y)}" width="${fmt(200 * scale)}" height="${fmt(height)}" fill="#ffffff" fill-opacity="0.92" stroke="#e5e7eb"/>${parts.join('')}</g>`;
}

/** The current view as an SVG document of `width` × `height` pixels. */
export function viewToSvg(renderer: Renderer, options: ImageOptions): string {
  const graph: ViewGraph = renderer.getGraph();
  const { width: vw, height: vh } = renderer.getDimensions();
  const scale = Math.min(options.width / vw, options.height / vh);
  const ox = (options.width - vw * scale) / 2;
  const oy = (options.height - vh * scale) / 2;
  const at = (data: { x: number; y: number }) => {
    const p = renderer.framedGraphToViewport(data);
    return { x: ox + p.x * scale, y: oy + p.y * scale };
  };
  const inside = (p: { x: number; y: number }, margin: number) =>
    p.x >= -margin &&
    p.y >= -margin &&
    p.x <= options.width + margin &&
    p.y <= options.height + margin;

  const edges: string[] = [];
  graph.forEachEdge((key, attrs, source, target) => {
    const data = renderer.getEdgeDisplayData(key);
    const s = renderer.getNodeDisplayData(source);
    const t = renderer.getNodeDisplayData(target);
    if (!data || !s || !t || source === target) return;
    const a = at(s);
    const b = at(t);
    if (!inside(a, 0) && !inside(b, 0)) return;
    const { dash, gap } = MODALITY_DASHES[attrs.modality];
    const dashed = dash > 0 ? ` stroke-dasharray="${fmt(dash * scale)} ${fmt(gap * scale)}"` : '';
    edges.push(
      `<line x1="${fmt(a.x)}" y1="${fmt(a.y)}" x2="${fmt(b.x)}" y2="${fmt(b.y)}" stroke="${data.color}" stroke-opacity="0.75" stroke-width="${fmt(Math.max(0.6, data.size) * scale)}"${dashed}/>`,
    );
  });
  const nodes: string[] = [];
  const texts: string[] = [];
  const fontSize = LABEL_FONT.size * scale;
  graph.forEachNode((key, attrs) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data) return;
    const p = at(data);
    const r = renderer.scaleSize(data.size) * scale;
    if (!inside(p, r)) return;
    nodes.push(shapePath(ENTITY_STYLES[attrs.type]?.shape ?? 'circle', p.x, p.y, r, data.color));
    if (!options.labels.has(key)) return;
    const left = options.leftLabels.has(key);
    const lx = left ? p.x - r - 4 * scale : p.x + r + 4 * scale;
    texts.push(
      `<text x="${fmt(lx)}" y="${fmt(p.y)}" dominant-baseline="central" text-anchor="${left ? 'end' : 'start'}" font-size="${fmt(fontSize)}" paint-order="stroke" stroke="#fbfbfd" stroke-width="${fmt(3 * scale)}" stroke-linejoin="round">${escapeXml(attrs.label)}</text>`,
    );
  });
  const ui = Math.max(1, Math.min(options.width, options.height) / 800);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width}" height="${options.height}" viewBox="0 0 ${options.width} ${options.height}" font-family='${LABEL_FONT.family.replace(/'/g, '')}' fill="#1f2937">`,
    `<rect width="100%" height="100%" fill="#fbfbfd"/>`,
    `<g data-part="edges">${edges.join('')}</g>`,
    `<g data-part="nodes">${nodes.join('')}</g>`,
    `<g data-part="labels">${texts.join('')}</g>`,
    `<text x="${fmt(16 * ui)}" y="${fmt(26 * ui)}" font-size="${fmt(16 * ui)}" font-weight="600">kg explorer</text>`,
    `<text x="${fmt(16 * ui)}" y="${fmt(46 * ui)}" font-size="${fmt(12 * ui)}" fill="#6b7280">${escapeXml(options.caption)}</text>`,
    legendSvg(
      options.legend,
      12 * ui,
      options.height -
        (40 +
          18 *
            (options.legend.nodes.length +
              options.legend.families.length +
              options.legend.modalities.length +
              2)) *
          ui,
      ui,
    ),
    '</svg>',
  ].join('');
}

/** Renders an SVG document to a PNG of its own size. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('export: no 2D canvas available');
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('export: PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
