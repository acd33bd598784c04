/**
 * Limits one extraction checks itself against, at the boundaries of its stages and of the text
 * chunks wink reads: past its time or its memory, it stops with `INPUT_TOO_COMPLEX`, naming the
 * document. Time is the CPU time of the extracting thread (`thread-clock.ts`), not the wall
 * clock: a document that waits for a core on a loaded machine is not charged for waiting, so an
 * input passes or fails alike under any load. In a worker this comes before the pool's own
 * stops (the watchdog, the V8 heap cap), which end the whole thread and are the last resort.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { KgError } from '@kg/schema/core';
import { threadClock } from './thread-clock.js';

export interface ExtractLimits {
  /**
   * Milliseconds of CPU time the extracting thread may spend on the document (the wall clock
   * where the platform gives no per-thread CPU time; see `thread-clock.ts`).
   */
  timeLimitMs?: number;
  /**
   * Heap of the thread in MB: the extraction stops when V8's used heap passes 90% of it and a
   * full collection does not bring it back under.
   */
  memoryLimitMb?: number;
}

/** Throws when a limit has been passed; a no-op without limits. */
export type Checkpoint = () => void;

/** Share of the memory limit at which an extraction stops itself, short of V8's hard stop. */
const HEAP_SHARE = 0.9;

/** "150 ms", "2.5 s", "120 s". */
function duration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${Number((ms / 1000).toFixed(2))} s`;
}

/** The refusal for a document that took longer than `timeLimitMs`. */
export function overTime(id: string, timeLimitMs: number): KgError {
  return new KgError(
    'INPUT_TOO_COMPLEX',
    `extract: ${id}: took longer than the ${duration(timeLimitMs)} CPU time limit, skipped.`,
  );
}

/** The refusal for a document that needed more than `memoryLimitMb`. */
export function overMemory(id: string, memoryLimitMb: number): KgError {
  return new KgError(
    'INPUT_TOO_COMPLEX',
    `extract: ${id}: needed more than the ${memoryLimitMb} MB memory limit, skipped.`,
  );
}

/** V8's full collection, on demand (see `collectGarbage`); null where it cannot be had. */
let fullGc: (() => void) | null | undefined;

/**
 * Runs a full collection; false where none can be had. V8's used heap counts the garbage not yet
 * collected, often as much again as what is live: judged by it alone, a 5 MB news text (about 45
 * MB live per MB) was refused at a 512 MB limit it fits in. The collector is reached as
 * jest's leak detector does: `--expose-gc` set for as long as it takes a fresh context to hand
 * out `gc`, then unset, so no other context sees it.
 */
function collectGarbage(): boolean {
  if (fullGc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      fullGc = runInNewContext('gc') as () => void;
    } catch {
      fullGc = null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  if (!fullGc) return false;
  fullGc();
  return true;
}

/** Whether the heap is over `bytes` even once its garbage has been collected. */
function heapOver(bytes: number): boolean {
  if (getHeapStatistics().used_heap_size <= bytes) return false;
  return !collectGarbage() || getHeapStatistics().used_heap_size > bytes;
}

/** Wall milliseconds between two reads of the CPU clock once it may be past the limit. */
const CPU_READ_EVERY_MS = 10;

/** A checkpoint for document `id`, its clock starting now. */
export function checkpointFor(id: string, limits: ExtractLimits = {}): Checkpoint {
  const { timeLimitMs, memoryLimitMb } = limits;
  if (timeLimitMs === undefined && memoryLimitMb === undefined) return () => {};
  const clock = threadClock();
  const cpuStart = clock.now();
  // A thread's CPU time never runs ahead of the wall clock: until the wall clock has passed the
  // limit the CPU time cannot have, and the (cheap, but not free) CPU clock is not read.
  let nextRead = performance.now() + (timeLimitMs ?? Infinity);
  const heapBytes = (memoryLimitMb ?? Infinity) * 1024 * 1024 * HEAP_SHARE;
  return () => {
    if (timeLimitMs !== undefined) {
      const wall = performance.now();
      if (wall >= nextRead) {
        nextRead = wall + CPU_READ_EVERY_MS;
        if (clock.now() - cpuStart > timeLimitMs) throw overTime(id, timeLimitMs);
      }
    }
    if (memoryLimitMb !== undefined && heapOver(heapBytes)) {
      throw overMemory(id, memoryLimitMb);
    }
  };
}
