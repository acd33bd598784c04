#!/usr/bin/env node
/**
 * The server on its own: `node packages/server/dist/main.js [--db FILE] [--port N] [--host H]
 * [--seed PATH]`, with `KG_DB`, `KG_PORT` and `KG_HOST` read here, once. `kg serve` is the same job.
 */
import { isKgError } from '@kg/schema';
import { SERVE_USAGE } from './options.js';
import { serve } from './serve.js';

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(SERVE_USAGE);
} else {
  try {
    process.exitCode = await serve(argv, process.env, {
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } catch (err) {
    const message = isKgError(err)
      ? `${err.message} [${err.code}]`
      : String((err as Error)?.stack ?? err);
    process.stderr.write(`kg server: ${message}\n`);
    process.exitCode = 1;
  }
}
