/**
 * The side panel: an entity (type, aliases, documents, relations grouped by type with their
 * evidence) or a relation (its evidence). Built from DOM nodes and text only.
 */
import type {
  ApiRelation,
  EntityDetailsResponse,
  EntityType,
  EvidenceRecord,
  RelationResponse,
  RelationSupport,
} from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import type { CurationHandlers } from './curation.js';
import { entityCuration, relationCuration } from './curation.js';
import { evidenceList } from './evidence.js';
import { ENTITY_STYLES, FAMILY_OF, FAMILY_STYLES, predicateText } from './palette.js';
import { counted } from './words.js';

/** The documents' own dates of some evidence: "2005-01-12 – 2005-03-02", or "undated". */
function datedSpan(evidence: readonly EvidenceRecord[]): string {
  const dates = evidence.flatMap((item) => (item.date ? [item.date.slice(0, 10)] : [])).sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return 'undated';
  return first === last ? `dated ${first}` : `dated ${first} – ${last}`;
}

export interface DetailsHandlers {
  selectNode(id: string): void;
  expand(id: string): void;
  pathFrom(id: string, label: string): void;
  close(): void;
  /** What curation controls report to (rules made in the panel). */
  curation: CurationHandlers;
}

function typeBadge(type: EntityType): HTMLElement {
  const badge = el('span', {
    className: 'type-badge',
    testid: 'details-type',
    text: ENTITY_STYLES[type].name,
  });
  badge.style.setProperty('--type-color', ENTITY_STYLES[type].color);
  badge.title = type;
  return badge;
}

function modalityBadge(modality: string): HTMLElement | null {
  return modality === 'asserted'
    ? null
    : el('span', { className: `badge modality-${modality}`, text: modality });
}

/** "3 documents · 2 sources", with a mark for a single source and for a contradiction. */
function supportLine(support: Partial<RelationSupport>): HTMLElement[] {
  if (support.documentCount === undefined || support.sourceCount === undefined) return [];
  const parts: HTMLElement[] = [
    el('span', {
      className: 'support',
      testid: 'relation-support',
      text: `${counted(support.documentCount, 'document')} · ${counted(support.sourceCount, 'source')}`,
    }),
  ];
  if (support.sourceCount === 1)
    parts.push(
      el('span', {
        className: 'badge single-source',
        testid: 'single-source',
        text: 'single source',
        title: 'Only one source backs this relation',
      }),
    );
  if (support.contradicted)
    parts.push(
      el('span', {
        className: 'badge contradicted',
        testid: 'contradicted',
        text: 'contradicted',
        title: 'One source asserts it, another denies it',
      }),
    );
  return parts;
}

export function createDetailsPanel(handlers: DetailsHandlers): {
  element: HTMLElement;
  showEntity(id: string): Promise<void>;
  showRelation(key: string): Promise<void>;
  clear(): void;
} {
  const body = el('div', { className: 'details-body' });
  const element = el(
    'aside',
    { className: 'details', testid: 'details', attrs: { 'aria-label': 'Details', hidden: true } },
    el('button', {
      className: 'close',
      testid: 'details-close',
      text: '×',
      title: 'Close (Esc)',
      attrs: { type: 'button', 'aria-label': 'Close details' },
      on: { click: () => handlers.close() },
    }),
    body,
  );
  // A newer request wins; answers to older ones are dropped.
  let ticket = 0;

  const open = (...children: (Node | null)[]): void => {
    element.hidden = false;
    replaceChildren(body, ...children);
  };

  const entityLink = (id: string, label: string, type?: EntityType): HTMLElement => {
    const link = el('button', {
      className: 'entity-link',
      text: label,
      attrs: { type: 'button' },
      on: { click: () => handlers.selectNode(id) },
    });
    if (type) link.style.setProperty('--type-color', ENTITY_STYLES[type].color);
    return link;
  };

  const relationItem = (details: EntityDetailsResponse, relation: ApiRelation): HTMLElement => {
    const outgoing = relation.source === details.entity.id;
    const otherId = outgoing ? relation.target : relation.source;
    const other = details.neighbors[otherId];
    return el(
      'li',
      { className: 'relation', testid: 'relation' },
      el(
        'div',
        { className: 'relation-head' },
        el('span', {
          className: 'direction',
          text: outgoing ? '→' : '←',
          title: outgoing ? 'outgoing' : 'incoming',
        }),
        entityLink(otherId, other?.label ?? otherId, other?.type),
        modalityBadge(relation.modality),
        ...supportLine(relation),
      ),
      evidenceList(relation.evidence, 2),
    );
  };

  const renderEntity = (details: EntityDetailsResponse): void => {
    const { entity } = details;
    const groups = new Map<string, ApiRelation[]>();
    for (const relation of details.relations) {
      const name = relation.label ?? predicateText(relation.predicate);
      groups.set(name, [...(groups.get(name) ?? []), relation]);
    }
    const relationSections = [...groups.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([name, relations]) => {
        const first = relations[0];
        const heading = el(
          'h4',
          {},
          name,
          el('span', { className: 'count', text: String(relations.length) }),
        );
        if (first)
          heading.style.setProperty(
            '--family-color',
            FAMILY_STYLES[FAMILY_OF[first.predicate]].color,
          );
        return el(
          'section',
          { className: 'relation-group', testid: 'relation-group' },
          heading,
          el('ul', {}, ...relations.map((r) => relationItem(details, r))),
        );
      });
    open(
      el('h2', { testid: 'details-title', text: entity.label }),
      el(
        'div',
        { className: 'subtitle' },
        typeBadge(entity.type),
        ` ${counted(entity.mentionCount, 'mention')} · ${counted(entity.documentCount, 'document')}`,
      ),
      entity.aliases.length
        ? el(
            'p',
            { className: 'aliases', testid: 'details-aliases' },
            el('strong', { text: 'Also: ' }),
            entity.aliases.join(', '),
          )
        : null,
      el(
        'div',
        { className: 'actions' },
        el('button', {
          testid: 'expand-button',
          text: 'Expand neighbours',
          attrs: { type: 'button' },
          on: { click: () => handlers.expand(entity.id) },
        }),
        el('button', {
          testid: 'path-from-button',
          text: 'Path from here',
          attrs: { type: 'button' },
          on: { click: () => handlers.pathFrom(entity.id, entity.label) },
        }),
      ),
      entityCuration(entity, handlers.curation),
      el('h3', { text: `Relations (${details.relations.length})` }),
      ...relationSections,
      details.documents.length
        ? el('h3', { text: `Documents (${details.documents.length})` })
        : null,
      details.documents.length
        ? el(
            'ul',
            { className: 'documents', testid: 'details-documents' },
            ...details.documents.map((doc) =>
              el(
                'li',
                {},
                doc.title ?? doc.source ?? doc.id.slice(0, 12),
                doc.date ? el('time', { text: ` ${doc.date.slice(0, 10)}` }) : null,
              ),
            ),
          )
        : null,
    );
  };

  const renderRelation = ({ relation, evidence }: RelationResponse): void => {
    const color = FAMILY_STYLES[FAMILY_OF[relation.predicate]].color;
    const predicate = el('span', {
      className: 'predicate',
      text: relation.label ?? predicateText(relation.predicate),
    });
    predicate.style.setProperty('--family-color', color);
    open(
      el(
        'h2',
        { testid: 'details-title' },
        entityLink(relation.source, relation.sourceLabel),
        ' ',
        predicate,
        ' ',
        entityLink(relation.target, relation.targetLabel),
      ),
      el(
        'div',
        { className: 'subtitle' },
        modalityBadge(relation.modality),
        ` ${counted(relation.evidenceCount, 'sentence')} · `,
        ...supportLine(relation),
        ` · ${datedSpan(evidence)}`,
      ),
      relationCuration(relation.key, handlers.curation),
      el('h3', { text: 'Evidence' }),
      evidenceList(evidence, 20),
    );
  };

  const failed = (error: unknown): void => {
    open(
      el('p', {
        className: 'error',
        testid: 'details-error',
        text: error instanceof Error ? error.message : String(error),
      }),
    );
  };

  return {
    element,
    async showEntity(id) {
      const mine = ++ticket;
      open(el('p', { className: 'loading', text: 'Loading…' }));
      try {
        const details = await api.entity(id);
        if (mine === ticket) renderEntity(details);
      } catch (error) {
        if (mine === ticket) failed(error);
      }
    },
    async showRelation(key) {
      const mine = ++ticket;
      open(el('p', { className: 'loading', text: 'Loading…' }));
      try {
        const details = await api.relation(key);
        if (mine === ticket) renderRelation(details);
      } catch (error) {
        if (mine === ticket) failed(error);
      }
    },
    clear() {
      ticket++;
      element.hidden = true;
      replaceChildren(body);
    },
  };
}
