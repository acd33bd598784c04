/**
 * Flags shared by `kg extract` and `kg ingest`: the budget each document is extracted under
 * (`ExtractionBudget` from `@kg/extract`), validated here at the CLI edge.
 */
import { DEFAULT_BUDGET } from '@kg/extract';
import type { ExtractionBudget } from '@kg/extract';
import { UsageError } from '../command.js';

export const BUDGET_OPTIONS = {
  'time-limit': { type: 'string' },
  'memory-limit': { type: 'string' },
} as const;

/** Help lines for the budget flags, descriptions starting at column `width`. */
export function budgetHelp(width: number): string {
  const line = (flag: string, text: string) => {
    const head = `  ${flag}`;
    return head.length < width ? head.padEnd(width) + text : `${head}\n${' '.repeat(width)}${text}`;
  };
  return [
    line(
      '--time-limit S',
      `give up on a document after S seconds of CPU time per MB of text (default ${DEFAULT_BUDGET.timeLimitMs / 1000})`,
    ),
    line('--memory-limit MB', `heap of each extraction worker in MB, at least 128; a document`),
    line('', `that needs more fails (default ${DEFAULT_BUDGET.memoryLimitMb})`),
  ].join('\n');
}

/** The budget the flags ask for; unset flags keep the defaults. */
export function parseBudget(values: {
  'time-limit'?: string | undefined;
  'memory-limit'?: string | undefined;
}): Partial<ExtractionBudget> {
  const budget: Partial<ExtractionBudget> = {};
  const time = values['time-limit'];
  if (time !== undefined) {
    const seconds = Number(time);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      throw new UsageError(`--time-limit must be a positive number of seconds, not "${time}"`);
    }
    budget.timeLimitMs = Math.ceil(seconds * 1000);
  }
  const memory = values['memory-limit'];
  if (memory !== undefined) {
    const mb = Number(memory);
    if (!Number.isInteger(mb) || mb < 128) {
      throw new UsageError(
        `--memory-limit must be a whole number of MB, at least 128, not "${memory}"`,
      );
    }
    budget.memoryLimitMb = mb;
  }
  return budget;
}
