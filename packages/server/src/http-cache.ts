/**
 * Cached JSON responses: a body is serialised once per store version and query, compressed
 * once per encoding the clients ask for (brotli, else gzip), and revalidated with an ETag built
 * from the store version, so an unchanged view costs a 304 or a buffer copy, never a
 * serialisation. Every response says `Cache-Control: no-cache` (always revalidate) and varies
 * on `Accept-Encoding`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bodies smaller than this are sent as they are: compressing them costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

export interface CachedBody {
  etag: string;
  json: Buffer;
  /** Compressed forms, made on first request. */
  encoded: Map<'br' | 'gzip', Promise<Buffer>>;
}

/** A process-wide nonce, so an ETag never survives a restart onto another store's content. */
const NONCE = randomBytes(4).toString('hex');

/** A cached body for `text` (JSON) at a store version, named by `key` (the canonical query). */
export function cachedBody(text: string, version: number, key: string): CachedBody {
  const digest = createHash('sha1').update(key).digest('base64url').slice(0, 12);
  return {
    etag: `W/"${NONCE}-${version}-${digest}"`,
    json: Buffer.from(text, 'utf8'),
    encoded: new Map(),
  };
}

function preferredEncoding(req: Request): 'br' | 'gzip' | undefined {
  const accepted = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

function encode(body: CachedBody, encoding: 'br' | 'gzip'): Promise<Buffer> {
  let pending = body.encoded.get(encoding);
  if (!pending) {
    pending =
      encoding === 'br'
        ? brotli(body.json, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.json.length,
            },
          })
        : gzipAsync(body.json, { level: 6 });
    body.encoded.set(encoding, pending);
  }
  return pending;
}

/** Whether the request's If-None-Match names this ETag (or `*`). */
function notModified(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag === etag || tag === etag.slice(2));
}

/** Sends a cached JSON body: 304 when the client holds it, else compressed when accepted. */
export async function sendCached(req: Request, res: Response, body: CachedBody): Promise<void> {
  res.set('ETag', body.etag);
  res.set('Cache-Control', 'no-cache');
  res.vary('Accept-Encoding');
  if (notModified(req, body.etag)) {
    res.status(304).end();
    return;
  }
  res.type('application/json');
  const encoding = body.json.length >= MIN_COMPRESS_BYTES ? preferredEncoding(req) : undefined;
  if (!encoding) {
    res.send(body.json);
    return;
  }
  const bytes = await encode(body, encoding);
  res.set('Content-Encoding', encoding);
  res.send(bytes);
}
