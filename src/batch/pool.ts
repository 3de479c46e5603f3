// A fixed pool of worker threads running batch jobs. Files are independent, so each job goes to
// whichever worker is free; the caller restores input order (see ordered.ts). The CLI's jobs
// (job.ts) run by default; the library's extractMany gives its own worker script.
//
// A worker that dies fails only its own job, and a fresh worker takes its place — once workers are
// known to work (one has answered a job). Workers that cannot start (a bad flag inherited from the
// parent, a missing file) are not replaced: when none is left, every waiting job and every later
// one fails at once with the reason, so a batch always finishes.
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
  /** The result of a job whose worker died or could not start. */
  failed?: (request: Req, message: string) => Res;
}

const jobFailed = (request: JobRequest, message: string): JobResult => ({ input: request.input, error: message });

export class WorkerPool<Req = JobRequest, Res = JobResult> {
  private readonly idle: Worker[] = [];
  private readonly queue: Array<Job<Req, Res>> = [];
  /** The job each busy worker is running. */
  private readonly busy = new Map<Worker, Job<Req, Res>>();
  private readonly workers = new Set<Worker>();
  private readonly failed: (request: Req, message: string) => Res;
  /** True once a worker has answered a job: a later death is that job's fault, not the pool's. */
  private proven = false;
  private closed = false;
  /** Why no worker can run, once none is left. */
  private broken: string | undefined;

  constructor(
    size: number,
    private readonly options: PoolOptions<Req, Res> = {},
  ) {
    this.failed = options.failed ?? (jobFailed as unknown as (request: Req, message: string) => Res);
    for (let i = 0; i < size; i++) this.spawn();
  }

  run(request: Req): Promise<Res> {
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
    const worker = new Worker(this.options.script ?? new URL('./worker.js', import.meta.url), { workerData: this.options.workerData });
    worker.on('message', (m: { result: Res }) => {
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
    if (job) job.resolve(this.failed(job.request, `worker thread failed: ${reason}`));
    if (this.proven) this.spawn();
    else if (this.workers.size === 0) this.broken = reason;
    this.dispatch();
  }

  private dispatch(): void {
    if (this.broken !== undefined) {
      for (const job of this.queue.splice(0)) job.resolve(this.failed(job.request, `worker threads cannot start: ${this.broken}`));
      return;
    }
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job<Req, Res>;
      this.busy.set(worker, job);
      worker.postMessage({ request: job.request });
    }
  }
}
