#!/usr/bin/env node
/**
 * `kg`: the command-line entry point. Dispatches to one module per command; each command
 * owns its flags and help text and returns an exit code.
 */
import { isKgError } from '@kg/schema';
import { quietOnBrokenPipe } from './broken-pipe.js';
import type { Command, CommandIo } from './command.js';
import { commands } from './commands/index.js';

function help(list: readonly Command[]): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    'kg: entity knowledge-graph builder and explorer',
    '',
    'Usage: kg COMMAND [options]   (kg COMMAND --help for details)',
    '',
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help(commands));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`kg: unknown command "${name}". Run "kg --help".\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const message = isKgError(err)
      ? `${err.message} [${err.code}]`
      : String((err as Error)?.message ?? err);
    io.stderr.write(`kg ${name}: ${message}\n`);
    return 1;
  }
}

quietOnBrokenPipe(process.stdout);
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
process.exitCode = code;
