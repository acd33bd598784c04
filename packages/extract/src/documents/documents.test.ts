import { describe, expect, it } from 'vitest';
import { isKgError } from '@kg/schema';
import { loadDocument } from '../input.js';
import { buildDocx, buildPdf, buildXlsxLikeZip } from '../testing/documents.js';
import { htmlMetadata, isoDate } from './html-meta.js';
import { pdfDate } from './pdf.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (isKgError(err)) return `${err.code}: ${err.message}`;
    throw err;
  }
  return 'no error';
}

describe('loadDocument: PDF', () => {
  it('reads the text layer, with paragraphs, pages, title and date', async () => {
    const pdf = buildPdf(
      [
        ['Iran sent drones to Russia,\nofficials said.', 'The talks in Geneva ended.'],
        ['Page two names Ukraine.'],
      ],
      { title: 'Drones for Russia', creationDate: 'D:20261201093000Z' },
    );
    const doc = await loadDocument(pdf, 'report.pdf');
    expect(doc.text).toBe(
      'Iran sent drones to Russia,\nofficials said.\n\nThe talks in Geneva ended.\n\nPage two names Ukraine.',
    );
    expect(doc).toMatchObject({
      id: 'report.pdf',
      format: 'text',
      converted: 'pdf',
      title: 'Drones for Russia',
      date: '2026-12-01',
      bytes: pdf.length,
    });
    expect(doc.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a PDF by its signature, whatever its name', async () => {
    const doc = await loadDocument(buildPdf([['Named oddly.']]), 'upload-1');
    expect(doc.converted).toBe('pdf');
    expect(doc.text).toBe('Named oddly.');
  });

  const refusals: [string, () => Buffer, RegExp][] = [
    [
      'a password-protected PDF',
      () => buildPdf([['secret']], { encrypted: true }),
      /^ENCRYPTED_INPUT: extract: x\.pdf: password-protected PDF, skipped\.$/,
    ],
    [
      'a PDF with garbage after its header',
      () => Buffer.from('%PDF-1.4\nnot a pdf at all'),
      /^PARSE_ERROR: extract: x\.pdf: not a readable PDF \(Invalid PDF structure\), skipped\.$/,
    ],
    [
      'a truncated PDF',
      () => buildPdf([['cut short']]).subarray(0, 120),
      /^PARSE_ERROR: .*not a readable PDF/,
    ],
    [
      'a PDF without a text layer',
      () => buildPdf([['x'], ['y']], { noText: true }),
      /^EMPTY_INPUT: extract: x\.pdf: no text layer in 2 pages \(a scan\? run OCR first\), skipped\.$/,
    ],
  ];
  it.each(refusals)('refuses %s with a code', async (_name, make, expected) => {
    expect(await codeOf(loadDocument(make(), 'x.pdf'))).toMatch(expected);
  });

  it('refuses a PDF over the size limit before parsing it', async () => {
    const pdf = buildPdf([['a'.repeat(2000)]]);
    expect(await codeOf(loadDocument(pdf, 'x.pdf', { maxBytes: 1000 }))).toMatch(
      /^INPUT_TOO_LARGE: /,
    );
  });
});

describe('loadDocument: DOCX', () => {
  it('reads the paragraphs, the title and the creation date', async () => {
    const docx = await buildDocx(
      ['Iran sent drones to Russia.', '', 'Officials in Kyiv said so & more.'],
      { title: 'Drones <draft>', created: '2026-11-30T08:00:00Z' },
    );
    const doc = await loadDocument(docx, 'memo.docx');
    expect(doc.text).toBe('Iran sent drones to Russia.\n\nOfficials in Kyiv said so & more.');
    expect(doc).toMatchObject({
      converted: 'docx',
      format: 'text',
      title: 'Drones <draft>',
      date: '2026-11-30',
    });
  });

  const refusals: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    [
      'a zip that is a spreadsheet',
      buildXlsxLikeZip,
      /^UNSUPPORTED_FORMAT: extract: x\.docx: an Excel workbook \(\.xlsx\), not a Word document \(no word\/document\.xml; kg reads \.docx, PDF, text and HTML\), skipped\.$/,
    ],
    [
      'a broken zip',
      () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40, 7)]),
      /^PARSE_ERROR: extract: x\.docx: not a readable zip/,
    ],
    [
      'a Word document without text',
      () => buildDocx(['', '   ']),
      /^EMPTY_INPUT: extract: x\.docx: no text in this Word document, skipped\.$/,
    ],
  ];
  it.each(refusals)('refuses %s with a code', async (_name, make, expected) => {
    expect(await codeOf(loadDocument(await make(), 'x.docx'))).toMatch(expected);
  });
});

describe('htmlMetadata', () => {
  const cases: [string, string, ReturnType<typeof htmlMetadata>][] = [
    [
      'Open Graph and article tags',
      '<html><head><title>Talks end | BBC</title><meta property="og:title" content="Talks end">' +
        '<meta property="og:site_name" content="BBC News">' +
        '<meta property="article:published_time" content="2026-12-01T09:00:00+00:00"></head></html>',
      { title: 'Talks end', date: '2026-12-01', site: 'BBC News' },
    ],
    [
      '<title> and a <time> element',
      '<title> Drones &amp; sanctions </title><p><time datetime="2026-11-02">2 Nov</time></p>',
      { title: 'Drones & sanctions', date: '2026-11-02' },
    ],
    [
      'JSON-LD datePublished in a @graph',
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2026-10-05T12:00:00Z"}]}</script>',
      { date: '2026-10-05' },
    ],
    [
      'broken JSON-LD and a Dublin Core date',
      '<script type="application/ld+json">{broken</script><meta name="DC.date" content="2026-09-09">',
      { date: '2026-09-09' },
    ],
    ['nothing declared', '<p>Just text.</p>', {}],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    expect(htmlMetadata(html)).toEqual(expected);
  });

  it('reads dates in the forms pages and PDFs write them', () => {
    expect(isoDate('2026-12-01T09:00:00Z')).toBe('2026-12-01');
    expect(isoDate('Tue, 01 Dec 2026 09:00:00 GMT')).toBe('2026-12-01');
    expect(isoDate('yesterday')).toBeUndefined();
    expect(pdfDate("D:20261201093000+01'00'")).toBe('2026-12-01');
    expect(pdfDate('D:2026')).toBe('2026-01-01');
    expect(pdfDate('garbage')).toBeUndefined();
  });
});
