/**
 * Export menu: a PNG of the current view, and the graph (with the current filters) in every
 * format the server writes.
 */
import type { ExportFormat } from '@kg/schema';
import { api } from './api.js';
import { el } from './dom.js';
import type { GraphFilters } from './filters.js';
import type { Renderer } from './graph-view.js';

/**
 * Draws the current frame onto a 2D canvas with a white background. The WebGL buffer is only
 * readable right after sigma draws, so the copy happens inside `afterRender`.
 */
export function snapshot(renderer: Renderer): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    renderer.once('afterRender', () => {
      const stage = renderer.getStageCanvas();
      const out = document.createElement('canvas');
      out.width = stage.width;
      out.height = stage.height;
      const context = out.getContext('2d');
      if (context) {
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, out.width, out.height);
        context.drawImage(stage, 0, 0);
      }
      resolve(out);
    });
    renderer.refresh();
  });
}

function download(href: string, fileName: string): void {
  const link = el('a', { attrs: { href, download: fileName } });
  document.body.append(link);
  link.click();
  link.remove();
}

const FORMATS: Array<{ format: ExportFormat; label: string; file: string }> = [
  { format: 'gexf', label: 'GEXF (Gephi)', file: 'kg.gexf' },
  { format: 'graphml', label: 'GraphML (Cytoscape, yEd)', file: 'kg.graphml' },
  { format: 'json', label: 'JSON (graphology)', file: 'kg.json' },
  { format: 'csv-nodes', label: 'CSV — entities', file: 'kg-nodes.csv' },
  { format: 'csv-edges', label: 'CSV — relations', file: 'kg-edges.csv' },
  { format: 'csv-evidence', label: 'CSV — evidence', file: 'kg-evidence.csv' },
  { format: 'cypher', label: 'Cypher (Neo4j)', file: 'kg.cypher' },
];

export function createExportMenu(
  getRenderer: () => Renderer | undefined,
  getFilters: () => GraphFilters,
): HTMLElement {
  const png = el('button', {
    testid: 'export-png',
    text: 'PNG of this view',
    attrs: { type: 'button', role: 'menuitem' },
    on: {
      click: () => {
        const renderer = getRenderer();
        if (!renderer) return;
        void snapshot(renderer).then((canvas) =>
          canvas.toBlob((blob) => {
            if (!blob) return;
            const url = URL.createObjectURL(blob);
            download(url, 'kg-view.png');
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          }, 'image/png'),
        );
      },
    },
  });
  const items = FORMATS.map(({ format, label, file }) =>
    el('button', {
      testid: `export-${format}`,
      text: label,
      attrs: { type: 'button', role: 'menuitem' },
      on: { click: () => download(api.exportUrl(format, getFilters()), file) },
    }),
  );
  return el(
    'details',
    { className: 'menu', testid: 'export-menu' },
    el('summary', { text: 'Export' }),
    el('div', { className: 'menu-items', attrs: { role: 'menu' } }, png, ...items),
  );
}
