/**
 * Test fixtures built in code, so no binary file needs a provenance: a minimal PDF with a text
 * layer (one page per entry, Helvetica, lines by `T*`), optionally behind a password; and a
 * minimal Word document (the parts a .docx needs: content types, relationships, the body and
 * core properties), zipped with JSZip.
 */
import JSZip from 'jszip';

export interface PdfOptions {
  title?: string;
  /** PDF date string, e.g. `D:20261201120000Z`. */
  creationDate?: string;
  /** An /Encrypt dictionary whose password is not the empty one: PDF.js asks for a password. */
  encrypted?: boolean;
  /** Pages with no text at all (a scan without OCR). */
  noText?: boolean;
}

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/**
 * A PDF whose pages hold the given paragraphs (each paragraph's lines one under the other, a
 * blank line between paragraphs).
 *
 * @example
 * buildPdf([['Iran sent drones to Russia.']], { title: 'Drones' });
 */
export function buildPdf(pages: readonly (readonly string[])[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const pageRefs: string[] = [];
  const firstPage = 5;
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const info = [
    options.title ? `/Title ${pdfString(options.title)}` : '',
    options.creationDate ? `/CreationDate ${pdfString(options.creationDate)}` : '',
  ].join(' ');
  objects[4] = `<< ${info} >>`;
  pages.forEach((paragraphs, i) => {
    const pageNum = firstPage + i * 2;
    const lines = paragraphs.flatMap((p, k) => (k > 0 ? ['', ...p.split('\n')] : p.split('\n')));
    const content = options.noText
      ? '0 0 1 rg 72 72 200 200 re f'
      : `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => (l ? `${pdfString(l)} Tj T*` : 'T*')).join(' ')} ET`;
    objects[pageNum] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageNum + 1} 0 R ` +
      '/Resources << /Font << /F1 3 0 R >> >> >>';
    objects[pageNum + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    pageRefs.push(`${pageNum} 0 R`);
  });
  objects[2] = `<< /Type /Pages /Kids [${pageRefs.join(' ')}] /Count ${pageRefs.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const n = objects.length;
    objects[n] =
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`;
    const id = '0123456789abcdef0123456789abcdef';
    encrypt = ` /Encrypt ${n} 0 R /ID [<${id}> <${id}>]`;
  }
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = out.length;
    out += `${n} 0 obj\n${objects[n] ?? '<< >>'}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let n = 1; n < objects.length; n++) {
    out += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R${encrypt} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface DocxOptions {
  title?: string;
  /** ISO date-time for dcterms:created. */
  created?: string;
}

function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A Word document with one paragraph per entry.
 *
 * @example
 * await buildDocx(['Iran sent drones to Russia.'], { title: 'Drones' });
 */
export async function buildDocx(
  paragraphs: readonly string[],
  options: DocxOptions = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '</Relationships>',
  );
  const body = paragraphs.map(
    (p) => `<w:p><w:r><w:t xml:space="preserve">${xmlText(p)}</w:t></w:r></w:p>`,
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body>${body.join('')}</w:body></w:document>`,
  );
  zip.file(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (options.title ? `<dc:title>${xmlText(options.title)}</dc:title>` : '') +
      (options.created
        ? `<dcterms:created xsi:type="dcterms:W3CDTF">${options.created}</dcterms:created>`
        : '') +
      '</cp:coreProperties>',
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip that is not a Word document (a spreadsheet's workbook part, nothing else). */
export async function buildXlsxLikeZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('xl/workbook.xml', '<workbook/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}
