/**
 * Reading documents for extraction: bytes to text with clear, typed refusals (empty, binary,
 * malformed UTF-8, too large, unsupported format, not a regular file, unreadable), PDF and DOCX
 * converted to text by their signature, content hashes, and the list of documents under the
 * paths a user names. Every message names the file it is about, and a path that fails fails alone.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { KgError } from '@kg/schema/core';
import { docxToText } from './documents/docx.js';
import { htmlMetadata } from './documents/html-meta.js';
import type { PageMetadata } from './documents/html-meta.js';
import { pdfToText } from './documents/pdf.js';
import type { ConvertedDocument } from './documents/converted.js';
import type { ExtractInput } from './extractor.js';

/** Extensions read as documents when a directory is listed. */
export const TEXT_EXTENSIONS: readonly string[] = [
  '.txt',
  '.text',
  '.md',
  '.html',
  '.htm',
  '.xhtml',
];

/** Extensions of documents kg converts to text (by their content, whatever the name says). */
const CONVERTED_EXTENSIONS: readonly string[] = ['.pdf', '.docx'];

/** Extensions read as documents when a directory is listed: text, HTML, PDF and DOCX. */
export const DOCUMENT_EXTENSIONS: readonly string[] = [...TEXT_EXTENSIONS, ...CONVERTED_EXTENSIONS];

/** Default size limit: 10 MB of text per document. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Formats that are documents, but not ones kg reads; refused by extension. */
const UNSUPPORTED_EXTENSIONS = new Set([
  '.doc',
  '.odt',
  '.rtf',
  '.epub',
  '.pages',
  '.xls',
  '.xlsx',
  '.ods',
  '.ppt',
  '.pptx',
  '.odp',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.bmp',
  '.tif',
  '.tiff',
  '.svg',
  '.mp3',
  '.mp4',
  '.wav',
  '.mov',
  '.zip',
  '.gz',
  '.tgz',
  '.bz2',
  '.xz',
  '.7z',
  '.rar',
  '.tar',
]);

/** File signatures of common binary formats, checked before anything else. */
const MAGIC: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip archive or Office document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], kind: 'bzip2 archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7-zip archive' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'legacy Office document' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], kind: 'WebAssembly module' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], kind: 'Ogg media' },
  { bytes: [0x49, 0x44, 0x33], kind: 'MP3 audio' },
];

/** Share of control characters (other than tab, newline, CR, FF, VT, ESC) that marks binary. */
const CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 64 * 1024;

/** Converts a PDF or DOCX document's bytes to text; `id` names it in error messages. */
export type DocumentConverter = (
  kind: ConvertedDocument['kind'],
  bytes: Uint8Array,
  id: string,
) => Promise<ConvertedDocument>;

/** Decodes a text or HTML document's bytes as `decodeDocument` does; `id` names it. */
export type DocumentDecoder = (
  bytes: Uint8Array,
  id: string,
  options: Pick<ReadOptions, 'maxBytes' | 'format' | 'pageMetadata'>,
) => Promise<DecodedDocument>;

export interface ReadOptions {
  /** Refuse documents larger than this many bytes. Default 10 MB. */
  maxBytes?: number;
  /** Overrides the format the file name implies. */
  format?: ExtractInput['format'];
  /**
   * Converts PDF and DOCX documents (default: in this thread). A server passes
   * `createConverterThread().convert`, so a large PDF never holds up its event loop.
   */
  convert?: DocumentConverter;
  /**
   * Decodes text and HTML documents of `DECODE_ASIDE_BYTES` or more (default: in this thread).
   * A server passes `createConverterThread().decode`: checking and decoding a megabyte of text
   * holds a thread for tens of milliseconds.
   */
  decode?: DocumentDecoder;
  /**
   * Also reads an HTML document's own title, date and site name (`DecodedDocument.page`), where
   * it is decoded (`decode`'s thread for a large one): one more pass over the whole page.
   */
  pageMetadata?: boolean;
}

/** Text or HTML documents this large or larger go to `ReadOptions.decode` when it is given. */
export const DECODE_ASIDE_BYTES = 64 * 1024;

/** A decoded document, ready for the extractor, with the facts the store needs. */
export interface DecodedDocument extends ExtractInput {
  /** SHA-256 of the raw bytes, hex. */
  hash: string;
  /** Size of the raw bytes. */
  bytes: number;
  /** How the bytes were read. */
  encoding: TextEncoding;
  /** Something the reader should be told, though the document was read ("read as Windows-1252"). */
  notice?: string;
  /** The format the bytes were in when it was not text or HTML: converted to text first. */
  converted?: 'pdf' | 'docx';
  /** An HTML document's own title, date and site name, when `ReadOptions.pageMetadata` asked. */
  page?: PageMetadata;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function refuse(code: KgError['code'], id: string, reason: string): KgError {
  return new KgError(code, `extract: ${id}: ${reason}, skipped.`);
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Every other byte NUL, as in ASCII text encoded as UTF-16. */
function looksUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = sample.length / 2;
  return half >= 2 && Math.max(even, odd) > 0.6 * half && Math.min(even, odd) < 0.1 * half;
}

/** Why these bytes are not text, or undefined when they may be. */
function binaryReason(bytes: Uint8Array): string | undefined {
  const magic = MAGIC.find((m) => startsWith(bytes, m.bytes));
  if (magic) return magic.kind;
  if (bytes.indexOf(0) >= 0)
    return looksUtf16(bytes) ? 'NUL bytes; UTF-16 without a BOM?' : 'NUL bytes';
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) {
      if (b !== 0x1b) control++;
    }
  }
  if (sample.length > 0 && control / sample.length > CONTROL_RATIO) return 'control characters';
  return undefined;
}

/** Byte offset of the first malformed UTF-8 sequence (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : 3;
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2) {
      const c = bytes[i + 1] ?? 0;
      if ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f)) return i;
    }
    if (need === 3) {
      const c = bytes[i + 1] ?? 0;
      if ((b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)) return i;
    }
    i += need + 1;
  }
  return i;
}

/** Bytes Windows-1252 leaves undefined: their presence rules out a legacy single-byte text. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Windows-1252 for 0x80–0x9F (WHATWG Encoding standard); 0xA0–0xFF equal Latin-1. Decoded by
 * hand because Node 20's TextDecoder reads 'windows-1252' as plain Latin-1 for these bytes.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

/**
 * Legacy single-byte text (Windows-1252 / Latin-1, common in older news archives): every
 * non-ASCII byte stands alone between ASCII bytes ("\xA35m" for "£5m") and is defined in
 * Windows-1252. Runs of high bytes — overlong, truncated or surrogate UTF-8 — stay malformed.
 */
function isLegacySingleByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) continue;
    if (CP1252_UNDEFINED.has(b)) return false;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) return false;
  }
  return true;
}

function decodeText(bytes: Uint8Array, id: string): { text: string; encoding: TextEncoding } {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      throw refuse('ENCODING_ERROR', id, `not valid ${encoding.toUpperCase()}`);
    }
  }
  const reason = binaryReason(bytes);
  if (reason) throw refuse('BINARY_INPUT', id, `looks binary (${reason})`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (isLegacySingleByte(bytes)) {
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    }
    const at = firstInvalidUtf8(bytes);
    throw refuse('ENCODING_ERROR', id, `not valid UTF-8 (malformed byte at offset ${at})`);
  }
}

/** The format a file name implies: HTML for .html/.htm/.xhtml, text for .txt/.text/.md. */
export function formatForPath(path: string): NonNullable<ExtractInput['format']> {
  const ext = extname(path).toLowerCase();
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (TEXT_EXTENSIONS.includes(ext)) return 'text';
  return 'auto';
}

/**
 * Decodes a document's raw bytes into extractor input: UTF-8 (BOM stripped), UTF-16 with a
 * BOM, or legacy single-byte Windows-1252 text (with a `notice`). Throws a KgError naming `id`: `EMPTY_INPUT`, `BINARY_INPUT`, `ENCODING_ERROR` or
 * `INPUT_TOO_LARGE`.
 *
 * @example
 * const doc = decodeDocument(await readFile('a.txt'), 'a.txt');
 * extractor.extract(doc);
 */
export function decodeDocument(
  bytes: Uint8Array,
  id: string,
  options: ReadOptions = {},
): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw refuse(
      'INPUT_TOO_LARGE',
      id,
      `${formatMegabytes(bytes.length)} is over the ${formatMegabytes(maxBytes)} limit`,
    );
  }
  if (bytes.length === 0) throw refuse('EMPTY_INPUT', id, 'empty file');
  const { text, encoding } = decodeText(bytes, id);
  if (/^[\s\uFEFF]*$/u.test(text)) throw refuse('EMPTY_INPUT', id, 'no text (whitespace only)');
  const format = options.format ?? formatForPath(id);
  return {
    id,
    text,
    format,
    hash: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding,
    ...(encoding === 'windows-1252'
      ? {
          notice: `${id}: not valid UTF-8, read as Windows-1252 (legacy single-byte text).`,
        }
      : {}),
    ...(options.pageMetadata && format === 'html' ? { page: htmlMetadata(text) } : {}),
  };
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** The converted format these bytes are in, by their signature: PDF, or a zip (DOCX, maybe). */
function convertedKind(bytes: Uint8Array): 'pdf' | 'docx' | undefined {
  if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return 'docx';
  return undefined;
}

/**
 * Decodes any document kg reads: a PDF (its text layer) or a Word document (.docx) by its
 * signature, whatever its name, converted to text with its title and date when it declares them;
 * anything else as `decodeDocument` does. Throws a KgError naming `id`: besides
 * `decodeDocument`'s codes, `ENCRYPTED_INPUT` (a password-protected PDF), `PARSE_ERROR` (a PDF
 * or zip that cannot be read), `UNSUPPORTED_FORMAT` (a zip that is not a Word document) and
 * `EMPTY_INPUT` (a PDF without a text layer).
 *
 * @example
 * const doc = await loadDocument(await readFile('report.pdf'), 'report.pdf');
 */
export async function loadDocument(
  bytes: Uint8Array,
  id: string,
  options: ReadOptions = {},
): Promise<DecodedDocument> {
  const kind = convertedKind(bytes);
  if (!kind) {
    if (!options.decode || bytes.length < DECODE_ASIDE_BYTES) {
      return decodeDocument(bytes, id, options);
    }
    const { maxBytes, format, pageMetadata } = options;
    return options.decode(bytes, id, {
      ...(maxBytes !== undefined ? { maxBytes } : {}),
      ...(format ? { format } : {}),
      ...(pageMetadata ? { pageMetadata } : {}),
    });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw refuse(
      'INPUT_TOO_LARGE',
      id,
      `${formatMegabytes(bytes.length)} is over the ${formatMegabytes(maxBytes)} limit`,
    );
  }
  const converted = options.convert
    ? await options.convert(kind, bytes, id)
    : kind === 'pdf'
      ? await pdfToText(bytes, id)
      : await docxToText(bytes, id);
  if (converted.text.length > maxBytes) {
    throw refuse(
      'INPUT_TOO_LARGE',
      id,
      `its text (${formatMegabytes(converted.text.length)}) is over the ${formatMegabytes(maxBytes)} limit`,
    );
  }
  return {
    id,
    text: converted.text,
    format: 'text',
    hash: createHash('sha256').update(bytes).digest('hex'),
    bytes: bytes.length,
    encoding: 'utf-8',
    converted: converted.kind,
    ...(converted.title ? { title: converted.title } : {}),
    ...(converted.date ? { date: converted.date } : {}),
  };
}

function errnoOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function isMissing(err: unknown): boolean {
  const code = errnoOf(err);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** What an operating-system error means, in a few words. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
};

/**
 * The error for a path that could not be looked at or read: `NOT_FOUND` when it is missing,
 * else `READ_ERROR` with the reason and the system's code (EACCES, ELOOP, EIO…).
 */
export function pathError(path: string, err: unknown): KgError {
  if (err instanceof KgError) return err;
  if (isMissing(err))
    return new KgError('NOT_FOUND', `extract: ${path}: no such file or directory.`);
  const code = errnoOf(err);
  const reason = (code && ERRNO_REASONS[code]) ?? `cannot read (${(err as Error)?.message ?? err})`;
  return new KgError(
    'READ_ERROR',
    `extract: ${path}: ${reason}${code && ERRNO_REASONS[code] ? ` (${code})` : ''}, skipped.`,
    {
      cause: err,
    },
  );
}

/** What a file that is not a regular one is, for the message refusing it. */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function notRegular(path: string, info: Stats): KgError {
  return info.isDirectory()
    ? refuse('INVALID_ARGUMENT', path, 'is a directory')
    : refuse('INVALID_ARGUMENT', path, `not a regular file (${kindOf(info)})`);
}

/**
 * Reads and decodes one file (see `loadDocument`: text, HTML, PDF, DOCX). Also throws `NOT_FOUND`
 * for a missing path, `UNSUPPORTED_FORMAT` for document formats kg does not read (.doc, .odt,
 * images…),
 * `INVALID_ARGUMENT` for what is not a regular file (a directory, FIFO, socket or device — refused
 * before anything is read, so a FIFO never blocks) and `READ_ERROR` for a path the system will
 * not read (EACCES, ELOOP, EIO…).
 */
export async function readDocument(
  path: string,
  options: ReadOptions = {},
): Promise<DecodedDocument> {
  const ext = extname(path).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.has(ext)) {
    throw refuse(
      'UNSUPPORTED_FORMAT',
      path,
      `unsupported format ${ext} (kg reads text, HTML, PDF and DOCX: ${DOCUMENT_EXTENSIONS.join(' ')})`,
    );
  }
  // Non-blocking, so opening a FIFO returns at once; what it is then decides before any read.
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    if (isMissing(err)) throw new KgError('NOT_FOUND', `extract: ${path}: no such file.`);
    if (errnoOf(err) === 'ENXIO') {
      const info = await stat(path).catch(() => undefined);
      if (info) throw notRegular(path, info);
    }
    throw pathError(path, err);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(path, info);
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (info.size > maxBytes) {
      throw refuse(
        'INPUT_TOO_LARGE',
        path,
        `${formatMegabytes(info.size)} is over the ${formatMegabytes(maxBytes)} limit`,
      );
    }
    const bytes = await handle.readFile().catch((err: unknown) => {
      throw pathError(path, err);
    });
    const expected = ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : undefined;
    if (expected && convertedKind(bytes) !== expected) {
      throw refuse(
        'PARSE_ERROR',
        path,
        expected === 'pdf' ? 'not a PDF (no %PDF- header)' : 'not a Word document (not a zip)',
      );
    }
    return await loadDocument(bytes, path, options);
  } finally {
    await handle.close();
  }
}

/** What `listInputFiles` found: the files to read, and one error per path that gave none. */
export interface InputListing {
  files: string[];
  errors: KgError[];
}

/**
 * Documents under `dir`, recursively, in name order; a subdirectory or link that cannot be
 * read becomes an error in `errors` and the walk goes on.
 */
async function walk(
  dir: string,
  seen: Set<string>,
  out: string[],
  errors: KgError[],
): Promise<void> {
  let entries;
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    errors.push(pathError(dir, err));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const text = DOCUMENT_EXTENSIONS.includes(extname(entry.name).toLowerCase());
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        // A dangling link is no document; a loop or a denied link named like one is reported.
        if (text && !isMissing(err)) errors.push(pathError(path, err));
        continue;
      }
    }
    // FIFOs, sockets and devices are never documents, whatever their names.
    if (isDir) await walk(path, seen, out, errors);
    else if (isFile && text) out.push(path);
  }
}

/**
 * Expands files and directories into the files to extract. Directories are walked recursively
 * for documents (.txt .text .md .html .htm .xhtml .pdf .docx), skipping hidden ones and anything that
 * is not a regular file; files named explicitly are kept whatever their extension
 * (`readDocument` judges them). A missing path (`NOT_FOUND`), one the system will not look at
 * (`READ_ERROR`: EACCES, ELOOP…) or a directory without documents (`EMPTY_INPUT`) becomes an
 * error in the listing, so the other paths still go through.
 *
 * @example
 * const { files, errors } = await listInputFiles(['data', 'extra/article.html']);
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputListing> {
  const files: string[] = [];
  const errors: KgError[] = [];
  const listed = new Set<string>();
  for (const path of paths) {
    let info: Stats;
    try {
      info = await stat(path);
    } catch (err) {
      errors.push(pathError(path, err));
      continue;
    }
    const found: string[] = [];
    if (info.isDirectory()) {
      const before = errors.length;
      await walk(path, new Set(), found, errors);
      if (found.length === 0 && errors.length === before) {
        errors.push(
          new KgError(
            'EMPTY_INPUT',
            `extract: ${path}: no documents (${DOCUMENT_EXTENSIONS.join(' ')}) in this directory.`,
          ),
        );
      }
    } else {
      found.push(path);
    }
    for (const file of found) {
      if (listed.has(file)) continue;
      listed.add(file);
      files.push(file);
    }
  }
  return { files, errors };
}
