/**
 * Which store a command works on: `--db`, else the `KG_DB` environment variable, else
 * `./kg.db`. A path is a SQLite file; a `postgres://` URL is a PostgreSQL database.
 */

/** The default store when neither `--db` nor `KG_DB` names one. */
export const DEFAULT_DB = './kg.db';

/** The help line every command that opens a store shows for `--db`. */
export const DB_HELP = `the store: a SQLite file or a postgres:// URL (env KG_DB, default ${DEFAULT_DB})`;

/** `--db` if given, else `KG_DB`, else the default. */
export function storePath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? (env.KG_DB || DEFAULT_DB);
}

/** A store location as messages show it (a URL's password masked). */
export function showStore(path: string): string {
  return path.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/iu, '$1:***@');
}
