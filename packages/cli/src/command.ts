/**
 * The shape every `kg` sub-command implements. Commands parse their own flags with
 * `node:util` parseArgs, print `--help`, and return an exit code instead of exiting.
 */

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
