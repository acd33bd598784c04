/**
 * PDF to text: the text layer read with Mozilla's PDF.js (pdfjs-dist, its Node build, loaded on
 * the first PDF only). Lines end where PDF.js says they do, a larger gap between lines starts a
 * new paragraph, pages are separated by a blank line. A PDF without a text layer (a scan), one
 * protected by a password or one PDF.js cannot read is refused with a code.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KgError } from '@kg/schema/core';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ConvertedDocument } from './converted.js';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;
let fontsDir: string | undefined;

function loadPdfJs(): Promise<PdfJs> {
  if (!pdfjs) {
    const require = createRequire(import.meta.url);
    const entry = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
    fontsDir = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;
    pdfjs = import(pathToFileURL(entry).href) as Promise<PdfJs>;
  }
  return pdfjs;
}

/** A line of the text layer: PDF.js's items up to one that ends its line. */
interface Line {
  text: string;
  /** Baseline, in PDF units from the bottom of the page. */
  y: number;
  /** Font size, in PDF units. */
  size: number;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

function linesOf(items: readonly TextItemLike[]): Line[] {
  const lines: Line[] = [];
  let text = '';
  let y: number | undefined;
  let size = 0;
  for (const item of items) {
    if (typeof item.str !== 'string') continue;
    if (y === undefined && item.str.trim()) {
      y = item.transform?.[5] ?? 0;
      size = Math.abs(item.transform?.[3] ?? item.height ?? 0);
    }
    text += item.str;
    if (item.hasEOL) {
      if (text.trim()) lines.push({ text: text.trimEnd(), y: y ?? 0, size });
      text = '';
      y = undefined;
    }
  }
  if (text.trim()) lines.push({ text: text.trimEnd(), y: y ?? 0, size });
  return lines;
}

/** A page's lines as text: a gap of more than 1.6 lines between two lines starts a paragraph. */
function pageText(lines: readonly Line[]): string {
  let out = '';
  let previous: Line | undefined;
  for (const line of lines) {
    if (previous) {
      const gap = previous.y - line.y;
      const lineHeight = Math.max(previous.size, line.size, 1);
      out += gap > 1.6 * lineHeight || gap < 0 ? '\n\n' : '\n';
    }
    out += line.text;
    previous = line;
  }
  return out;
}

/** A PDF date (`D:20261201120000Z`, `D:2026…+01'00'`) as an ISO date, or undefined. */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value.trim());
  if (!m) return undefined;
  const [, year, month = '01', day = '01'] = m;
  const iso = `${year}-${month}-${day}`;
  return Number.isNaN(Date.parse(iso)) ? undefined : iso;
}

function refuse(code: KgError['code'], id: string, reason: string, cause?: unknown): KgError {
  return new KgError(code, `extract: ${id}: ${reason}, skipped.`, { cause });
}

/**
 * The text layer of a PDF, with its title and date when its metadata has them. Throws
 * `ENCRYPTED_INPUT` for a password-protected PDF, `PARSE_ERROR` for one PDF.js cannot read and
 * `EMPTY_INPUT` for one without text (a scan).
 */
export async function pdfToText(bytes: Uint8Array, id: string): Promise<ConvertedDocument> {
  const lib = await loadPdfJs();
  // PDF.js transfers the buffer it is given: a copy keeps the caller's bytes (and hash) intact.
  const task = lib.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    ...(fontsDir ? { standardFontDataUrl: fontsDir } : {}),
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string } | undefined)?.name;
    if (name === 'PasswordException') {
      throw refuse('ENCRYPTED_INPUT', id, 'password-protected PDF', err);
    }
    const detail = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    throw refuse('PARSE_ERROR', id, `not a readable PDF (${detail})`, err);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const text = pageText(linesOf(content.items as TextItemLike[]));
      if (text) pages.push(text);
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (!text.trim()) {
      throw refuse(
        'EMPTY_INPUT',
        id,
        `no text layer in ${doc.numPages} page${doc.numPages === 1 ? '' : 's'} (a scan? run OCR first)`,
      );
    }
    const { info } = (await doc.getMetadata().catch(() => ({ info: {} }))) as {
      info: Record<string, unknown>;
    };
    const title = typeof info.Title === 'string' ? info.Title.trim() : '';
    const date = pdfDate(info.CreationDate);
    return { text, kind: 'pdf', ...(title ? { title } : {}), ...(date ? { date } : {}) };
  } catch (err) {
    if (err instanceof KgError) throw err;
    const detail = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    throw refuse('PARSE_ERROR', id, `not a readable PDF (${detail})`, err);
  } finally {
    await doc.destroy();
  }
}
