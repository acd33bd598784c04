/**
 * Documents from the web: `fetchDocument(url)` fetches a page (http or https, redirects followed
 * by hand up to a limit, a time limit over the whole exchange, gzip, deflate and brotli bodies
 * decoded, the body read up to the size limit and no further), decodes it as `loadDocument`
 * does — HTML, plain text, PDF or DOCX, by the content type the server gives and the bytes'
 * signature — and keeps the page's title, publication date and site name as metadata.
 *
 * Every hop goes through the URL guard (`url-guard.ts`): the host is resolved, refused when any
 * address is not public and the policy does not allow it, and the connection is pinned to the
 * addresses checked. Every failure is one KgError naming the URL: `URL_FORBIDDEN` (a private,
 * loopback, link-local… address, first hop or redirect), `FETCH_ERROR` (HTTP error status,
 * timeout, network, too many redirects), `UNSUPPORTED_FORMAT` (not a document type kg reads),
 * `INPUT_TOO_LARGE`, or the decoding errors.
 */
import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { KgError } from '@kg/schema/core';
import { DEFAULT_MAX_BYTES, loadDocument } from './input.js';
import type { DecodedDocument, DocumentConverter, DocumentDecoder } from './input.js';
import { createUrlGuard, pinnedLookup, PUBLIC_ONLY } from './url-guard.js';
import type { HostResolver, ResolvedAddress, UrlPolicy } from './url-guard.js';

export interface FetchOptions {
  /** Time for the whole exchange (connect, redirects, body), in ms. Default 20 s. */
  timeoutMs?: number;
  /** Largest body, in bytes. Default 10 MB. */
  maxBytes?: number;
  /**
   * What may be fetched. Default: public addresses only (`PUBLIC_ONLY`); the server keeps it,
   * `kg ingest` and `kg extract` allow private addresses unless told otherwise.
   */
  urlPolicy?: UrlPolicy;
  /** Resolves host names (default: the system's `dns.lookup`, all addresses). */
  resolve?: HostResolver;
  /** Converts a fetched PDF or DOCX (see `ReadOptions.convert`; default: in this thread). */
  convert?: DocumentConverter;
  /**
   * Decodes a fetched text or HTML page of 64 KB or more, with the page's metadata (see
   * `ReadOptions.decode`; default: in this thread).
   */
  decode?: DocumentDecoder;
}

/** A fetched document: decoded, with the page's own metadata and where it ended up. */
export interface FetchedDocument extends DecodedDocument {
  /** The URL after redirects: the document's id and source. */
  url: string;
  /** The site's name (og:site_name, application-name), else the host name. */
  site: string;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 20_000;

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 10;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

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

/** Why the connection failed, in a few words, with the system's code when there is one. */
function networkReason(err: unknown): string {
  const code = (err as { code?: string } | undefined)?.code;
  const words: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  if (code) return `network error (${code})`;
  return `network error (${(err as Error)?.message ?? String(err)})`;
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

/**
 * One GET to addresses already checked; resolves with the response head. Node's http and https
 * modules are loaded here, on the first fetch, not when the package is imported (start-up).
 */
async function get(url: URL, addresses: readonly ResolvedAddress[], signal: AbortSignal) {
  const { request: send } =
    url.protocol === 'https:' ? await import('node:https') : await import('node:http');
  return new Promise<IncomingMessage>((resolve, reject) => {
    const req = send(url, {
      method: 'GET',
      signal,
      lookup: pinnedLookup(addresses),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

/** The body as sent (decompressed), read up to `maxBytes`; past it the transfer is cancelled. */
async function readBody(res: IncomingMessage, url: string, maxBytes: number): Promise<Buffer> {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
    gzip: createGunzip,
    'x-gzip': createGunzip,
    deflate: createInflate,
    br: createBrotliDecompress,
  };
  const decoder = decoders[encoding];
  if (encoding && encoding !== 'identity' && !decoder) {
    throw fail('UNSUPPORTED_FORMAT', url, `content encoding ${encoding} is not supported`);
  }
  const body: Readable = decoder ? (res.pipe(decoder()) as unknown as Readable) : res;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      const bytes = chunk as Buffer;
      total += bytes.byteLength;
      if (total > maxBytes) {
        throw fail(
          'INPUT_TOO_LARGE',
          url,
          `the body is over the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB limit`,
        );
      }
      chunks.push(bytes);
    }
  } finally {
    res.destroy();
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
  let url = parseDocumentUrl(raw);
  const timeoutMs = options.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const guard = createUrlGuard(options.urlPolicy ?? PUBLIC_ONLY, options.resolve);
  const abort = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abort.abort();
  }, timeoutMs);
  const timeoutError = (where: string, err?: unknown) =>
    fail('FETCH_ERROR', where, `no answer within ${timeoutMs / 1000} s`, err);
  // A host name lookup that hangs is cut off by the same time limit.
  const aborted = new Promise<never>((_resolve, reject) => {
    abort.signal.addEventListener('abort', () => reject(timeoutError(url.href)), { once: true });
  });
  aborted.catch(() => undefined);
  try {
    let res: IncomingMessage | undefined;
    for (let hop = 0; ; hop++) {
      const addresses = await Promise.race([guard.check(url), aborted]);
      try {
        res = await get(url, addresses, abort.signal);
      } catch (err) {
        if (timedOut) throw timeoutError(url.href, err);
        throw fail('FETCH_ERROR', url.href, networkReason(err), err);
      }
      const location = res.headers.location;
      if (!REDIRECT_STATUSES.has(res.statusCode ?? 0) || !location) break;
      res.destroy();
      if (hop === MAX_REDIRECTS) {
        throw fail('FETCH_ERROR', raw, `more than ${MAX_REDIRECTS} redirects`);
      }
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw fail('FETCH_ERROR', url.href, `redirected to "${location.slice(0, 200)}", not a URL`);
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        throw fail('FETCH_ERROR', url.href, `redirected to ${next.protocol} (only http and https)`);
      }
      next.hash = '';
      next.username = '';
      next.password = '';
      url = next;
    }
    const where = url.href;
    const status = res.statusCode ?? 0;
    if (status < 200 || status > 299) {
      res.destroy();
      throw fail(
        'FETCH_ERROR',
        where,
        `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
      );
    }
    const type = (res.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const how = type ? CONTENT_TYPES[type] : 'sniff';
    if (!how) {
      res.destroy();
      throw fail(
        'UNSUPPORTED_FORMAT',
        where,
        `content type ${type} is not a document kg reads (HTML, text, PDF, DOCX)`,
      );
    }
    const length = Number(res.headers['content-length']);
    if (!res.headers['content-encoding'] && Number.isFinite(length) && length > maxBytes) {
      res.destroy();
      throw fail(
        'INPUT_TOO_LARGE',
        where,
        `${Math.round((length / 1024 / 1024) * 10) / 10} MB is over the ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB limit`,
      );
    }
    let bytes: Buffer;
    try {
      bytes = await readBody(res, where, maxBytes);
    } catch (err) {
      if (err instanceof KgError) throw err;
      if (timedOut) throw timeoutError(where, err);
      throw fail('FETCH_ERROR', where, networkReason(err), err);
    }
    const { page: meta = {}, ...doc } = await loadDocument(bytes, where, {
      maxBytes,
      pageMetadata: true,
      ...(options.convert ? { convert: options.convert } : {}),
      ...(options.decode ? { decode: options.decode } : {}),
      ...(how === 'sniff' ? {} : { format: how }),
    });
    const title = meta.title ?? doc.title;
    const date = meta.date ?? doc.date;
    return {
      ...doc,
      source: where,
      url: where,
      site: meta.site ?? url.hostname,
      ...(title ? { title } : {}),
      ...(date ? { date } : {}),
    };
  } finally {
    clearTimeout(timer);
  }
}
