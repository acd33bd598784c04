/**
 * A pool of extraction workers (node:worker_threads) for many documents: each worker loads the
 * model once and takes one document at a time; results come back per document, and a failure
 * rejects that document's promise only.
 *
 * Every document runs under a budget (`timeLimitMs` per MB of text, `memoryLimitMb`). The extraction checks
 * itself against it between stages and text chunks and stops with `INPUT_TOO_COMPLEX`, naming the
 * document; past that, a watchdog terminates a worker that overruns its time by a grace period
 * (time is the worker thread's CPU time, so a busy machine fails nothing that an idle one passes),
 * and V8 stops a worker whose heap reaches the cap (`resourceLimits`). The document fails either
 * way, a fresh worker takes the place of an ended one, and the other documents go on. A worker
 * whose heap has grown past half its cap (wink-nlp keeps every new word it reads) is replaced
 * between documents.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, KgError } from '@kg/schema/core';
import type { ErrorCode, Extraction } from '@kg/schema';
import { createExtractor } from './extractor.js';
import type { ExtractInput, Extractor } from './extractor.js';
import { overMemory, overTime } from './limits.js';
import { threadCpuMs } from './thread-clock.js';
import type { WorkerPiece, WorkerTake } from './transfer.js';
import type { ExtractLimits } from './limits.js';

/** A document sent to a worker, with the limits it checks itself against. */
export interface WorkerRequest {
  id: number;
  input: ExtractInput;
  limits: ExtractLimits;
}

/** What a worker is started with (`workerData`). */
export interface WorkerOptions {
  segmentChars?: number | undefined;
}

/** A worker's first message, once its model is loaded: with its OS thread id where known. */
export interface WorkerReady {
  ready: true;
  thread?: string;
}

/**
 * A worker's answer for one document, with its heap after it. A large extraction comes in
 * pieces (`more` of them after this one): the first message carries the document without its
 * entities and relations, and each further piece is sent when the pool asks for it
 * (`WorkerTake`), so the thread that receives them reads one piece per turn of its event loop
 * instead of one message that holds it for a third of a second (tens of thousands of objects).
 */
export type WorkerResponse = { id: number; heapUsed: number } & (
  | { ok: true; extraction: Extraction; more?: number }
  | { ok: false; error: { code?: ErrorCode; message: string } }
);

/** Limits on one document's extraction. */
export interface ExtractionBudget {
  /**
   * CPU time the extracting thread may spend on a document, in milliseconds per MB of its text
   * (a document under 1 MB gets the whole of it): extraction is linear, so a limit that grows
   * with the document stops what runs away without refusing what is merely long. CPU time, not
   * the wall clock, so a loaded machine does not make a document fail (see `thread-clock.ts`).
   */
  timeLimitMs: number;
  /** Heap (V8 old generation) of each worker thread, in MB; a document that needs more fails. */
  memoryLimitMb: number;
}

/**
 * Defaults: 60 s per MB (news text takes about 5.5 s of CPU per MB; the slowest hostile input
 * measured, 11) and 512 MB (news text keeps about 45 MB live per MB while it is read, and the
 * memory check counts what is live, not garbage: a 5 MB news text is extracted, the process
 * peaking at 689 MB RSS).
 */
export const DEFAULT_BUDGET: Readonly<ExtractionBudget> = Object.freeze({
  timeLimitMs: 60_000,
  memoryLimitMb: 512,
});

const MB = 1024 * 1024;

/** The time limit of one document: `timeLimitMs` per MB of its text, at least one MB's worth. */
export function timeLimitFor(budget: ExtractionBudget, input: ExtractInput): number {
  return Math.round(budget.timeLimitMs * Math.max(1, input.text.length / MB));
}

export interface PoolOptions {
  /** Worker threads. Default: the number of cores. */
  jobs?: number;
  /** Limits per document; unset fields take `DEFAULT_BUDGET`'s. */
  budget?: Partial<ExtractionBudget>;
  /**
   * Extract in the calling thread, one document at a time (`jobs` is ignored): no worker to
   * start, for one small document or for benchmarks of the pipeline itself. Only the time limit
   * holds, checked by the extraction itself; there is no watchdog and no heap cap of its own.
   */
  inCallingThread?: boolean;
  /**
   * Segment size of the extractors (`ExtractorOptions.segmentChars`); default `SEGMENT_CHARS`.
   * `Infinity` reads every document whole.
   */
  segmentChars?: number;
}

export interface ExtractorPool {
  readonly jobs: number;
  readonly budget: Readonly<ExtractionBudget>;
  /** Extracts one document; rejects with a KgError if that document fails. */
  extract(input: ExtractInput): Promise<Extraction>;
  /** Stops the workers; documents still waiting are rejected. */
  close(): Promise<void>;
}

interface Task {
  id: number;
  input: ExtractInput;
  resolve(extraction: Extraction): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The worker's OS thread id, to read its CPU time (Linux). */
  thread?: string;
  task?: Task;
  watchdog?: NodeJS.Timeout;
  /** The extraction of `task` as its pieces come in, and the worker's heap after it. */
  receiving?: { extraction: Extraction; heapUsed: number };
}

/** The built worker script: beside this module in dist/, or dist/ when running from src/. */
function workerUrl(): URL {
  const candidates = [
    new URL('./worker.js', import.meta.url),
    new URL('../dist/worker.js', import.meta.url),
  ];
  const found = candidates.find((url) => existsSync(fileURLToPath(url)));
  if (!found) {
    throw new KgError(
      'INTERNAL',
      'extract.pool: dist/worker.js not found; build first (npx tsc -b).',
    );
  }
  return found;
}

function toError(input: ExtractInput, error: { code?: ErrorCode; message: string }): KgError {
  if (error.code && ERROR_CODES.includes(error.code)) return new KgError(error.code, error.message);
  return new KgError('INTERNAL', `extract: ${input.id}: extractor failed: ${error.message}`);
}

/** Resolves a partial budget against the defaults, refusing values that cannot work. */
export function resolveBudget(partial: Partial<ExtractionBudget> = {}): ExtractionBudget {
  const budget = { ...DEFAULT_BUDGET };
  if (partial.timeLimitMs !== undefined) budget.timeLimitMs = partial.timeLimitMs;
  if (partial.memoryLimitMb !== undefined) budget.memoryLimitMb = partial.memoryLimitMb;
  if (!(budget.timeLimitMs > 0)) {
    throw new KgError('INVALID_ARGUMENT', 'extract.pool: timeLimitMs must be positive.');
  }
  if (!(budget.memoryLimitMb >= 128)) {
    throw new KgError('INVALID_ARGUMENT', 'extract.pool: memoryLimitMb must be at least 128.');
  }
  return budget;
}

/** How long past its time limit a document's worker is left before it is terminated. */
function grace(timeLimitMs: number): number {
  return Math.max(1000, timeLimitMs / 4);
}

/**
 * The watchdog's last resort in wall time, as a multiple of the CPU limit and grace: a worker
 * that uses no CPU yet never answers (blocked) is ended too, however idle the machine.
 */
const WALL_FACTOR = 10;

function inCallingThread(budget: ExtractionBudget, segmentChars?: number): ExtractorPool {
  let extractor: Extractor | undefined;
  let closed = false;
  return {
    jobs: 1,
    budget,
    async extract(input) {
      if (closed) throw new KgError('INTERNAL', 'extract.pool: the pool is closed.');
      extractor ??= createExtractor(segmentChars === undefined ? {} : { segmentChars });
      try {
        return extractor.extract(input, { timeLimitMs: timeLimitFor(budget, input) });
      } catch (err) {
        if (err instanceof KgError) throw err;
        throw toError(input, { message: err instanceof Error ? err.message : String(err) });
      }
    },
    async close() {
      closed = true;
    },
  };
}

/**
 * Creates a pool of extraction workers. Each worker loads the model once; `extract` queues a
 * document and resolves with its Extraction, or rejects with `INPUT_TOO_COMPLEX` when the
 * document goes over its budget. Needs the built `dist/worker.js`.
 *
 * @example
 * const pool = createExtractorPool({ jobs: 2, budget: { timeLimitMs: 30_000 } });
 * const results = await Promise.allSettled(docs.map((d) => pool.extract(d)));
 * await pool.close();
 */
export function createExtractorPool(options: PoolOptions = {}): ExtractorPool {
  const budget = resolveBudget(options.budget);
  if (options.inCallingThread) return inCallingThread(budget, options.segmentChars);
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));

  const url = workerUrl();
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  /** Ends a worker for good; its task, if any, fails with `error`. */
  const remove = (slot: Slot, error?: KgError) => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    slots.splice(index, 1);
    clearTimeout(slot.watchdog);
    const task = slot.task;
    slot.task = undefined;
    void slot.worker.terminate();
    if (task) task.reject(error ?? new KgError('INTERNAL', `extract: ${task.input.id}: failed.`));
    if (!closed) dispatch();
  };

  const settle = (slot: Slot, message: WorkerResponse | WorkerPiece | WorkerReady) => {
    if ('ready' in message) {
      slot.ready = true;
      if (message.thread !== undefined) slot.thread = message.thread;
      dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== message.id) return;
    clearTimeout(slot.watchdog);
    if ('piece' in message || (message.ok && message.more)) {
      receive(slot, task, message);
      return;
    }
    slot.task = undefined;
    if (message.ok) task.resolve(message.extraction);
    else task.reject(toError(task.input, message.error));
    release(slot, message.heapUsed);
  };

  /** Past half its cap, a worker is replaced rather than left to fail the next document. */
  const release = (slot: Slot, heapUsed: number) => {
    if (heapUsed > (budget.memoryLimitMb * 1024 * 1024) / 2) remove(slot);
    else dispatch();
  };

  /** A large extraction, piece by piece: the next is asked for on a later turn of the loop. */
  const receive = (slot: Slot, task: Task, message: WorkerResponse | WorkerPiece) => {
    if ('piece' in message) {
      const into = slot.receiving?.extraction;
      if (!into) return;
      for (const entity of message.piece.entities) into.entities.push(entity);
      for (const relation of message.piece.relations) into.relations.push(relation);
    } else if (message.ok) {
      slot.receiving = { extraction: message.extraction, heapUsed: message.heapUsed };
    }
    const more = 'piece' in message ? message.more : message.ok ? (message.more ?? 0) : 0;
    if (more > 0) {
      setImmediate(() => {
        if (slot.task === task) slot.worker.postMessage({ take: task.id } satisfies WorkerTake);
      });
      return;
    }
    const received = slot.receiving;
    slot.receiving = undefined;
    slot.task = undefined;
    if (received) task.resolve(received.extraction);
    release(slot, received?.heapUsed ?? 0);
  };

  const died = (slot: Slot, err: Error & { code?: string }) => {
    const task = slot.task;
    if (!slot.ready && !task) {
      // It never came up (a memory limit too small for the model, a missing build): the queued
      // documents cannot be served, and respawning would fail the same way.
      remove(slot);
      for (const waiting of queue.splice(0)) {
        waiting.reject(
          new KgError(
            'INTERNAL',
            `extract: ${waiting.input.id}: the extraction worker did not start: ${err.message}`,
          ),
        );
      }
      return;
    }
    const error =
      err.code === 'ERR_WORKER_OUT_OF_MEMORY' && task
        ? overMemory(task.input.id, budget.memoryLimitMb)
        : task
          ? new KgError('INTERNAL', `extract: ${task.input.id}: worker failed: ${err.message}`)
          : undefined;
    remove(slot, error);
  };

  const spawn = (): Slot => {
    const worker = new Worker(url, {
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryLimitMb },
      workerData: { segmentChars: options.segmentChars } satisfies WorkerOptions,
    });
    const slot: Slot = { worker, ready: false };
    worker.on('message', (message: WorkerResponse | WorkerPiece | WorkerReady) =>
      settle(slot, message),
    );
    worker.on('error', (err) => died(slot, err));
    worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) died(slot, new Error(`exited with code ${code}`));
    });
    slots.push(slot);
    return slot;
  };

  /**
   * Ends a worker past its document's limit and grace, counted in the worker thread's CPU time
   * where it can be read (re-armed while the worker has used less), else in wall time; and in
   * any case past `WALL_FACTOR` times that in wall time.
   */
  const arm = (slot: Slot, task: Task, limitMs: number, cpuStart: number | undefined) => {
    const wallStart = performance.now();
    const check = (): void => {
      if (slot.task !== task) return;
      const wall = performance.now() - wallStart;
      const cpu =
        cpuStart === undefined || slot.thread === undefined
          ? undefined
          : (threadCpuMs(slot.thread) ?? cpuStart) - cpuStart;
      const used = cpu ?? wall;
      if (used >= limitMs || wall >= limitMs * WALL_FACTOR) {
        remove(slot, overTime(task.input.id, timeLimitFor(budget, task.input)));
        return;
      }
      slot.watchdog = setTimeout(check, Math.max(100, limitMs - used));
      slot.watchdog.unref();
    };
    slot.watchdog = setTimeout(check, limitMs);
    slot.watchdog.unref();
  };

  function dispatch(): void {
    for (let task = queue[0]; task; task = queue[0]) {
      const slot = slots.find((s) => s.ready && !s.task);
      if (!slot) break;
      queue.shift();
      slot.task = task;
      const timeLimitMs = timeLimitFor(budget, task.input);
      const request: WorkerRequest = {
        id: task.id,
        input: task.input,
        limits: { timeLimitMs, memoryLimitMb: budget.memoryLimitMb },
      };
      try {
        slot.worker.postMessage(request);
      } catch (err) {
        // The input could not be sent (not cloneable): that document fails, the worker is fine.
        slot.task = undefined;
        task.reject(toError(task.input, { message: (err as Error).message }));
        continue;
      }
      const cpuStart = slot.thread === undefined ? undefined : threadCpuMs(slot.thread);
      arm(slot, task, timeLimitMs + grace(timeLimitMs), cpuStart);
    }
    // Workers for the documents still waiting, up to `jobs` (each loads the model first).
    let starting = slots.filter((s) => !s.ready).length;
    while (starting < queue.length && slots.length < jobs) {
      spawn();
      starting++;
    }
    // Busy workers, and workers starting while documents wait, keep the process alive.
    for (const slot of slots) {
      if (slot.task || (!slot.ready && queue.length > 0)) slot.worker.ref();
      else slot.worker.unref();
    }
  }

  return {
    jobs,
    budget,
    extract(input) {
      if (closed)
        return Promise.reject(new KgError('INTERNAL', 'extract.pool: the pool is closed.'));
      return new Promise<Extraction>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of queue.splice(0)) {
        task.reject(new KgError('INTERNAL', `extract: ${task.input.id}: the pool was closed.`));
      }
      const running = slots.splice(0);
      for (const slot of running) {
        clearTimeout(slot.watchdog);
        slot.task?.reject(
          new KgError('INTERNAL', `extract: ${slot.task.input.id}: the pool was closed.`),
        );
      }
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}
