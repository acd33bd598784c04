/**
 * Runs the shared store work (`../sql.ts`) on PostgreSQL: one statement at a time on a pool or
 * a transaction's client, with `$n` placeholders, lists bound as arrays and read with `unnest`,
 * and inserts that return their new id.
 */
import type { Dialect, Sql, Step } from '../sql.js';
import { render, runAsync } from '../sql.js';
import type { Queryable } from './context.js';

const POSTGRES: Dialect = {
  placeholder: (n) => `$${n}`,
  listSet: (at, type) => `(SELECT unnest(${at}::${type}[]))`,
  arrayParam: (at, type) => `${at}::${type}[]`,
  bindList: (values) => values,
};

/** Runs work to its end on `db` (a pool, or the client of an open transaction). */
export function runOn<T>(db: Queryable, work: Sql<T>): Promise<T> {
  return runAsync(work, (step) => execute(db, step));
}

async function execute(db: Queryable, step: Step): Promise<unknown> {
  const { text, values } = render(step.query, POSTGRES);
  switch (step.kind) {
    case 'all':
      return (await db.query(text, values as unknown[])).rows;
    case 'get':
      return (await db.query(text, values as unknown[])).rows[0];
    case 'values':
      return (await db.query({ text, values: values as unknown[], rowMode: 'array' })).rows;
    case 'run':
      return (await db.query(text, values as unknown[])).rowCount ?? 0;
    case 'insert': {
      const result = await db.query<Record<string, number>>(
        `${text} RETURNING ${step.key}`,
        values as unknown[],
      );
      return result.rows[0]?.[step.key];
    }
  }
}
