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

/** A run of output text and the original range it came from. */
export interface Segment {
  /** Offset in the output text. */
  start: number;
  length: number;
  origStart: number;
  origEnd: number;
  /** Output characters equal the original ones one for one (else the run maps as a whole). */
  exact: boolean;
}

export interface HtmlText {
  text: string;
  segments: Segment[];
  title?: string;
}

interface Piece {
  text: string;
  origStart: number;
  origEnd: number;
  /** Decoded from an entity, so not the same characters as the original. */
  decoded: boolean;
  link: boolean;
}

interface Block {
  tag: string;
  pieces: Piece[];
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
  text = '';
  segments: Segment[] = [];

  private push(text: string, origStart: number, origEnd: number, exact: boolean): void {
    if (!text) return;
    const last = this.segments[this.segments.length - 1];
    if (
      exact &&
      last?.exact &&
      last.start + last.length === this.text.length &&
      last.origEnd === origStart
    ) {
      last.length += text.length;
      last.origEnd = origEnd;
    } else {
      this.segments.push({
        start: this.text.length,
        length: text.length,
        origStart,
        origEnd,
        exact,
      });
    }
    this.text += text;
  }

  /** A separator the markup implies (block breaks); it maps to the end of what came before. */
  synthetic(text: string): void {
    const at = this.segments[this.segments.length - 1]?.origEnd ?? 0;
    this.push(text, at, at, false);
  }

  block(block: Block): void {
    const pre = block.pre;
    let pendingSpace: { origStart: number; origEnd: number } | undefined;
    let started = false;
    for (const piece of block.pieces) {
      if (piece.decoded) {
        if (!pre && WHITESPACE.test(piece.text)) {
          if (started) pendingSpace ??= { origStart: piece.origStart, origEnd: piece.origEnd };
          continue;
        }
        if (pendingSpace) {
          const { origStart: s, origEnd: e } = pendingSpace;
          this.push(' ', s, e, e - s === 1);
        }
        pendingSpace = undefined;
        this.push(piece.text, piece.origStart, piece.origEnd, false);
        started = true;
        continue;
      }
      if (pre) {
        this.push(piece.text, piece.origStart, piece.origEnd, true);
        started = true;
        continue;
      }
      const re = /[\s\u00a0]+|[^\s\u00a0]+/g;
      for (let m = re.exec(piece.text); m; m = re.exec(piece.text)) {
        const origStart = piece.origStart + m.index;
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

function blockChars(block: Block): { chars: number; linkChars: number } {
  let chars = 0;
  let linkChars = 0;
  for (const p of block.pieces) {
    const n = p.text.replace(/[\s\u00a0]+/g, '').length;
    chars += n;
    if (p.link) linkChars += n;
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
  let current: Block = { tag: 'body', pieces: [], inMain: false, pre: false, separator: '\n\n' };
  let skipDepth = 0;
  let mainDepth = 0;
  let linkDepth = 0;
  let preDepth = 0;
  let titleText: string | undefined;
  let inTitle = false;
  let firstH1: string | undefined;
  let nextSeparator = '\n\n';

  const flush = (nextTag: string) => {
    if (current.pieces.length > 0) blocks.push(current);
    current = {
      tag: nextTag,
      pieces: [],
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
          titleText = '';
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
            firstH1 = current.pieces.map((p) => p.text).join('');
          }
          flush(stack[stack.length - 1]?.name ?? 'body');
        }
      },
      ontext(data) {
        const origStart = parser.startIndex;
        const origEnd = parser.endIndex + 1;
        if (inTitle && titleText !== undefined) titleText += data;
        if (skipDepth > 0) return;
        current.pieces.push({
          text: data,
          origStart,
          origEnd,
          decoded: data !== html.slice(origStart, origEnd),
          link: linkDepth > 0,
        });
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  flush('body');

  const mainChars = blocks.filter((b) => b.inMain).reduce((sum, b) => sum + blockChars(b).chars, 0);
  const useMain = mainChars >= MAIN_MIN_CHARS;
  let keptHeadline = false;

  const builder = new Builder();
  for (const block of blocks) {
    const isHeadline = block.tag === 'h1' && !keptHeadline;
    if (useMain && !block.inMain && !isHeadline) continue;
    const { chars, linkChars } = blockChars(block);
    if (chars === 0) continue;
    if (linkChars / chars > LINK_DENSITY && chars < LINK_BLOCK_MAX_CHARS) continue;
    if (isHeadline) keptHeadline = true;
    const before = builder.text.length;
    if (before > 0) builder.synthetic(block.separator);
    builder.block(block);
    // A block of only whitespace leaves its separator behind: take it back.
    if (builder.text.length === before + (before > 0 ? block.separator.length : 0)) {
      builder.text = builder.text.slice(0, before);
      while (builder.segments.length > 0) {
        const last = builder.segments[builder.segments.length - 1];
        if (!last || last.start < before) break;
        builder.segments.pop();
      }
    }
  }

  const title = (titleText ?? firstH1 ?? '').replace(/\s+/g, ' ').trim();
  return { text: builder.text, segments: builder.segments, ...(title ? { title } : {}) };
}

function findSegment(segments: readonly Segment[], offset: number): Segment | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid];
    if (!seg) break;
    if (offset < seg.start) hi = mid - 1;
    else if (offset >= seg.start + seg.length) lo = mid + 1;
    else return seg;
  }
  return undefined;
}

/** Original offset where the output character at `i` begins. */
export function originalStart(segments: readonly Segment[], i: number): number {
  const seg = findSegment(segments, i);
  if (!seg) return 0;
  return seg.exact ? seg.origStart + (i - seg.start) : seg.origStart;
}

/** Original offset just after the output character at `i`. */
export function originalEnd(segments: readonly Segment[], i: number): number {
  const seg = findSegment(segments, i);
  if (!seg) return 0;
  return seg.exact ? seg.origStart + (i - seg.start) + 1 : seg.origEnd;
}
