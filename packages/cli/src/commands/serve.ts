/**
 * `kg serve [--db FILE] [--port N] [--host H] [--seed PATH]`: serve the API and the viewer over a
 * store, ingesting the seed files first when the store is empty. The job lives in `@kg/server`.
 */
import { isKgError } from '@kg/schema';
import { resolveServeOptions, SERVE_USAGE, serve } from '@kg/server';
import { UsageError } from '../command.js';
import type { Command } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the JSON API and the graph viewer over a store',
  usage: SERVE_USAGE,
  run: (argv, io) => {
    try {
      resolveServeOptions(argv, process.env); // flags first: a bad one is a usage error (exit 2)
    } catch (err) {
      if (isKgError(err) && err.code === 'INVALID_ARGUMENT') {
        throw new UsageError(err.message.replace(/^serve: /, '').replace(/\.$/, ''));
      }
      throw err;
    }
    return serve(argv, process.env, io);
  },
};
