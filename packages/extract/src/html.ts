/**
 * HTML to plain text, readability-style: the main content (inside <article>/<main> when the page
 * has one) as paragraphs and headings separated by blank lines; scripts, styles, navigation,
 * headers, footers, asides, figures and captions, forms, hidden elements, share/related widgets
 * and link lists are dropped; entities are decoded. Every character of the output keeps the
 * range of the original HTML it came from, so offsets map back into the page as given.
 */
import { Parser } from 'htmlparser2';
import { KgError } from '@kg/schema/core';

/** Elements whose whole content stays out of the text. */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'label',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'picture',
  'dialog',
]);

/** Elements that start a new block of text. */
const BLOCKS = new Set([
  'html',
  'body',
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'address',
  'details',
  'summary',
  'center',
  'fieldset',
  'legend',
]);

const MAIN_CONTAINERS = new Set(['article', 'main']);
const SKIPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alert',
  'menu',
  'menubar',
  'toolbar',
]);
/** class/id words of page furniture (the readability "unlikely candidates" idea). */
const UNLIKELY =
  /(^|[\s_-])(share|sharing|social|related|recommended|newsletter|subscribe|subscription|advert|advertisement|ad|ads|promo|sponsored?|caption|credits?|comments?|breadcrumbs?|sidebar|cookies?|consent|popup|modal|paywall|outbrain|taboola|byline|author-bio|tags|toolbar|skip-link)($|[\s_-])/i;
/** A block this much inside links, and short, is a link list (menus, "read also" teasers). */
const LINK_DENSITY = 0.6;
const LINK_BLOCK_MAX_CHARS = 400;
/** Main-content containers must hold at least this much text to be trusted. */
const MAIN_MIN_CHARS = 200;
/**
 * Deepest nesting of elements read. htmlparser2 keeps open elements in an array it shifts at the
 * front, so each element costs the depth it opens at; browsers stop nesting at 512 (Blink).
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Growable columns of 32-bit integers, one row per record. A page of many entities or tags makes
 * tens of thousands of pieces and runs: kept as objects in one array they cost several times as
 * much per record once that array outgrows V8's regular object size (≈ 16,000 entries: the
 * backing store moves to large-object space and every young object stored in it must be
 * remembered and copied by the scavenger; 17 → 133 ns per record at 13,000 → 26,000 in a
 * micro-benchmark), which made a page of "&amp;" 3× slower at 128 KB than at 64 KB.
 */
class Columns {
  rows = 0;
  private data: Int32Array;

  constructor(readonly width: number) {
    this.data = new Int32Array(width * 64);
  }

  /** Appends a row (uninitialised) and returns its index. */
  add(): number {
    if ((this.rows + 1) * this.width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return this.rows++;
  }

  get(row: number, column: number): number {
    return this.data[row * this.width + column] ?? 0;
  }

  set(row: number, column: number, value: number): void {
    this.data[row * this.width + column] = value;
  }
}

// Columns of a run of output text and the original range it came from.
const START = 0; // offset in the output text
const LENGTH = 1;
const ORIG_START = 2;
const ORIG_END = 3;
/** 1 when the output characters equal the original ones one for one (else the run maps as a whole). */
const EXACT = 4;

/** The runs of an output text, each with the original range it came from. */
export class SegmentMap {
  private readonly runs = new Columns(5);

  get length(): number {
    return this.runs.rows;
  }

  /** Appends a run, or extends the last one when both are exact and contiguous on both sides. */
  push(start: number, length: number, origStart: number, origEnd: number, exact: boolean): void {
    const runs = this.runs;
    const last = runs.rows - 1;
    if (
      exact &&
      last >= 0 &&
      runs.get(last, EXACT) === 1 &&
      runs.get(last, START) + runs.get(last, LENGTH) === start &&
      runs.get(last, ORIG_END) === origStart
    ) {
      runs.set(last, LENGTH, runs.get(last, LENGTH) + length);
      runs.set(last, ORIG_END, origEnd);
      return;
    }
    const row = runs.add();
    runs.set(row, START, start);
    runs.set(row, LENGTH, length);
    runs.set(row, ORIG_START, origStart);
    runs.set(row, ORIG_END, origEnd);
    runs.set(row, EXACT, exact ? 1 : 0);
  }

  /** The original end of the last run (0 when there is none). */
  lastOrigEnd(): number {
    return this.runs.rows > 0 ? this.runs.get(this.runs.rows - 1, ORIG_END) : 0;
  }

  /** The run holding output offset `i`, or -1. */
  private find(i: number): number {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.rows - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = runs.get(mid, START);
      if (i < start) hi = mid - 1;
      else if (i >= start + runs.get(mid, LENGTH)) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Original offset where the output character at `i` begins. */
  originalStart(i: number): number {
    const row = this.find(i);
    if (row < 0) return 0;
    const origStart = this.runs.get(row, ORIG_START);
    return this.runs.get(row, EXACT) === 1
      ? origStart + (i - this.runs.get(row, START))
      : origStart;
  }

  /** Original offset just after the output character at `i`. */
  originalEnd(i: number): number {
    const row = this.find(i);
    if (row < 0) return 0;
    return this.runs.get(row, EXACT) === 1
      ? this.runs.get(row, ORIG_START) + (i - this.runs.get(row, START)) + 1
      : this.runs.get(row, ORIG_END);
  }
}

export interface HtmlText {
  text: string;
  segments: SegmentMap;
  title?: string;
}

// Columns of a piece of text as the parser reported it.
const PIECE_START = 0;
const PIECE_END = 1;
/** Bit flags: decoded from an entity (so not the same characters as the original); inside a link. */
const PIECE_FLAGS = 2;
/** Where a decoded piece's text lies in `Pieces.decodedText`. */
const TEXT_AT = 3;
const TEXT_LENGTH = 4;
const DECODED = 1;
const LINK = 2;

/**
 * Text built a code unit at a time in a growable `Uint16Array`, made a string once. Appending
 * strings (`s += piece`, or pieces joined 1,024 at a time) kept every piece, the arrays that
 * held them and the joined chunks alive in the young generation while the page was read: a page
 * of "&amp;" is 209,000 one-character pieces at 1 MB, and the scavenger copied them and walked
 * those arrays (the collector's share of `htmlToText` grew with the page). A typed array holds
 * no pointers, so the collector has nothing in it to visit, and no piece is ever a string.
 */
class CodeBuffer {
  length = 0;
  private data = new Uint16Array(256);

  private reserve(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint16Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }

  /** Appends the code units of `text`. */
  append(text: string): void {
    this.appendRange(text, 0, text.length);
  }

  /** Appends the code units of `source` from `start` to `end`, without a copy as a string. */
  appendRange(source: string, start: number, end: number): void {
    this.reserve(end - start);
    const data = this.data;
    let at = this.length;
    for (let i = start; i < end; i++) data[at++] = source.charCodeAt(i);
    this.length = at;
  }

  /** Appends the code units of another buffer from `start` to `end`. */
  appendFrom(other: CodeBuffer, start: number, end: number): void {
    this.reserve(end - start);
    // A loop, not `set(subarray())`: most pieces are one character, and a subarray is an object.
    const from = other.data;
    const data = this.data;
    let at = this.length;
    for (let i = start; i < end; i++) data[at++] = from[i] ?? 0;
    this.length = at;
  }

  /** Whether any code unit from `start` to `end` is whitespace. */
  hasSpace(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (isSpaceCode(this.data[i] ?? 0)) return true;
    return false;
  }

  /** How many code units from `start` to `end` are not whitespace. */
  nonSpaceUnits(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) if (!isSpaceCode(this.data[i] ?? 0)) n++;
    return n;
  }

  /** The code units from `start` to `end` as a string. */
  slice(start: number, end: number): string {
    if (end - start === 1) return String.fromCharCode(this.data[start] ?? 0);
    const parts: string[] = [];
    for (let at = start; at < end; at += STRING_CHUNK) {
      const chunk = this.data.subarray(at, Math.min(end, at + STRING_CHUNK));
      // `apply` takes any array-like; a typed array is one (lone surrogates kept as they are).
      parts.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
    }
    return parts.join('');
  }

  toString(): string {
    return this.slice(0, this.length);
  }
}
/** Code units made a string at a time (well under any engine's limit on arguments). */
const STRING_CHUNK = 8192;

/** Whether UTF-16 code unit `c` is a character `\s` matches (which includes U+00A0). */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** How many code units of `text` from `start` to `end` are not whitespace. */
function nonSpaceUnits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/**
 * The text pieces of a page in the order read: original ranges and flags in columns. A piece
 * that is the original's characters is read from the page; a decoded one from one buffer of all
 * decoded code units, so no array holds a string per piece (the same cost as objects, above).
 */
class Pieces {
  private readonly columns = new Columns(5);
  private readonly decodedText = new CodeBuffer();

  constructor(readonly html: string) {}

  get length(): number {
    return this.columns.rows;
  }

  add(text: string, origStart: number, origEnd: number, link: boolean): void {
    // Decoded when it differs from the original (compared in place, without a copy).
    const decoded = text.length !== origEnd - origStart || !this.html.startsWith(text, origStart);
    const row = this.columns.add();
    this.columns.set(row, PIECE_START, origStart);
    this.columns.set(row, PIECE_END, origEnd);
    this.columns.set(row, PIECE_FLAGS, (decoded ? DECODED : 0) | (link ? LINK : 0));
    if (decoded) {
      this.columns.set(row, TEXT_AT, this.decodedText.length);
      this.columns.set(row, TEXT_LENGTH, text.length);
      this.decodedText.append(text);
    }
  }

  /** Appends the piece's text to `out`, without making it a string. */
  copyTo(i: number, out: CodeBuffer): void {
    if (!this.decoded(i)) {
      out.appendRange(this.html, this.origStart(i), this.origEnd(i));
      return;
    }
    const at = this.columns.get(i, TEXT_AT);
    out.appendFrom(this.decodedText, at, at + this.columns.get(i, TEXT_LENGTH));
  }
  /** A decoded piece's length in code units. */
  decodedLength(i: number): number {
    return this.columns.get(i, TEXT_LENGTH);
  }
  /** Whether a decoded piece holds whitespace. */
  decodedHasSpace(i: number): boolean {
    const at = this.columns.get(i, TEXT_AT);
    return this.decodedText.hasSpace(at, at + this.columns.get(i, TEXT_LENGTH));
  }
  /** The piece's code units that are not whitespace, counted in place. */
  nonSpaceUnits(i: number): number {
    if (!this.decoded(i)) return nonSpaceUnits(this.html, this.origStart(i), this.origEnd(i));
    const at = this.columns.get(i, TEXT_AT);
    return this.decodedText.nonSpaceUnits(at, at + this.columns.get(i, TEXT_LENGTH));
  }
  origStart(i: number): number {
    return this.columns.get(i, PIECE_START);
  }
  origEnd(i: number): number {
    return this.columns.get(i, PIECE_END);
  }
  decoded(i: number): boolean {
    return (this.columns.get(i, PIECE_FLAGS) & DECODED) !== 0;
  }
  link(i: number): boolean {
    return (this.columns.get(i, PIECE_FLAGS) & LINK) !== 0;
  }
}

/** A block of text: the pieces `from` (inclusive) to `to` (exclusive) of the page's `Pieces`. */
interface Block {
  tag: string;
  from: number;
  to: number;
  inMain: boolean;
  pre: boolean;
  separator: string;
}

interface Open {
  name: string;
  skip: boolean;
  main: boolean;
  link: boolean;
  pre: boolean;
}

function isUnlikely(name: string, attribs: Record<string, string>, inMain: boolean): boolean {
  // An article's own <header> holds its headline; the page's header is furniture.
  if (SKIPPED.has(name) && !(name === 'header' && inMain)) return true;
  if ('hidden' in attribs || attribs['aria-hidden'] === 'true') return true;
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(attribs.style ?? '')) return true;
  if (SKIPPED_ROLES.has((attribs.role ?? '').toLowerCase())) return true;
  if (name === 'html' || name === 'body' || MAIN_CONTAINERS.has(name)) return false;
  return UNLIKELY.test(`${attribs.class ?? ''} ${attribs.id ?? ''}`);
}

/** Collapses whitespace inside a block and appends it to the output. */
class Builder {
  private readonly out = new CodeBuffer();
  readonly segments = new SegmentMap();
  /** The separator owed before the current block's first character. */
  private separator = '';

  get length(): number {
    return this.out.length;
  }

  get text(): string {
    return this.out.toString();
  }

  /** Appends a block, after `separator` if it yields any character. */
  block(block: Block, pieces: Pieces, separator: string): void {
    this.separator = separator;
    this.blockText(block, pieces);
    this.separator = '';
  }

  /** Pays the separator owed (a block's first character is coming). */
  private owed(): void {
    if (!this.separator) return;
    // A separator the markup implies (block breaks); it maps to the end of what came before.
    // Owed until the block has a character, so a block of only whitespace leaves none.
    const at = this.segments.lastOrigEnd();
    this.segments.push(this.out.length, this.separator.length, at, at, false);
    this.out.append(this.separator);
    this.separator = '';
  }

  /** One space for original whitespace: one character maps one for one, a run as a whole. */
  private space(origStart: number, origEnd: number): void {
    this.owed();
    this.segments.push(this.out.length, 1, origStart, origEnd, origEnd - origStart === 1);
    this.out.append(' ');
  }

  /** The page's own characters from `start` to `end`, one for one. */
  private exact(html: string, start: number, end: number): void {
    if (end === start) return;
    this.owed();
    this.segments.push(this.out.length, end - start, start, end, true);
    this.out.appendRange(html, start, end);
  }

  /** Piece `i` of `pieces`, decoded: its text maps to its original range as a whole. */
  private decoded(pieces: Pieces, i: number, length: number): void {
    if (length === 0) return;
    this.owed();
    this.segments.push(this.out.length, length, pieces.origStart(i), pieces.origEnd(i), false);
    pieces.copyTo(i, this.out);
  }

  private blockText(block: Block, pieces: Pieces): void {
    const pre = block.pre;
    const html = pieces.html;
    // The original range of the whitespace waiting to become one space (start -1: none).
    let spaceStart = -1;
    let spaceEnd = -1;
    let started = false;
    for (let i = block.from; i < block.to; i++) {
      const pieceStart = pieces.origStart(i);
      const pieceEnd = pieces.origEnd(i);
      if (pieces.decoded(i)) {
        if (!pre && pieces.decodedHasSpace(i)) {
          if (started && spaceStart < 0) {
            spaceStart = pieceStart;
            spaceEnd = pieceEnd;
          }
          continue;
        }
        if (spaceStart >= 0) this.space(spaceStart, spaceEnd);
        spaceStart = -1;
        this.decoded(pieces, i, pieces.decodedLength(i));
        started = true;
        continue;
      }
      if (pre) {
        this.exact(html, pieceStart, pieceEnd);
        started = true;
        continue;
      }
      // Runs of whitespace and of other characters, a scan of the page in place.
      let at = pieceStart;
      while (at < pieceEnd) {
        const white = isSpaceCode(html.charCodeAt(at));
        let end = at + 1;
        while (end < pieceEnd && isSpaceCode(html.charCodeAt(end)) === white) end++;
        if (white) {
          if (started) {
            if (spaceStart >= 0) spaceEnd = end;
            else {
              spaceStart = at;
              spaceEnd = end;
            }
          }
        } else {
          if (spaceStart >= 0) this.space(spaceStart, spaceEnd);
          spaceStart = -1;
          this.exact(html, at, end);
          started = true;
        }
        at = end;
      }
    }
  }
}

function blockChars(block: Block, pieces: Pieces): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  for (let i = block.from; i < block.to; i++) {
    const n = pieces.nonSpaceUnits(i);
    chars += n;
    if (pieces.link(i)) linkChars += n;
  }
  return { chars, linkChars };
}

/**
 * Extracts the readable text of an HTML page with a map back to the original string.
 *
 * @example
 * const { text, segments, title } = htmlToText('<h1>Talks</h1><p>Iran &amp; Russia met.</p>');
 * // text === 'Talks\n\nIran & Russia met.'
 */
export function htmlToText(html: string): HtmlText {
  const blocks: Block[] = [];
  const stack: Open[] = [];
  const pieces = new Pieces(html);
  let current: Block = {
    tag: 'body',
    from: 0,
    to: 0,
    inMain: false,
    pre: false,
    separator: '\n\n',
  };
  let skipDepth = 0;
  let mainDepth = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let titleText: CodeBuffer | undefined;
  let inTitle = false;
  let firstH1: string | undefined;
  let nextSeparator = '\n\n';

  const flush = (nextTag: string) => {
    current.to = pieces.length;
    if (current.to > current.from) blocks.push(current);
    current = {
      tag: nextTag,
      from: pieces.length,
      to: pieces.length,
      inMain: mainDepth > 0,
      pre: preDepth > 0,
      separator: nextSeparator,
    };
    nextSeparator = '\n\n';
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'title' && titleText === undefined) {
          inTitle = true;
          titleText = new CodeBuffer();
        }
        const skip = skipDepth > 0 || isUnlikely(name, attribs, mainDepth > 0);
        const main =
          !skip && (MAIN_CONTAINERS.has(name) || (attribs.role ?? '').toLowerCase() === 'main');
        const open: Open = { name, skip, main, link: name === 'a', pre: name === 'pre' };
        stack.push(open);
        if (stack.length > MAX_HTML_DEPTH) {
          throw new KgError(
            'INPUT_TOO_COMPLEX',
            `HTML elements nested more than ${MAX_HTML_DEPTH} deep (at offset ${parser.startIndex})`,
          );
        }
        if (open.skip) skipDepth++;
        if (open.main) mainDepth++;
        if (open.link) linkDepth++;
        if (open.pre) preDepth++;
        if (skipDepth > 0) return;
        if (name === 'br') {
          nextSeparator = '\n';
          flush(current.tag);
        } else if (BLOCKS.has(name)) {
          flush(name);
        }
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        const open = stack.pop();
        if (!open) return;
        const wasSkipping = skipDepth > 0;
        if (open.skip) skipDepth--;
        if (open.main) mainDepth--;
        if (open.link) linkDepth--;
        if (open.pre) preDepth--;
        if (!wasSkipping && BLOCKS.has(name)) {
          if (name === 'h1' && firstH1 === undefined) {
            const h1 = new CodeBuffer();
            for (let i = current.from; i < pieces.length; i++) pieces.copyTo(i, h1);
            firstH1 = h1.toString();
          }
          flush(stack[stack.length - 1]?.name ?? 'body');
        }
      },
      ontext(data) {
        const origStart = parser.startIndex;
        const origEnd = parser.endIndex + 1;
        if (inTitle && titleText !== undefined) titleText.append(data);
        if (skipDepth > 0) return;
        pieces.add(data, origStart, origEnd, linkDepth > 0);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush('body');

  const mainChars = blocks
    .filter((b) => b.inMain)
    .reduce((sum, b) => sum + blockChars(b, pieces).chars, 0);
  const useMain = mainChars >= MAIN_MIN_CHARS;
  let keptHeadline = false;

  const builder = new Builder();
  for (const block of blocks) {
    const isHeadline = block.tag === 'h1' && !keptHeadline;
    if (useMain && !block.inMain && !isHeadline) continue;
    const { chars, linkChars } = blockChars(block, pieces);
    if (chars === 0) continue;
    if (linkChars / chars > LINK_DENSITY && chars < LINK_BLOCK_MAX_CHARS) continue;
    if (isHeadline) keptHeadline = true;
    builder.block(block, pieces, builder.length > 0 ? block.separator : '');
  }

  const title = (titleText?.toString() ?? firstH1 ?? '').replace(/\s+/g, ' ').trim();
  return { text: builder.text, segments: builder.segments, ...(title ? { title } : {}) };
}
