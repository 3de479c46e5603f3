// Worker thread of the library's extractMany: extracts each posted document and answers with its
// plan, or with the error's name and message (a class does not cross a thread).
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import { batchExtractOptions, type BatchSettings } from './settings.js';
import type { ManyRequest, ManyReply } from './many.js';

const options = batchExtractOptions(workerData as BatchSettings | undefined);

parentPort?.on('message', (message: { request: ManyRequest }) => {
  const { path, content } = message.request;
  extract(content, { ...options, path }).then(
    (plan) => parentPort?.postMessage({ result: { path, plan } satisfies ManyReply }),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      parentPort?.postMessage({ result: { path, error: { name: e.name, message: e.message } } satisfies ManyReply });
    },
  );
});
