/**
 * Standard output closed early (`kg query … | head`): exit quietly as Unix tools do.
 */

/** Exits quietly on EPIPE instead of crashing with an unhandled stream error. */
export function quietOnBrokenPipe(stream: NodeJS.WritableStream): void {
  if (stream !== process.stdout || stream.listenerCount('error') > 0) return;
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
