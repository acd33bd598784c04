/**
 * The reader: one document's text with every mention highlighted by type, and each relation
 * listed beside the paragraph of the sentence it comes from. Opened from the documents panel
 * or from any evidence sentence (it scrolls to that sentence and marks it); clicking a mention
 * selects its entity in the graph. Text is built from offsets into DOM text nodes, never HTML.
 */
import type { DocumentReaderResponse, ReaderMention, ReaderRelation } from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { ENTITY_STYLES, predicateText } from './palette.js';

export interface ReaderHandlers {
  selectNode(id: string): void;
  selectEdge(key: string): void;
}

export interface Reader {
  element: HTMLElement;
  /** Opens a document; `at` is an evidence sentence's start in the original, to scroll to. */
  open(docId: string, at?: number): Promise<void>;
  close(): void;
}

interface Paragraph {
  start: number;
  end: number;
}

/** Paragraphs: runs of text between blank lines (or single line breaks, for one-line paragraphs). */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let match = re.exec(text); match; match = re.exec(text)) {
    if (match[0].trim()) out.push({ start: match.index, end: match.index + match[0].length });
  }
  return out;
}

/** Boundaries where a mark or a sentence starts or ends inside [start, end). */
function cuts(start: number, end: number, spans: readonly { start: number; end: number }[]) {
  const points = new Set([start, end]);
  for (const span of spans) {
    if (span.start > start && span.start < end) points.add(span.start);
    if (span.end > start && span.end < end) points.add(span.end);
  }
  return [...points].sort((a, b) => a - b);
}

function relationLine(relation: ReaderRelation, handlers: ReaderHandlers): HTMLElement {
  return el(
    'li',
    { className: 'reader-relation', testid: 'reader-relation' },
    el('button', {
      className: 'link',
      text: `${relation.subjectLabel} ${relation.label ?? predicateText(relation.predicate)} ${relation.objectLabel}`,
      attrs: { type: 'button' },
      on: { click: () => handlers.selectEdge(relation.key) },
    }),
    relation.modality === 'asserted'
      ? null
      : el('span', { className: `badge modality-${relation.modality}`, text: relation.modality }),
  );
}

/** One paragraph: text with mentions as buttons and evidence sentences as spans. */
function paragraphElement(
  text: string,
  paragraph: Paragraph,
  mentions: readonly ReaderMention[],
  sentences: readonly { start: number; end: number; evidenceStart: number }[],
  handlers: ReaderHandlers,
): HTMLElement {
  const p = el('p', { className: 'reader-text' });
  const bounds = cuts(paragraph.start, paragraph.end, [...mentions, ...sentences]);
  for (let i = 0; i + 1 < bounds.length; i++) {
    const from = bounds[i] ?? 0;
    const to = bounds[i + 1] ?? from;
    const piece = text.slice(from, to);
    const mention = mentions.find((m) => m.start <= from && m.end >= to);
    const sentence = sentences.find((s) => s.start <= from && s.end >= to);
    let node: Node = document.createTextNode(piece);
    if (mention) {
      const mark = el('mark', {
        className: 'mention',
        testid: 'reader-mention',
        text: piece,
        title: `${mention.label} (${ENTITY_STYLES[mention.type].name})`,
        attrs: { 'data-entity': mention.entity, role: 'button', tabindex: 0 },
        on: {
          click: () => handlers.selectNode(mention.entity),
          keydown: (event) => {
            if (event.key === 'Enter') handlers.selectNode(mention.entity);
          },
        },
      });
      mark.style.setProperty('--type-color', ENTITY_STYLES[mention.type].color);
      node = mark;
    }
    if (sentence) {
      const span = el('span', {
        className: 'evidence-sentence',
        attrs: { 'data-evidence-start': sentence.evidenceStart },
      });
      span.append(node);
      node = span;
    }
    p.append(node);
  }
  return p;
}

export function createReader(handlers: ReaderHandlers): Reader {
  const body = el('div', { className: 'reader-body', testid: 'reader-body' });
  const title = el('h2', { testid: 'reader-title' });
  const meta = el('div', { className: 'subtitle', testid: 'reader-meta' });
  const element = el(
    'section',
    {
      className: 'reader',
      testid: 'reader',
      attrs: { 'aria-label': 'Document reader', hidden: true, role: 'dialog' },
    },
    el(
      'header',
      {},
      title,
      el('button', {
        className: 'close',
        testid: 'reader-close',
        text: '×',
        title: 'Close the reader',
        attrs: { type: 'button', 'aria-label': 'Close the reader' },
        on: { click: () => close() },
      }),
    ),
    meta,
    body,
  );
  let ticket = 0;

  const close = (): void => {
    ticket++;
    element.hidden = true;
    replaceChildren(body);
  };

  const render = (doc: DocumentReaderResponse): void => {
    const { document: info, text, mentions, relations } = doc;
    title.textContent = info.title ?? info.source ?? info.id.slice(0, 12);
    meta.textContent = [
      info.source,
      info.date ? info.date.slice(0, 10) : 'undated',
      `${mentions.length} mentions · ${relations.length} relation sentences`,
    ]
      .filter(Boolean)
      .join(' · ');
    const sentences = [
      ...new Map(
        relations.map((r) => [
          r.start,
          { start: r.start, end: r.end, evidenceStart: r.evidenceStart },
        ]),
      ).values(),
    ];
    const rows = paragraphsOf(text).map((paragraph) => {
      const inside = <T extends { start: number; end: number }>(items: readonly T[]) =>
        items.filter((item) => item.start < paragraph.end && item.end > paragraph.start);
      const here = inside(relations);
      return el(
        'div',
        { className: 'reader-row' },
        paragraphElement(text, paragraph, inside(mentions), inside(sentences), handlers),
        el(
          'ul',
          { className: 'reader-relations', attrs: { 'aria-label': 'Relations in this paragraph' } },
          ...here.map((relation) => relationLine(relation, handlers)),
        ),
      );
    });
    replaceChildren(body, ...rows);
  };

  /** Scrolls to the sentence an evidence item starts at and marks it. */
  const jumpTo = (at: number): void => {
    const target = body.querySelector<HTMLElement>(`[data-evidence-start="${at}"]`);
    for (const old of body.querySelectorAll('.evidence-sentence.current')) {
      old.classList.remove('current');
    }
    if (!target) return;
    for (const part of body.querySelectorAll<HTMLElement>(`[data-evidence-start="${at}"]`)) {
      part.classList.add('current');
    }
    target.scrollIntoView({ block: 'center' });
  };

  return {
    element,
    close,
    async open(docId, at) {
      const mine = ++ticket;
      element.hidden = false;
      replaceChildren(body, el('p', { className: 'loading', text: 'Loading…' }));
      try {
        const doc = await api.document(docId);
        if (mine !== ticket) return;
        render(doc);
        element.dataset.doc = doc.document.id;
        if (at !== undefined) jumpTo(at);
        else body.scrollTop = 0;
      } catch (error) {
        if (mine !== ticket) return;
        replaceChildren(
          body,
          el('p', {
            className: 'error',
            testid: 'reader-error',
            text: error instanceof Error ? error.message : String(error),
          }),
        );
      }
    },
  };
}
