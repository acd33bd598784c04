/**
 * Curation in the viewer: the controls that correct an entity (rename, retype, merge into
 * another, split an alias off) or a relation (accept, reject), and the curation history with
 * undo. Each action is a curation rule the server keeps in the store — the rules `kg entities`
 * writes — so it survives re-ingest and re-extraction.
 */
import type {
  ApiCurationRecord,
  CurationBody,
  CurationResponse,
  EntityType,
  RelationType,
} from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { ENTITY_STYLES, ENTITY_TYPE_LIST, predicateText } from './palette.js';
import { createCombobox } from './search.js';

export interface CurationHandlers {
  /** A rule was made or undone; `key` is where the entity or relation lives now. */
  curated(key: string | undefined): void;
  notify(message: string, kind?: 'info' | 'error'): void;
}

/** Sends one curation action and reports it. */
async function run(
  body: CurationBody,
  handlers: CurationHandlers,
  done: string,
): Promise<CurationResponse | undefined> {
  try {
    const response = await api.curate(body);
    handlers.notify(done);
    handlers.curated(response.key);
    return response;
  } catch (error) {
    handlers.notify((error as Error).message, 'error');
    return undefined;
  }
}

/** The words for a rule in the history. */
export function ruleText(rule: ApiCurationRecord['rule']): string {
  const name = (key: string) => key.replace(/^[A-Z]+:/, '');
  switch (rule.op) {
    case 'merge':
      return `Merged ${name(rule.key)} into ${name(rule.into)}`;
    case 'split':
      return `Split “${rule.alias}” off ${name(rule.key)}`;
    case 'rename':
      return `Renamed ${name(rule.key)} to “${rule.label}”`;
    case 'retype':
      return `Made ${name(rule.key)} a ${ENTITY_STYLES[rule.type].name.toLowerCase()}`;
    case 'reject':
    case 'accept': {
      const [subject = '', predicate = '', object = ''] = rule.key.split('|');
      const verb = rule.op === 'reject' ? 'Rejected' : 'Accepted';
      return `${verb} ${name(subject)} ${predicateText(predicate as RelationType)} ${name(object)}`;
    }
  }
}

/** Rename, retype, merge and split controls for the entity panel. */
export function entityCuration(
  entity: { id: string; label: string; type: EntityType; aliases: readonly string[] },
  handlers: CurationHandlers,
): HTMLElement {
  const rename = el('input', {
    testid: 'curate-rename-input',
    attrs: { type: 'text', value: entity.label, 'aria-label': 'New name', maxlength: 500 },
  });
  const type = el(
    'select',
    { testid: 'curate-retype-select', attrs: { 'aria-label': 'Type' } },
    ...ENTITY_TYPE_LIST.map((t) =>
      el('option', {
        text: ENTITY_STYLES[t].name,
        attrs: { value: t, selected: t === entity.type },
      }),
    ),
  );
  const merge = createCombobox({
    name: 'merge',
    label: 'Merge into',
    placeholder: 'Merge into… (search)',
    onSelect: (hit) => {
      if (hit.id === entity.id) return;
      void run(
        { op: 'merge', into: hit.id, from: entity.id },
        handlers,
        `Merged ${entity.label} into ${hit.label}.`,
      );
    },
  });
  const splits = entity.aliases.map((alias) =>
    el(
      'li',
      {},
      alias,
      ' ',
      el('button', {
        className: 'link',
        testid: 'curate-split',
        text: 'split off',
        title: `Make “${alias}” an entity of its own`,
        attrs: { type: 'button', 'data-alias': alias },
        on: {
          click: () =>
            void run(
              { op: 'split', entity: entity.id, alias },
              handlers,
              `Split “${alias}” off ${entity.label}.`,
            ),
        },
      }),
    ),
  );
  return el(
    'details',
    { className: 'curation', testid: 'curation-entity' },
    el('summary', { text: 'Correct this entity' }),
    el(
      'form',
      {
        className: 'row',
        on: {
          submit: (event) => {
            event.preventDefault();
            const label = rename.value.trim();
            if (label && label !== entity.label)
              void run(
                { op: 'rename', entity: entity.id, label },
                handlers,
                `Renamed ${entity.label} to ${label}.`,
              );
          },
        },
      },
      rename,
      el('button', { testid: 'curate-rename', text: 'Rename', attrs: { type: 'submit' } }),
    ),
    el(
      'div',
      { className: 'row' },
      type,
      el('button', {
        testid: 'curate-retype',
        text: 'Retype',
        attrs: { type: 'button' },
        on: {
          click: () => {
            const next = type.value as EntityType;
            if (next !== entity.type)
              void run(
                { op: 'retype', entity: entity.id, type: next },
                handlers,
                `${entity.label} is now a ${ENTITY_STYLES[next].name.toLowerCase()}.`,
              );
          },
        },
      }),
    ),
    merge.element,
    splits.length ? el('ul', { className: 'aliases-split' }, ...splits) : null,
  );
}

/** Accept and reject buttons for the relation panel. */
export function relationCuration(key: string, handlers: CurationHandlers): HTMLElement {
  return el(
    'div',
    { className: 'actions curation', testid: 'curation-relation' },
    el('button', {
      testid: 'curate-accept',
      text: 'Accept',
      title: 'Confirm this relation (kept as reviewed)',
      attrs: { type: 'button' },
      on: {
        click: () => void run({ op: 'accept', relation: key }, handlers, 'Relation accepted.'),
      },
    }),
    el('button', {
      testid: 'curate-reject',
      text: 'Reject',
      title: 'Remove this relation; it stays hidden after re-extraction',
      attrs: { type: 'button' },
      on: {
        click: () => void run({ op: 'reject', relation: key }, handlers, 'Relation rejected.'),
      },
    }),
  );
}

export interface CurationHistory {
  element: HTMLElement;
  refresh(): Promise<void>;
}

/** The list of curation rules, newest first, each with an undo button. */
export function createCurationHistory(handlers: CurationHandlers): CurationHistory {
  const list = el('ol', { className: 'curation-history', testid: 'curation-history' });
  const empty = el('p', { className: 'hint', text: 'No corrections yet.' });

  const undo = async (record: ApiCurationRecord, button: HTMLButtonElement): Promise<void> => {
    button.disabled = true;
    button.textContent = 'Undoing…';
    try {
      const response = await api.undoCuration(record.id);
      const failed = response.results.filter((r) => r.status === 'failed');
      handlers.notify(
        failed.length
          ? `Undone, but ${failed.length} document(s) could not be extracted again.`
          : `Undone: ${ruleText(record.rule)}.`,
        failed.length ? 'error' : 'info',
      );
      handlers.curated(undefined);
    } catch (error) {
      handlers.notify((error as Error).message, 'error');
    }
    await refresh();
  };

  async function refresh(): Promise<void> {
    try {
      const { rules } = await api.curation();
      empty.hidden = rules.length > 0;
      replaceChildren(
        list,
        ...[...rules].reverse().map((record) => {
          const button = el('button', {
            className: 'link',
            testid: 'curation-undo',
            text: 'Undo',
            attrs: { type: 'button' },
          });
          button.addEventListener('click', () => void undo(record, button));
          return el(
            'li',
            { testid: 'curation-record', attrs: { 'data-op': record.rule.op } },
            el('span', { text: ruleText(record.rule) }),
            el('time', {
              text: ` ${record.createdAt.slice(0, 16).replace('T', ' ')}`,
              attrs: { datetime: record.createdAt },
            }),
            ' ',
            button,
          );
        }),
      );
    } catch (error) {
      handlers.notify(`Curation history: ${(error as Error).message}`, 'error');
    }
  }

  return { element: el('div', { className: 'curation-panel' }, empty, list), refresh };
}
