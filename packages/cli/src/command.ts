/**
 * The shape every `kg` sub-command implements. Commands parse their own flags with
 * `node:util` parseArgs, print `--help`, and return an exit code instead of exiting.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface Command {
  name: string;
  /** One line for `kg --help`. */
  summary: string;
  /** Full text for `kg NAME --help`. */
  usage: string;
  run(argv: string[], io: CommandIo): Promise<number>;
}

/** A mistake in how a command was called: `main` prints it with a pointer to `--help`, exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `parseArgs` with strict flags, turning its complaints into a `UsageError`.
 *
 * @example
 * const { values, positionals } = parseFlags(argv, { db: { type: 'string', default: './kg.db' } });
 */
export function parseFlags<const T extends FlagOptions>(
  argv: string[],
  options: T,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/\.$/, ''));
  }
}
