/** zod at the edge: parse a query or body, or throw `INVALID_ARGUMENT` naming each problem. */
import { KgError } from '@kg/schema';
import type { z } from 'zod';

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
