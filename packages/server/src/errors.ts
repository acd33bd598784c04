/**
 * Errors on the wire: one exhaustive code → HTTP status table (a new `ErrorCode` fails to compile
 * until it is mapped), and the Express error handler that turns anything thrown into
 * `{ "error": { "code", "message" } }` without a stack trace.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
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
  UNSUPPORTED_FORMAT: 415,
  READ_ERROR: 500,
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

/** Unknown `/api/*` routes. */
export const apiNotFound: RequestHandler = (req, res) => {
  res
    .status(404)
    .json(errorBody('NOT_FOUND', `server: no route ${req.method} ${req.baseUrl}${req.path}.`));
};
