/** zod at the edge: parse a query or body, or throw `INVALID_ARGUMENT` naming each problem. */
import { KgError } from '@kg/schema';
import type { z } from 'zod';

/** Query parameters not in `known`, named in one INVALID_ARGUMENT (`top[a]=1` included). */
export function refuseUnknownParameters(
  query: unknown,
  known: readonly string[],
  where: string,
): void {
  const unknown = Object.keys((query ?? {}) as object).filter((name) => !known.includes(name));
  if (unknown.length === 0) return;
  const names = unknown.map((name) => `"${name}"`).join(', ');
  const expected = known.length > 0 ? `known: ${known.join(', ')}` : 'it takes none';
  throw new KgError(
    'INVALID_ARGUMENT',
    `${where}: unknown query parameter${unknown.length > 1 ? 's' : ''} ${names} (${expected}).`,
  );
}

/** A query string against an object schema: unknown parameters are refused, not ignored. */
export function parseQuery<S extends z.ZodObject>(
  schema: S,
  query: unknown,
  where: string,
): z.output<S> {
  refuseUnknownParameters(query, Object.keys(schema.shape), where);
  return parseInput(schema, query, where);
}

/** A JSON body against an object schema: `null`, arrays and scalars are refused by name. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  where: string,
): z.output<S> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    const got = body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body;
    throw new KgError('INVALID_ARGUMENT', `${where}: the body must be a JSON object, got ${got}.`);
  }
  return parseInput(schema, body, where);
}

export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: string,
): z.output<S> {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
  throw new KgError('INVALID_ARGUMENT', `${where}: ${problems}.`);
}
