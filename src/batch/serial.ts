// A worker's message handler that runs its jobs one after another: the pool gives a worker its
// next job before the current one is done (pool.ts), and the answers must come back in the order
// the jobs were given, without two documents' work interleaving at their awaits.
import { parentPort, type Transferable } from 'node:worker_threads';

/**
 * Answers each posted `{ request }` with `{ result }`, one job at a time, in order. `moved`: the
 * buffers of a result handed over to the main thread rather than copied (the result's sender
 * cannot use them afterwards).
 */
export function serveInOrder<Req, Res>(run: (request: Req) => Promise<Res>, moved: (result: Res) => Transferable[] = () => []): void {
  let last: Promise<unknown> = Promise.resolve();
  parentPort?.on('message', (message: { request: Req }) => {
    last = last.then(async () => {
      const result = await run(message.request);
      parentPort?.postMessage({ result }, moved(result));
    });
  });
}
