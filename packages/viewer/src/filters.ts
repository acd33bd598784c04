/**
 * The filter panel: entity types, relation types, modality, minimum weight, date range and a
 * cap on entities. Filters are applied by the server (`/api/graph` query), so the graph on screen
 * is exactly what an export with the same filters would contain.
 */
import type { EntityType, Modality, RelationType } from '@kg/schema';
import { el } from './dom.js';
import {
  ENTITY_STYLES,
  ENTITY_TYPE_LIST,
  FAMILY_OF,
  FAMILY_STYLES,
  MODALITY_LIST,
  RELATION_TYPE_LIST,
  predicateText,
} from './palette.js';

export interface GraphFilters {
  /** Empty means every type. */
  types: EntityType[];
  predicates: RelationType[];
  modalities: Modality[];
  from?: string;
  to?: string;
  minWeight: number;
  top?: number;
  /** Also show entities the other filters leave without a relation. */
  isolated?: boolean;
}

export function emptyFilters(): GraphFilters {
  return { types: [], predicates: [], modalities: [], minWeight: 0 };
}

export function isFiltered(filters: GraphFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.predicates.length > 0 ||
    filters.modalities.length > 0 ||
    Boolean(filters.from || filters.to || filters.top || filters.isolated) ||
    filters.minWeight > 0
  );
}

function checkboxGroup<T extends string>(
  id: string,
  name: string,
  values: readonly T[],
  label: (value: T) => string,
  swatch: (value: T) => string | undefined,
): { fieldset: HTMLFieldSetElement; read: () => T[]; write: (selected: readonly T[]) => void } {
  const boxes = values.map((value) =>
    el('input', { attrs: { type: 'checkbox', value, checked: true, name: id } }),
  );
  const fieldset = el(
    'fieldset',
    { className: 'checks', testid: `filter-${id}` },
    el('legend', { text: name }),
    ...values.map((value, i) => {
      const color = swatch(value);
      const dot = el('span', { className: 'swatch' });
      if (color) dot.style.background = color;
      return el('label', {}, boxes[i] ?? null, color ? dot : null, label(value));
    }),
  );
  return {
    fieldset,
    // All boxes ticked means "no filter", so a new type in the store is not hidden by default.
    read: () => {
      const ticked = boxes.filter((box) => box.checked).map((box) => box.value as T);
      return ticked.length === values.length ? [] : ticked;
    },
    write: (selected) => {
      for (const box of boxes)
        box.checked = selected.length === 0 || selected.includes(box.value as T);
    },
  };
}

/** Builds the filter form; `onChange` receives the new filters when the user applies them. */
export function createFilterPanel(onChange: (filters: GraphFilters) => void): {
  element: HTMLElement;
  set: (filters: GraphFilters) => void;
} {
  const types = checkboxGroup(
    'types',
    'Entity types',
    ENTITY_TYPE_LIST,
    (t) => ENTITY_STYLES[t].name,
    (t) => ENTITY_STYLES[t].color,
  );
  const predicates = checkboxGroup(
    'predicates',
    'Relations',
    RELATION_TYPE_LIST,
    predicateText,
    (p) => FAMILY_STYLES[FAMILY_OF[p]].color,
  );
  const modalities = checkboxGroup(
    'modalities',
    'Modality',
    MODALITY_LIST,
    (m) => m,
    () => undefined,
  );
  const minWeight = el('input', {
    testid: 'filter-min-weight',
    attrs: { type: 'number', min: 0, step: 1, value: 0 },
  });
  const top = el('input', {
    testid: 'filter-top',
    attrs: { type: 'number', min: 1, step: 1, placeholder: 'all' },
  });
  const isolated = el('input', { testid: 'filter-isolated', attrs: { type: 'checkbox' } });
  const from = el('input', { testid: 'filter-from', attrs: { type: 'date' } });
  const to = el('input', { testid: 'filter-to', attrs: { type: 'date' } });

  const read = (): GraphFilters => ({
    types: types.read(),
    predicates: predicates.read(),
    modalities: modalities.read(),
    from: from.value || undefined,
    to: to.value || undefined,
    minWeight: Math.max(0, Number(minWeight.value) || 0),
    top: Number(top.value) > 0 ? Math.floor(Number(top.value)) : undefined,
    ...(isolated.checked ? { isolated: true } : {}),
  });

  const set = (filters: GraphFilters): void => {
    types.write(filters.types);
    predicates.write(filters.predicates);
    modalities.write(filters.modalities);
    from.value = filters.from ?? '';
    to.value = filters.to ?? '';
    minWeight.value = String(filters.minWeight);
    top.value = filters.top ? String(filters.top) : '';
    isolated.checked = filters.isolated === true;
  };

  const form = el(
    'form',
    {
      className: 'filters',
      testid: 'filters',
      on: {
        submit: (event) => {
          event.preventDefault();
          onChange(read());
        },
      },
    },
    types.fieldset,
    predicates.fieldset,
    modalities.fieldset,
    el(
      'div',
      { className: 'row' },
      el('label', {}, 'Min. weight ', minWeight),
      el('label', {}, 'Top entities ', top),
    ),
    el('div', { className: 'row' }, el('label', {}, 'From ', from), el('label', {}, 'To ', to)),
    el(
      'div',
      { className: 'row' },
      el(
        'label',
        { title: 'Entities the filters leave without a relation' },
        isolated,
        ' Show entities without relations',
      ),
    ),
    el(
      'div',
      { className: 'row' },
      el('button', { testid: 'filter-apply', text: 'Apply', attrs: { type: 'submit' } }),
      el('button', {
        testid: 'filter-reset',
        text: 'Reset',
        attrs: { type: 'button' },
        on: {
          click: () => {
            const cleared: GraphFilters = {
              types: [],
              predicates: [],
              modalities: [],
              minWeight: 0,
            };
            set(cleared);
            onChange(cleared);
          },
        },
      }),
    ),
  );
  return { element: form, set };
}
