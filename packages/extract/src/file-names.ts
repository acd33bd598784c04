/**
 * Words of a file name or a web address are no names (issue 14): e-mail and forum text cites
 * attachments and sites ("See attached file: WheatPrices.pdf", "Marcus_resume.doc", "go to
 * Tixmart.com"), and the tokeniser cuts them at the dot and the underscore, so the mention stage
 * read "WheatPrices" as a body, "Marcus" as a person and "Tixmart" as a place. A mention glued (no
 * space) to an underscore on either side, or followed with no space by a dot and a file
 * extension or a web domain ending ("pdf", "doc", "xls", "com", "org"), is dropped.
 *
 * Only glued: "in Boston. Doc Rivers said" keeps Boston, and a dot that ends the sentence is no
 * extension.
 */
import type { Token } from './analysis.js';
import { dropMentions } from './join-spans.js';
import type { Detected, RawMention } from './raw-mention.js';

/** Endings of a file name or a web address after its dot (lower case). */
const ENDINGS = new Set([
  // documents, tables, slides, text
  'pdf',
  'doc',
  'docx',
  'rtf',
  'txt',
  'xls',
  'xlsx',
  'csv',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'wpd',
  // pictures, sound, video, archives, pages
  'jpg',
  'jpeg',
  'png',
  'gif',
  'tif',
  'tiff',
  'bmp',
  'mp3',
  'mp4',
  'wav',
  'avi',
  'mov',
  'wmv',
  'zip',
  'exe',
  'htm',
  'html',
  'asp',
  'php',
  'xml',
  // web domains
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'info',
  'biz',
]);

/** Drops the mentions that are words of a file name or a web address (see above). */
export function dropFileNames(tokens: readonly Token[], detected: Detected): Detected {
  return dropMentions(detected, (m) => inFileName(tokens, m));
}

function inFileName(tokens: readonly Token[], m: RawMention): boolean {
  const first = tokens[m.firstToken] as Token;
  const last = tokens[m.lastToken - 1] as Token;
  const before = tokens[m.firstToken - 1];
  const after = tokens[m.lastToken];
  if (before && before.end === first.start && before.text === '_') return true;
  if (!after || after.start !== last.end) return false;
  if (after.text === '_') return true;
  const ending = tokens[m.lastToken + 1];
  return (
    after.text === '.' &&
    !!ending &&
    ending.start === after.end &&
    ENDINGS.has(ending.text.toLowerCase())
  );
}
