/**
 * Flags several commands share, parsed in one place so each is refused with the same words and
 * the same exit code (a `UsageError`: exit 2) wherever it appears. The URL policy flags live in
 * `url-options.ts`: they need the extractor package, which a command that only reads the store
 * (`kg query`, `kg export`) should not load.
 */
import { UsageError } from './command.js';

/** `--jobs N`: worker threads, a whole number of at least 1; `fallback` when absent. */
export function jobsFlag(value: string | undefined, fallback: number): number {
  return intFlag(value, fallback, 'jobs', 1);
}

/** `--max-size MB`: a positive number of megabytes, as bytes; `fallback` (bytes) when absent. */
export function maxSizeFlag(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const mb = Number(value);
  if (value.trim() === '' || !Number.isFinite(mb) || mb <= 0) {
    throw new UsageError(`--max-size must be a positive number of MB, not "${value}"`);
  }
  return Math.floor(mb * 1024 * 1024);
}

/** A whole-number flag of at least `min` (default 0), or `fallback` when absent. */
export function intFlag(
  value: string | undefined,
  fallback: number,
  flag: string,
  min = 0,
): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min) {
    throw new UsageError(`--${flag} must be a whole number of at least ${min}, not "${value}"`);
  }
  return number;
}
