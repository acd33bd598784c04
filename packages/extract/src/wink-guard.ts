/**
 * What wink-nlp may read, so that tokenising costs time in proportion to the text on any input.
 * wink's tokenizer patterns (e-mail, URL, word-with-punctuation) cost the square of a token's
 * length or more, and its automata skip runs of line-break tokens one start at a time (the square
 * of the run). So, in a copy of the text of the same length (offsets stay exact):
 *
 * - a run of non-space characters longer than `MAX_TOKEN_LENGTH` is blanked with spaces and
 *   handed back to the caller, which makes tokens of it in pieces of at most that length;
 * - a stretch of whitespace holding more than `MAX_LINE_BREAKS` line breaks becomes line breaks
 *   from its first to its last, which wink reads as one token.
 *
 * And a long text goes to wink in chunks (`chunkBounds`), cut at paragraph breaks where it can,
 * so the arrays wink keeps per document stay small while the caller builds its tokens.
 */

/** Longest run of non-space characters wink reads; the longest in the BBC corpus is 31. */
export const MAX_TOKEN_LENGTH = 64;
/** Line breaks one stretch of whitespace may hold before it is read as one token. */
const MAX_LINE_BREAKS = 16;
/** Most text handed to one `readDoc`. */
export const CHUNK_LENGTH = 64 * 1024;
/** How far ahead a token is looked for when wink's offsets and ours part; bounded, so linear. */
const REALIGN_WINDOW = 4096;

/** A run of non-space characters kept from wink, as [start, end). */
export type LongRun = readonly [number, number];

export interface Guarded {
  /** The text for wink: the original's length, long runs blanked. */
  text: string;
  /** The runs blanked, in order. */
  runs: LongRun[];
}

/** Spaces wink's `splitter` separates tokens with, besides tab, CR and LF. */
function isInlineSpace(c: number): boolean {
  if (c < 128) return c === 32;
  return (
    c === 0xa0 ||
    (c >= 0x2002 && c <= 0x2005) ||
    c === 0x2009 ||
    c === 0x200a ||
    c === 0x202f ||
    c === 0x205f
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 9;
}

/** wink's token separators (its `splitter`): the inline spaces, tab, CR and LF. */
function isWinkSpace(c: number): boolean {
  return isLineBreak(c) || isInlineSpace(c);
}

/**
 * The text wink may read (see the file's comment) and the long runs it must not see.
 *
 * @example
 * guardForWink('a ' + 'x'.repeat(100)).runs; // [[2, 102]]
 */
export function guardForWink(text: string): Guarded {
  const runs: LongRun[] = [];
  const edits: { start: number; end: number; fill: string }[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    if (isWinkSpace(text.charCodeAt(i))) {
      let breaks = 0;
      let first = -1;
      let last = -1;
      for (; j < text.length && isWinkSpace(text.charCodeAt(j)); j++) {
        if (!isLineBreak(text.charCodeAt(j))) continue;
        if (j === i || !isLineBreak(text.charCodeAt(j - 1))) breaks++;
        if (first < 0) first = j;
        last = j;
      }
      if (breaks > MAX_LINE_BREAKS) edits.push({ start: first, end: last + 1, fill: '\n' });
    } else {
      while (j < text.length && !isWinkSpace(text.charCodeAt(j))) j++;
      if (j - i > MAX_TOKEN_LENGTH) {
        runs.push([i, j]);
        edits.push({ start: i, end: j, fill: ' ' });
      }
    }
    i = j;
  }
  if (edits.length === 0) return { text, runs };
  const parts: string[] = [];
  let at = 0;
  for (const { start, end, fill } of edits) {
    parts.push(text.slice(at, start), fill.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), runs };
}

/** Cuts [start, end) into pieces of at most `MAX_TOKEN_LENGTH`, never inside a surrogate pair. */
export function runPieces(text: string, [start, end]: LongRun): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  while (at < end) {
    let cut = Math.min(end, at + MAX_TOKEN_LENGTH);
    const c = text.charCodeAt(cut);
    if (cut < end && c >= 0xdc00 && c <= 0xdfff && cut - 1 > at) cut--;
    out.push([at, cut]);
    at = cut;
  }
  return out;
}

/**
 * Where `value` really starts when wink's count of preceding spaces falls short (it caps a run
 * of spaces at 65,534): past the spaces at `cursor`, else within a bounded window, else `cursor`.
 */
export function realign(text: string, value: string, cursor: number): number {
  let at = cursor;
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++;
  if (text.startsWith(value, at)) return at;
  const found = text.slice(cursor, cursor + REALIGN_WINDOW + value.length).indexOf(value);
  return found >= 0 ? cursor + found : cursor;
}

/**
 * The last `mark` in text[from, to) that leaves a chunk at least half full: the cut after it.
 * The search reads the chunk's second half only: `lastIndexOf` alone runs on to the start of the
 * text when the mark is missing, which made chunking a text without blank lines quadratic.
 */
function cutAfter(text: string, mark: string, from: number, to: number): number {
  const floor = from + CHUNK_LENGTH / 2;
  const half = text.slice(floor, to);
  const at = half.lastIndexOf(mark, half.length - mark.length);
  return at >= 0 ? floor + at + mark.length : -1;
}

/**
 * Chunks of at most `CHUNK_LENGTH` covering `text`, as [start, end): cut after a blank line
 * where there is one in a chunk's second half (wink reads nothing across one), else after a line
 * break, else after a space. A text shorter than a chunk is one chunk.
 *
 * @example
 * chunkBounds('a b'); // [[0, 3]]
 */
export function chunkBounds(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > CHUNK_LENGTH) {
    const to = from + CHUNK_LENGTH;
    let cut = cutAfter(text, '\n\n', from, to);
    if (cut < 0) cut = cutAfter(text, '\n', from, to);
    if (cut < 0) cut = cutAfter(text, ' ', from, to);
    if (cut < 0) cut = to;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}
