/**
 * Export menu: a PNG or SVG of the current view at a chosen size with its legend, and the
 * graph (with the current filters) in every format the server writes, Neo4j's included.
 */
import type { ExportFormat } from '@kg/schema';
import { api } from './api.js';
import { el } from './dom.js';
import type { GraphFilters } from './filters.js';
import { svgToPng, viewToSvg } from './export-image.js';
import type { Renderer } from './graph-view.js';
import type { LegendSnapshot } from './legend.js';

function download(href: string, fileName: string): void {
  const link = el('a', { attrs: { href, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
}

function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  download(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const FORMATS: Array<{ format: ExportFormat; label: string; file: string }> = [
  { format: 'gexf', label: 'GEXF (Gephi)', file: 'kg.gexf' },
  { format: 'graphml', label: 'GraphML (Cytoscape, yEd)', file: 'kg.graphml' },
  { format: 'json', label: 'JSON (graphology)', file: 'kg.json' },
  { format: 'csv-nodes', label: 'CSV — entities', file: 'kg-nodes.csv' },
  { format: 'csv-edges', label: 'CSV — relations', file: 'kg-edges.csv' },
  { format: 'csv-evidence', label: 'CSV — evidence', file: 'kg-evidence.csv' },
  { format: 'cypher', label: 'Cypher (Neo4j)', file: 'kg.cypher' },
  { format: 'neo4j-entities', label: 'Neo4j import CSV — entities', file: 'kg-neo4j-entities.csv' },
  {
    format: 'neo4j-relations',
    label: 'Neo4j import CSV — relations',
    file: 'kg-neo4j-relations.csv',
  },
];

/** Picture sizes offered; "view" is the size of the graph on screen. */
const SIZES = [
  { value: 'view', label: 'Size of the view' },
  { value: '1920x1080', label: '1920 × 1080' },
  { value: '3840x2160', label: '3840 × 2160 (4K)' },
  { value: '3508x2480', label: '3508 × 2480 (A4 at 300 dpi)' },
];

export interface ExportSources {
  renderer(): Renderer | undefined;
  filters(): GraphFilters;
  legend(): LegendSnapshot;
}

export function createExportMenu(sources: ExportSources): HTMLElement {
  const size = el(
    'select',
    { testid: 'export-size', attrs: { 'aria-label': 'Picture size' } },
    ...SIZES.map((s) => el('option', { text: s.label, attrs: { value: s.value } })),
  );
  const picture = async (kind: 'png' | 'svg'): Promise<void> => {
    const renderer = sources.renderer();
    if (!renderer) return;
    const dims = renderer.getDimensions();
    const [w, h] =
      size.value === 'view'
        ? [Math.round(dims.width), Math.round(dims.height)]
        : size.value.split('x').map(Number);
    const width = w ?? dims.width;
    const height = h ?? dims.height;
    const labels = new Set<string>();
    const left = new Set<string>();
    renderer.getGraph().forEachNode((key) => {
      const state = renderer.getNodeState(key);
      if (state.labelShown) labels.add(key);
      if (state.labelLeft) left.add(key);
    });
    const counts = document.querySelector('[data-testid="counts"]')?.textContent ?? '';
    const svg = viewToSvg(renderer, {
      width,
      height,
      legend: sources.legend(),
      caption: `${counts} · ${new Date().toISOString().slice(0, 10)}`,
      labels,
      leftLabels: left,
    });
    if (kind === 'svg') downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), 'kg-view.svg');
    else downloadBlob(await svgToPng(svg, width, height), 'kg-view.png');
  };
  const png = el('button', {
    testid: 'export-png',
    text: 'PNG of this view',
    attrs: { type: 'button', role: 'menuitem' },
    on: { click: () => void picture('png') },
  });
  const svgButton = el('button', {
    testid: 'export-svg',
    text: 'SVG of this view',
    attrs: { type: 'button', role: 'menuitem' },
    on: { click: () => void picture('svg') },
  });
  const items = FORMATS.map(({ format, label, file }) =>
    el('button', {
      testid: `export-${format}`,
      text: label,
      attrs: { type: 'button', role: 'menuitem' },
      on: { click: () => download(api.exportUrl(format, sources.filters()), file) },
    }),
  );
  return el(
    'details',
    { className: 'menu', testid: 'export-menu' },
    el('summary', { text: 'Export' }),
    el(
      'div',
      { className: 'menu-items', attrs: { role: 'menu' } },
      el('label', { className: 'menu-size' }, 'Picture ', size),
      png,
      svgButton,
      el('hr', {}),
      ...items,
    ),
  );
}
