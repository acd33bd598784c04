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
 * Strings appended one small piece at a time, joined in chunks. `s += piece` makes one cons
 * string per piece, each holding the last, all alive until the end: a page of "&amp;" made two
 * chains of 209,000 at 1 MB (the decoded text and the output), and the collector's time per MB
 * of page grew with the page (541 → 1,452 ms over 16 MB of 512 KB and of 1 MB pages in a CPU
 * profile; 61 → 62 ms with this buffer). Pieces wait in a short array and are joined into one
 * flat string every `TEXT_CHUNK` pieces.
 */
class TextBuffer {
  length = 0;
  private done = '';
  private pending: string[] = [];

  append(piece: string): void {
    this.pending.push(piece);
    this.length += piece.length;
    if (this.pending.length >= TEXT_CHUNK) this.flush();
  }

  /** The characters from `start` to `end`. */
  slice(start: number, end: number): string {
    if (end > this.done.length) this.flush();
    return this.done.slice(start, end);
  }

  toString(): string {
    this.flush();
    return this.done;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.done += this.pending.join('');
    this.pending = [];
  }
}
/** Pieces joined at a time (an array of this many stays a regular young object). */
const TEXT_CHUNK = 1024;

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
 * that is the original's characters is read back from the page; a decoded one from one buffer
 * of all decoded text, so no array holds a string per piece (the same cost as objects, above).
 */
class Pieces {
  private readonly columns = new Columns(5);
  private readonly decodedText = new TextBuffer();

  constructor(private readonly html: string) {}

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

  text(i: number): string {
    if (!this.decoded(i)) return this.html.slice(this.origStart(i), this.origEnd(i));
    const at = this.columns.get(i, TEXT_AT);
    return this.decodedText.slice(at, at + this.columns.get(i, TEXT_LENGTH));
  }
  /** The piece's code units that are not whitespace, counted in place. */
  nonSpaceUnits(i: number): number {
    if (!this.decoded(i)) return nonSpaceUnits(this.html, this.origStart(i), this.origEnd(i));
    return nonSpaceUnits(this.text(i), 0, this.columns.get(i, TEXT_LENGTH));
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

const WHITESPACE = /[\s\u00a0]/;

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
  private readonly out = new TextBuffer();
  readonly segments = new SegmentMap();
  /** The separator owed before the current block's first character. */
  private separator = '';

  get length(): number {
    return this.out.length;
  }

  get text(): string {
    return this.out.toString();
  }

  private push(text: string, origStart: number, origEnd: number, exact: boolean): void {
    if (!text) return;
    if (this.separator) {
      // A separator the markup implies (block breaks); it maps to the end of what came before.
      // Owed until the block has a character, so a block of only whitespace leaves none.
      const separator = this.separator;
      const at = this.segments.lastOrigEnd();
      this.separator = '';
      this.append(separator, at, at, false);
    }
    this.append(text, origStart, origEnd, exact);
  }

  private append(text: string, origStart: number, origEnd: number, exact: boolean): void {
    this.segments.push(this.out.length, text.length, origStart, origEnd, exact);
    this.out.append(text);
  }

  /** Appends a block, after `separator` if it yields any character. */
  block(block: Block, pieces: Pieces, separator: string): void {
    this.separator = separator;
    this.blockText(block, pieces);
    this.separator = '';
  }

  private blockText(block: Block, pieces: Pieces): void {
    const pre = block.pre;
    let pendingSpace: { origStart: number; origEnd: number } | undefined;
    let started = false;
    for (let i = block.from; i < block.to; i++) {
      const text = pieces.text(i);
      const pieceStart = pieces.origStart(i);
      const pieceEnd = pieces.origEnd(i);
      if (pieces.decoded(i)) {
        if (!pre && WHITESPACE.test(text)) {
          if (started) pendingSpace ??= { origStart: pieceStart, origEnd: pieceEnd };
          continue;
        }
        if (pendingSpace) {
          const { origStart: s, origEnd: e } = pendingSpace;
          this.push(' ', s, e, e - s === 1);
        }
        pendingSpace = undefined;
        this.push(text, pieceStart, pieceEnd, false);
        started = true;
        continue;
      }
      if (pre) {
        this.push(text, pieceStart, pieceEnd, true);
        started = true;
        continue;
      }
      const re = /[\s\u00a0]+|[^\s\u00a0]+/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const origStart = pieceStart + m.index;
        const origEnd = origStart + m[0].length;
        if (WHITESPACE.test(m[0])) {
          if (!started) continue;
          if (pendingSpace) pendingSpace.origEnd = origEnd;
          else pendingSpace = { origStart, origEnd };
          continue;
        }
        if (pendingSpace) {
          // One original whitespace character maps one for one; a run maps as a whole.
          const { origStart: s, origEnd: e } = pendingSpace;
          this.push(' ', s, e, e - s === 1);
          pendingSpace = undefined;
        }
        this.push(m[0], origStart, origEnd, true);
        started = true;
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
  let titleText: TextBuffer | undefined;
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
          titleText = new TextBuffer();
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
            const h1 = new TextBuffer();
            for (let i = current.from; i < pieces.length; i++) h1.append(pieces.text(i));
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
