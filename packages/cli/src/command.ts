/**
 * The shape every `kg` sub-command implements. Commands parse their own flags with
 * `node:util` parseArgs, print `--help`, and return an exit code instead of exiting.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { attachNegativeValues } from '@kg/schema/core';

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
    return parseArgs({
      args: attachNegativeValues(argv, options),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError(usageMessage(err as Error & { code?: string }));
  }
}

/** parseArgs' messages, shortened to what a user needs. */
function usageMessage(err: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(err.message)?.[1];
  switch (err.code ?? '') {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? err.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(err.message) && option
        ? `${option} needs a value`
        : err.message.replace(/\.$/, '');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']+)'/.exec(err.message)?.[1] ?? ''}`.trim();
    default:
      return err.message.replace(/\.$/, '');
  }
}
