// A fixed pool of worker threads running batch jobs. Files are independent, so each job goes to
// whichever worker is free; the caller restores input order (see ordered.ts). The CLI's jobs
// (job.ts) run by default; the library's extractMany gives its own worker script.
import { Worker } from 'node:worker_threads';
import type { JobRequest, JobResult } from './job.js';

interface Job<Req, Res> {
  request: Req;
  resolve: (r: Res) => void;
}

export interface PoolOptions<Req, Res> {
  /** The worker script (it answers each `{ request }` with `{ result }`); the CLI's job worker by default. */
  script?: URL;
  /** What every worker starts with (its workerData), e.g. the grammar sources and rule settings. */
  workerData?: unknown;
  /** The result of a job whose worker died. */
  failed?: (request: Req, message: string) => Res;
}

const jobFailed = (request: JobRequest, message: string): JobResult => ({ input: request.input, error: message });

export class WorkerPool<Req = JobRequest, Res = JobResult> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<Job<Req, Res>> = [];
  /** The job each busy worker is running. */
  private readonly busy = new Map<Worker, Job<Req, Res>>();
  private readonly workers = new Set<Worker>();

  constructor(
    size: number,
    private readonly options: PoolOptions<Req, Res> = {},
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(request: Req): Promise<Res> {
    return new Promise((resolve) => {
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.options.script ?? new URL('./worker.js', import.meta.url), { workerData: this.options.workerData });
    worker.on('message', (m: { result: Res }) => {
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
      const failed = this.options.failed ?? (jobFailed as unknown as (request: Req, message: string) => Res);
      if (job) job.resolve(failed(job.request, `internal error: ${error.message}`));
      this.spawn();
      this.dispatch();
    });
    this.workers.add(worker);
    this.idle.push(worker);
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job<Req, Res>;
      this.busy.set(worker, job);
      worker.postMessage({ request: job.request });
    }
  }
}
