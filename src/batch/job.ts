// One unit of batch work: read and extract an input, serialize it, and count what it holds. Runs
// on the main thread or in a worker; returns plain data that can cross a thread. Output files are
// written by the main thread (src/cli/extract.ts), which alone can remove a temporary file when
// the run is interrupted.
import { readInput } from '../cli/read.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Plan, PlanChild } from '../schema.js';
import { documentChunks, pieceChunks, type Format } from '../serialize/format.js';

export interface JobRequest {
  input: string;
  format: Format;
  /** The smaller output (--compact): see SerializeOptions. */
  compact: boolean;
  /** The whole document (for a file of its own) rather than its piece of a stream. */
  whole: boolean;
  /** Inputs larger than this many bytes are refused. */
  maxSize?: number;
}

export interface JobCounts {
  sections: number;
  indicators: number;
  diagnostics: number;
}

/** The output in chunks (chunks.ts): a large document never crosses the thread as one string. */
export type JobResult = { input: string; output: string[]; counts: JobCounts } | { input: string; error: string };

/** A job's plan before it is serialized (what the main thread streams itself). */
export type ExtractedJob = { input: string; plan: Plan; counts: JobCounts } | { input: string; error: string };

function countSections(children: PlanChild[]): number {
  let n = 0;
  for (const c of children) if (c.type === 'section') n += 1 + countSections(c.children);
  return n;
}

function countsOf(plan: Plan): JobCounts {
  return { sections: countSections(plan.children), indicators: plan.indicators.length, diagnostics: plan.diagnostics.length };
}

/** `options`: the grammars and rule settings of the whole batch. */
export async function extractJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<ExtractedJob> {
  const result = await readInput(request.input, { ...options, maxSize: request.maxSize });
  if ('error' in result) return { input: request.input, error: result.error };
  return { input: request.input, plan: result.plan, counts: countsOf(result.plan) };
}

/** The output of a job, in the chunks it will be written in. */
export function jobChunks(request: JobRequest, plan: Plan): Promise<Iterable<string>> {
  return (request.whole ? documentChunks : pieceChunks)(plan, request.format, { compact: request.compact });
}

/** Extracts and serializes (what a worker thread answers). */
export async function runJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<JobResult> {
  const result = await extractJob(request, options);
  if ('error' in result) return result;
  return { input: result.input, output: [...(await jobChunks(request, result.plan))], counts: result.counts };
}
