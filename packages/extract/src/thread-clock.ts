/**
 * CPU time of one thread, what extraction time limits count: a document that waits for a core
 * on a busy machine is not charged for the wait, so the same input passes or fails its limit
 * alike under any load. On Linux it is the thread's user and system time from
 * `/proc/thread-self/stat` (or `/proc/self/task/TID/stat` for another thread of the process:
 * the pool's watchdog reads its workers'), in clock ticks of 10 ms; elsewhere
 * `process.threadCpuUsage` where Node has it, else the wall clock (limits then count waiting).
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** Linux's USER_HZ on every architecture Node runs on: ticks per second in /proc stat files. */
const TICKS_PER_SECOND = 100;

/** utime + stime of a /proc stat line, in ms; undefined when it cannot be read. */
function statCpuMs(path: string): number | undefined {
  let line: string;
  try {
    line = readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
  // The command name may hold spaces and parentheses: fields are counted after its last ")".
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return ((user + system) * 1000) / TICKS_PER_SECOND;
}

type ThreadCpuUsage = () => { user: number; system: number };

/** A clock of the calling thread, in milliseconds. */
export interface ThreadClock {
  /** `cpu`: the thread's CPU time; `wall`: no per-thread CPU time here, the wall clock. */
  readonly kind: 'cpu' | 'wall';
  now(): number;
}

/** The calling thread's CPU clock (the wall clock where there is none). */
export function threadClock(): ThreadClock {
  if (statCpuMs('/proc/thread-self/stat') !== undefined) {
    return { kind: 'cpu', now: () => statCpuMs('/proc/thread-self/stat') ?? 0 };
  }
  const usage = (process as { threadCpuUsage?: ThreadCpuUsage }).threadCpuUsage;
  if (typeof usage === 'function') {
    return {
      kind: 'cpu',
      now: () => {
        const { user, system } = usage.call(process);
        return (user + system) / 1000;
      },
    };
  }
  return { kind: 'wall', now: () => performance.now() };
}

/** The OS id of the calling thread (Linux), for another thread to read its CPU time. */
export function osThreadId(): string | undefined {
  try {
    return readlinkSync('/proc/thread-self').split('/').pop();
  } catch {
    return undefined;
  }
}

/** CPU milliseconds used so far by thread `tid` of this process; undefined when unknown. */
export function threadCpuMs(tid: string): number | undefined {
  return statCpuMs(`/proc/self/task/${tid}/stat`);
}
