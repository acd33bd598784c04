/**
 * The legend: entity types (colour and shape) or communities (colour, named by their best
 * connected members), relation families (colour) and modalities (dashes), counting what is on
 * screen. A switch colours the graph by type or by community. `snapshot()` hands the same
 * content to the image export, so a saved picture carries its legend.
 */
import type { EntityType } from '@kg/schema';
import { el, replaceChildren } from './dom.js';
import type { ViewGraph } from './graph-view.js';
import {
  communityColor,
  ENTITY_STYLES,
  ENTITY_TYPE_LIST,
  FAMILY_STYLES,
  MODALITY_DASHES,
  MODALITY_LIST,
  type NodeShape,
} from './palette.js';

/** What the legend shows, for drawing it elsewhere (the image export). */
export interface LegendSnapshot {
  title: string;
  nodes: Array<{ name: string; color: string; shape: NodeShape; count: number }>;
  families: Array<{ name: string; color: string }>;
  modalities: Array<{ name: string; dash: number; gap: number }>;
}

export interface Legend {
  element: HTMLElement;
  update(graph: ViewGraph | undefined, byCommunity: boolean): void;
  setMode(byCommunity: boolean): void;
  snapshot(): LegendSnapshot;
}

/** Communities listed in the legend (the rest are summed up). */
const SHOWN_COMMUNITIES = 8;

export function createLegend(onMode: (byCommunity: boolean) => void): Legend {
  const byType = el('input', {
    testid: 'color-by-type',
    attrs: { type: 'radio', name: 'color-by', value: 'type', checked: true },
  });
  const byCommunity = el('input', {
    testid: 'color-by-community',
    attrs: { type: 'radio', name: 'color-by', value: 'community' },
  });
  byType.addEventListener('change', () => onMode(false));
  byCommunity.addEventListener('change', () => onMode(true));
  const nodesTitle = el('h3', { text: 'Entities' });
  const nodeList = el('ul', { className: 'legend-types', testid: 'legend-nodes' });
  const families = el(
    'ul',
    { className: 'legend-families' },
    ...Object.values(FAMILY_STYLES).map(({ color, name }) => {
      const line = el('span', { className: 'line' });
      line.style.setProperty('--family-color', color);
      return el('li', {}, line, name);
    }),
  );
  const modalities = el(
    'ul',
    { className: 'legend-modalities' },
    ...MODALITY_LIST.map((modality) => {
      const { dash, gap } = MODALITY_DASHES[modality];
      const line = el('span', { className: 'line' });
      line.style.setProperty('--dash', `${dash || 100}px`);
      line.style.setProperty('--gap', `${gap}px`);
      return el('li', {}, line, modality);
    }),
  );
  const element = el(
    'div',
    { className: 'legend', testid: 'legend' },
    el(
      'div',
      { className: 'row color-by', attrs: { role: 'radiogroup', 'aria-label': 'Colour nodes by' } },
      'Colour by ',
      el('label', {}, byType, ' type'),
      el('label', {}, byCommunity, ' community'),
    ),
    nodesTitle,
    nodeList,
    el('h3', { text: 'Relations' }),
    families,
    modalities,
  );

  let snapshot: LegendSnapshot = {
    title: 'Entities',
    nodes: [],
    families: Object.values(FAMILY_STYLES).map(({ color, name }) => ({ name, color })),
    modalities: MODALITY_LIST.map((m) => ({ name: m, ...MODALITY_DASHES[m] })),
  };

  const item = (name: string, color: string, shape: NodeShape, count: number, attrs = {}) => {
    const mark = el('span', { className: `shape shape-${shape}` });
    mark.style.setProperty('--type-color', color);
    return el('li', { attrs }, mark, name, el('span', { className: 'count', text: String(count) }));
  };

  return {
    element,
    setMode(community) {
      byType.checked = !community;
      byCommunity.checked = community;
    },
    update(graph, community) {
      const rows: LegendSnapshot['nodes'] = [];
      if (graph && community) {
        const members = new Map<number, { count: number; top: { label: string; w: number }[] }>();
        graph.forEachNode((_key, attrs) => {
          const c = attrs.community ?? -1;
          const entry = members.get(c) ?? { count: 0, top: [] };
          entry.count++;
          entry.top.push({ label: attrs.label, w: attrs.weightedDegree });
          members.set(c, entry);
        });
        const sorted = [...members.entries()].sort((a, b) => b[1].count - a[1].count);
        for (const [c, entry] of sorted.slice(0, SHOWN_COMMUNITIES)) {
          const names = entry.top
            .sort((a, b) => b.w - a.w)
            .slice(0, 2)
            .map((m) => m.label)
            .join(', ');
          rows.push({
            name: names || 'No community',
            color: communityColor(c),
            shape: 'circle',
            count: entry.count,
          });
        }
        const rest = sorted.slice(SHOWN_COMMUNITIES).reduce((sum, [, e]) => sum + e.count, 0);
        if (rest > 0)
          rows.push({ name: 'Other communities', color: '#d1d5db', shape: 'circle', count: rest });
      } else if (graph) {
        const counts = new Map<EntityType, number>();
        graph.forEachNode((_k, attrs) => counts.set(attrs.type, (counts.get(attrs.type) ?? 0) + 1));
        for (const type of ENTITY_TYPE_LIST) {
          const count = counts.get(type) ?? 0;
          if (count > 0)
            rows.push({
              name: ENTITY_STYLES[type].name,
              color: ENTITY_STYLES[type].color,
              shape: ENTITY_STYLES[type].shape,
              count,
            });
        }
      }
      nodesTitle.textContent = community ? 'Communities' : 'Entities';
      replaceChildren(
        nodeList,
        ...rows.map((row) => item(row.name, row.color, row.shape, row.count)),
      );
      snapshot = { ...snapshot, title: nodesTitle.textContent, nodes: rows };
    },
    snapshot: () => snapshot,
  };
}
