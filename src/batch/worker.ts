// Worker thread: runs batch jobs posted by the pool, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type JobRequest } from './job.js';
import { batchExtractOptions, type BatchSettings } from './settings.js';

const options = batchExtractOptions(workerData as BatchSettings | undefined);

parentPort?.on('message', (message: { request: JobRequest }) => {
  runJob(message.request, options).then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) =>
      parentPort?.postMessage({ result: { input: message.request.input, error: `internal error: ${error instanceof Error ? error.message : String(error)}` } }),
  );
});
