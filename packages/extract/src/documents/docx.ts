/**
 * DOCX to text: the body's paragraphs read with mammoth (one paragraph a block, separated by a
 * blank line), the title and creation date from the package's core properties (JSZip). A zip
 * that is not a Word document, a broken one, or one that would unpack past a sane size is
 * refused with a code before mammoth reads it. Both libraries load on the first Word document.
 */
import type JSZip from 'jszip';
import { KgError } from '@kg/schema/core';
import type { ConvertedDocument } from './converted.js';

/** The most a DOCX may unpack to (a zip bomb stops here, before anything is inflated). */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

const MAIN_PART = 'word/document.xml';

function refuse(code: KgError['code'], id: string, reason: string, cause?: unknown): KgError {
  return new KgError(code, `extract: ${id}: ${reason}, skipped.`, { cause });
}

/** JSZip keeps each entry's declared size in a field its typings do not show. */
function unpackedSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data
    ?.uncompressedSize;
  return typeof size === 'number' ? size : 0;
}

/** What kind of zip this is, for the message refusing one that is not a Word document. */
function zipKind(zip: JSZip): string {
  if (zip.file('xl/workbook.xml')) return 'an Excel workbook (.xlsx)';
  if (zip.file('ppt/presentation.xml')) return 'a PowerPoint deck (.pptx)';
  if (zip.file('mimetype') && zip.file('content.xml')) return 'an OpenDocument file';
  if (zip.file('META-INF/container.xml')) return 'an EPUB book';
  return 'a zip archive';
}

/** The text of the first element `qname` (as the core properties part names it), decoded. */
function elementText(xml: string, qname: string): string | undefined {
  const open = xml.indexOf(`<${qname}`);
  if (open < 0) return undefined;
  const start = xml.indexOf('>', open);
  const end = xml.indexOf('<', start);
  if (start < 0 || end < 0 || xml[start - 1] === '/') return undefined;
  const value = xml
    .slice(start + 1, end)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value || undefined;
}

async function coreProperties(zip: JSZip): Promise<{ title?: string; date?: string }> {
  const core = zip.file('docProps/core.xml');
  if (!core || unpackedSize(core) > 1024 * 1024) return {};
  const xml = await core.async('string');
  const title = elementText(xml, 'dc:title');
  const created = elementText(xml, 'dcterms:created');
  const date = created && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : undefined;
  return { ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

/**
 * The text of a Word document (.docx), with its title and date when its core properties have
 * them. Throws `PARSE_ERROR` for a broken zip or document, `UNSUPPORTED_FORMAT` for a zip that is
 * not a Word document, `INPUT_TOO_LARGE` for one that unpacks past `MAX_UNPACKED_BYTES` and
 * `EMPTY_INPUT` for one without text.
 */
export async function docxToText(bytes: Uint8Array, id: string): Promise<ConvertedDocument> {
  // Loaded on the first Word document only: start-up does not pay for them.
  const [{ default: Zip }, { default: mammoth }] = await Promise.all([
    import('jszip'),
    import('mammoth'),
  ]);
  let zip: JSZip;
  try {
    zip = await Zip.loadAsync(bytes, { checkCRC32: false });
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    throw refuse('PARSE_ERROR', id, `not a readable zip (${detail})`, err);
  }
  if (!zip.file(MAIN_PART)) {
    throw refuse(
      'UNSUPPORTED_FORMAT',
      id,
      `${zipKind(zip)}, not a Word document (no ${MAIN_PART}; kg reads .docx, PDF, text and HTML)`,
    );
  }
  let unpacked = 0;
  zip.forEach((_path, entry) => {
    unpacked += unpackedSize(entry);
  });
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw refuse(
      'INPUT_TOO_LARGE',
      id,
      `unpacks to ${Math.round(unpacked / 1024 / 1024)} MB, over the ${MAX_UNPACKED_BYTES / 1024 / 1024} MB limit`,
    );
  }
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (err) {
    const detail = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    throw refuse('PARSE_ERROR', id, `not a readable Word document (${detail})`, err);
  }
  // mammoth ends every paragraph with two newlines; empty paragraphs make longer runs.
  const text = raw
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
  if (!text) throw refuse('EMPTY_INPUT', id, 'no text in this Word document');
  return { text, kind: 'docx', ...(await coreProperties(zip)) };
}
