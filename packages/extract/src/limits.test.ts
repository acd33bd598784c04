/** An extraction checks its own time and memory limits between stages and text chunks. */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createExtractor } from './extractor.js';
import { checkpointFor } from './limits.js';
import { loadNlp } from './nlp.js';
import { osThreadId, threadClock, threadCpuMs } from './thread-clock.js';

const extractor = createExtractor({ nlp: loadNlp() });
const text = 'Officials in Tehran said Russia had sent drones to Crimea.\n'.repeat(8000);

describe('extract(input, limits)', () => {
  it.each([
    [{ timeLimitMs: 1 }, 'extract: a.txt: took longer than the 1 ms CPU time limit, skipped.'],
    [{ memoryLimitMb: 1 }, 'extract: a.txt: needed more than the 1 MB memory limit, skipped.'],
  ])('stops past %j with INPUT_TOO_COMPLEX, naming the document', (limits, message) => {
    expect(() => extractor.extract({ id: 'a.txt', text }, limits)).toThrow(
      expect.objectContaining({ code: 'INPUT_TOO_COMPLEX', message }),
    );
  });

  it('extracts as usual within its limits', () => {
    const input = { id: 'b.txt', text: 'Iran sent drones to Russia.' };
    expect(extractor.extract(input, { timeLimitMs: 60_000, memoryLimitMb: 100_000 })).toEqual(
      extractor.extract(input),
    );
  });
});

describe('the memory limit', () => {
  it('counts what is live, not garbage the collector has yet to reclaim', () => {
    const before = getHeapStatistics().used_heap_size;
    let junk: { i: number }[] | undefined = Array.from({ length: 1_000_000 }, (_, i) => ({ i }));
    const withJunk = getHeapStatistics().used_heap_size;
    expect(junk.length).toBe(1_000_000);
    junk = undefined;
    // Stops at 90% of the limit: here halfway between the heap before the junk and with it.
    const limitMb = (before + withJunk) / 2 / 0.9 / (1024 * 1024);
    expect(getHeapStatistics().used_heap_size).toBeGreaterThan(limitMb * 0.9 * 1024 * 1024);
    expect(() => checkpointFor('g.txt', { memoryLimitMb: limitMb })()).not.toThrow();
    expect(junk).toBeUndefined();
  });
});

/** Busy work until the thread has used `ms` of CPU time by its own clock. */
function work(ms: number): void {
  const clock = threadClock();
  const start = clock.now();
  let x = 0;
  while (clock.now() - start < ms) for (let i = 0; i < 10_000; i++) x += Math.sqrt(i);
  expect(x).toBeGreaterThan(0);
}

describe.skipIf(threadClock().kind !== 'cpu')('the time limit counts CPU time', () => {
  it('does not charge the thread for waiting, and stops it once it has worked past the limit', () => {
    const check = checkpointFor('w.txt', { timeLimitMs: 50 });
    // 200 ms asleep: past the limit in wall time, not in CPU time.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    expect(() => check()).not.toThrow();
    work(80);
    expect(() => check()).toThrow(
      expect.objectContaining({
        code: 'INPUT_TOO_COMPLEX',
        message: 'extract: w.txt: took longer than the 50 ms CPU time limit, skipped.',
      }),
    );
  });

  it("reads another thread's CPU time by its id as the thread reads its own", () => {
    const thread = osThreadId();
    expect(thread).toMatch(/^\d+$/);
    work(30);
    const theirs = threadCpuMs(thread as string) ?? -1;
    const mine = threadClock().now();
    expect(Math.abs(theirs - mine)).toBeLessThanOrEqual(10);
    expect(mine).toBeGreaterThanOrEqual(30);
  });
});
