/**
 * `kg serve [--db FILE] [--port N] [--host H] [--seed PATH]`: serve the API and the viewer over a
 * store, ingesting the seed files first when the store is empty. The job lives in `@kg/server`.
 */
import { SERVE_USAGE, serve } from '@kg/server';
import type { Command } from '../command.js';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the JSON API and the graph viewer over a store',
  usage: SERVE_USAGE,
  run: (argv, io) => serve(argv, process.env, io),
};
