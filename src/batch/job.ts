// One unit of batch work: read and extract an input, serialize it, and count what it holds. Runs
// on the main thread or in a worker; returns plain data that can cross a thread. Output files are
// written by the main thread (src/cli/extract.ts), which alone can remove a temporary file when
// the run is interrupted.
import { readInput } from '../cli/read.js';
import type { ExtractOptions } from '../pipeline.js';
import type { Plan, PlanChild } from '../schema.js';
import { serializeOne, serializePiece, type Format } from '../serialize/format.js';

export interface JobRequest {
  input: string;
  format: Format;
  pretty: boolean;
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

export type JobResult = { input: string; output: string; counts: JobCounts } | { input: string; error: string };

function countSections(children: PlanChild[]): number {
  let n = 0;
  for (const c of children) if (c.type === 'section') n += 1 + countSections(c.children);
  return n;
}

function countsOf(plan: Plan): JobCounts {
  return { sections: countSections(plan.children), indicators: plan.indicators.length, diagnostics: plan.diagnostics.length };
}

/** `options`: the grammars and rule settings of the whole batch. */
export async function runJob(request: JobRequest, options: Pick<ExtractOptions, 'grammars' | 'rules'> = {}): Promise<JobResult> {
  const result = await readInput(request.input, { ...options, maxSize: request.maxSize });
  if ('error' in result) return { input: request.input, error: result.error };
  const { plan } = result;
  const output = request.whole ? await serializeOne(plan, request.format, request.pretty) : await serializePiece(plan, request.format, request.pretty);
  return { input: request.input, output, counts: countsOf(plan) };
}
