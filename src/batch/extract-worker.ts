// Worker thread of the library's extractMany: extracts each posted document, one at a time and in
// order, and answers with its plan, or with the error's name and message (a class does not cross
// a thread).
import { workerData } from 'node:worker_threads';
import { extract } from '../pipeline.js';
import { serveInOrder } from './serial.js';
import { batchExtractOptions, type BatchSettings } from './settings.js';
import type { ManyRequest, ManyReply } from './extract-pool.js';

const options = batchExtractOptions(workerData as BatchSettings | undefined);

serveInOrder(async ({ path, content }: ManyRequest): Promise<ManyReply> => {
  try {
    return { path, plan: await extract(content, { ...options, path }) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { path, error: { name: e.name, message: e.message } };
  }
});
