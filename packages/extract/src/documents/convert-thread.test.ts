import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { loadDocument } from '../input.js';
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
});
