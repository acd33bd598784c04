/**
 * The documents panel: paste text, choose files or a folder, or drop them (each file with its
 * own progress and outcome, see uploads.ts); and every stored document with its title, date,
 * source, size, extractor version, counts and status, to read, re-extract or remove. Documents
 * queued for workers (`kg ingest --queue` into a PostgreSQL store) are listed above them with
 * their state (queued, extracting, waiting to be merged, failed with the error, and a retry
 * for a failed one), read again every few seconds while the panel is open.
 */
import type { ApiDocumentSummary, ApiQueuedDocument, IngestResponse } from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';
import { createUploadQueue, droppedFiles } from './uploads.js';
import { counted } from './words.js';

/** Documents listed at once; a filter or "Show more" reaches the rest. */
const PAGE = 100;

/** How often an open panel reads the queue of a store that has one again, in ms. */
const QUEUE_POLL_MS = 2000;

/** A queued document's state, in words. */
function queuedState(doc: ApiQueuedDocument): string {
  switch (doc.status) {
    case 'queued':
      return doc.error ? `queued to retry (last attempt: ${doc.error})` : 'queued';
    case 'active':
      return `extracting (attempt ${doc.attempts})`;
    case 'extracted':
      return 'extracted, waiting to be merged';
    case 'failed':
      return `failed: ${doc.error ?? 'unknown error'}`;
  }
}

export interface DocumentsHandlers {
  /** Something was added, re-extracted or removed: the graph should follow. */
  changed(): void;
  read(docId: string): void;
}

export interface DocumentsPanel {
  element: HTMLElement;
  /** Reloads the list (after a live change). */
  refresh(): Promise<void>;
}

function sizeText(chars: number): string {
  if (chars < 1000) return `${chars} chars`;
  if (chars < 1_000_000) return `${(chars / 1000).toFixed(chars < 10_000 ? 1 : 0)}k chars`;
  return `${(chars / 1_000_000).toFixed(1)}M chars`;
}

export function createDocumentsPanel(handlers: DocumentsHandlers): DocumentsPanel {
  const onIngested = (_response: IngestResponse): void => {
    handlers.changed();
    void refresh();
  };
  /** One line for the outcome of a single ingest. */
  const outcome = (response: IngestResponse): string => {
    const result = response.results[0];
    return result?.status === 'failed'
      ? (result.error?.message ?? 'failed')
      : result?.status === 'unchanged'
        ? 'Already in the graph.'
        : `Added: +${result?.nodesAdded ?? 0} entities, +${result?.edgesAdded ?? 0} relations.`;
  };
  const queue = createUploadQueue(onIngested);

  // --- Adding: paste, files, folder, drop --------------------------------------------------
  const title = el('input', {
    testid: 'ingest-title',
    attrs: { type: 'text', placeholder: 'Title (optional)', maxlength: 500 },
  });
  const text = el('textarea', {
    testid: 'ingest-text',
    attrs: { rows: 5, placeholder: 'Paste a news article…', 'aria-label': 'Text to add' },
  });
  const files = el('input', {
    testid: 'ingest-files',
    attrs: {
      type: 'file',
      multiple: true,
      accept: '.txt,.text,.md,.html,.htm,.pdf,.docx,text/plain,text/html',
    },
  });
  const folder = el('input', {
    testid: 'ingest-folder',
    attrs: { type: 'file', multiple: true, webkitdirectory: true },
  });
  const status = el('div', {
    className: 'ingest-status',
    testid: 'ingest-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const submit = el('button', {
    testid: 'ingest-submit',
    text: 'Add text',
    attrs: { type: 'submit' },
  });
  const choose = (input: HTMLInputElement): void => {
    queue.add([...(input.files ?? [])].map((f) => [f, f.webkitRelativePath || f.name]));
    input.value = '';
  };
  files.addEventListener('change', () => choose(files));
  folder.addEventListener('change', () => choose(folder));

  const form = el(
    'form',
    {
      className: 'ingest',
      testid: 'ingest',
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!text.value.trim()) {
            status.textContent = 'Paste some text first, or choose files.';
            return;
          }
          submit.disabled = true;
          status.textContent = 'Extracting…';
          void api
            .ingestText(text.value, title.value.trim() || undefined)
            .then((response) => {
              const result = response.results[0];
              status.textContent = outcome(response);
              if (result?.status !== 'failed') {
                text.value = '';
                title.value = '';
              }
              onIngested(response);
            })
            .catch((error: unknown) => {
              replaceChildren(
                status,
                el('span', { className: 'error', text: (error as Error).message }),
              );
            })
            .finally(() => (submit.disabled = false));
        },
      },
    },
    title,
    text,
    el('div', { className: 'row' }, submit),
    status,
    el('label', { className: 'file-pick' }, 'Files: ', files),
    el('label', { className: 'file-pick' }, 'A folder: ', folder),
    el('p', { className: 'hint', text: 'or drop files and folders here' }),
    queue.element,
  );
  // --- Adding a web page (or a PDF or DOCX) by its address: the server fetches it ----------
  const address = el('input', {
    testid: 'ingest-url',
    attrs: {
      type: 'url',
      required: true,
      placeholder: 'https://… (a web page, PDF or DOCX)',
      'aria-label': 'Address of a document to add',
    },
  });
  const fetchButton = el('button', {
    testid: 'ingest-url-submit',
    text: 'Add page',
    attrs: { type: 'submit' },
  });
  const urlStatus = el('div', {
    className: 'ingest-status',
    testid: 'ingest-url-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const urlForm = el(
    'form',
    {
      className: 'ingest-url',
      testid: 'ingest-url-form',
      on: {
        submit: (event) => {
          event.preventDefault();
          const url = address.value.trim();
          if (!url) return;
          fetchButton.disabled = true;
          urlStatus.textContent = 'Fetching and extracting…';
          void api
            .ingestUrl(url)
            .then((response) => {
              urlStatus.textContent = outcome(response);
              urlStatus.dataset.status = response.results[0]?.status ?? 'failed';
              if (response.results[0]?.status !== 'failed') address.value = '';
              onIngested(response);
            })
            .catch((error: unknown) => {
              urlStatus.dataset.status = 'failed';
              replaceChildren(
                urlStatus,
                el('span', { className: 'error', text: (error as Error).message }),
              );
            })
            .finally(() => (fetchButton.disabled = false));
        },
      },
    },
    el('div', { className: 'row' }, address, fetchButton),
    urlStatus,
  );

  form.addEventListener('dragover', (event) => {
    event.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
    if (event.dataTransfer) void droppedFiles(event.dataTransfer).then((found) => queue.add(found));
  });

  // --- The stored documents ---------------------------------------------------------------
  const filter = el('input', {
    testid: 'documents-filter',
    attrs: { type: 'search', placeholder: 'Filter by title or source', 'aria-label': 'Filter' },
  });
  const heading = el('div', { className: 'documents-count', testid: 'documents-count' });
  const list = el('ul', { className: 'document-list', testid: 'document-list' });
  const more = el('button', {
    className: 'link',
    testid: 'documents-more',
    text: 'Show more',
    attrs: { type: 'button', hidden: true },
  });
  let documents: ApiDocumentSummary[] = [];
  let shown = PAGE;

  const act = async (doc: ApiDocumentSummary, row: HTMLElement, action: 'reextract' | 'remove') => {
    const state = row.querySelector<HTMLElement>('.doc-status');
    if (state) state.textContent = action === 'remove' ? 'removing…' : 're-extracting…';
    row.dataset.status = 'working';
    try {
      if (action === 'remove') await api.removeDocument(doc.id);
      else {
        const response = await api.reextractDocument(doc.id);
        const result = response.results[0];
        if (result?.status === 'failed') throw new Error(result.error?.message ?? 'failed');
      }
      handlers.changed();
      await refresh();
    } catch (error) {
      row.dataset.status = 'failed';
      if (state) state.textContent = `failed: ${(error as Error).message}`;
    }
  };

  const rowOf = (doc: ApiDocumentSummary): HTMLElement => {
    const row = el(
      'li',
      { className: 'document', testid: 'document', attrs: { 'data-doc': doc.id } },
      el('button', {
        className: 'doc-title link',
        testid: 'document-read',
        text: doc.title ?? doc.source,
        title: 'Read this document',
        attrs: { type: 'button' },
        on: { click: () => handlers.read(doc.id) },
      }),
      el(
        'div',
        { className: 'meta' },
        el('span', { text: doc.date ? doc.date.slice(0, 10) : 'undated' }),
        el('span', { className: 'source', text: doc.source }),
        ...(doc.site ? [el('span', { testid: 'document-site', text: doc.site })] : []),
        el('span', { text: sizeText(doc.chars) }),
        el('span', { text: `extractor ${doc.extractorVersion}` }),
      ),
      el(
        'div',
        { className: 'meta' },
        el('span', {
          testid: 'document-counts',
          text: `${counted(doc.entityCount, 'entity', 'entities')} · ${counted(doc.relationCount, 'relation')}`,
        }),
        el('span', { className: 'doc-status', testid: 'document-status', text: 'ingested' }),
      ),
      el(
        'div',
        { className: 'actions' },
        el('button', {
          testid: 'document-reextract',
          text: 'Re-extract',
          attrs: { type: 'button', disabled: !doc.textStored },
          title: doc.textStored ? 'Extract this document again' : 'No stored text to extract from',
          on: { click: () => void act(doc, row, 'reextract') },
        }),
        el('button', {
          testid: 'document-remove',
          text: 'Remove',
          attrs: { type: 'button' },
          on: {
            click: () => {
              if (confirm(`Remove “${doc.title ?? doc.source}” and everything only it supports?`))
                void act(doc, row, 'remove');
            },
          },
        }),
      ),
    );
    row.dataset.status = 'ingested';
    return row;
  };

  // --- Queued for workers (a PostgreSQL store's queue) ------------------------------------
  const queuedHeading = el('h3', { text: 'Queued for ingest', attrs: { hidden: true } });
  const queuedList = el('ul', {
    className: 'document-list',
    testid: 'queued-list',
    attrs: { hidden: true },
  });
  let poll: ReturnType<typeof setTimeout> | undefined;

  /** Puts a failed document back in the queue; the row says how that went. */
  const retry = async (doc: ApiQueuedDocument, row: HTMLElement): Promise<void> => {
    const state = row.querySelector<HTMLElement>('.doc-status');
    const button = row.querySelector<HTMLButtonElement>('button');
    if (button) button.disabled = true;
    if (state) state.textContent = 'retrying…';
    try {
      const { requeued } = await api.retryQueued(doc.id);
      row.dataset.status = requeued.status;
      if (state) state.textContent = queuedState(requeued);
      button?.remove();
    } catch (error) {
      if (state) state.textContent = `retry failed: ${(error as Error).message}`;
      if (button) button.disabled = false;
    }
  };

  const queuedRow = (doc: ApiQueuedDocument): HTMLElement => {
    const row = el(
      'li',
      {
        className: 'document',
        testid: 'queued-document',
        attrs: { 'data-doc': doc.id, 'data-status': doc.status },
      },
      el('span', { className: 'doc-title', text: doc.source }),
      el(
        'div',
        { className: 'meta' },
        el('span', { text: `queued ${doc.enqueuedAt.slice(0, 16).replace('T', ' ')}` }),
        el('span', { className: 'doc-status', testid: 'queued-status', text: queuedState(doc) }),
      ),
    );
    if (doc.status === 'failed') {
      row.append(
        el(
          'div',
          { className: 'actions' },
          el('button', {
            testid: 'queued-retry',
            text: 'Retry',
            attrs: { type: 'button' },
            title: 'Put this document back in the queue for the workers',
            on: { click: () => void retry(doc, row) },
          }),
        ),
      );
    }
    return row;
  };

  /** `queue` is undefined when the store has no queue (SQLite): then nothing is followed. */
  const renderQueued = (queued: readonly ApiQueuedDocument[] | undefined): void => {
    const empty = !queued || queued.length === 0;
    queuedHeading.hidden = empty;
    queuedList.hidden = empty;
    replaceChildren(queuedList, ...(queued ?? []).map(queuedRow));
    clearTimeout(poll);
    if (!queued) return;
    // Enqueueing and a worker's failures are no store writes the event stream would announce:
    // the queue is read again while the panel is open.
    poll = setTimeout(() => {
      const panel = element.closest('details');
      if (element.isConnected && (!panel || panel.open)) void refresh();
    }, QUEUE_POLL_MS);
  };

  const render = (): void => {
    const needle = filter.value.trim().toLowerCase();
    const matching = needle
      ? documents.filter((d) => `${d.title ?? ''} ${d.source}`.toLowerCase().includes(needle))
      : documents;
    heading.textContent = needle
      ? `${matching.length} of ${counted(documents.length, 'document')}`
      : counted(documents.length, 'document');
    replaceChildren(list, ...matching.slice(0, shown).map(rowOf));
    more.hidden = matching.length <= shown;
  };
  filter.addEventListener('input', () => {
    shown = PAGE;
    render();
  });
  more.addEventListener('click', () => {
    shown += PAGE;
    render();
  });

  async function refresh(): Promise<void> {
    try {
      const response = await api.documents();
      documents = response.documents;
      renderQueued(response.queue);
      render();
    } catch (error) {
      heading.textContent = `Could not list the documents: ${(error as Error).message}`;
    }
  }

  const element = el(
    'div',
    { className: 'documents-panel', testid: 'documents' },
    form,
    urlForm,
    queuedHeading,
    queuedList,
    el('h3', { text: 'In the store' }),
    filter,
    heading,
    list,
    more,
  );
  return { element, refresh };
}
