#!/usr/bin/env node
/**
 * `kg`: the command-line entry point. Dispatches to one module per command, loaded when it runs;
 * each command owns its flags and help text and returns an exit code. On Node 22.1+ compiled
 * code is cached between runs (`module.enableCompileCache`); Node 20 has no such cache.
 */
import module from 'node:module';

// Before anything else is imported, so the modules that follow are compiled through the cache.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const { quietOnBrokenPipe } = await import('./broken-pipe.js');
const { main } = await import('./dispatch.js');

quietOnBrokenPipe(process.stdout);
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
