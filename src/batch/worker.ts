// Worker thread: runs batch jobs posted by the pool, one at a time, in order.
import { workerData } from 'node:worker_threads';
import { runJob, type JobRequest, type JobResult } from './job.js';
import { serveInOrder } from './serial.js';
import { batchExtractOptions, type BatchSettings } from './settings.js';

const options = batchExtractOptions(workerData as BatchSettings | undefined);

serveInOrder(
  (request: JobRequest): Promise<JobResult> =>
    runJob(request, options).catch((error: unknown) => ({ input: request.input, error: `internal error: ${error instanceof Error ? error.message : String(error)}` })),
  // utf8Of (job.ts) gives each output an ArrayBuffer of its own, never a shared one.
  (result) => ('output' in result ? [result.output.buffer as ArrayBuffer] : []),
);
