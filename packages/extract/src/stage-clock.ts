/**
 * Per-stage timing of the extraction pipeline, for the bench (`pnpm bench --only extract`, its
 * stage table). The pipeline marks the end of each stage with `stageDone(name)`; unless a clock
 * is installed that is one call and one test, nothing more. A clock is per thread (module
 * state): install it in the thread that extracts.
 */

/** Called with a stage's name when the stage ends; the time since the previous call is its. */
export type StageClock = (stage: string) => void;

let clock: StageClock | undefined;

/**
 * Installs `next` (or removes the clock with `undefined`); returns the previous one.
 *
 * @example
 * const spent = new Map<string, number>();
 * let last = performance.now();
 * setStageClock((stage) => {
 *   const now = performance.now();
 *   spent.set(stage, (spent.get(stage) ?? 0) + now - last);
 *   last = now;
 * });
 */
export function setStageClock(next: StageClock | undefined): StageClock | undefined {
  const previous = clock;
  clock = next;
  return previous;
}

/** Marks the end of a stage (a no-op without a clock). */
export function stageDone(stage: string): void {
  if (clock !== undefined) clock(stage);
}
