/** The legend: entity types (colour and shape), relation families (colour), modalities (dashes). */
import type { EntityType } from '@kg/schema';
import { el } from './dom.js';
import {
  ENTITY_STYLES,
  ENTITY_TYPE_LIST,
  FAMILY_STYLES,
  MODALITY_DASHES,
  MODALITY_LIST,
} from './palette.js';

export function createLegend(): {
  element: HTMLElement;
  update(counts: Map<EntityType, number>): void;
} {
  const typeItems = new Map<EntityType, HTMLElement>();
  const types = el(
    'ul',
    { className: 'legend-types' },
    ...ENTITY_TYPE_LIST.map((type) => {
      const style = ENTITY_STYLES[type];
      const shape = el('span', { className: `shape shape-${style.shape}` });
      shape.style.setProperty('--type-color', style.color);
      const item = el(
        'li',
        { attrs: { 'data-type': type } },
        shape,
        style.name,
        el('span', { className: 'count' }),
      );
      typeItems.set(type, item);
      return item;
    }),
  );
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
    el('h3', { text: 'Entities' }),
    types,
    el('h3', { text: 'Relations' }),
    families,
    modalities,
  );
  return {
    element,
    update(counts) {
      for (const [type, item] of typeItems) {
        const count = counts.get(type) ?? 0;
        item.hidden = count === 0;
        const badge = item.querySelector('.count');
        if (badge) badge.textContent = String(count);
      }
    },
  };
}
