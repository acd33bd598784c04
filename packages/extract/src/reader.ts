/**
 * The reader's view of a document: the text a person reads (for HTML, the page's main text as
 * written; for plain text, the original) and a map from spans of the original — where mentions
 * and evidence are stored — into that text.
 */
import type { InputFormat } from './normalise.js';
import { normalise } from './normalise.js';

export interface ReaderText {
  /** The text as a reader sees it. */
  text: string;
  format: 'text' | 'html';
  /** A span of the original in `text`; undefined when nothing of it is shown (dropped markup). */
  toReader(start: number, end: number): { start: number; end: number } | undefined;
}

/** First index whose value is at least `value` in a nondecreasing array. */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text of a stored document as a reader shows it, with the way from original offsets.
 *
 * @example
 * const reader = readerText('<p>Iran sent <b>drones</b>.</p>', 'html');
 * reader.text; // 'Iran sent drones.'
 * reader.toReader(15, 21); // { start: 10, end: 16 }
 */
export function readerText(original: string, format: InputFormat = 'auto'): ReaderText {
  const norm = normalise(original, format);
  if (norm.format === 'text') {
    return {
      text: norm.display,
      format: 'text',
      toReader: (start, end) =>
        start >= 0 && start < end && end <= original.length ? { start, end } : undefined,
    };
  }
  // Where each shown character begins in the original: nondecreasing, so spans map by search.
  const starts = new Int32Array(norm.display.length);
  for (let i = 0; i < starts.length; i++) starts[i] = norm.toOriginalSpan(i, i + 1).start;
  return {
    text: norm.display,
    format: 'html',
    toReader: (start, end) => {
      const from = lowerBound(starts, start);
      const to = lowerBound(starts, end);
      return from < to ? { start: from, end: to } : undefined;
    },
  };
}
