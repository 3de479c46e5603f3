// A fixed pool of worker threads running batch jobs. Files are independent, so each job goes to
// whichever worker is free; the caller restores input order (see ordered.ts).
import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResult } from './job.js';

interface Job {
  request: JobRequest;
  resolve: (r: JobResult) => void;
}

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  /** The job each busy worker is running. */
  private readonly busy = new Map<Worker, Job>();
  private readonly workers = new Set<Worker>();

  constructor(size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(request: JobRequest): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(new URL('./worker.js', import.meta.url));
    worker.on('message', (m: { result: JobResult }) => {
      this.busy.get(worker)?.resolve(m.result);
      this.busy.delete(worker);
      this.idle.push(worker);
      this.dispatch();
    });
    // A worker that dies fails only its own job; a fresh worker takes its place.
    worker.on('error', (error) => {
      const job = this.busy.get(worker);
      this.busy.delete(worker);
      this.workers.delete(worker);
      job?.resolve({ input: job.request.input, error: `internal error: ${error.message}` });
      this.spawn();
      this.dispatch();
    });
    this.workers.add(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage({ request: job.request });
    }
  }
}
