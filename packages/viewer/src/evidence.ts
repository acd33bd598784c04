/**
 * Evidence sentences as DOM: the sentence is text, and the subject and object mentions are
 * wrapped in `<mark>` elements built from offsets, so a sentence containing markup shows that
 * markup as characters.
 */
import type { EvidenceRecord } from '@kg/schema';
import { el } from './dom.js';

type Span = { start: number; end: number };

/** Maps a mention span to sentence offsets; spans may be document- or sentence-relative. */
function toSentenceSpan(evidence: EvidenceRecord, span: Span | undefined): Span | undefined {
  if (!span || span.end <= span.start) return undefined;
  const length = evidence.sentence.length;
  if (
    span.start >= evidence.start &&
    span.end <= evidence.end &&
    evidence.end - evidence.start === length
  ) {
    return { start: span.start - evidence.start, end: span.end - evidence.start };
  }
  return span.end <= length ? span : undefined;
}

/** The sentence with its mentions highlighted. */
export function sentenceElement(evidence: EvidenceRecord): HTMLElement {
  const text = evidence.sentence;
  const spans = [
    { span: toSentenceSpan(evidence, evidence.subjectSpan), role: 'subject' },
    { span: toSentenceSpan(evidence, evidence.objectSpan), role: 'object' },
  ]
    .filter((item): item is { span: Span; role: string } => item.span !== undefined)
    .sort((a, b) => a.span.start - b.span.start);
  const quote = el('q', { className: 'sentence', testid: 'evidence-sentence' });
  let cursor = 0;
  for (const { span, role } of spans) {
    if (span.start < cursor) continue; // overlapping mentions: keep the first
    quote.append(text.slice(cursor, span.start));
    quote.append(el('mark', { className: role, text: text.slice(span.start, span.end) }));
    cursor = span.end;
  }
  quote.append(text.slice(cursor));
  return quote;
}

/** Opens the reader at an evidence item's sentence (set once by the app). */
let openInReader: ((evidence: EvidenceRecord) => void) | undefined;

/** Makes every evidence sentence open the reader at that sentence when clicked. */
export function setEvidenceOpener(open: (evidence: EvidenceRecord) => void): void {
  openInReader = open;
}

/** One evidence item: the sentence, then its modality, attribution, source and date. */
export function evidenceItem(evidence: EvidenceRecord): HTMLLIElement {
  const meta = el('div', { className: 'meta' });
  if (evidence.modality !== 'asserted') {
    meta.append(
      el('span', { className: `badge modality-${evidence.modality}`, text: evidence.modality }),
    );
  }
  if (evidence.attribution)
    meta.append(el('span', { text: `according to ${evidence.attribution}` }));
  meta.append(
    el('span', { className: 'source', text: evidence.docSource ?? evidence.docId.slice(0, 12) }),
  );
  // The document's own date; an undated document's evidence says so (never its ingest time).
  meta.append(
    evidence.date
      ? el('time', { text: evidence.date.slice(0, 10), attrs: { datetime: evidence.date } })
      : el('span', { className: 'undated', text: 'undated' }),
  );
  const sentence = sentenceElement(evidence);
  const open = openInReader;
  if (open) {
    sentence.classList.add('openable');
    sentence.title = 'Read it in its document';
    sentence.tabIndex = 0;
    sentence.setAttribute('role', 'link');
    sentence.addEventListener('click', () => open(evidence));
    sentence.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') open(evidence);
    });
  }
  return el('li', { className: 'evidence', testid: 'evidence' }, sentence, meta);
}

/** A list of evidence items, capped with a "show all" button for long lists. */
export function evidenceList(items: readonly EvidenceRecord[], cap = 3): HTMLElement {
  const list = el('ul', { className: 'evidence-list' });
  items.slice(0, cap).forEach((item) => list.append(evidenceItem(item)));
  if (items.length <= cap) return list;
  const more = el('button', {
    className: 'link',
    text: `Show ${items.length - cap} more`,
    attrs: { type: 'button' },
    on: {
      click: () => {
        items.slice(cap).forEach((item) => list.append(evidenceItem(item)));
        more.remove();
      },
    },
  });
  return el('div', {}, list, more);
}
