/**
 * Entity autocomplete following the ARIA combobox pattern: type to search names and aliases,
 * ArrowDown/ArrowUp to move, Enter to choose, Escape to close. Used by the search bar and by
 * both ends of the path finder.
 */
import type { SearchResult } from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { ENTITY_STYLES } from './palette.js';

export interface Combobox {
  element: HTMLElement;
  input: HTMLInputElement;
  /** Shows a chosen entity in the input without searching. */
  set(result: { id: string; label: string } | undefined): void;
  value(): { id: string; label: string } | undefined;
}

let instances = 0;

export function createCombobox(options: {
  name: string;
  label: string;
  placeholder: string;
  onSelect: (result: SearchResult) => void;
}): Combobox {
  const id = `combo-${options.name}-${++instances}`;
  const listbox = el('ul', {
    className: 'listbox',
    testid: `${options.name}-options`,
    attrs: {
      id: `${id}-list`,
      role: 'listbox',
      'aria-label': `${options.label} suggestions`,
      hidden: true,
    },
  });
  const input = el('input', {
    testid: `${options.name}-input`,
    attrs: {
      id,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
    },
  });
  const label = el('label', {
    className: 'visually-hidden',
    text: options.label,
    attrs: { for: id },
  });
  const element = el('div', { className: 'combobox', testid: options.name }, label, input, listbox);

  let results: SearchResult[] = [];
  let active = -1;
  let chosen: { id: string; label: string } | undefined;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = (): void => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const highlight = (index: number): void => {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView?.({ block: 'nearest' });
      }
    });
  };

  const choose = (index: number): void => {
    const result = results[index];
    if (!result) return;
    chosen = { id: result.id, label: result.label };
    input.value = result.label;
    close();
    options.onSelect(result);
  };

  const render = (query: string): void => {
    if (results.length === 0) {
      replaceChildren(
        listbox,
        el('li', {
          className: 'empty',
          text: `No entity matches “${query}”`,
          attrs: { role: 'presentation' },
        }),
      );
    } else {
      replaceChildren(
        listbox,
        ...results.map((result, i) => {
          const style = ENTITY_STYLES[result.type];
          const dot = el('span', { className: `shape shape-${style.shape}` });
          dot.style.setProperty('--type-color', style.color);
          const needle = query.toLowerCase();
          const alias = result.label.toLowerCase().includes(needle)
            ? undefined
            : result.aliases.find((a) => a.toLowerCase().includes(needle));
          return el(
            'li',
            {
              testid: 'search-option',
              attrs: {
                id: `${id}-opt-${i}`,
                role: 'option',
                'aria-selected': 'false',
                'data-entity': result.id,
              },
              on: {
                mousedown: (event) => event.preventDefault(), // keep focus in the input
                click: () => choose(i),
              },
            },
            dot,
            el('span', { className: 'option-label', text: result.label }),
            alias ? el('span', { className: 'option-alias', text: ` (${alias})` }) : null,
            el('span', { className: 'option-type', text: style.name }),
          );
        }),
      );
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(results.length > 0 ? 0 : -1);
  };

  const search = async (query: string, chooseFirst = false): Promise<void> => {
    clearTimeout(timer);
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await api.search(query, 8, controller.signal);
      if (input.value.trim() !== query) return;
      results = response.results;
      render(query);
      if (chooseFirst && results.length > 0) choose(0);
    } catch (error) {
      if ((error as Error).name !== 'AbortError') close();
    }
  };

  input.addEventListener('input', () => {
    chosen = undefined;
    clearTimeout(timer);
    const query = input.value.trim();
    if (!query) {
      results = [];
      close();
      return;
    }
    timer = setTimeout(() => void search(query), 120);
  });
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && results.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (open) highlight((active + 1) % results.length);
        else if (input.value.trim()) void search(input.value.trim());
        break;
      case 'ArrowUp':
        if (!open) break;
        event.preventDefault();
        highlight((active - 1 + results.length) % results.length);
        break;
      case 'Enter':
        event.preventDefault();
        // Enter before the suggestions arrived picks the best match once they do.
        if (open) choose(Math.max(0, active));
        else if (input.value.trim() && !chosen) void search(input.value.trim(), true);
        break;
      case 'Escape':
        if (listbox.hidden) break;
        event.preventDefault();
        event.stopPropagation();
        close();
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    element,
    input,
    set(result) {
      chosen = result;
      input.value = result?.label ?? '';
      close();
    },
    value: () => chosen,
  };
}
