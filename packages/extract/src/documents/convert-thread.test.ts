import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { DECODE_ASIDE_BYTES, loadDocument } from '../input.js';
import { buildDocx, buildPdf, buildXlsxLikeZip } from '../testing/documents.js';
import { createConverterThread } from './convert-thread.js';

const converter = createConverterThread({ idleMs: 60_000 });
afterAll(() => converter.close());

/** What loading gave: the document, or the error's code and message. */
async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (err) {
    if (isKgError(err)) return `${err.code}: ${err.message}`;
    throw err;
  }
}

const documents: [string, () => Promise<Buffer> | Buffer][] = [
  [
    'a PDF with a title and date',
    () =>
      buildPdf([['Iran sent drones to Russia.', 'Talks ended.'], ['Page two.']], {
        title: 'Drones',
        creationDate: 'D:20261201093000Z',
      }),
  ],
  ['a DOCX', () => buildDocx(['Angela Merkel met Emmanuel Macron.', 'They spoke of trade.'])],
  ['a password-protected PDF', () => buildPdf([['secret']], { encrypted: true })],
  ['a PDF without a text layer', () => buildPdf([['x']], { noText: true })],
  ['a broken PDF', () => Buffer.from('%PDF-1.4\nnot a pdf at all')],
  ['a zip that is not a Word document', () => buildXlsxLikeZip()],
];

describe('createConverterThread', () => {
  it.each(documents)('reads %s as loadDocument does in the calling thread', async (_name, make) => {
    const bytes = await make();
    const here = await outcome(loadDocument(bytes, 'doc'));
    const before = Buffer.from(bytes);
    const there = await outcome(loadDocument(bytes, 'doc', { convert: converter.convert }));
    expect(there).toEqual(here);
    // The bytes sent to the thread were a copy: the caller's are untouched.
    expect(Buffer.from(bytes).equals(before)).toBe(true);
  });

  it('converts in a worker thread of its own', async () => {
    await converter.convert('pdf', buildPdf([['In a thread.']]), 'thread.pdf');
    expect(converter.threadId).toBeTypeOf('number');
    expect(converter.threadId).not.toBe(threadId);
  });

  it('fails documents in flight when closed, and starts afresh on the next', async () => {
    const own = createConverterThread();
    const inFlight = outcome(own.convert('pdf', buildPdf([['Closed early.']]), 'early.pdf'));
    await own.close();
    expect(await inFlight).toMatch(
      /^INTERNAL: extract: early\.pdf: the conversion thread was closed\.$/,
    );
    const doc = await own.convert('pdf', buildPdf([['Again.']]), 'again.pdf');
    expect(doc.text).toBe('Again.');
    await own.close();
  });

  // Text and HTML documents of DECODE_ASIDE_BYTES or more, decoded in the thread.
  const big = DECODE_ASIDE_BYTES + 10;
  const texts: [string, () => Buffer, { maxBytes?: number; format?: 'text' | 'html' }][] = [
    [
      'UTF-8 text',
      () => Buffer.from('Iran sent drones to Russia. Ümit wrote. '.repeat(big / 30)),
      {},
    ],
    [
      'an HTML page',
      () => Buffer.from(`<p>${'Talks ended in Minsk. '.repeat(big / 20)}</p>`),
      { format: 'html' },
    ],
    [
      'Windows-1252 text',
      () => Buffer.from(`${'Prices rose \xa35m. '.repeat(big / 15)}`, 'latin1'),
      {},
    ],
    [
      'malformed UTF-8',
      () => Buffer.concat([Buffer.from('a'.repeat(big)), Buffer.from([0xc3, 0xc3])]),
      {},
    ],
    ['binary bytes', () => Buffer.concat([Buffer.from('a'.repeat(big)), Buffer.from([0])]), {}],
    ['whitespace only', () => Buffer.from(' \n'.repeat(big)), {}],
    ['a document over the limit', () => Buffer.from('a'.repeat(big)), { maxBytes: big - 1 }],
  ];
  it.each(texts)(
    'decodes %s as loadDocument does in the calling thread',
    async (_name, make, options) => {
      const bytes = make();
      expect(bytes.length).toBeGreaterThanOrEqual(DECODE_ASIDE_BYTES);
      const here = await outcome(loadDocument(bytes, 'doc.txt', options));
      const there = await outcome(
        loadDocument(bytes, 'doc.txt', { ...options, decode: converter.decode }),
      );
      expect(there).toEqual(here);
    },
  );

  it('decodes a large document in its thread, a small one in the calling thread', async () => {
    const own = createConverterThread();
    const small = Buffer.from('Iran sent drones to Russia.');
    await loadDocument(small, 'small.txt', { decode: own.decode });
    expect(own.threadId).toBeUndefined();
    const large = Buffer.from('Iran sent drones to Russia. '.repeat(DECODE_ASIDE_BYTES / 20));
    const doc = await loadDocument(large, 'large.txt', { decode: own.decode });
    expect(doc.text).toBe(large.toString('utf8'));
    expect(own.threadId).toBeTypeOf('number');
    expect(own.threadId).not.toBe(threadId);
    await own.close();
  });

  // JSON texts (a server's request bodies), parsed in the thread as JSON.parse reads them here.
  const json: [string, Buffer][] = [
    ['an object with non-ASCII text', Buffer.from(JSON.stringify({ text: 'Ümit 😀 “x”', n: 1 }))],
    ['a scalar', Buffer.from(' 42 ')],
    ['null', Buffer.from('null')],
    ['a text behind a byte-order mark', Buffer.from('\ufeff{"a":[1,2]}')],
    ['malformed UTF-8 inside a string', Buffer.from([0x22, 0xc3, 0x22])],
  ];
  it.each(json)('parses %s as JSON.parse does', async (_name, bytes) => {
    const here: unknown = JSON.parse(new TextDecoder().decode(bytes));
    expect(await converter.parseJson(bytes, 'body')).toEqual(here);
  });

  it('refuses malformed JSON with PARSE_ERROR naming it', async () => {
    expect(await outcome(converter.parseJson(Buffer.from('{"text": "cut'), 'body'))).toMatch(
      /^PARSE_ERROR: body: not valid JSON: /,
    );
  });
});
