/**
 * Normalisation: the text the pipeline reads, and the way back to the original. Plain text keeps
 * its length exactly (boilerplate lines such as photo credits and "Read also:" links are blanked
 * with spaces, curly quotes become straight ones), so offsets are identical. HTML becomes its
 * readable main text, with a map from every output offset into the original HTML string.
 */
import { readFileSync } from 'node:fs';
import { htmlDate, textDate } from './dates.js';
import { htmlToText } from './html.js';
import type { SegmentMap } from './html.js';

export type InputFormat = 'text' | 'html' | 'auto';

export interface Normalised {
  /** The text to analyse; for plain text it has exactly the original's length. */
  text: string;
  format: 'text' | 'html';
  /** The page title (HTML <title> or first <h1>; for text, a headline-like first line). */
  title?: string;
  /**
   * The text as a reader sees it, offset for offset with `text`: for HTML, the page text with
   * its characters as written (curly quotes kept); for plain text, the original.
   */
  display: string;
  /** The date the document states about itself (metadata, dateline, "Published" line). */
  date?: string;
  /**
   * Maps an offset in `text` to the original string. A span's start maps to where its first
   * character begins; a span's end (the offset after its last character) maps to where that
   * character ends. Use `toOriginalSpan` when both ends are at hand.
   */
  toOriginal(offset: number): number;
  /** Maps a span [start, end) of `text` to the original string, exactly. */
  toOriginalSpan(start: number, end: number): { start: number; end: number };
}

interface BoilerplateData {
  maxLineLength: number;
  patterns: { kind: string; pattern: string }[];
}

const boilerplate = JSON.parse(
  readFileSync(new URL('../data/boilerplate.json', import.meta.url), 'utf8'),
) as BoilerplateData;
const BOILERPLATE = boilerplate.patterns.map((p) => new RegExp(p.pattern, 'iu'));

/** Single-code-unit replacements, so lengths never change. */
const CHAR_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\ufeff': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
};
const CHAR_RE = new RegExp(`[${Object.keys(CHAR_MAP).join('')}]|\\r\\n?`, 'gu');

const HEADLINE_MAX = 200;

/** Curly quotes to straight ones, odd spaces to plain ones, CR LF to space LF: same length. */
function fixCharacters(text: string): string {
  return text.replace(CHAR_RE, (c) =>
    c === '\r\n' ? ' \n' : c === '\r' ? '\n' : (CHAR_MAP[c] ?? c),
  );
}

/** Whether a line (trimmed) is news-page boilerplate: a caption, credit, link or share line. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > boilerplate.maxLineLength) return false;
  return BOILERPLATE.some((re) => re.test(trimmed));
}

/** Replaces boilerplate lines by spaces of the same length. */
function blankBoilerplate(text: string): string {
  return text.replace(/[^\n]+/g, (line) =>
    isBoilerplateLine(line) ? ' '.repeat(line.length) : line,
  );
}

/** JavaScript's `\s`, one character at a time (an ASCII fast path before the regex). */
function isWhitespace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return /\s/u.test(text[i] ?? '');
}

/**
 * A short first line without final punctuation, followed by more text, reads as a headline.
 * A scan: the pattern it replaces (/^\s*([^\n]+)\n\s*\S/) backtracked over long runs of
 * whitespace, taking the square of their length.
 */
function headline(text: string): string | undefined {
  let start = 0;
  while (start < text.length && isWhitespace(text, start)) start++;
  const end = text.indexOf('\n', start);
  if (end < 0) return undefined;
  let next = end + 1;
  while (next < text.length && isWhitespace(text, next)) next++;
  if (next >= text.length) return undefined;
  const line = text.slice(start, end).trim();
  if (!line || line.length > HEADLINE_MAX || /[.!?:;,]$/.test(line)) return undefined;
  return line;
}

/** Tags whose presence (three of them) makes a text HTML. */
const HTML_SNIFF_TAGS = new Set([
  'p',
  'div',
  'br',
  'span',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'article',
  'section',
  'li',
  'ul',
]);

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Counts tags like /<\/?(p|div|…)\b[^>]*>/gi in `text`, up to `enough`. A scan with the next
 * '>' remembered: the pattern, on a run of "<p<p<p…" without '>', took the square of its length.
 */
function countSniffTags(text: string, enough: number): number {
  let count = 0;
  let close = -1;
  for (let i = text.indexOf('<'); i >= 0 && count < enough; i = text.indexOf('<', i + 1)) {
    let k = i + 1;
    if (text.charCodeAt(k) === 47) k++; // '/'
    let j = k;
    while (j < text.length && j - k <= 7 && isWordChar(text.charCodeAt(j))) j++;
    if (j === k || isWordChar(text.charCodeAt(j))) continue;
    if (!HTML_SNIFF_TAGS.has(text.slice(k, j).toLowerCase())) continue;
    if (close < j) close = text.indexOf('>', j);
    if (close < 0) break; // no '>' left: no tag can close
    count++;
    i = close;
  }
  return count;
}

/** HTML by its markup: a doctype or html/head/body tag, or several block tags. */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 4096);
  if (/^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<html)/i.test(head)) {
    return true;
  }
  return countSniffTags(raw.slice(0, 65536), 3) >= 3;
}

function identity(
  text: string,
  display: string,
  title: string | undefined,
  date: string | undefined,
): Normalised {
  const clamp = (offset: number) => Math.max(0, Math.min(text.length, offset));
  return {
    text,
    display,
    format: 'text',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    toOriginal: clamp,
    toOriginalSpan: (start, end) => ({ start: clamp(start), end: clamp(end) }),
  };
}

const CLOSING = /[\s.,;:!?)\]}'"\u2019\u201d\u00bb\u2026\-\u2013\u2014/]/u;

function mapped(
  text: string,
  display: string,
  segments: SegmentMap,
  title: string | undefined,
  date: string | undefined,
): Normalised {
  const startOf = (i: number) => segments.originalStart(i);
  const endOf = (i: number) => segments.originalEnd(i);
  const toOriginal = (offset: number): number => {
    if (text.length === 0) return 0;
    if (offset <= 0) return startOf(0);
    if (offset >= text.length) return endOf(text.length - 1);
    const before = endOf(offset - 1);
    const after = startOf(offset);
    if (before === after) return before;
    // Markup lies between the two characters: a span ending here stops before it, a span
    // starting here begins after it. Spans do not end in whitespace, nor start on closing marks.
    if (/\s/u.test(text[offset - 1] ?? '')) return after;
    return CLOSING.test(text[offset] ?? '') ? before : after;
  };
  return {
    text,
    display,
    format: 'html',
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    toOriginal,
    toOriginalSpan(start, end) {
      if (text.length === 0) return { start: 0, end: 0 };
      const s = Math.max(0, Math.min(start, text.length));
      const e = Math.max(s, Math.min(end, text.length));
      if (e === s) {
        const at = toOriginal(s);
        return { start: at, end: at };
      }
      return { start: startOf(s), end: endOf(e - 1) };
    },
  };
}

/**
 * Normalises a document for analysis. `format: 'auto'` treats the input as HTML when its markup
 * says so. Plain-text output has the original's length (offsets are identical); HTML output maps
 * back with `toOriginal` / `toOriginalSpan`.
 *
 * @example
 * const n = normalise('<p>Iran &amp; Russia</p>', 'html');
 * const span = n.toOriginalSpan(7, 13); // "Russia" in the original HTML
 */
export function normalise(raw: string, format: InputFormat = 'auto'): Normalised {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(raw));
  if (!html) {
    const text = blankBoilerplate(fixCharacters(raw));
    return identity(text, raw, headline(text), textDate(text));
  }
  const page = htmlToText(raw);
  // The HTML output is already collapsed; the character fixes and blanking keep its length.
  const text = blankBoilerplate(fixCharacters(page.text));
  return mapped(text, page.text, page.segments, page.title, htmlDate(raw) ?? textDate(text));
}
