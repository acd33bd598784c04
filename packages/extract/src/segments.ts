/**
 * Long documents are analysed in bounded segments (issue 16): every stage of the pipeline then
 * works on at most `SEGMENT_CHARS` characters at a time, and what a segment leaves behind is
 * its entities and relations in their final form, not its tokens, trees and mentions. Cost and
 * live heap grow with the segment, not with the document, so a document twice as long costs
 * twice as much. A document no longer than a segment is one segment: its extraction is what it
 * always was.
 */

/** Segment size in UTF-16 code units of normalised text: ten thousand words or so. */
export const SEGMENT_CHARS = 64 * 1024;

/** A segment of the normalised text: [start, end). */
export interface Segment {
  start: number;
  end: number;
}

const NEWLINE = 0x0a;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

function isSentenceEnd(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f; // . ! ?
}

/**
 * Where the segment starting at `start` ends when it may run to `limit` (exclusive): after the
 * last paragraph break (a blank line) in its second half, else the last line break there, else
 * after the last sentence end followed by a space, else at the last space; with none of those
 * (one 64 KB token), at `limit`, moved back one so a surrogate pair is not cut. Each search runs
 * backwards over the second half only, so splitting a text reads each character a bounded
 * number of times.
 */
function cutBefore(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  let line = -1;
  let sentence = -1;
  let space = -1;
  for (let i = limit - 1; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      if (text.charCodeAt(i - 1) === NEWLINE) return i + 1;
      if (line < 0) line = i + 1;
    } else if (isSpace(code)) {
      if (sentence < 0 && isSentenceEnd(text.charCodeAt(i - 1))) sentence = i + 1;
      if (space < 0) space = i + 1;
    }
  }
  if (line > 0) return line;
  if (sentence > 0) return sentence;
  if (space > 0) return space;
  const high = text.charCodeAt(limit - 1);
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits `text` into consecutive segments of at most `max` code units (at least 2), cut at
 * paragraph, line, sentence or word boundaries where the text has them. A text of at most `max`
 * is one segment.
 *
 * @example
 * splitSegments('One.\n\nTwo.', 8); // [{ start: 0, end: 6 }, { start: 6, end: 10 }]
 */
export function splitSegments(text: string, max: number = SEGMENT_CHARS): Segment[] {
  const size = Math.max(2, Math.floor(max));
  const out: Segment[] = [];
  let start = 0;
  while (text.length - start > size) {
    const end = cutBefore(text, start, start + size);
    out.push({ start, end });
    start = end;
  }
  out.push({ start, end: text.length });
  return out;
}
