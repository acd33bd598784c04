/**
 * Path finder: pick two entities, get the shortest paths between them from the server, see
 * them highlighted in the graph and read the evidence for every hop.
 */
import type { PathsResponse } from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { evidenceList } from './evidence.js';
import { FAMILY_OF, FAMILY_STYLES, predicateText } from './palette.js';
import { createCombobox } from './search.js';

export interface PathFinder {
  element: HTMLElement;
  /** Fills the ends (from a shared URL or the details panel) and searches when both are set. */
  setEnds(from?: { id: string; label: string }, to?: { id: string; label: string }): Promise<void>;
  clear(): void;
}

export function createPathFinder(handlers: {
  /** Paths found (or cleared: undefined): the app shows them in the graph. */
  found(response: PathsResponse | undefined): void;
  changed(ends: { from: string; to: string } | undefined): void;
  selectNode(id: string): void;
}): PathFinder {
  const from = createCombobox({
    name: 'path-from',
    label: 'From',
    placeholder: 'From…',
    onSelect: () => void find(),
  });
  const to = createCombobox({
    name: 'path-to',
    label: 'To',
    placeholder: 'To…',
    onSelect: () => void find(),
  });
  const results = el('div', {
    className: 'path-results',
    testid: 'path-results',
    attrs: { 'aria-live': 'polite' },
  });

  const render = (response: PathsResponse): void => {
    const label = (id: string): string => response.entities[id]?.label ?? id;
    if (response.paths.length === 0) {
      replaceChildren(
        results,
        el('p', { className: 'empty', testid: 'path-empty', text: 'No path links these two.' }),
      );
      return;
    }
    replaceChildren(
      results,
      ...response.paths.map((path, i) =>
        el(
          'details',
          { className: 'path', testid: 'path-result', attrs: { open: i === 0 } },
          el('summary', {
            text: `${path.hops.length} hop${path.hops.length === 1 ? '' : 's'}: ${path.nodes.map(label).join(' → ')}`,
          }),
          el(
            'ol',
            {},
            ...path.hops.map((hop) => {
              const [a, b] =
                hop.direction === 'forward' ? [hop.source, hop.target] : [hop.target, hop.source];
              const predicate = el('span', {
                className: 'predicate',
                text:
                  hop.direction === 'forward'
                    ? predicateText(hop.predicate)
                    : `← ${predicateText(hop.predicate)}`,
              });
              predicate.style.setProperty(
                '--family-color',
                FAMILY_STYLES[FAMILY_OF[hop.predicate]].color,
              );
              const link = (id: string): HTMLElement =>
                el('button', {
                  className: 'entity-link',
                  text: label(id),
                  attrs: { type: 'button' },
                  on: { click: () => handlers.selectNode(id) },
                });
              return el(
                'li',
                { className: 'hop', testid: 'path-hop' },
                el('div', { className: 'hop-head' }, link(a), ' ', predicate, ' ', link(b)),
                evidenceList(hop.evidence, 1),
              );
            }),
          ),
        ),
      ),
    );
  };

  let ticket = 0;
  const find = async (): Promise<void> => {
    const a = from.value();
    const b = to.value();
    if (!a || !b) return;
    const mine = ++ticket;
    handlers.changed({ from: a.id, to: b.id });
    replaceChildren(results, el('p', { className: 'loading', text: 'Searching…' }));
    try {
      const response = await api.paths(a.id, b.id, 3);
      if (mine !== ticket) return;
      render(response);
      handlers.found(response);
    } catch (error) {
      if (mine !== ticket) return;
      replaceChildren(results, el('p', { className: 'error', text: (error as Error).message }));
    }
  };

  const clear = (): void => {
    ticket++;
    from.set(undefined);
    to.set(undefined);
    replaceChildren(results);
    handlers.found(undefined);
    handlers.changed(undefined);
  };

  const element = el(
    'div',
    { className: 'path-finder', testid: 'path-finder' },
    from.element,
    to.element,
    el(
      'div',
      { className: 'row' },
      el('button', {
        testid: 'path-find',
        text: 'Find paths',
        attrs: { type: 'button' },
        on: { click: () => void find() },
      }),
      el('button', {
        testid: 'path-clear',
        text: 'Clear',
        attrs: { type: 'button' },
        on: { click: clear },
      }),
    ),
    results,
  );

  return {
    element,
    async setEnds(a, b) {
      if (a) from.set(a);
      if (b) to.set(b);
      await find();
    },
    clear,
  };
}
