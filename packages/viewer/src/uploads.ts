/**
 * Uploads with per-file progress: files (chosen, dropped or a whole folder) wait in a queue,
 * go up a few at a time in one multipart request whose upload progress is shared out over its
 * files by size, then wait while the server extracts, and end added, unchanged or failed with
 * the server's message. A failed file keeps its bytes in the page and can be sent again.
 */
import type { IngestResponse, IngestResult } from '@kg/schema';
import { ApiRequestError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { counted } from './words.js';

/** Files a folder upload takes (others are listed as skipped). */
const ACCEPTED = /\.(txt|text|md|markdown|html?|xhtml|pdf|docx)$/i;
/** Files per request: the server's rate limit counts requests, not files. */
const BATCH_FILES = 8;
const BATCH_BYTES = 4 * 1024 * 1024;

export type UploadState = 'queued' | 'uploading' | 'extracting' | IngestResult['status'];

interface Upload {
  file: File;
  /** The name shown: the path inside a dropped or chosen folder, else the file name. */
  name: string;
  state: UploadState;
  progress: number;
  message?: string;
  row: HTMLElement;
}

/** Every file of a dropped item, folders read recursively (`webkitGetAsEntry`). */
async function filesOfEntry(entry: FileSystemEntry, prefix = ''): Promise<[File, string][]> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    return [[file, `${prefix}${file.name}`]];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: [File, string][] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    for (const child of batch) out.push(...(await filesOfEntry(child, `${prefix}${entry.name}/`)));
  }
  return out;
}

/** The files of a drop, with folders opened. */
export async function droppedFiles(data: DataTransfer): Promise<[File, string][]> {
  const entries = [...data.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => Boolean(entry));
  if (entries.length === 0) return [...data.files].map((file) => [file, file.name]);
  const out: [File, string][] = [];
  for (const entry of entries) out.push(...(await filesOfEntry(entry)));
  return out;
}

/** Posts files in one request, reporting the share of the body sent (0..1) as it goes. */
function postFiles(files: readonly Upload[], onProgress: (sent: number) => void) {
  return new Promise<IngestResponse>((resolve, reject) => {
    const form = new FormData();
    for (const upload of files) form.append('files', upload.file, upload.file.name);
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const body = xhr.response as
        (IngestResponse & { error?: { code: string; message: string } }) | null;
      if (body && Array.isArray(body.results)) resolve(body);
      else
        reject(
          new ApiRequestError(
            xhr.status,
            body?.error?.code ?? 'INTERNAL',
            body?.error?.message ?? `HTTP ${xhr.status}`,
          ),
        );
    });
    xhr.addEventListener('error', () =>
      reject(new ApiRequestError(0, 'NETWORK', 'The server could not be reached.')),
    );
    xhr.send(form);
  });
}

export interface UploadQueue {
  element: HTMLElement;
  add(files: readonly [File, string][]): void;
}

/** A queue of uploads; `onDone` runs after every batch the server answered. */
export function createUploadQueue(onDone: (response: IngestResponse) => void): UploadQueue {
  const list = el('ul', { className: 'uploads', testid: 'uploads' });
  const summary = el('div', {
    className: 'uploads-summary',
    testid: 'uploads-summary',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  const uploads: Upload[] = [];
  let running = false;

  const show = (upload: Upload): void => {
    const { row } = upload;
    row.dataset.state = upload.state;
    const status =
      upload.state === 'uploading'
        ? `uploading ${Math.round(upload.progress * 100)}%`
        : upload.state === 'added'
          ? 'added'
          : upload.state === 'unchanged'
            ? 'already in the graph'
            : upload.state;
    const bar = el('progress', {
      attrs: { max: 100, value: Math.round(upload.progress * 100) },
    });
    const retry =
      upload.state === 'failed'
        ? el('button', {
            className: 'link',
            testid: 'upload-retry',
            text: 'Retry',
            attrs: { type: 'button' },
            on: {
              click: () => {
                upload.state = 'queued';
                upload.progress = 0;
                delete upload.message;
                show(upload);
                void run();
              },
            },
          })
        : null;
    replaceChildren(
      row,
      el('span', { className: 'upload-name', text: upload.name }),
      upload.state === 'uploading' || upload.state === 'queued' ? bar : null,
      el('span', { className: 'upload-state', testid: 'upload-state', text: status }),
      upload.message
        ? el('span', { className: 'upload-error', testid: 'upload-error', text: upload.message })
        : null,
      retry,
    );
    const count = (state: UploadState) => uploads.filter((u) => u.state === state).length;
    const pending = count('queued') + count('uploading') + count('extracting');
    summary.textContent = `${counted(uploads.length, 'file')}: ${count('added')} added, ${count('unchanged')} unchanged, ${count('failed')} failed${pending ? `, ${pending} to go` : ''}`;
  };

  const nextBatch = (): Upload[] => {
    const batch: Upload[] = [];
    let bytes = 0;
    for (const upload of uploads) {
      if (upload.state !== 'queued') continue;
      if (
        batch.length > 0 &&
        (batch.length >= BATCH_FILES || bytes + upload.file.size > BATCH_BYTES)
      )
        break;
      batch.push(upload);
      bytes += upload.file.size;
    }
    return batch;
  };

  const send = async (batch: Upload[]): Promise<void> => {
    const total = batch.reduce((sum, u) => sum + u.file.size, 0) || 1;
    for (const upload of batch) {
      upload.state = 'uploading';
      show(upload);
    }
    try {
      const response = await postFiles(batch, (sent) => {
        // Parts go up in order: each file's share of what has been sent.
        const loaded = sent * total;
        let before = 0;
        for (const upload of batch) {
          const size = upload.file.size || 1;
          upload.progress = Math.max(0, Math.min(1, (loaded - before) / size));
          before += upload.file.size;
          if (upload.progress >= 1 && upload.state === 'uploading') upload.state = 'extracting';
          show(upload);
        }
      });
      batch.forEach((upload, i) => {
        const result = response.results[i];
        upload.progress = 1;
        upload.state = result?.status ?? 'failed';
        if (result?.status === 'failed') upload.message = result.error?.message ?? 'failed';
        show(upload);
      });
      onDone(response);
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 429) {
        // Rate-limited: the files go back in the queue and the queue pauses a little.
        for (const upload of batch) {
          upload.state = 'queued';
          upload.progress = 0;
          show(upload);
        }
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        return;
      }
      for (const upload of batch) {
        upload.state = 'failed';
        upload.message = error instanceof Error ? error.message : String(error);
        show(upload);
      }
    }
  };

  const run = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) await send(batch);
    } finally {
      running = false;
    }
  };

  return {
    element: el('div', { className: 'upload-queue' }, summary, list),
    add(files) {
      for (const [file, name] of files) {
        const row = el('li', { className: 'upload', testid: 'upload' });
        const upload: Upload = { file, name, state: 'queued', progress: 0, row };
        if (files.length > 1 && !ACCEPTED.test(file.name)) {
          upload.state = 'failed';
          upload.message = 'skipped: not a text, HTML, PDF or DOCX file';
        }
        uploads.push(upload);
        list.append(row);
        show(upload);
      }
      void run();
    },
  };
}
