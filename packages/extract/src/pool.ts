/**
 * A pool of extraction workers (node:worker_threads) for many documents: each worker loads the
 * model once and takes one document at a time; results come back per document, and a failure
 * rejects that document's promise only. With one job the extractor runs in this thread.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ERROR_CODES, KgError } from '@kg/schema';
import type { ErrorCode, Extraction } from '@kg/schema';
import { createExtractor } from './extractor.js';
import type { ExtractInput, Extractor } from './extractor.js';

/** A document sent to a worker. */
export interface WorkerRequest {
  id: number;
  input: ExtractInput;
}

/** A worker's answer for one document. */
export type WorkerResponse =
  | { id: number; ok: true; extraction: Extraction }
  | { id: number; ok: false; error: { code?: ErrorCode; message: string } };

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread. Default: the number of cores. */
  jobs?: number;
}

export interface ExtractorPool {
  readonly jobs: number;
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
  task?: Task;
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

function inProcess(): ExtractorPool {
  let extractor: Extractor | undefined;
  let closed = false;
  return {
    jobs: 1,
    async extract(input) {
      if (closed) throw new KgError('INTERNAL', 'extract.pool: the pool is closed.');
      extractor ??= createExtractor();
      try {
        return extractor.extract(input);
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
 * document and resolves with its Extraction. Needs the built `dist/worker.js` when jobs > 1.
 *
 * @example
 * const pool = createExtractorPool({ jobs: 2 });
 * const results = await Promise.allSettled(docs.map((d) => pool.extract(d)));
 * await pool.close();
 */
export function createExtractorPool(options: PoolOptions = {}): ExtractorPool {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  if (jobs === 1) return inProcess();

  const url = workerUrl();
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;

  const settle = (slot: Slot, response: WorkerResponse) => {
    const task = slot.task;
    if (!task || task.id !== response.id) return;
    slot.task = undefined;
    if (response.ok) task.resolve(response.extraction);
    else task.reject(toError(task.input, response.error));
    dispatch();
  };

  const replace = (slot: Slot, reason: string) => {
    const task = slot.task;
    slot.task = undefined;
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    void slot.worker.terminate();
    if (task) {
      task.reject(new KgError('INTERNAL', `extract: ${task.input.id}: worker failed: ${reason}`));
    }
    if (!closed) dispatch();
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url) };
    slot.worker.on('message', (response: WorkerResponse) => settle(slot, response));
    slot.worker.on('error', (err) => replace(slot, err.message));
    slot.worker.on('exit', (code) => {
      if (!closed && slots.includes(slot)) replace(slot, `exited with code ${code}`);
    });
    slots.push(slot);
    return slot;
  };

  function dispatch(): void {
    while (queue.length > 0) {
      let slot = slots.find((s) => !s.task);
      if (!slot && slots.length < jobs) slot = spawn();
      if (!slot) break;
      const task = queue.shift();
      if (!task) break;
      slot.task = task;
      slot.worker.ref();
      const request: WorkerRequest = { id: task.id, input: task.input };
      try {
        slot.worker.postMessage(request);
      } catch (err) {
        // The input could not be sent (not cloneable): that document fails, the worker is fine.
        slot.task = undefined;
        task.reject(toError(task.input, { message: (err as Error).message }));
      }
    }
    // Idle workers do not keep the process alive.
    for (const slot of slots) if (!slot.task) slot.worker.unref();
  }

  return {
    jobs,
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
        slot.task?.reject(
          new KgError('INTERNAL', `extract: ${slot.task.input.id}: the pool was closed.`),
        );
      }
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}
