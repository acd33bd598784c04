// Distributed ingest over a PostgreSQL store (queue): enqueue, workers, status.
export { enqueueDocuments, queueStatus, startWorker } from './queue.js';
export type {
  QueuedDocument,
  QueueOptions,
  EnqueueResult,
  QueueState,
  QueueStatus,
  WorkerOptions,
  RunningWorker,
  QueueExtract,
} from './queue.js';
