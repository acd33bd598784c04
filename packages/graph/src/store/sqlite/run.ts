/**
 * Runs the shared store work (`../sql.ts`) on a SQLite connection: synchronously, with `?`
 * placeholders, lists bound as JSON arrays and read with `json_each`, and each statement
 * prepared once per connection.
 */
import type { Database as Db, Statement } from 'better-sqlite3';
import type { Dialect, Sql, Step } from '../sql.js';
import { render, runSliced, runSync } from '../sql.js';

const SQLITE: Dialect = {
  placeholder: () => '?',
  listSet: (at) => `(SELECT value FROM json_each(${at}))`,
  arrayParam: (at) => at,
  bindList: (values) => JSON.stringify(values),
};

export class SqliteRunner {
  private readonly statements = new Map<string, Statement>();

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
    const { text, values } = render(step.query, SQLITE);
    // Raw (array) rows need a statement of their own: `raw` is a mode of the statement.
    const name = step.kind === 'values' ? `values:${text}` : text;
    let statement = this.statements.get(name);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(name, statement);
    }
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
}
