/**
 * The `kg` command line as the PostgreSQL queue tests drive it: runs to completion, the queue's
 * status, and waiting on the queue's progress rather than on a wall-clock budget.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { QueueStatus } from '@kg/queue';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const kg = join(root, 'packages/cli/dist/main.js');

/** Runs `kg ARGS` to its end (no KG_DB from the environment). */
export function runKg(args: string[], timeoutMs = 600_000) {
  const result = spawnSync(process.execPath, [kg, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, KG_DB: '' },
    timeout: timeoutMs,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** `kg queue status --json` of the store at `db`. */
export function queueStatus(db: string): QueueStatus {
  const out = runKg(['queue', 'status', '--db', db, '--json']);
  expect(out.code, out.err).toBe(0);
  return JSON.parse(out.out) as QueueStatus;
}

/**
 * Waits until `count()` reaches `target`, failing only when it stops moving for `stallMs`: a
 * loaded machine is slow but moves; a stuck queue does not. `describe` adds the state to the error.
 */
export async function untilCount(
  count: () => number,
  target: number,
  what: string,
  { stallMs = 120_000, describe = () => '' }: { stallMs?: number; describe?: () => string } = {},
): Promise<void> {
  let last = -1;
  let movedAt = Date.now();
  for (;;) {
    const now = count();
    if (now >= target) return;
    if (now > last) {
      last = now;
      movedAt = Date.now();
    } else if (Date.now() - movedAt > stallMs) {
      throw new Error(
        `${what} stalled at ${now} of ${target} for ${stallMs / 1000} s ${describe()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
