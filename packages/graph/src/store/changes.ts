/**
 * The store's change log, on both backends: every write keeps the entity and relation keys it
 * touched under the version it bumped the store to, so a process that was behind (another
 * process wrote, or it was down) catches up by re-reading only those rows into its projection
 * (`catchUp`). The log keeps the last `KEPT_CHANGES` versions; a process further behind, or one
 * whose version predates the log, reloads the whole graph instead.
 */
import type { Touched } from './rows.js';
import type { Sql } from './sql.js';
import { all, run, sql } from './sql.js';

/** Versions the log keeps. */
export const KEPT_CHANGES = 10_000;

/** The table, in the SQL both backends read. */
export const CHANGES_TABLE = `
  CREATE TABLE IF NOT EXISTS changes (
    version BIGINT PRIMARY KEY,
    entities TEXT NOT NULL,
    relations TEXT NOT NULL
  );
`;

/** Keeps what a write touched under the version it committed as; drops what is too old. */
export function* recordChange(version: number, touched: Touched): Sql<void> {
  yield* run(
    sql`INSERT INTO changes (version, entities, relations)
        VALUES (${version}, ${JSON.stringify([...touched.entities])},
          ${JSON.stringify([...touched.relations])})`,
  );
  if (version % 100 === 0) {
    yield* run(sql`DELETE FROM changes WHERE version <= ${version - KEPT_CHANGES}`);
  }
}

/**
 * Everything the writes after `from` up to `to` touched, or undefined when the log does not
 * hold every one of them (too old, or written before the log existed).
 */
export function* changesBetween(from: number, to: number): Sql<Touched | undefined> {
  if (to - from > KEPT_CHANGES) return undefined;
  const rows = yield* all<{ version: number; entities: string; relations: string }>(
    sql`SELECT version, entities, relations FROM changes
        WHERE version > ${from} AND version <= ${to} ORDER BY version`,
  );
  if (rows.length !== to - from) return undefined;
  const touched: Touched = { entities: new Set(), relations: new Set() };
  for (const row of rows) {
    for (const key of JSON.parse(row.entities) as string[]) touched.entities.add(key);
    for (const key of JSON.parse(row.relations) as string[]) touched.relations.add(key);
  }
  return touched;
}
