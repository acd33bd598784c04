/**
 * Errors on the wire: one exhaustive code → HTTP status table (a new `ErrorCode` fails to compile
 * until it is mapped), and the Express error handler that turns anything thrown into
 * `{ "error": { "code", "message" } }` without a stack trace.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, Request, RequestHandler, Router } from 'express';
import { KgError, isKgError } from '@kg/schema';
import type { ApiError, ErrorCode } from '@kg/schema';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  INVALID_ARGUMENT: 400,
  NOT_FOUND: 404,
  EMPTY_INPUT: 422,
  BINARY_INPUT: 415,
  ENCODING_ERROR: 422,
  INPUT_TOO_LARGE: 413,
  INPUT_TOO_COMPLEX: 422,
  HEADERS_TOO_LARGE: 431,
  METHOD_NOT_ALLOWED: 405,
  ENCRYPTED_INPUT: 422,
  UNSUPPORTED_FORMAT: 415,
  FETCH_ERROR: 502,
  URL_FORBIDDEN: 403,
  READ_ERROR: 500,
  WRITE_ERROR: 500,
  PARSE_ERROR: 400,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  STORE_ERROR: 500,
  INTERNAL: 500,
};

export function errorBody(code: ErrorCode, message: string): ApiError {
  return { error: { code, message } };
}

/** Errors raised by body-parser and multer carry these markers. */
interface TransportError {
  type?: string;
  code?: string;
  status?: number;
  name?: string;
  field?: string;
  message?: string;
}

/** body-parser's error types. */
const BODY_ERRORS: Readonly<Record<string, [ErrorCode, string]>> = {
  'entity.too.large': ['INPUT_TOO_LARGE', 'server: request body is larger than the limit.'],
  'entity.parse.failed': ['PARSE_ERROR', 'server: request body is not valid JSON.'],
  'entity.verify.failed': ['PARSE_ERROR', 'server: request body is not valid JSON.'],
  'encoding.unsupported': ['UNSUPPORTED_FORMAT', 'server: unsupported request body encoding.'],
  'charset.unsupported': ['UNSUPPORTED_FORMAT', 'server: unsupported request body charset.'],
};

/** multer's error codes. */
const UPLOAD_ERRORS: Readonly<Record<string, [ErrorCode, string]>> = {
  LIMIT_FILE_SIZE: ['INPUT_TOO_LARGE', 'server: an uploaded file is larger than the limit.'],
  LIMIT_FILE_COUNT: ['INPUT_TOO_LARGE', 'server: too many files in one upload.'],
  LIMIT_PART_COUNT: ['INPUT_TOO_LARGE', 'server: too many parts in one upload.'],
  LIMIT_FIELD_VALUE: ['INPUT_TOO_LARGE', 'server: a form field is larger than the limit.'],
  LIMIT_UNEXPECTED_FILE: ['INVALID_ARGUMENT', 'server: upload files in the field "files".'],
};

/** Maps errors thrown below the routes (body parsing, uploads) to a KgError. */
function fromTransport(err: TransportError): KgError | undefined {
  const body = err.type === undefined ? undefined : BODY_ERRORS[err.type];
  if (body) return new KgError(...body);
  if (err.name === 'MulterError') {
    const upload = err.code === undefined ? undefined : UPLOAD_ERRORS[err.code];
    return upload
      ? new KgError(...upload)
      : new KgError('INVALID_ARGUMENT', `server: bad upload (${String(err.code)}).`);
  }
  // busboy's own parse failures (truncated or malformed multipart bodies).
  if (/^(Multipart|Unexpected end of form|Malformed part)/i.test(String(err.message))) {
    return new KgError('PARSE_ERROR', 'server: malformed multipart body.');
  }
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) {
    return new KgError('INVALID_ARGUMENT', 'server: bad request.');
  }
  return undefined;
}

/** The last middleware: every error becomes the JSON envelope with its status. */
export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (err: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const known = isKgError(err) ? err : fromTransport((err ?? {}) as TransportError);
    if (!known) log(`kg server: unexpected error: ${(err as Error)?.stack ?? String(err)}`);
    const error = known ?? new KgError('INTERNAL', 'server: internal error.');
    if (known && HTTP_STATUS[known.code] >= 500) log(`kg server: ${known.message}`);
    res.status(HTTP_STATUS[error.code]).json(errorBody(error.code, error.message));
  };
}

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  handle: { stack?: RouteLayer[] };
  match(path: string): unknown;
}

/** The methods a router (and the routers mounted in it) answers at `path`. */
function methodsAt(stack: readonly RouteLayer[], path: string, into = new Set<string>()) {
  for (const layer of stack) {
    if (layer.route) {
      if (!layer.match(path)) continue;
      for (const [method, on] of Object.entries(layer.route.methods)) {
        if (on && method !== '_all') into.add(method.toUpperCase());
      }
    } else if (layer.handle.stack) {
      methodsAt(layer.handle.stack, path, into);
    }
  }
  if (into.has('GET')) into.add('HEAD');
  return into;
}

function refuseMethod(req: Request, allowed: Set<string>): KgError {
  return new KgError(
    'METHOD_NOT_ALLOWED',
    `server: ${req.method} is not allowed on ${req.baseUrl}${req.path} (allowed: ${[...allowed].join(', ')}).`,
  );
}

/**
 * Unknown `/api/*` routes: 405 with `Allow` when the path exists for other methods, else 404.
 */
export function apiNotFound(api: Router): RequestHandler {
  return (req, res) => {
    const allowed = methodsAt(api.stack as unknown as RouteLayer[], req.path);
    const error =
      allowed.size > 0
        ? refuseMethod(req, allowed)
        : new KgError('NOT_FOUND', `server: no route ${req.method} ${req.baseUrl}${req.path}.`);
    if (allowed.size > 0) res.set('Allow', [...allowed].join(', '));
    res.status(HTTP_STATUS[error.code]).json(errorBody(error.code, error.message));
  };
}

/** Everything the viewer did not serve: 405 for methods other than GET and HEAD, else 404. */
export const notFound: RequestHandler = (req, res) => {
  const readOnly = new Set(['GET', 'HEAD']);
  const error = readOnly.has(req.method)
    ? new KgError('NOT_FOUND', `server: no file or page at ${req.path}.`)
    : refuseMethod(req, readOnly);
  if (!readOnly.has(req.method)) res.set('Allow', 'GET, HEAD');
  res.status(HTTP_STATUS[error.code]).json(errorBody(error.code, error.message));
};

/**
 * Answers what Node's HTTP parser refuses before Express sees it (a request line or headers past
 * the size limit: 431; anything malformed: 400) in the JSON error shape, instead of Node's
 * empty-bodied default.
 */
export function answerClientErrors(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const error = tooLarge
      ? new KgError(
          'HEADERS_TOO_LARGE',
          'server: the request line or headers are larger than the limit (16 KB); send long filters in fewer, shorter parameters.',
        )
      : new KgError('INVALID_ARGUMENT', 'server: malformed HTTP request.');
    const status = HTTP_STATUS[error.code];
    const body = JSON.stringify(errorBody(error.code, error.message));
    const reason = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
