/**
 * `@kg/cli`: the `kg` command run in-process. `main(argv, io)` is what the `kg` binary runs and
 * returns its exit code (0 done, 1 input or runtime error, 2 usage error); `runCommand` runs one
 * command module; `commands` lists them in `kg --help` order.
 *
 * @example
 * const code = await main(['query', 'search', 'blair'], { stdout: process.stdout, stderr: process.stderr });
 */
export { main, runCommand } from './dispatch.js';
export { commands } from './commands/index.js';
export type { CommandEntry } from './commands/index.js';
export { UsageError } from './command.js';
export type { Command, CommandIo } from './command.js';
