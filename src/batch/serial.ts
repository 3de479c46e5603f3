// A worker's message handler that runs its jobs one after another: the pool gives a worker its
// next job before the current one is done (pool.ts), and the answers must come back in the order
// the jobs were given, without two documents' work interleaving at their awaits.
import { parentPort } from 'node:worker_threads';

/** Answers each posted `{ request }` with `{ result }`, one job at a time, in order. */
export function serveInOrder<Req, Res>(run: (request: Req) => Promise<Res>): void {
  let last: Promise<unknown> = Promise.resolve();
  parentPort?.on('message', (message: { request: Req }) => {
    last = last.then(async () => parentPort?.postMessage({ result: await run(message.request) }));
  });
}
