/**
 * Ingest panel: paste text or drop files; they are posted to the server, and the graph grows
 * in place when the server answers (and again, harmlessly, when its live event arrives).
 */
import type { IngestResponse } from '@kg/schema';
import { api } from './api.js';
import { el, replaceChildren } from './dom.js';

export function createIngestPanel(onIngested: (response: IngestResponse) => void): HTMLElement {
  const title = el('input', {
    testid: 'ingest-title',
    attrs: { type: 'text', placeholder: 'Title (optional)', maxlength: 500 },
  });
  const text = el('textarea', {
    testid: 'ingest-text',
    attrs: {
      rows: 6,
      placeholder: 'Paste a news paragraph or article…',
      'aria-label': 'Text to add',
    },
  });
  const files = el('input', {
    testid: 'ingest-files',
    attrs: { type: 'file', multiple: true, accept: '.txt,.html,.htm,.md,text/plain,text/html' },
  });
  const status = el('div', {
    className: 'ingest-status',
    testid: 'ingest-status',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const submit = el('button', {
    testid: 'ingest-submit',
    text: 'Add to graph',
    attrs: { type: 'submit' },
  });

  const report = (response: IngestResponse): void => {
    replaceChildren(
      status,
      el(
        'ul',
        {},
        ...response.results.map((result) =>
          el(
            'li',
            { className: `ingest-${result.status}` },
            `${result.source}: `,
            result.status === 'failed'
              ? (result.error?.message ?? 'failed')
              : result.status === 'unchanged'
                ? 'already in the graph'
                : `+${result.nodesAdded} entities, +${result.edgesAdded} relations`,
          ),
        ),
      ),
    );
  };

  const send = async (run: () => Promise<IngestResponse>): Promise<void> => {
    submit.disabled = true;
    replaceChildren(status, 'Extracting…');
    try {
      const response = await run();
      report(response);
      onIngested(response);
    } catch (error) {
      replaceChildren(status, el('span', { className: 'error', text: (error as Error).message }));
    } finally {
      submit.disabled = false;
    }
  };

  const form = el(
    'form',
    {
      className: 'ingest',
      testid: 'ingest',
      on: {
        submit: (event) => {
          event.preventDefault();
          const chosen = [...(files.files ?? [])];
          if (chosen.length > 0) {
            void send(() => api.ingestFiles(chosen)).then(() => (files.value = ''));
          } else if (text.value.trim()) {
            void send(() => api.ingestText(text.value, title.value.trim() || undefined)).then(
              () => {
                text.value = '';
                title.value = '';
              },
            );
          } else {
            replaceChildren(status, 'Paste some text or choose files first.');
          }
        },
      },
    },
    title,
    text,
    el('label', { className: 'file-pick' }, 'or files: ', files),
    el('div', { className: 'row' }, submit),
    status,
  );

  // Files dropped anywhere on the form are uploaded at once.
  form.addEventListener('dragover', (event) => {
    event.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length > 0) void send(() => api.ingestFiles(dropped));
  });
  return form;
}
