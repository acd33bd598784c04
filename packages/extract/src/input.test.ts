/** Reading documents: decoding, refusals with codes and file names, listing inputs. */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KgError } from '@kg/schema';
import type { ErrorCode } from '@kg/schema';
import { DEFAULT_MAX_BYTES, decodeDocument, listInputFiles, readDocument } from './input.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof KgError) return err.code;
    throw err;
  }
  return undefined;
}

describe('decodeDocument refuses what is not text', () => {
  const cases: [string, Uint8Array, ErrorCode, RegExp][] = [
    ['an empty file', bytes(''), 'EMPTY_INPUT', /empty/],
    ['whitespace only', bytes(' \n\t \r\n  '), 'EMPTY_INPUT', /whitespace/],
    ['a byte-order mark only', bytes([0xef, 0xbb, 0xbf], '\n'), 'EMPTY_INPUT', /whitespace/],
    ['NUL bytes', bytes('Iran sent\u0000drones'), 'BINARY_INPUT', /NUL bytes/],
    [
      'UTF-16 without a byte-order mark',
      bytes([0x49, 0, 0x72, 0, 0x61, 0, 0x6e, 0]),
      'BINARY_INPUT',
      /UTF-16 without a BOM/,
    ],
    ['a PDF', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'BINARY_INPUT', /PDF/],
    ['a PNG image', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'BINARY_INPUT', /PNG/],
    ['a zip archive', bytes([0x50, 0x4b, 0x03, 0x04], 'word/document.xml'), 'BINARY_INPUT', /zip/],
    [
      'mostly control characters',
      bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f], 'ab'),
      'BINARY_INPUT',
      /control/,
    ],
    [
      'UTF-8 with a stray byte',
      bytes('caf', [0xc3, 0xa9], ' ', [0xe9]),
      'ENCODING_ERROR',
      /offset 6/,
    ],
    ['a byte Windows-1252 leaves undefined', bytes('a', [0x81], 'b'), 'ENCODING_ERROR', /offset 1/],
    ['an overlong encoding', bytes('a', [0xc0, 0xaf]), 'ENCODING_ERROR', /offset 1/],
    ['an encoded surrogate', bytes('ab', [0xed, 0xa0, 0x80]), 'ENCODING_ERROR', /offset 2/],
    ['a truncated sequence', bytes('Zelensky ', [0xe2, 0x80]), 'ENCODING_ERROR', /offset 9/],
  ];
  it.each(cases)('%s', (_name, input, code, reason) => {
    expect(codeOf(() => decodeDocument(input, 'data/x.txt'))).toBe(code);
    expect(() => decodeDocument(input, 'data/x.txt')).toThrow(
      /^extract: data\/x\.txt: .*skipped\.$/,
    );
    expect(() => decodeDocument(input, 'data/x.txt')).toThrow(reason);
  });

  it('refuses a document over the size limit, naming both sizes', () => {
    const input = bytes('a'.repeat(2 * 1024 * 1024 + 1));
    const read = () => decodeDocument(input, 'big.txt', { maxBytes: 2 * 1024 * 1024 });
    expect(codeOf(read)).toBe('INPUT_TOO_LARGE');
    expect(read).toThrow(/big\.txt: 2 MB is over the 2 MB limit/);
  });
});

describe('decodeDocument reads legacy single-byte text as Windows-1252', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a Latin-1 letter', bytes('caf', [0xe9], ' noir'), 'café noir'],
    ['a pound sign', bytes('rose to ', [0xa3], '5m'), 'rose to £5m'],
    ['Windows-1252 quotes', bytes([0x93], 'drones', [0x94]), '“drones”'],
  ];
  it.each(cases)('%s', (_name, input, text) => {
    const doc = decodeDocument(input, 'old.txt');
    expect(doc.text).toBe(text);
    expect(doc.encoding).toBe('windows-1252');
    expect(doc.notice).toMatch(/^old\.txt: not valid UTF-8, read as Windows-1252/);
  });

  it('says nothing for UTF-8', () => {
    const doc = decodeDocument(bytes('Kyiv'), 'new.txt');
    expect(doc.encoding).toBe('utf-8');
    expect(doc.notice).toBeUndefined();
  });
});

describe('decodeDocument reads text', () => {
  const cases: [string, Uint8Array, string][] = [
    ['plain UTF-8', bytes('Kyiv, Ukraine — “drones”'), 'Kyiv, Ukraine — “drones”'],
    ['UTF-8 with a byte-order mark', bytes([0xef, 0xbb, 0xbf], 'Iran'), 'Iran'],
    [
      'UTF-16LE with a byte-order mark',
      bytes([0xff, 0xfe], [0x49, 0, 0x72, 0, 0x61, 0, 0x6e, 0]),
      'Iran',
    ],
    ['UTF-16BE with a byte-order mark', bytes([0xfe, 0xff], [0, 0x4f, 0, 0x4b]), 'OK'],
    ['tabs, form feeds and escapes', bytes('a\tb\fc\u001b[0m'), 'a\tb\fc\u001b[0m'],
  ];
  it.each(cases)('%s', (_name, input, text) => {
    expect(decodeDocument(input, 'a.txt').text).toBe(text);
  });

  it('hashes the raw bytes and keeps their size', () => {
    const input = bytes([0xef, 0xbb, 0xbf], 'Iran and Russia');
    const doc = decodeDocument(input, 'a.txt');
    expect(doc.hash).toBe(createHash('sha256').update(input).digest('hex'));
    expect(doc.bytes).toBe(input.length);
  });

  it.each([
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['story.txt', 'text'],
    ['notes.md', 'text'],
    ['README', 'auto'],
  ])('infers the format of %s as %s', (id, format) => {
    expect(decodeDocument(bytes('x'), id).format).toBe(format);
  });
});

describe('reading and listing files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-input-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (path: string, content: string | Uint8Array = 'Iran sent drones to Russia.') => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, content);
    return full;
  };

  it('reads a file and names it in refusals', async () => {
    const good = file('good.txt');
    await expect(readDocument(good)).resolves.toMatchObject({ id: good, format: 'text' });
    const empty = file('empty.txt', '');
    await expect(readDocument(empty)).rejects.toMatchObject({ code: 'EMPTY_INPUT' });
    await expect(readDocument(empty)).rejects.toThrow(empty);
  });

  it.each<[string, ErrorCode]>([
    ['missing.txt', 'NOT_FOUND'],
    ['report.doc', 'UNSUPPORTED_FORMAT'],
    ['notes.odt', 'UNSUPPORTED_FORMAT'],
    ['report.docx', 'PARSE_ERROR'],
    ['scan.pdf', 'PARSE_ERROR'],
  ])('refuses %s with %s', async (name, code) => {
    if (code !== 'NOT_FOUND') file(name, 'PK');
    await expect(readDocument(join(dir, name))).rejects.toMatchObject({ code });
  });

  it('refuses a file over the default limit and reads it under a larger one', async () => {
    const big = file('big.txt', Buffer.alloc(DEFAULT_MAX_BYTES + 1, 0x61));
    await expect(readDocument(big)).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    await expect(readDocument(big, { maxBytes: DEFAULT_MAX_BYTES * 2 })).resolves.toBeTruthy();
  });

  it('walks directories for documents, skipping hidden ones and other formats', async () => {
    const root = join(dir, 'tree');
    file('tree/b.html', '<p>x</p>');
    file('tree/a.txt');
    file('tree/nested/c.md');
    file('tree/nested/deeper/d.TXT');
    file('tree/.hidden.txt');
    file('tree/.git/e.txt');
    file('tree/scan.pdf', '%PDF-1.4');
    file('tree/memo.docx', 'PK');
    file('tree/data.json', '{}');
    file('tree/old.doc', 'x');
    const { files, errors } = await listInputFiles([root]);
    expect(errors).toEqual([]);
    expect(files).toEqual(
      ['a.txt', 'b.html', 'memo.docx', 'nested/c.md', 'nested/deeper/d.TXT', 'scan.pdf'].map((p) =>
        join(root, p),
      ),
    );
  });

  it('reports missing paths and directories without text, and keeps the rest', async () => {
    const good = file('list/good.txt');
    mkdirSync(join(dir, 'list/empty-dir'), { recursive: true });
    file('list/pictures/photo.jpg', 'x');
    const paths = [
      good,
      join(dir, 'list/nope.txt'),
      join(dir, 'list/empty-dir'),
      join(dir, 'list/pictures'),
      good,
    ];
    const { files, errors } = await listInputFiles(paths);
    expect(files).toEqual([good]);
    expect(errors.map((e) => e.code)).toEqual(['NOT_FOUND', 'EMPTY_INPUT', 'EMPTY_INPUT']);
    expect(errors[0]?.message).toContain('nope.txt');
    expect(errors[1]?.message).toContain('empty-dir');
    expect(errors[2]?.message).toContain('pictures');
  });

  it('keeps a file named explicitly whatever its extension', async () => {
    const log = file('notes.log', 'Kirby said so.');
    expect((await listInputFiles([log])).files).toEqual([log]);
  });
});
