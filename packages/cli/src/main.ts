#!/usr/bin/env node
/**
 * `kg`: the command-line entry point. Dispatches to one module per command; each command
 * owns its flags and help text and returns an exit code.
 */
import { quietOnBrokenPipe } from './broken-pipe.js';
import { main } from './dispatch.js';

quietOnBrokenPipe(process.stdout);
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
