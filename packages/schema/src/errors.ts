/**
 * One error class with stable codes. Messages are prefixed with where they come from
 * (`graph.neighbors: entity "acme" not found.`); the server maps codes to HTTP statuses
 * with an exhaustive table, so a new code fails to compile until it is mapped.
 */

export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'EMPTY_INPUT',
  'BINARY_INPUT',
  'ENCODING_ERROR',
  'INPUT_TOO_LARGE',
  'INPUT_TOO_COMPLEX',
  'HEADERS_TOO_LARGE',
  'METHOD_NOT_ALLOWED',
  'ENCRYPTED_INPUT',
  'UNSUPPORTED_FORMAT',
  'FETCH_ERROR',
  'URL_FORBIDDEN',
  'READ_ERROR',
  'WRITE_ERROR',
  'PARSE_ERROR',
  'CONFLICT',
  'RATE_LIMITED',
  'STORE_ERROR',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class KgError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
  }
}

export function isKgError(value: unknown): value is KgError {
  return value instanceof KgError;
}
