// The data command: `plan-extract [files...]` → plan documents on standard output (streamed, in
// input order) or one file per input with --out-dir. Many files run on a worker-thread pool.
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { chalkStderr as chalk } from 'chalk';
import { runJob, type JobCounts, type JobRequest, type JobResult } from '../batch/job.js';
import { mapOrdered } from '../batch/ordered.js';
import { WorkerPool } from '../batch/pool.js';
import { streamFrame, type Format } from '../serialize/format.js';
import { errorLine } from './output.js';
import { Progress } from './progress.js';

export interface ExtractCliOptions {
  format: Format;
  outDir?: string;
  compact?: boolean;
  jobs?: number;
  summary?: boolean;
}

/** Below this many files, threads cost more to start than they save. */
export const THREAD_THRESHOLD = 8;

export const defaultJobs = (): number => availableParallelism();

async function write(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Returns the exit status: 0, or 1 when an input could not be read or decoded. */
export async function runExtract(files: string[], opts: ExtractCliOptions): Promise<number> {
  const started = Date.now();
  const inputs = files.length > 0 ? files : ['-'];
  const jobs = opts.jobs ?? defaultJobs();
  const threaded = jobs > 1 && inputs.length >= THREAD_THRESHOLD && !inputs.includes('-');
  const pool = threaded ? new WorkerPool(Math.min(jobs, inputs.length)) : undefined;
  const request = (input: string): JobRequest => ({ input, format: opts.format, pretty: !opts.compact, outDir: opts.outDir });
  const run = (input: string): Promise<JobResult> => (pool ? pool.run(request(input)) : runJob(request(input)));

  const frame = streamFrame(opts.format, inputs.length > 1);
  const progress = Progress.maybe(inputs.length);
  const totals: JobCounts = { sections: 0, indicators: 0, diagnostics: 0 };
  let written = 0;
  let failures = 0;
  try {
    if (!opts.outDir) await write(frame.head);
    for await (const result of mapOrdered(inputs, pool ? jobs * 2 : 1, run)) {
      if ('error' in result) {
        failures++;
        progress?.clear();
        errorLine(result.input, result.error);
      } else {
        for (const k of ['sections', 'indicators', 'diagnostics'] as const) totals[k] += result.counts[k];
        if (!opts.outDir) await write((written > 0 ? frame.separator : '') + result.output);
        written++;
      }
      progress?.tick();
    }
    if (!opts.outDir) await write(frame.tail);
  } finally {
    await pool?.close();
    progress?.clear();
  }
  if (opts.summary ?? (process.stderr.isTTY && inputs.length > 1)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    process.stderr.write(
      chalk.dim(
        `plan-extract: ${inputs.length} files, ${totals.sections} sections, ${totals.indicators} indicators, ` +
          `${totals.diagnostics} diagnostics, ${failures} failed, ${seconds} s\n`,
      ),
    );
  }
  return failures > 0 ? 1 : 0;
}
