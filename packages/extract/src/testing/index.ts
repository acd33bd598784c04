/**
 * `@kg/extract/testing`: fixtures for tests of the packages above extract (the CLI, the server):
 * PDF and Word documents built in code. Not part of the runtime API.
 */
export { buildDocx, buildPdf, buildXlsxLikeZip } from './documents.js';
export type { DocxOptions, PdfOptions } from './documents.js';
