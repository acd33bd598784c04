/**
 * Dispatch for `kg`: finds the command, prints help, and turns what a command throws into a
 * message and an exit code (2 for usage errors, 1 for everything else).
 */
import { UsageError, type Command, type CommandIo } from './command.js';
import { commands } from './commands/index.js';
import type { CommandEntry } from './commands/index.js';

function help(list: readonly CommandEntry[]): string {
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

/** Runs one command as `kg NAME ARGV…` would: `--help`, usage errors and failures included. */
export async function runCommand(command: Command, argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(argv, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`kg ${command.name}: ${err.message}. Run "kg ${command.name} --help".\n`);
      return 2;
    }
    // Loaded here, not at start-up: `kg --help` needs none of it (the command has it by now).
    const { isKgError } = await import('@kg/schema/core');
    const message = isKgError(err)
      ? `${err.message} [${err.code}]`
      : String((err as Error)?.message ?? err);
    io.stderr.write(`kg ${command.name}: ${message}\n`);
    return 1;
  }
}

/** `kg ARGV…`: the exit code of the command named first, or of the help. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(help(commands));
    return name ? 0 : 2;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`kg: unknown command "${name}". Run "kg --help".\n`);
    return 2;
  }
  return runCommand(await entry.load(), rest, io);
}
