/**
 * JSON request bodies: small ones parsed on the event loop by `express.json`; those of
 * `JSON_ASIDE_BYTES` or more, or of a length not declared, read as bytes and parsed by
 * `parseAside` (the ingester's conversion thread): `JSON.parse` of a megabyte of pasted text
 * holds a thread for tens of milliseconds, time every other request would wait. Both paths take
 * the same bodies and fail alike (`PARSE_ERROR`, `INPUT_TOO_LARGE`).
 */
import type { IncomingMessage } from 'node:http';
import express from 'express';
import type { Request, RequestHandler } from 'express';
import { isKgError, KgError } from '@kg/schema';

/** JSON bodies this large or larger are parsed aside. */
export const JSON_ASIDE_BYTES = 64 * 1024;

/** Parses UTF-8 JSON text off the event loop; malformed JSON rejects with `PARSE_ERROR`. */
export type JsonParser = (bytes: Uint8Array) => Promise<unknown>;

const NOT_JSON = 'server: request body is not valid JSON.';

function isJson(req: IncomingMessage): boolean {
  return (req as Request).is('application/json') === 'application/json';
}

/**
 * A body to parse aside: large or of unknown length, in UTF-8 (the charset the thread reads;
 * other `utf-*` charsets, which `express.json` also takes, stay on its path).
 */
function parsedAside(req: IncomingMessage): boolean {
  const charset = (req as Request).get('content-type')?.toLowerCase().split('charset=')[1];
  if (charset !== undefined && !['utf-8', 'utf8', '"utf-8"'].includes(charset.trim())) {
    return false;
  }
  const length = req.headers['content-length'];
  return length === undefined || Number(length) >= JSON_ASIDE_BYTES;
}

/** The middleware for `api.use(...)`: request bodies up to `limitBytes`. */
export function jsonBodies(limitBytes: number, parseAside: JsonParser): RequestHandler[] {
  // Not strict: a body of `null` or `42` is valid JSON, refused by the route for its shape.
  const inline = express.json({
    limit: limitBytes,
    strict: false,
    type: (req) => isJson(req) && !parsedAside(req),
  });
  const raw = express.raw({ limit: limitBytes, type: (req) => isJson(req) && parsedAside(req) });
  const parse: RequestHandler = (req, _res, next) => {
    const bytes: unknown = req.body;
    if (!Buffer.isBuffer(bytes) || !isJson(req)) {
      next();
      return;
    }
    // As express.json reads an empty body.
    if (bytes.length === 0) {
      req.body = {};
      next();
      return;
    }
    parseAside(bytes).then(
      (value) => {
        req.body = value;
        next();
      },
      (err: unknown) =>
        next(
          isKgError(err) && err.code === 'PARSE_ERROR' ? new KgError('PARSE_ERROR', NOT_JSON) : err,
        ),
    );
  };
  return [inline, raw, parse];
}
