/**
 * Runs the shared store work (`../sql.ts`) on a SQLite connection: synchronously, with `?`
 * placeholders, lists bound as JSON arrays and read with `json_each`, and each statement
 * prepared once per connection.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
import type { Bound, Dialect, Query, Sql, Step } from '../sql.js';
import { render, runSliced, runSync } from '../sql.js';

const SQLITE: Dialect = {
  placeholder: () => '?',
  listSet: (at) => `(SELECT value FROM json_each(${at}))`,
  arrayParam: (at) => at,
  bindList: (values) => JSON.stringify(values),
};

/** Whether a query's values are all plain parameters (nothing spliced into its text). */
function scalarOnly(query: Query): boolean {
  for (const value of query.values) {
    if (value !== null && typeof value === 'object') return false;
  }
  return true;
}

export class SqliteRunner {
  private readonly statements = new Map<string, Statement>();
  /**
   * Statements by the template they were written with, for queries whose values are all plain
   * parameters: a template's text is then the same on every call, so it is neither rendered
   * nor hashed again (a document's write runs about a hundred statements).
   */
  private readonly byTemplate = new WeakMap<readonly string[], Statement>();

  constructor(private readonly db: Db) {}

  /** Runs work to its end (inside whatever transaction the caller holds). */
  run<T>(work: Sql<T>): T {
    return runSync(work, (step) => this.execute(step));
  }

  /** Runs work to its end in slices of `sliceMs`, the event loop free between (see `runSliced`). */
  runSliced<T>(work: Sql<T>, sliceMs: number): Promise<T> {
    return runSliced(work, (step) => this.execute(step), sliceMs);
  }

  private execute(step: Step): unknown {
    const { statement, values } = this.prepared(step);
    switch (step.kind) {
      case 'all':
        return statement.all(...values);
      case 'get':
        return statement.get(...values);
      case 'values':
        return statement.raw(true).all(...values);
      case 'run':
        return statement.run(...values).changes;
      case 'insert':
        return Number(statement.run(...values).lastInsertRowid);
    }
  }

  private prepared(step: Step): { statement: Statement; values: readonly Bound[] } {
    const { query } = step;
    const simple = step.kind !== 'values' && scalarOnly(query);
    if (simple) {
      const statement = this.byTemplate.get(query.parts);
      if (statement) return { statement, values: query.values as readonly Bound[] };
    }
    const { text, values } = render(query, SQLITE);
    // Raw (array) rows need a statement of their own: `raw` is a mode of the statement.
    const name = step.kind === 'values' ? `values:${text}` : text;
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(name, statement);
    }
    if (simple) this.byTemplate.set(query.parts, statement);
    return { statement, values };
  }
}
