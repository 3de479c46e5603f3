// The data command: `plan-extract [inputs...]` → plan documents on standard output or into one
// file with -o (streamed, in input order), or one file per input with --out-dir. Inputs are
// expanded as by every command (files, directories, globs). Many files run on a worker-thread pool.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { chalkStderr as chalk } from 'chalk';
import type { JobCounts, JobRequest } from '../batch/job.js';
import { inFlightFor } from '../batch/in-flight.js';
import { mapOrdered } from '../batch/ordered.js';
import { streamFrame } from '../serialize/format.js';
import { EXTENSIONS, type Format } from '../serialize/formats.js';
import { ensureDir, writeAtomicChunks } from './atomic.js';
import { describeFsError } from './fs-errors.js';
import { outputPaths } from './out-paths.js';
import { loadGrammarFiles } from './grammar.js';
import { resolveInputs } from './inputs.js';
import { openOutput } from './output-file.js';
import { errorLine } from './output.js';
import { defaultJobs, THREAD_THRESHOLD } from './jobs.js';
import { Progress } from './progress.js';
import { OUTPUT_FAILED_STATUS } from './stdout.js';
import { directoryOutputHint, outputTarget } from './vocabulary.js';

export interface ExtractCliOptions {
  format: Format;
  /** One output file (-o); "-": standard output. */
  output?: string;
  outDir?: string;
  ignore: string[];
  compact?: boolean;
  jobs?: number;
  maxSize?: number;
  summary?: boolean;
  /** User grammar files (--grammar), merged with the shipped grammars in order. */
  grammar?: string[];
}

/** On one thread, the next document is extracted while the last one's output is written. */
const ONE_THREAD_IN_FLIGHT = 2;

/** A document's output, in the chunks it is written in, or why the input failed. */
type JobOutput = { input: string; chunks: Iterable<string | Uint8Array>; counts: JobCounts } | { input: string; error: string };

/** Inputs from this size (bytes) on are extracted in the main thread even in a threaded batch. */
export const LARGE_INPUT = 4 << 20;

/** A stat, not a read (cheap beside an extraction; the promise API costs more than the work). */
function isLarge(input: string): boolean {
  try {
    const info = statSync(input);
    return info.isFile() && info.size >= LARGE_INPUT;
  } catch {
    return false;
  }
}


/** More threads than cores only add memory (each holds its documents) and contention. */
function clampJobs(requested: number): number {
  const cores = availableParallelism();
  if (requested <= cores) return requested;
  errorLine(null, `note: --jobs ${requested} is more than the ${cores} available core${cores === 1 ? '' : 's'}; using ${cores}`);
  return cores;
}

/** The status of a usage error (as EXIT.usage in main.ts, which imports this module). */
const USAGE_STATUS = 2;

/**
 * Returns the exit status: 0; 1 when an input could not be read or decoded, or an argument
 * matched nothing; 2 for bad usage (-o with --out-dir, -o naming a directory, nothing matched), when
 * an output could not be written (the run stops there) or --out-dir names would collide.
 */
export async function runExtract(files: string[], opts: ExtractCliOptions): Promise<number> {
  const started = Date.now();
  if (opts.output !== undefined && opts.outDir !== undefined) {
    errorLine(null, 'give -o <file> (one output) or --out-dir <dir> (one file per input), not both');
    return USAGE_STATUS;
  }
  const outputFile = outputTarget(opts);
  const hint = outputFile === undefined ? undefined : await directoryOutputHint(outputFile);
  if (hint !== undefined) {
    errorLine(null, hint);
    return USAGE_STATUS;
  }
  // No input: standard input. Standard input can be read only once: "- -" is one document.
  const expanded = await resolveInputs(files.length > 0 ? files : ['-'], opts.ignore, '', { repeats: true });
  if (!expanded) return USAGE_STATUS;
  let inputs = expanded.files;
  let targets: Map<string, string> | undefined;
  if (opts.outDir !== undefined) {
    const planned = outputPaths(inputs, opts.outDir, EXTENSIONS[opts.format]);
    if ('error' in planned) {
      errorLine(null, planned.error);
      return OUTPUT_FAILED_STATUS;
    }
    targets = planned.paths;
    inputs = [...planned.paths.keys()];
    try {
      await ensureDir(opts.outDir);
    } catch (error) {
      errorLine(opts.outDir, `cannot create the output directory: ${describeFsError(error)}`);
      return OUTPUT_FAILED_STATUS;
    }
  }
  const { grammars, settings } = await loadGrammarFiles(opts.grammar);
  // Standard output or the -o file (written to a temporary file, renamed into place at the end).
  const out = targets ? undefined : await openOutput(outputFile);
  if (!targets && !out) return OUTPUT_FAILED_STATUS;
  const jobs = clampJobs(opts.jobs ?? defaultJobs());
  const threaded = jobs > 1 && inputs.length >= THREAD_THRESHOLD && !inputs.includes('-');
  // The pool's threads run the pipeline; without them this thread does and loads it.
  const pool = threaded ? new (await import('../batch/pool.js')).WorkerPool(Math.min(jobs, inputs.length), { workerData: settings }) : undefined;
  const request = (input: string): JobRequest => ({ input, format: opts.format, compact: opts.compact === true, whole: targets !== undefined, maxSize: opts.maxSize });
  // A worker answers with its output's bytes, all at once; a large input is extracted in this
  // thread instead, where its plan is serialized as it is written (never whole in memory).
  // Inputs extracted in this thread take turns, so that no two are being extracted at once.
  let mainThreadTurn: Promise<unknown> = Promise.resolve();
  const run = async (input: string): Promise<JobOutput> => {
    if (pool && !isLarge(input)) {
      const result = await pool.run(request(input));
      return 'error' in result ? result : { input, chunks: [result.output], counts: result.counts };
    }
    const { extractJob, jobChunks } = await import('../batch/job.js');
    const extracting = mainThreadTurn.then(() => extractJob(request(input), { grammars }));
    mainThreadTurn = extracting.catch(() => undefined);
    const result = await extracting;
    return 'error' in result ? result : { input, chunks: await jobChunks(request(input), result.plan), counts: result.counts };
  };

  // One document unless the arguments can name several (several arguments, a directory, a glob),
  // so a script's output shape does not depend on how many files matched or failed.
  const several = files.length > 1 || expanded.files.length !== 1 || (files.length === 1 && expanded.files[0] !== files[0]);
  const frame = await streamFrame(opts.format, several);
  const progress = Progress.maybe(inputs.length);
  const totals: JobCounts = { sections: 0, indicators: 0, diagnostics: 0 };
  let written = 0;
  let failures = expanded.unmatched.length;
  let outputFailed = false;
  try {
    if (out) await out.write(frame.head);
    for await (const result of mapOrdered(inputs, pool ? inFlightFor(jobs) : ONE_THREAD_IN_FLIGHT, run)) {
      if ('error' in result) {
        failures++;
        progress?.clear();
        errorLine(result.input, result.error);
      } else {
        for (const k of ['sections', 'indicators', 'diagnostics'] as const) totals[k] += result.counts[k];
        if (out) {
          if (written > 0) await out.write(frame.separator);
          for (const chunk of result.chunks) await out.write(chunk);
        } else {
          const target = targets?.get(result.input) as string;
          try {
            await ensureDir(dirname(target));
            await writeAtomicChunks(target, result.chunks);
          } catch (error) {
            // A full disk or a read-only directory fails every later file alike: stop here.
            progress?.clear();
            errorLine(target, `cannot write: ${describeFsError(error)}`);
            outputFailed = true;
            break;
          }
        }
        written++;
      }
      progress?.tick();
    }
    if (out) {
      await out.write(frame.tail);
      outputFailed = !(await out.close());
    }
  } catch (error) {
    await out?.abort();
    throw error;
  } finally {
    await pool?.close();
    progress?.clear();
  }
  if (opts.summary ?? (inputs.length > 1 && process.stderr.isTTY)) {
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    process.stderr.write(
      chalk.dim(
        `plan-extract: ${inputs.length + expanded.unmatched.length} files, ${totals.sections} sections, ${totals.indicators} indicators, ` +
          `${totals.diagnostics} diagnostics, ${failures} failed, ${seconds} s\n`,
      ),
    );
  }
  if (outputFailed) return OUTPUT_FAILED_STATUS;
  return failures > 0 ? 1 : 0;
}
