import { describe, expect, it } from 'vitest';
import type { DecodedDocument } from '@kg/extract';
import { toQueued } from './queue-extract.js';

const doc: DecodedDocument = {
  id: 'report.pdf',
  hash: 'ab'.repeat(32),
  text: 'Written for this test: Tom Berg met Ana Lund in Lyon.',
  format: 'text',
  bytes: 2048,
  encoding: 'utf-8',
  converted: 'pdf',
  title: 'Talks in Lyon',
  date: '2025-03-04',
};

describe('toQueued', () => {
  it("carries a document's title, date and site to the worker that stores it", () => {
    expect(toQueued('https://news.example/talks', doc, 'Example News')).toEqual({
      hash: doc.hash,
      source: 'https://news.example/talks',
      text: doc.text,
      format: 'text',
      title: 'Talks in Lyon',
      date: '2025-03-04',
      site: 'Example News',
    });
  });

  it('leaves out what the document does not have', () => {
    const { title: _title, date: _date, ...bare } = doc;
    expect(toQueued('notes.txt', bare)).toEqual({
      hash: doc.hash,
      source: 'notes.txt',
      text: doc.text,
      format: 'text',
    });
  });
});
