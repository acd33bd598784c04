// Distributed ingest over a PostgreSQL store (queue): enqueue, workers, status.
export {
  enqueueDocuments,
  queueEntries,
  queueStatus,
  requeueDocument,
  startWorker,
} from './queue.js';
export type {
  QueuedDocument,
  QueueOptions,
  EnqueueResult,
  QueueEntry,
  QueueState,
  QueueStatus,
  WorkerOptions,
  RunningWorker,
  QueueExtract,
} from './queue.js';
