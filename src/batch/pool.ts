// A fixed pool of worker threads running batch jobs. Files are independent, so each job goes to
// whichever worker is free; the caller restores input order (see ordered.ts).
//
// A worker that dies fails only its own job, and a fresh worker takes its place — once workers are
// known to work (one has answered a job). Workers that cannot start (a bad flag inherited from the
// parent, a missing file) are not replaced: when none is left, every waiting job and every later
// one fails at once with the reason, so a batch always finishes.
import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResult } from './job.js';

interface Job {
  request: JobRequest;
  resolve: (r: JobResult) => void;
}

const WORKER_SCRIPT = new URL('./worker.js', import.meta.url);

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  /** The job each busy worker is running. */
  private readonly busy = new Map<Worker, Job>();
  private readonly workers = new Set<Worker>();
  /** True once a worker has answered a job: a later death is that job's fault, not the pool's. */
  private proven = false;
  private closed = false;
  /** Why no worker can run, once none is left. */
  private broken: string | undefined;

  constructor(size: number, private readonly script: URL = WORKER_SCRIPT) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(request: JobRequest): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.script);
    worker.on('message', (m: { result: JobResult }) => {
      this.proven = true;
      this.busy.get(worker)?.resolve(m.result);
      this.busy.delete(worker);
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error.message));
    worker.on('exit', (code) => this.lose(worker, `the worker thread stopped (exit code ${code})`));
    this.workers.add(worker);
    this.idle.push(worker);
  }

  /** A worker died (error or exit; the first of the two counts). */
  private lose(worker: Worker, reason: string): void {
    if (!this.workers.delete(worker)) return;
    const i = this.idle.indexOf(worker);
    if (i >= 0) this.idle.splice(i, 1);
    const job = this.busy.get(worker);
    this.busy.delete(worker);
    if (this.closed) return;
    job?.resolve({ input: job.request.input, error: `worker thread failed: ${reason}` });
    if (this.proven) this.spawn();
    else if (this.workers.size === 0) this.broken = reason;
    this.dispatch();
  }

  private dispatch(): void {
    if (this.broken !== undefined) {
      for (const job of this.queue.splice(0)) job.resolve({ input: job.request.input, error: `worker threads cannot start: ${this.broken}` });
      return;
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.busy.set(worker, job);
      worker.postMessage({ request: job.request });
    }
  }
}
