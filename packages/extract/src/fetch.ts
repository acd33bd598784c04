/**
 * Documents from the web: `fetchDocument(url)` fetches a page (http or https, redirects followed,
 * a time limit over the whole exchange, the body read up to the size limit and no further),
 * decodes it as `loadDocument` does — HTML, plain text, PDF or DOCX, by the content type the
 * server gives and the bytes' signature — and keeps the page's title, publication date and site
 * name as metadata. Every failure is one KgError naming the URL: `FETCH_ERROR` (HTTP error
 * status, timeout, network), `UNSUPPORTED_FORMAT` (not a document type kg reads),
 * `INPUT_TOO_LARGE`, or the decoding errors.
 */
import { KgError } from '@kg/schema';
import { htmlMetadata } from './documents/html-meta.js';
import { DEFAULT_MAX_BYTES, loadDocument } from './input.js';
import type { DecodedDocument } from './input.js';

export interface FetchOptions {
  /** Time for the whole exchange (connect, redirects, body), in ms. Default 20 s. */
  timeoutMs?: number;
  /** Largest body, in bytes. Default 10 MB. */
  maxBytes?: number;
}

/** A fetched document: decoded, with the page's own metadata and where it ended up. */
export interface FetchedDocument extends DecodedDocument {
  /** The URL after redirects: the document's id and source. */
  url: string;
  /** The site's name (og:site_name, application-name), else the host name. */
  site: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

/** Content types kg reads, by their essence (no parameters), and how. */
const CONTENT_TYPES: Readonly<Record<string, 'html' | 'text' | 'sniff'>> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/pdf': 'sniff',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'sniff',
  'application/octet-stream': 'sniff',
};

const USER_AGENT = 'kg-ingest/0.1 (knowledge-graph builder)';

function fail(code: KgError['code'], url: string, reason: string, cause?: unknown): KgError {
  return new KgError(code, `extract: ${url}: ${reason}, skipped.`, { cause });
}

/** Why fetch itself failed, in a few words, with the system's code when there is one. */
function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const code = cause?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  if (code) return `${words[code] ?? 'network error'} (${code})`;
  return `network error (${cause?.message ?? (err as Error)?.message ?? String(err)})`;
}

/** The URL, checked: http or https only, no credentials in it. */
export function parseDocumentUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new KgError('INVALID_ARGUMENT', `extract: "${raw.slice(0, 200)}" is not a URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new KgError(
      'INVALID_ARGUMENT',
      `extract: ${url.href.slice(0, 200)}: only http and https URLs are fetched.`,
    );
  }
  if (url.username || url.password) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `extract: ${url.host}: a URL with a user name or password is refused.`,
    );
  }
  url.hash = '';
  return url;
}

/** Whether a string is meant as a URL rather than a path (`http://` or `https://`). */
export function isDocumentUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** The body, read up to `maxBytes`; past it the transfer is cancelled. */
async function readBody(
  res: Response,
  url: string,
  maxBytes: number,
  abort: AbortController,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!res.body) return new Uint8Array(0);
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      abort.abort();
      throw fail(
        'INPUT_TOO_LARGE',
        url,
        `the body is over the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB limit`,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Fetches a web page or document and decodes it for extraction, with the page's title, date
 * and site name. Throws a KgError naming the URL (see the module comment).
 *
 * @example
 * const doc = await fetchDocument('https://www.bbc.co.uk/news/world-1');
 * extractor.extract(doc); // doc.id is the URL after redirects; doc.title, doc.date, doc.site
 */
export async function fetchDocument(
  raw: string,
  options: FetchOptions = {},
): Promise<FetchedDocument> {
  const url = parseDocumentUrl(raw);
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  const timeoutError = (err?: unknown) =>
    fail('FETCH_ERROR', url.href, `no answer within ${timeoutMs / 1000} s`, err);
  let res: Response;
  let bytes: Uint8Array;
  try {
    try {
      res = await fetch(url, {
        signal: abort.signal,
        redirect: 'follow',
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5',
        },
      });
    } catch (err) {
      if (timedOut) throw timeoutError(err);
      throw fail('FETCH_ERROR', url.href, networkReason(err), err);
    }
    const where = res.url || url.href;
    if (!res.ok) {
      abort.abort();
      throw fail(
        'FETCH_ERROR',
        where,
        `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`,
      );
    }
    const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const how = type ? CONTENT_TYPES[type] : 'sniff';
    if (!how) {
      abort.abort();
      throw fail(
        'UNSUPPORTED_FORMAT',
        where,
        `content type ${type} is not a document kg reads (HTML, text, PDF, DOCX)`,
      );
    }
    const length = Number(res.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      abort.abort();
      throw fail(
        'INPUT_TOO_LARGE',
        where,
        `${Math.round((length / 1024 / 1024) * 10) / 10} MB is over the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB limit`,
      );
    }
    try {
      bytes = await readBody(res, where, maxBytes, abort);
    } catch (err) {
      if (err instanceof KgError) throw err;
      if (timedOut) throw timeoutError(err);
      throw fail('FETCH_ERROR', where, networkReason(err), err);
    }
    const doc = await loadDocument(bytes, where, {
      maxBytes,
      ...(how === 'sniff' ? {} : { format: how }),
    });
    const finalUrl = new URL(where);
    const meta = doc.format === 'html' ? htmlMetadata(doc.text) : {};
    const title = meta.title ?? doc.title;
    const date = meta.date ?? doc.date;
    return {
      ...doc,
      source: where,
      url: where,
      site: meta.site ?? finalUrl.hostname,
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}
