/**
 * The small query interface both store backends share. A store rule (how curation moves rows,
 * how a relation's aggregates are recomputed, what a reader of a document gets) is written
 * once, as a generator that yields statements in the SQL both engines speak and receives
 * their results; each backend runs it — SQLite synchronously inside its transaction (nothing
 * else in the process can interleave, as before), PostgreSQL by awaiting each statement on a
 * client. A backend supplies only what differs: placeholders (`?` or `$n`), how a list of
 * values becomes a set (`json_each` or `unnest`), and how an insert reports its new id.
 *
 * @example
 *   function* entityKeys(ids: number[]): Sql<string[]> {
 *     const rows = yield* all<{ key: string }>(
 *       sql`SELECT key FROM entities WHERE id IN ${list(ids, 'bigint')}`,
 *     );
 *     return rows.map((r) => r.key);
 *   }
 */
import type { Paced } from '../pacing.js';

/** Values of a list parameter, rendered as a set the statement can select from. */
export interface ListValue {
  readonly kind: 'list';
  readonly values: readonly (string | number)[];
  /** The element type PostgreSQL casts the array to. */
  readonly type: 'text' | 'bigint';
}

/**
 * A whole array as one parameter, for statements written for PostgreSQL's `unnest` (batched
 * writes); SQLite binds it as a JSON array.
 */
export interface ArrayValue {
  readonly kind: 'array';
  readonly values: readonly (string | number | null)[];
  readonly type: 'text' | 'bigint' | 'int' | 'float8';
}

/** Trusted SQL text spliced in as it is (column lists, never user input). */
export interface RawSql {
  readonly kind: 'raw';
  readonly text: string;
}

export type SqlValue = string | number | null | ListValue | ArrayValue | RawSql | Query;

/** A statement and its values, before a backend renders its placeholders. */
export class Query {
  constructor(
    readonly parts: readonly string[],
    readonly values: readonly SqlValue[],
  ) {}
}

/** A statement from a template: `${value}` becomes a parameter, `raw`/`Query` are spliced. */
export function sql(strings: TemplateStringsArray, ...values: SqlValue[]): Query {
  return new Query(strings, values);
}

export function raw(text: string): RawSql {
  return { kind: 'raw', text };
}

/** A list parameter: `x IN ${list(keys, 'text')}`. */
export function list(values: readonly (string | number)[], type: 'text' | 'bigint'): ListValue {
  return { kind: 'list', values, type };
}

/** `unnest(${array(ids, 'bigint')}, …)`: see `ArrayValue`. */
export function array(
  values: readonly (string | number | null)[],
  type: ArrayValue['type'],
): ArrayValue {
  return { kind: 'array', values, type };
}

/** Values as a parenthesised tuple: `(${a}, ${b}, …)`. */
export function tuple(values: readonly SqlValue[]): Query {
  return new Query(['(', ...values.slice(1).map(() => ', '), ')'], values);
}

/** Queries one after another with a separator between them. */
export function join(queries: readonly Query[], separator = ', '): Query {
  return new Query(['', ...queries.slice(1).map(() => separator), ''], queries);
}

/** A parameter's value as a backend binds it. */
export type Bound = string | number | null | readonly (string | number | null)[];

/** How a backend writes placeholders and list sets. */
export interface Dialect {
  /** The placeholder of the n-th parameter (1-based). */
  placeholder(n: number): string;
  /** A set expression over a list parameter at placeholder `at`. */
  listSet(at: string, type: ListValue['type']): string;
  /** An array parameter at placeholder `at`. */
  arrayParam(at: string, type: ArrayValue['type']): string;
  /** A list or an array as the driver binds it. */
  bindList(values: readonly (string | number | null)[]): Bound;
}

/** Renders a query to text and bound values in a dialect. */
export function render(query: Query, dialect: Dialect): { text: string; values: Bound[] } {
  const values: Bound[] = [];
  const walk = (q: Query): string => {
    let text = q.parts[0] ?? '';
    q.values.forEach((value, i) => {
      if (value instanceof Query) text += walk(value);
      else if (value !== null && typeof value === 'object' && value.kind === 'raw') {
        text += value.text;
      } else if (value !== null && typeof value === 'object') {
        values.push(dialect.bindList(value.values));
        const at = dialect.placeholder(values.length);
        text +=
          value.kind === 'list'
            ? dialect.listSet(at, value.type)
            : dialect.arrayParam(at, value.type);
      } else {
        values.push(value);
        text += dialect.placeholder(values.length);
      }
      text += q.parts[i + 1] ?? '';
    });
    return text;
  };
  return { text: walk(query), values };
}

/** One statement for a backend to run, and what it answers with. */
export type Step =
  | { kind: 'all'; query: Query }
  | { kind: 'get'; query: Query }
  /** Every row as an array of column values, in select order (large reads: no objects). */
  | { kind: 'values'; query: Query }
  /** Answers with the number of rows changed. */
  | { kind: 'run'; query: Query }
  /** An INSERT of one row; answers with its new id (the integer key column `key`). */
  | { kind: 'insert'; query: Query; key: 'id' | 'num' };

/**
 * A point inside long work where a sliced run (`runSliced`) may let the event loop turn: no
 * statement, and nothing to the other drivers.
 */
export interface Pause {
  readonly kind: 'pause';
}

const PAUSE: Pause = { kind: 'pause' };

/**
 * Work over the store's tables: yields statements (and pause points), receives their results,
 * returns a T.
 */
export type Sql<T> = Generator<Step | Pause, T, unknown>;

/** A pause point (see `Pause`). */
export function* pause(): Sql<void> {
  yield PAUSE;
}

/** Pure work cut into pieces (`Paced`) run as store work, a pause point between pieces. */
export function* paced<T>(work: Paced<T>): Sql<T> {
  for (let next = work.next(); ; next = work.next()) {
    if (next.done) return next.value;
    yield PAUSE;
  }
}

/** Every row of a query. */
export function* all<T>(query: Query): Sql<T[]> {
  return (yield { kind: 'all', query }) as T[];
}

/** Every row of a query as an array of its column values. */
export function* values<T extends unknown[]>(query: Query): Sql<T[]> {
  return (yield { kind: 'values', query }) as T[];
}

/** The first row of a query, if any. */
export function* get<T>(query: Query): Sql<T | undefined> {
  return (yield { kind: 'get', query }) as T | undefined;
}

/** Runs a statement; returns how many rows it changed. */
export function* run(query: Query): Sql<number> {
  return (yield { kind: 'run', query }) as number;
}

/** Inserts one row; returns its id (the table's integer key, `id` unless said otherwise). */
export function* insert(query: Query, key: 'id' | 'num' = 'id'): Sql<number> {
  return Number(yield { kind: 'insert', query, key });
}

/**
 * One step of work with a synchronous `execute`: a pause point is passed over, a statement runs
 * and its result (or its error) goes back into the work.
 */
function advance<T>(
  work: Sql<T>,
  step: Step | Pause,
  execute: (step: Step) => unknown,
): IteratorResult<Step | Pause, T> {
  if (step.kind === 'pause') return work.next();
  let result: unknown;
  try {
    result = execute(step);
  } catch (err) {
    return work.throw(err);
  }
  return work.next(result);
}

/** Drives work synchronously with a backend's `execute` (errors go back into the work). */
export function runSync<T>(work: Sql<T>, execute: (step: Step) => unknown): T {
  let next = work.next();
  while (!next.done) next = advance(work, next.value, execute);
  return next.value;
}

/**
 * Drives work with a synchronous `execute`, handing the event loop back (a `setImmediate`)
 * whenever `sliceMs` have passed since it last did: a long write inside a transaction the
 * caller holds, cut into slices between statements and at pause points, so a server keeps
 * answering meanwhile. The caller must keep every other use of the connection out until it
 * settles.
 */
export async function runSliced<T>(
  work: Sql<T>,
  execute: (step: Step) => unknown,
  sliceMs: number,
): Promise<T> {
  let since = performance.now();
  let next = work.next();
  while (!next.done) {
    if (performance.now() - since >= sliceMs) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      since = performance.now();
    }
    next = advance(work, next.value, execute);
  }
  return next.value;
}

/** Drives work with an asynchronous `execute`, one statement at a time. */
export async function runAsync<T>(
  work: Sql<T>,
  execute: (step: Step) => Promise<unknown>,
): Promise<T> {
  let next = work.next();
  while (!next.done) {
    if (next.value.kind === 'pause') {
      next = work.next();
      continue;
    }
    let result: unknown;
    try {
      result = await execute(next.value);
    } catch (err) {
      next = work.throw(err);
      continue;
    }
    next = work.next(result);
  }
  return next.value;
}
