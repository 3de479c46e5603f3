// A fixed pool of worker threads running batch jobs. Files are independent, so each job goes to
// the least loaded worker; the caller restores input order (see ordered.ts). The CLI's jobs
// (job.ts) run by default; the library's extractMany gives its own worker script.
//
// Each worker holds up to WORKER_DEPTH jobs and runs them one after another, answering in the order it got
// them: while it works on one, the next is already there, so it never waits for the main thread to
// hand it work (with one job at a time, a worker sat idle about a quarter of a batch of small files).
//
// A worker that dies fails only the job it was running; the jobs queued behind it go back to the
// pool, and a fresh worker takes its place — once workers are known to work (one has answered a job).
// Workers that cannot start (a bad flag inherited from the parent, a missing file) are not replaced: when none is left, every waiting job and every later
// one fails at once with the reason, so a batch always finishes.
import { Worker } from 'node:worker_threads';
import { WORKER_DEPTH } from './in-flight.js';
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
  private readonly queue: Array<Job<Req, Res>> = [];
  /** The jobs each worker holds, in the order it was given them (the first is running). */
  private readonly held = new Map<Worker, Array<Job<Req, Res>>>();
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
    await Promise.all([...this.held.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    const worker = new Worker(this.options.script ?? new URL('./worker.js', import.meta.url), { workerData: this.options.workerData });
    worker.on('message', (m: { result: Res }) => {
      this.proven = true;
      this.held.get(worker)?.shift()?.resolve(m.result);
      this.dispatch();
    });
    worker.on('error', (error) => this.lose(worker, error.message));
    worker.on('exit', (code) => this.lose(worker, `the worker thread stopped (exit code ${code})`));
    this.held.set(worker, []);
  }

  /** A worker died (error or exit; the first of the two counts). */
  private lose(worker: Worker, reason: string): void {
    const jobs = this.held.get(worker);
    if (!jobs) return;
    this.held.delete(worker);
    if (this.closed) return;
    const [running, ...waiting] = jobs;
    if (running) running.resolve(this.failed(running.request, `worker thread failed: ${reason}`));
    this.queue.unshift(...waiting);
    if (this.proven) this.spawn();
    else if (this.held.size === 0) this.broken = reason;
    this.dispatch();
  }

  private dispatch(): void {
    if (this.broken !== undefined) {
      for (const job of this.queue.splice(0)) job.resolve(this.failed(job.request, `worker threads cannot start: ${this.broken}`));
      return;
    }
    while (this.queue.length > 0) {
      let target: [Worker, Array<Job<Req, Res>>] | undefined;
      for (const entry of this.held) if (entry[1].length < WORKER_DEPTH && (!target || entry[1].length < target[1].length)) target = entry;
      if (!target) return;
      const job = this.queue.shift() as Job<Req, Res>;
      target[1].push(job);
      target[0].postMessage({ request: job.request });
    }
  }
}
