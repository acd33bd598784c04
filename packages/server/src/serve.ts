/**
 * `serve(argv, env, io)`: the whole `kg serve` job — resolve flags and environment, start the
 * server (seeding an empty store), print the URL, and run until SIGINT or SIGTERM, then close
 * event streams and the store. Shared by the server's `main.ts` and the CLI command.
 */
import { resolveServeOptions } from './options.js';
import { startServer } from './server.js';

export interface ServeIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Serves until a termination signal arrives; resolves with the exit code. */
export async function serve(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: ServeIo,
): Promise<number> {
  const options = resolveServeOptions(argv, env);
  const log = (message: string): void => {
    io.stderr.write(`${message}\n`);
  };
  const running = await startServer({ settings: options.settings, seed: options.seed, log });
  const added = running.seeded.filter((r) => r.status === 'added').length;
  const failed = running.seeded.filter((r) => r.status === 'failed').length;
  if (running.seeded.length > 0) {
    log(
      `kg: seeded ${added} document(s)${failed ? `, ${failed} failed` : ''} into ${running.store.path}`,
    );
  }
  const counts = running.store.counts();
  io.stdout.write(
    `kg: serving ${running.url} (${counts.entities} entities, ${counts.relations} relations)\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log(`kg: ${signal}, shutting down`);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
