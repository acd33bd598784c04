/**
 * Command-line flags and environment for serving: `--port`/`KG_PORT`, `--db`/`KG_DB`,
 * `--host`/`KG_HOST`, `--seed`, `--readers`, and the extraction pool's `--jobs`, `--time-limit`,
 * `--memory-limit`, and what fetched URLs may reach: `--url-allow`/`KG_URL_ALLOW`,
 * `--allow-private-urls`/`KG_ALLOW_PRIVATE_URLS`. Shared by the server's own `main.ts` and `kg serve`, which pass
 * in `process.argv` and `process.env` once.
 */
import { parseArgs } from 'node:util';
import { KgError, attachNegativeValues } from '@kg/schema';
import { parseUrlAllow } from '@kg/extract';
import { z } from 'zod';
import { DEFAULT_SETTINGS } from './settings.js';
import type { ServerSettings } from './settings.js';

export const SERVE_USAGE = `Usage: kg serve [--db FILE|URL] [--port N] [--host H] [--seed DIR|FILE]... [--readers N] [--jobs N]

Serve the JSON API and the viewer over a graph store, and print the URL.

Options:
  --db FILE|URL  SQLite file or postgres:// URL (env KG_DB, default ${DEFAULT_SETTINGS.db})
  --port N       TCP port, 0 for any free port (env KG_PORT, default ${DEFAULT_SETTINGS.port})
  --host H       interface to bind (env KG_HOST, default ${DEFAULT_SETTINGS.host})
  --seed PATH    ingest these files or folders first, only if the store is empty (repeatable)
  --readers N    store reader threads for search, evidence and stats, 0 to read in the
                 server's own thread (default ${DEFAULT_SETTINGS.storeReaders})
  --jobs N       extraction worker threads (default ${DEFAULT_SETTINGS.extractJobs}: the cores but one)
  --time-limit S give up on a document after S seconds of CPU time per MB of text (default ${DEFAULT_SETTINGS.extractTimeLimitMs / 1000})
  --memory-limit MB
                 heap of each extraction worker in MB, at least 128 (default ${DEFAULT_SETTINGS.extractMemoryLimitMb})
  --url-allow LIST
                 hosts (name, *.domain), addresses or CIDR ranges that URLs named in
                 POST /api/documents may reach although not public, comma-separated,
                 repeatable (env KG_URL_ALLOW; default none)
  --allow-private-urls
                 let URLs reach any address, private, loopback and link-local included
                 (env KG_ALLOW_PRIVATE_URLS=1; default off: only public addresses)
  -h, --help     show this help

Stop with Ctrl-C: open streams end and the store is closed.
`;

export interface ServeOptions {
  settings: Partial<ServerSettings>;
  /** Files or folders to ingest when the store is empty. */
  seed: string[];
}

const portSchema = z.coerce.number().int().min(0).max(65_535);
const jobsSchema = z.coerce.number().int().min(1).max(256);
const readersSchema = z.coerce.number().int().min(0).max(64);
const secondsSchema = z.coerce.number().positive();
const memorySchema = z.coerce.number().int().min(128);
const hostSchema = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, 'not a host name');

function pick<T>(schema: z.ZodType<T>, value: string | undefined, name: string): T | undefined {
  if (value === undefined || value === '') return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new KgError(
      'INVALID_ARGUMENT',
      `serve: ${name} "${value}" is invalid (${result.error.issues[0]?.message ?? 'bad value'}).`,
    );
  }
  return result.data;
}

/** A yes/no environment variable: 1/true/yes or 0/false/no (unset or empty: not given). */
function flagFromEnv(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  if (/^(1|true|yes)$/i.test(value)) return true;
  if (/^(0|false|no)$/i.test(value)) return false;
  throw new KgError(
    'INVALID_ARGUMENT',
    `serve: KG_ALLOW_PRIVATE_URLS "${value.slice(0, 40)}" is invalid (1 or 0).`,
  );
}

const SERVE_FLAGS = {
  db: { type: 'string' },
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  seed: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  readers: { type: 'string' },
  'time-limit': { type: 'string' },
  'memory-limit': { type: 'string' },
  'url-allow': { type: 'string', multiple: true },
  'allow-private-urls': { type: 'boolean' },
} as const;

/** Flags win over environment variables, which win over defaults. */
export function resolveServeOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: attachNegativeValues(argv, SERVE_FLAGS),
      allowPositionals: false,
      strict: true,
      options: SERVE_FLAGS,
    });
  } catch (err) {
    throw new KgError('INVALID_ARGUMENT', `serve: ${(err as Error).message}`);
  }
  const { values } = parsed;
  const settings: Partial<ServerSettings> = {};
  const port = pick(portSchema, values.port ?? env.KG_PORT, values.port ? '--port' : 'KG_PORT');
  if (port !== undefined) settings.port = port;
  const host = pick(hostSchema, values.host ?? env.KG_HOST, values.host ? '--host' : 'KG_HOST');
  if (host !== undefined) settings.host = host;
  const db = values.db ?? env.KG_DB;
  if (db) settings.db = db;
  const readers = pick(readersSchema, values.readers, '--readers');
  if (readers !== undefined) settings.storeReaders = readers;
  const jobs = pick(jobsSchema, values.jobs, '--jobs');
  if (jobs !== undefined) settings.extractJobs = jobs;
  const seconds = pick(secondsSchema, values['time-limit'], '--time-limit');
  if (seconds !== undefined) settings.extractTimeLimitMs = Math.ceil(seconds * 1000);
  const memory = pick(memorySchema, values['memory-limit'], '--memory-limit');
  if (memory !== undefined) settings.extractMemoryLimitMb = memory;
  const allow = values['url-allow'] ?? (env.KG_URL_ALLOW ? [env.KG_URL_ALLOW] : []);
  const where = values['url-allow'] ? 'serve: --url-allow' : 'serve: KG_URL_ALLOW';
  if (allow.length > 0) settings.urlAllow = allow.flatMap((list) => parseUrlAllow(list, where));
  const allowPrivate = values['allow-private-urls'] ?? flagFromEnv(env.KG_ALLOW_PRIVATE_URLS);
  if (allowPrivate !== undefined) settings.allowPrivateUrls = allowPrivate;
  return { settings, seed: values.seed ?? [] };
}
